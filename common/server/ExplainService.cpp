#include "server/ExplainService.h"

#include "net/AddressText.h"

#include <QDateTime>
#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QTimer>
#include <QUdpSocket>

namespace {

using Cause = ExplainMessage::Cause;

bool isReachableSender(const QHostAddress &address)
{
    return !address.isNull() && !address.isMulticast() && !address.isBroadcast() &&
           address != QHostAddress(QHostAddress::AnyIPv4) &&
           address != QHostAddress(QHostAddress::AnyIPv6);
}

} // namespace

ExplainService::ExplainService(QObject *parent)
    : QObject(parent)
{
    m_monotonic.start();
}

ExplainService::~ExplainService() = default;

ExplainMessage::Facts ExplainService::factsFor(const BindChoice &choice, quint16 port,
                                               const QString &hostName,
                                               const QList<QHostAddress> &hostAddresses)
{
    ExplainMessage::Facts facts;
    facts.listenAddress = choice.isDualStack() ? QHostAddress(QHostAddress::Any)
                                               : ExplainMessage::canonical(choice.address);
    facts.port = port;
    // A key that cannot travel (an odd interface name in a scope) is told as the address.
    facts.choiceKey =
        !choice.key.isEmpty() && ExplainMessage::fitsField(choice.key, ExplainMessage::kMaxKeyBytes)
            ? choice.key
            : AddressText::plain(facts.listenAddress);
    if (ExplainMessage::fitsField(hostName, ExplainMessage::kMaxHostNameBytes))
        facts.hostName = hostName;
    for (const QHostAddress &a : hostAddresses) {
        const QHostAddress c = ExplainMessage::canonical(a);
        if (facts.hostAddresses.size() == ExplainMessage::kMaxHostAddresses)
            break;
        if (isReachableSender(c) && !facts.hostAddresses.contains(c))
            facts.hostAddresses.append(c);
    }
    return facts;
}

ExplainMessage::Cause ExplainService::causeFor(const ExplainMessage::Facts &facts,
                                               const QHostAddress &tried)
{
    const QHostAddress &listen = facts.listenAddress;
    if (listen.protocol() == QAbstractSocket::AnyIPProtocol)
        return Cause::ListeningThere;
    const QHostAddress at = ExplainMessage::canonical(listen);
    const QHostAddress t = ExplainMessage::canonical(tried);
    const bool sameFamily = at.protocol() == t.protocol();
    if (at == QHostAddress(QHostAddress::AnyIPv4) || at == QHostAddress(QHostAddress::AnyIPv6))
        return sameFamily ? Cause::ListeningThere : Cause::WrongFamily;
    // The same order as the client's own diagnosis of this machine: loopback first.
    if (at.isLoopback() && !t.isLoopback())
        return Cause::LoopbackOnly;
    if (!sameFamily)
        return Cause::WrongFamily;
    return t == at ? Cause::ListeningThere : Cause::OtherAddressOnly;
}

bool ExplainService::start(const ExplainMessage::Facts &facts, quint16 udpPort)
{
    stop();
    m_startError = SocketErrorInfo();
    m_startProblem.clear();
    m_counters = Counters();
    m_rejections.fill(0);
    if (ExplainMessage::encode(ExplainMessage::Answer{0, Cause::ListeningThere, facts}).isEmpty()) {
        m_startProblem = tr("the listening facts cannot be put into an answer");
        return false;
    }
    m_facts = facts;
    m_wantedPort = udpPort;
    if (!bindSockets(udpPort)) {
        stop();
        return false;
    }
    return true;
}

bool ExplainService::bindSockets(quint16 udpPort)
{
    if (QUdpSocket *both = bindOne(QHostAddress(QHostAddress::Any), udpPort)) {
        m_sockets.append(both);
        m_port = both->localPort();
        return true;
    }
    if (m_startError.error == QAbstractSocket::AddressInUseError ||
        m_startError.error == QAbstractSocket::SocketAccessError)
        return false;
    // No dual-stack socket on this system: one per family, on the same port.
    QUdpSocket *v4 = bindOne(QHostAddress(QHostAddress::AnyIPv4), udpPort);
    if (!v4)
        return false;
    m_sockets.append(v4);
    m_port = v4->localPort();
    if (QUdpSocket *v6 = bindOne(QHostAddress(QHostAddress::AnyIPv6), m_port))
        m_sockets.append(v6);
    m_startError = SocketErrorInfo();
    return true;
}

QUdpSocket *ExplainService::bindOne(const QHostAddress &address, quint16 port)
{
    auto *socket = new QUdpSocket(this);
    socket->setProxy(QNetworkProxy::NoProxy);
    // DontShareAddress: no SO_REUSEADDR, so a port another program holds is reported as taken
    // instead of being shared with it.
    if (!socket->bind(address, port, QUdpSocket::DontShareAddress)) {
        m_startError.error = socket->error();
        m_startError.qtText = socket->errorString();
        m_startError.osError = 0;
        delete socket;
        return nullptr;
    }
    connect(socket, &QUdpSocket::readyRead, this, [this, socket] { readPending(socket); });
    return socket;
}

void ExplainService::stop()
{
    qDeleteAll(m_sockets);
    m_sockets.clear();
    m_port = 0;
    m_limiter.clear();
}

void ExplainService::readPending(QUdpSocket *socket)
{
    for (int i = 0; i < kDatagramsPerWakeup && socket->hasPendingDatagrams(); ++i)
        handle(socket, socket->receiveDatagram(ExplainMessage::kMaxDatagramSize + 1));
    // The rest after the event loop has had its turn; the socket as context drops the call
    // if stop() deleted it meanwhile.
    if (socket->hasPendingDatagrams())
        QTimer::singleShot(0, socket, [this, socket] { readPending(socket); });
}

bool ExplainService::isAnswerable(const QNetworkDatagram &datagram) const
{
    return datagram.senderPort() > 0 &&
           isReachableSender(ExplainMessage::canonical(datagram.senderAddress()));
}

void ExplainService::handle(QUdpSocket *socket, const QNetworkDatagram &datagram)
{
    ++m_counters.received;
    const QByteArray question = datagram.data();
    const ExplainMessage::Decoded d =
        ExplainMessage::decode(question, ExplainMessage::Type::Question);
    if (!d.ok()) {
        ++m_counters.malformed;
        ++m_rejections[size_t(d.rejection)];
        return;
    }
    if (d.question.port != m_facts.port) {
        ++m_counters.otherPort;
        return;
    }
    if (!isAnswerable(datagram)) {
        ++m_counters.unanswerable;
        return;
    }
    const QHostAddress peer = ExplainMessage::canonical(datagram.senderAddress());
    if (m_limiter.take(peer, now()) != ExplainRateLimiter::Verdict::Allowed) {
        ++m_counters.rateLimited;
        return;
    }
    const Cause cause = causeFor(m_facts, d.question.tried);
    const QByteArray answer =
        ExplainMessage::encode(ExplainMessage::Answer{d.question.nonce, cause, m_facts});
    // The format's limits already make every answer fit; the promise is kept here as well.
    // makeReply() answers from the address the question reached, which a client expects.
    if (answer.isEmpty() || answer.size() > question.size() ||
        socket->writeDatagram(datagram.makeReply(answer)) != answer.size())
        ++m_counters.unanswerable;
    else
        ++m_counters.answered;

    RefusedVisitor visitor;
    visitor.timeMsecs = QDateTime::currentMSecsSinceEpoch();
    visitor.peer = peer;
    visitor.peerPort = quint16(datagram.senderPort());
    visitor.arrivedAt = ExplainMessage::canonical(datagram.destinationAddress());
    visitor.tried = d.question.tried;
    visitor.triedPort = d.question.port;
    visitor.cause = cause;
    emit refusedVisitor(visitor);
}

qint64 ExplainService::now() const
{
    return m_clock ? m_clock() : m_monotonic.elapsed();
}

quint64 ExplainService::byRejection(ExplainMessage::Rejection rejection) const
{
    return m_rejections[size_t(rejection)];
}

QString ExplainService::statusText() const
{
    if (isRunning())
        return tr("Explaining refusals on UDP %1").arg(m_port);
    if (!m_startProblem.isEmpty())
        return tr("Not explaining refusals: %1").arg(m_startProblem);
    if (!m_startError.isNull())
        return tr("Not explaining refusals: UDP port %1: %2")
            .arg(QString::number(m_wantedPort), m_startError.qtText);
    return tr("Not explaining refusals");
}

QString ExplainService::refusalText(ExplainMessage::Cause cause, const ExplainMessage::Facts &facts)
{
    const QString where = ExplainMessage::listenText(facts);
    switch (cause) {
    case Cause::LoopbackOnly:
        return tr("refused: bound to %1 only").arg(where);
    case Cause::OtherAddressOnly:
        return tr("refused: listening on %1 only").arg(where);
    case Cause::WrongFamily:
        return tr("refused: listening over %1 only (%2)")
            .arg(AddressText::family(facts.listenAddress), where);
    case Cause::ListeningThere:
        return tr("refused on the way: the server listens there (%1), so a firewall or "
                  "something in between refused the connection")
            .arg(where);
    }
    return {};
}
