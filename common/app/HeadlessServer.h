#pragma once

#include "app/ServerOptions.h"
#include "platform/StopSignals.h"
#include "server/ServerSession.h"

#include <QObject>

// bindlab-server without a window: the same ServerSession as the window's, events printed as
// readable lines or JSON lines. Exit codes: 0 after a clean stop, 1 when listening fails, 2 for bad
// options.
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
    void onRefused(const RefusedVisitor &visitor);
    void printExplainStatus();
    void stop();

    ServerOptions m_options;
    ServerSession m_session;
    StopSignals m_signals;
    quint64 m_refused = 0;
    bool m_stopped = false;
};
