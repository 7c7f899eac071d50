#include "server/ServerSession.h"

#include <utility>

ServerSession::ServerSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &GreetingServer::connectionServed, this, &ServerSession::onServed);
    connect(&m_server, &GreetingServer::notice, this, &ServerSession::notice);
    connect(&m_server, &GreetingServer::started, this, &ServerSession::started);
    connect(&m_server, &GreetingServer::stopped, this, &ServerSession::stopped);
    connect(&m_probe, &ReachabilityProbe::finished, this, &ServerSession::onProbeFinished);
    connect(&m_explain, &ExplainService::refusedVisitor, this, &ServerSession::refusedVisitor);
}

ServerSession::~ServerSession()
{
    // Whoever listens may be half destroyed by now: end quietly.
    const QSignalBlocker quiet(this);
    m_probe.cancel();
    m_explain.stop();
}

void ServerSession::setHostFacts(const QString &hostName, const QList<QHostAddress> &addresses)
{
    m_hostName = hostName;
    m_hostAddresses = addresses;
}

void ServerSession::setClientRecordsWanted(bool wanted)
{
    m_clientRecordsWanted = wanted;
    updateRecordsWanted();
}

bool ServerSession::start(const BindChoice &choice, quint16 port,
                          const QList<ReachabilityProbe::Target> &targets)
{
    m_probe.cancel();
    m_selfTests = 0;
    m_selfTestsGreeted = 0;
    m_explain.stop();
    if (!m_server.start(choice, port)) {
        updateRecordsWanted();
        return false;
    }
    startExplaining();
    proveReachability(targets);
    return true;
}

// Never fatal: a server whose UDP twin port is taken still serves, and says it cannot explain.
void ServerSession::startExplaining()
{
    if (!m_explainEnabled)
        return;
    const ExplainMessage::Facts facts = ExplainService::factsFor(
        m_server.choice(), m_server.serverPort(), m_hostName, m_hostAddresses);
    m_explain.start(facts, m_explainPort != 0 ? m_explainPort : m_server.serverPort());
    emit explainChanged();
}

void ServerSession::stop()
{
    m_probe.cancel();
    const bool wasExplaining = m_explain.isRunning();
    m_explain.stop();
    m_server.stop();
    if (wasExplaining)
        emit explainChanged();
    updateRecordsWanted();
}

void ServerSession::proveReachability(const QList<ReachabilityProbe::Target> &targets)
{
    if (!m_server.isListening())
        return;
    m_probe.start(m_server.choice(), m_server.serverPort(), m_server.greeting(), targets);
    updateRecordsWanted();
}

void ServerSession::onServed(ConnectionRecord record)
{
    record.selfTest = m_probe.claimConnection(record.peer, record.peerPort);
    if (record.selfTest) {
        ++m_selfTests;
        if (record.greeted)
            ++m_selfTestsGreeted;
    }
    emit connectionServed(record);
}

void ServerSession::onProbeFinished(const QList<ReachabilityRow> &rows)
{
    // The self-tests are over: a server nobody asks about clients spends nothing beyond
    // serving from here on (the benchmark measures that path).
    updateRecordsWanted();
    emit reachabilityProved(rows);
}

void ServerSession::updateRecordsWanted()
{
    m_server.setRecordsWanted(m_clientRecordsWanted || m_probe.isRunning());
}
