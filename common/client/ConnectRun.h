#pragma once

#include "client/ConnectAttempt.h"
#include "client/RunResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class ExplainQuery;
class QHostInfo;

// One press of Connect: resolve the target, then try each resolved address in the resolver's
// order, one attempt each, until one accepts the connection or the run's connect timeout is
// spent. A reachable service ends the run within its connect time plus the banner window.
// The timeout covers the whole run, lookup included, so the user's number is the longest wait.
// When another host refused the decisive attempt, the run asks that host's explain service why
// (ExplainQuery) before it finishes; that short question counts in the run's time.
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

    // Whether to ask a refusing host why (on by default); applies from the next start().
    void setExplainEnabled(bool enabled) { m_explainEnabled = enabled; }
    bool explainEnabled() const { return m_explainEnabled; }
    void setExplainTimeout(int msecs) { m_explainTimeoutMs = msecs; }
    int explainTimeout() const { return m_explainTimeoutMs; }
    // Which refused addresses belong to another host, the only ones worth asking about. The
    // default compares with this machine's addresses; tests make loopback count as remote.
    using RemoteCheck = std::function<bool(const QHostAddress &)>;
    void setRemoteCheck(RemoteCheck check) { m_remoteCheck = std::move(check); }
    bool isAsking() const { return m_asking; }

signals:
    void lookupFinished(const QList<QHostAddress> &addresses);
    void attemptStarted(const QHostAddress &address, quint16 port);
    // The handshake completed: reachable, before the banner window says what the service does.
    // The attempt so far: address, local endpoint, connect time.
    void attemptConnected(const AttemptResult &attempt);
    void attemptFinished(const AttemptResult &attempt);
    // Another host refused: the run now asks its explain service at UDP `port` why.
    void explainStarted(const QHostAddress &address, quint16 port);
    void finished(const RunResult &result);

private:
    void onLookup(const QHostInfo &info);
    void onDeadline();
    void tryNext();
    void onAttemptFinished(const AttemptResult &attempt);
    void finish();
    bool askWhyRefused();
    void onExplained(const ExplainQuery::Result &explain);
    bool isRemote(const QHostAddress &address) const;
    int remainingMs() const;

    ConnectAttempt::Limits m_limits;
    RunResult m_result;
    QList<QHostAddress> m_queue;
    QPointer<ConnectAttempt> m_attempt;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    ExplainQuery *m_query = nullptr;
    RemoteCheck m_remoteCheck;
    int m_explainTimeoutMs = ExplainQuery::kDefaultTimeoutMs;
    int m_lookupId = -1;
    bool m_running = false;
    bool m_explainEnabled = true;
    bool m_asking = false;
};
