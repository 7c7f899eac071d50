#pragma once

#include "reachability/ReachabilityProbe.h"
#include "server/ConnectionRecord.h"
#include "server/ExplainService.h"
#include "server/GreetingServer.h"
#include "server/ServerNotice.h"

#include <QList>
#include <QObject>

// One run of the server as both the window and the headless driver see it: the GreetingServer,
// the reachability probe that proves who can connect, the marking of the probe's own
// connections as self-tests, client totals that leave those out, and the explain service that
// tells refused clients why (and so shows the server who was turned away). The drivers only
// show what it reports.
class ServerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSession)

public:
    explicit ServerSession(QObject *parent = nullptr);
    ~ServerSession() override;

    // Greeting, limits and where it listens; start() and stop() go through the session.
    GreetingServer *server() { return &m_server; }
    const GreetingServer *server() const { return &m_server; }

    // Whether connectionServed() is wanted for clients. Off, the server takes its lean path
    // as soon as the self-tests are over (they are always recorded, to be told from clients).
    void setClientRecordsWanted(bool wanted);

    // Whether start() also starts the explain service on UDP at the same port (on by default).
    // Takes effect at the next start().
    void setExplainEnabled(bool enabled) { m_explainEnabled = enabled; }
    bool isExplainEnabled() const { return m_explainEnabled; }
    // This machine's name and what it resolves to, told to refused clients (BindChoices'
    // hostname choice has both); without it the answer leaves the hostname out.
    void setHostFacts(const QString &hostName, const QList<QHostAddress> &addresses);
    const ExplainService *explainService() const { return &m_explain; }
    // Tests ask at a port of their own when the TCP port's UDP twin is busy.
    void setExplainPort(quint16 udpPort) { m_explainPort = udpPort; }

    // Listens and, once listening, proves reachability at `targets` (finished reported by
    // reachabilityProved()). False with the server's startError() when it cannot listen.
    bool start(const BindChoice &choice, quint16 port,
               const QList<ReachabilityProbe::Target> &targets);
    void stop();
    bool isListening() const { return m_server.isListening(); }

    // Proves reachability again (the addresses changed, "Check again"); only while listening.
    void proveReachability(const QList<ReachabilityProbe::Target> &targets);
    bool isProving() const { return m_probe.isRunning(); }
    // Predicted rows until the proof replaces them one by one.
    QList<ReachabilityRow> reachabilityRows() const { return m_probe.rows(); }

    // Since start(): the probe's connections, and everything else (the clients).
    quint64 selfTests() const { return m_selfTests; }
    quint64 clientsAccepted() const { return m_server.accepted() - m_selfTests; }
    quint64 clientsGreeted() const { return m_server.greeted() - m_selfTestsGreeted; }

signals:
    // Every connection, the probe's marked selfTest.
    void connectionServed(const ConnectionRecord &record);
    void reachabilityProved(const QList<ReachabilityRow> &rows);
    void notice(const ServerNotice &notice);
    // A client refused by this machine asked why (only while explaining).
    void refusedVisitor(const RefusedVisitor &visitor);
    // The explain service started or could not (explainService()->statusText() says which).
    void explainChanged();
    void started();
    void stopped();

private:
    void onServed(ConnectionRecord record);
    void onProbeFinished(const QList<ReachabilityRow> &rows);
    void updateRecordsWanted();
    void startExplaining();

    GreetingServer m_server;
    ReachabilityProbe m_probe;
    ExplainService m_explain;
    bool m_explainEnabled = true;
    quint16 m_explainPort = 0;
    QString m_hostName;
    QList<QHostAddress> m_hostAddresses;
    bool m_clientRecordsWanted = true;
    quint64 m_selfTests = 0;
    quint64 m_selfTestsGreeted = 0;
};
