#include "client/ExplainQuery.h"

#include "net/AddressText.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>

namespace {

using Cause = ExplainMessage::Cause;
using Rejection = ExplainMessage::Rejection;

bool isNotBindLab(Rejection rejection)
{
    // An echo service sends the question back: it has BindLab's mark but is no BindLab server.
    return rejection == Rejection::NotBindLab || rejection == Rejection::Empty ||
           rejection == Rejection::Oversized || rejection == Rejection::UnexpectedType;
}

} // namespace

ExplainQuery::ExplainQuery(QObject *parent)
    : QObject(parent)
{}

ExplainQuery::~ExplainQuery() = default;

void ExplainQuery::ask(const QHostAddress &refusedAt, quint16 port)
{
    cancel();
    m_result = Result();
    m_result.host = refusedAt;
    m_result.port = port;
    m_tried = refusedAt;
    m_triedPort = port;
    m_strayReplies = 0;
    m_nonce = QRandomGenerator::system()->generate64();
    m_clock.start();

    m_socket = new QUdpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this,
            [this] { finish(Outcome::NoAnswer, tr("No answer within %1 ms.").arg(m_timeoutMs)); });
    // A connected UDP socket: the kernel passes on only what that host sends from that port,
    // and an ICMP "port unreachable" ends the wait at once.
    connect(m_socket, &QUdpSocket::connected, this, &ExplainQuery::sendQuestion);
    connect(m_socket, &QUdpSocket::readyRead, this, &ExplainQuery::readReplies);
    connect(m_socket, &QUdpSocket::errorOccurred, this, &ExplainQuery::onError);
    m_timer->start(m_timeoutMs);
    // From the event loop, so that finished() never comes from inside ask(). A cancel() in
    // between has already let go of this socket (its deletion may still be pending).
    const quint16 udpPort = m_explainPort ? m_explainPort : port;
    QUdpSocket *socket = m_socket;
    QTimer::singleShot(0, socket, [this, socket, refusedAt, udpPort] {
        if (m_socket != socket)
            return;
        if (refusedAt.isNull() || udpPort == 0)
            finish(Outcome::Failed, tr("There is no address and port to ask."));
        else
            socket->connectToHost(refusedAt, udpPort);
    });
}

void ExplainQuery::sendQuestion()
{
    const QByteArray question =
        ExplainMessage::encode(ExplainMessage::Question{m_nonce, m_tried, m_triedPort});
    if (question.isEmpty()) {
        finish(Outcome::Failed, tr("%1 cannot be asked about.").arg(AddressText::plain(m_tried)));
        return;
    }
    if (m_socket->write(question) != question.size())
        finish(Outcome::Failed, m_socket->errorString());
}

void ExplainQuery::readReplies()
{
    // Readable without a datagram: an ICMP error arrived for this connected socket. Qt's own
    // peek at it takes the error away without a signal, so this is all there is to see.
    if (m_socket && !m_socket->hasPendingDatagrams()) {
        finishUnreachable();
        return;
    }
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram reply =
            m_socket->receiveDatagram(ExplainMessage::kMaxDatagramSize + 1);
        const ExplainMessage::Decoded d =
            ExplainMessage::decode(reply.data(), ExplainMessage::Type::Answer);
        if (d.ok() && d.answer.nonce == m_nonce) {
            m_result.answer = d.answer;
            finish(Outcome::Answered);
        } else if (d.ok()) {
            if (++m_strayReplies >= kMaxStrayReplies)
                finish(Outcome::NoAnswer, tr("Only answers to other questions arrived."));
        } else if (isNotBindLab(d.rejection)) {
            finish(Outcome::NotBindLab,
                   tr("Something answered, but not as a BindLab server: %1")
                       .arg(ExplainMessage::rejectionText(d.rejection, d.version)));
        } else {
            finish(Outcome::Malformed,
                   tr("The answer is not valid: %1")
                       .arg(ExplainMessage::rejectionText(d.rejection, d.version)));
        }
    }
}

void ExplainQuery::onError()
{
    if (!m_socket)
        return;
    if (m_socket->error() == QAbstractSocket::ConnectionRefusedError)
        finishUnreachable();
    else
        finish(Outcome::Failed, m_socket->errorString());
}

void ExplainQuery::finishUnreachable()
{
    finish(Outcome::PortUnreachable,
           tr("The network reported UDP port %1 of %2 unreachable: no explain service answers "
              "there.")
               .arg(QString::number(m_socket->peerPort()), AddressText::plain(m_tried)));
}

void ExplainQuery::finish(Outcome outcome, const QString &detail)
{
    if (!m_socket)
        return;
    m_result.outcome = outcome;
    m_result.detail = detail;
    m_result.elapsedUsecs = m_clock.nsecsElapsed() / 1000;
    release();
    emit finished(m_result);
}

void ExplainQuery::cancel()
{
    release();
}

void ExplainQuery::release()
{
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (m_socket) {
        // Possibly inside one of its own signals: disconnect now, delete later.
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

bool ExplainQuery::isRemote(const QHostAddress &address, const QList<QHostAddress> &ownAddresses)
{
    const QHostAddress c = ExplainMessage::canonical(address);
    if (c.isNull() || c.isLoopback() || c == QHostAddress(QHostAddress::AnyIPv4) ||
        c == QHostAddress(QHostAddress::AnyIPv6))
        return false;
    for (const QHostAddress &own : ownAddresses) {
        if (ExplainMessage::canonical(own) == c)
            return false;
    }
    return true;
}

QString ExplainQuery::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Answered:
        return QStringLiteral("answered");
    case Outcome::NoAnswer:
        return QStringLiteral("no-answer");
    case Outcome::PortUnreachable:
        return QStringLiteral("port-unreachable");
    case Outcome::NotBindLab:
        return QStringLiteral("not-bindlab");
    case Outcome::Malformed:
        return QStringLiteral("malformed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString ExplainQuery::confirmationText(const ExplainMessage::Answer &answer)
{
    const ExplainMessage::Facts &f = answer.facts;
    const QString where = ExplainMessage::listenText(f);
    switch (answer.cause) {
    case Cause::LoopbackOnly:
        if (f.choiceKey == QLatin1String("hostname") && !f.hostName.isEmpty())
            return tr("Confirmed by the server: it listens on %1 only (what its hostname %2 "
                      "resolves to there), so every other host is refused.")
                .arg(where, f.hostName);
        return tr("Confirmed by the server: it listens on %1 only, so every other host is "
                  "refused.")
            .arg(where);
    case Cause::OtherAddressOnly:
        return tr("Confirmed by the server: it listens on %1 only, not at the address that was "
                  "tried.")
            .arg(where);
    case Cause::WrongFamily:
        return tr("Confirmed by the server: it listens over %1 only (%2).")
            .arg(AddressText::family(f.listenAddress), where);
    case Cause::ListeningThere:
        return tr("The server says it listens at %1 on port %2: a firewall or something on the "
                  "way refused the connection.")
            .arg(where, QString::number(f.port));
    }
    return {};
}

QString ExplainQuery::fixText(const ExplainMessage::Answer &answer)
{
    switch (answer.cause) {
    case Cause::LoopbackOnly:
    case Cause::OtherAddressOnly:
        return tr("On that server, choose \"All interfaces, IPv4 and IPv6\" in its window (or "
                  "start it with --bind any), then connect again.");
    case Cause::WrongFamily:
        return tr("On that server, choose \"All interfaces, IPv4 and IPv6\" in its window (or "
                  "start it with --bind any), or connect to its %1 address.")
            .arg(AddressText::family(answer.facts.listenAddress));
    case Cause::ListeningThere:
        return tr("Check the firewall on that server, and any on the way, for TCP port %1.")
            .arg(answer.facts.port);
    }
    return {};
}
