#pragma once

#include "app/ServerOptions.h"
#include "platform/StopSignals.h"
#include "reachability/ReachabilityProbe.h"
#include "server/GreetingServer.h"

#include <QObject>

// bindlab-server without a window: the same GreetingServer, events printed as readable lines
// or JSON lines. Exit codes: 0 after a clean stop, 1 when listening fails, 2 for bad options.
class HeadlessServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessServer)

public:
    explicit HeadlessServer(const ServerOptions &options, QObject *parent = nullptr);

    // Prints the bind choices; returns the exit code.
    int listBinds();
    // Starts listening; returns -1 when running (the event loop then decides), else an exit code.
    int start();

private:
    void onConnection(const ConnectionRecord &record);
    void onReachability(const QList<ReachabilityRow> &rows);
    void onNotice(const ServerNotice &notice);
    void stop();
    quint64 clientsAccepted() const { return m_server.accepted() - m_selfTests; }

    ServerOptions m_options;
    GreetingServer m_server;
    StopSignals m_signals;
    ReachabilityProbe m_probe;
    // The probe's own connections, kept out of every client count (--count, total, served).
    quint64 m_selfTests = 0;
    quint64 m_selfTestsGreeted = 0;
    bool m_stopped = false;
};
