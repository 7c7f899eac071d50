#include "ExplainResponder.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>

ExplainResponder::ExplainResponder(Mode mode)
    : m_mode(mode)
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    m_bound = m_socket.bind(QHostAddress(QHostAddress::LocalHost), 0);
    m_facts = loopbackFacts();
    QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] { answerPending(); });
}

void ExplainResponder::setAnswer(ExplainMessage::Cause cause, const ExplainMessage::Facts &facts)
{
    m_cause = cause;
    m_facts = facts;
}

ExplainMessage::Facts ExplainResponder::loopbackFacts() const
{
    ExplainMessage::Facts facts;
    facts.listenAddress = QHostAddress(QHostAddress::LocalHost);
    facts.port = port();
    facts.choiceKey = QStringLiteral("hostname");
    facts.hostName = QStringLiteral("lab-server");
    facts.hostAddresses = {QHostAddress(QHostAddress::LocalHost)};
    return facts;
}

void ExplainResponder::answerPending()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        const ExplainMessage::Decoded question =
            ExplainMessage::decode(datagram.data(), ExplainMessage::Type::Question);
        if (!question.ok())
            continue;
        ++m_questions;
        if (m_mode == Mode::Silent)
            continue;
        ExplainMessage::Answer answer;
        answer.nonce = question.question.nonce;
        answer.cause = m_cause;
        answer.facts = m_facts;
        m_socket.writeDatagram(datagram.makeReply(ExplainMessage::encode(answer)));
    }
}
