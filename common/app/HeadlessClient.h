#pragma once

#include "app/ClientOptions.h"
#include "client/ConnectRun.h"

#include <QObject>

// bindlab-client without a window: one run, printed as readable lines or JSON lines.
// Exit codes: 0 reachable (the handshake completed, whatever the service did next), 1 not
// reachable (refused, rejected, timeout, not found, …), 2 input that could not be used.
class HeadlessClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessClient)

public:
    explicit HeadlessClient(const ClientOptions &options, QObject *parent = nullptr);

    // Returns an exit code when done at once (bad input), else -1: the event loop runs on.
    int start();

private:
    void onConnected(const AttemptResult &attempt);
    void onAttempt(const AttemptResult &attempt);
    void onExplainStarted(const QHostAddress &address, quint16 port);
    void onFinished(const RunResult &run);

    ClientOptions m_options;
    ConnectRun m_run;
};
