#pragma once

#include "client/ConnectAttempt.h"
#include "client/RunResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QHostInfo;

// One press of Connect: resolve the target, then try each resolved address in the resolver's
// order, one attempt each, until one accepts the connection or the run's connect timeout is
// spent. A reachable service ends the run within its connect time plus the banner window.
// The timeout covers the whole run, lookup included, so the user's number is the longest wait.
class ConnectRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectRun)

public:
    explicit ConnectRun(QObject *parent = nullptr);
    ~ConnectRun() override;

    void start(const Target &target, const ConnectAttempt::Limits &limits);
    void cancel();
    bool isRunning() const { return m_running; }
    const RunResult &result() const { return m_result; }

signals:
    void lookupFinished(const QList<QHostAddress> &addresses);
    void attemptStarted(const QHostAddress &address, quint16 port);
    // The handshake completed: reachable, before the banner window says what the service does.
    // The attempt so far: address, local endpoint, connect time.
    void attemptConnected(const AttemptResult &attempt);
    void attemptFinished(const AttemptResult &attempt);
    void finished(const RunResult &result);

private:
    void onLookup(const QHostInfo &info);
    void onDeadline();
    void tryNext();
    void onAttemptFinished(const AttemptResult &attempt);
    void finish();
    int remainingMs() const;

    ConnectAttempt::Limits m_limits;
    RunResult m_result;
    QList<QHostAddress> m_queue;
    QPointer<ConnectAttempt> m_attempt;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_lookupId = -1;
    bool m_running = false;
};
