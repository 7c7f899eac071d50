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
}

ServerSession::~ServerSession()
{
    // Whoever listens may be half destroyed by now: end quietly.
    const QSignalBlocker quiet(this);
    m_probe.cancel();
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
    if (!m_server.start(choice, port)) {
        updateRecordsWanted();
        return false;
    }
    proveReachability(targets);
    return true;
}

void ServerSession::stop()
{
    m_probe.cancel();
    m_server.stop();
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
