#include "client/ConnectRun.h"

#include "platform/OsError.h"

#include <QHostInfo>
#include <QNetworkInterface>

ConnectRun::ConnectRun(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectRun::onDeadline);
}

ConnectRun::~ConnectRun()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void ConnectRun::start(const Target &target, const ConnectAttempt::Limits &limits)
{
    cancel();
    m_limits = limits;
    m_result = RunResult{};
    m_result.target = target;
    m_queue.clear();
    m_running = true;
    m_clock.start();

    if (target.isLiteral()) {
        m_result.lookupDone = true;
        m_result.resolved = {target.literal};
        m_queue = m_result.resolved;
        emit lookupFinished(m_result.resolved);
        // Start on the next turn so callers can connect signals after start() returns.
        QMetaObject::invokeMethod(this, &ConnectRun::tryNext, Qt::QueuedConnection);
        return;
    }
    m_deadline.start(qMax(1, limits.connectTimeoutMs));
    m_lookupId = QHostInfo::lookupHost(target.host, this, &ConnectRun::onLookup);
}

void ConnectRun::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    if (m_asking) {
        // The refusal is known, but the user stopped waiting for the server's word on it.
        m_query->cancel();
        m_asking = false;
        finish();
        return;
    }
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_attempt && !m_attempt->isFinished()) {
        m_attempt->cancel(); // reports through onAttemptFinished, which finishes the run
        return;
    }
    finish();
}

void ConnectRun::onLookup(const QHostInfo &info)
{
    m_lookupId = -1;
    if (!m_running)
        return;
    m_result.lookupDone = true;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_result.lookupError = info.error() == QHostInfo::NoError
                                   ? tr("The name has no IPv4 or IPv6 address.")
                                   : info.errorString();
        emit lookupFinished({});
        finish();
        return;
    }
    m_result.resolved = info.addresses();
    m_queue = m_result.resolved;
    emit lookupFinished(m_result.resolved);
    tryNext();
}

void ConnectRun::onDeadline()
{
    if (!m_running)
        return;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        m_result.lookupTimedOut = true;
        m_result.lookupError =
            tr("The name lookup did not finish within %1 ms.").arg(m_limits.connectTimeoutMs);
        finish();
    }
    // An attempt in flight has its own timer set to the same deadline.
}

int ConnectRun::remainingMs() const
{
    return m_limits.connectTimeoutMs - int(m_clock.elapsed());
}

void ConnectRun::tryNext()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const int remaining = remainingMs();
    if (remaining <= 0) {
        finish();
        return;
    }
    const QHostAddress address = m_queue.takeFirst();
    ConnectAttempt::Limits limits = m_limits;
    limits.connectTimeoutMs = remaining;
    m_attempt = new ConnectAttempt(address, m_result.target.port, limits, this);
    connect(m_attempt, &ConnectAttempt::finished, this, &ConnectRun::onAttemptFinished);
    ConnectAttempt *attempt = m_attempt;
    connect(attempt, &ConnectAttempt::connected, this,
            [this, attempt] { emit attemptConnected(attempt->result()); });
    emit attemptStarted(address, m_result.target.port);
    m_attempt->start();
}

void ConnectRun::onAttemptFinished(const AttemptResult &attempt)
{
    m_result.attempts << attempt;
    if (m_attempt)
        m_attempt->deleteLater();
    m_attempt = nullptr;
    emit attemptFinished(attempt);
    // A connection that was accepted answers the question "can I reach it?": stop there, like
    // any client would. Only failures to connect move on to the next address.
    const bool moveOn = !attempt.connected && attempt.outcome != AttemptResult::Outcome::Cancelled;
    if (moveOn && m_running && !m_result.cancelled && !m_queue.isEmpty() && remainingMs() > 0)
        tryNext();
    else if (!askWhyRefused())
        finish();
}

// Only a refusal by another host is worth a question: this machine's own socket table
// already says why it refuses, and any other failure never reached a server that could answer.
bool ConnectRun::askWhyRefused()
{
    const AttemptResult *a = m_result.decisive();
    if (!m_explainEnabled || !m_running || m_result.cancelled || !a || a->connected ||
        OsError::kind(a->error.osError) != OsError::Kind::Refused || !isRemote(a->address))
        return false;
    if (!m_query) {
        m_query = new ExplainQuery(this);
        connect(m_query, &ExplainQuery::finished, this, &ConnectRun::onExplained);
    }
    m_query->setTimeout(m_explainTimeoutMs);
    m_asking = true;
    m_query->ask(a->address, m_result.target.port);
    emit explainStarted(a->address, m_result.target.port);
    return true;
}

void ConnectRun::onExplained(const ExplainQuery::Result &explain)
{
    if (!m_asking)
        return;
    m_asking = false;
    m_result.explain = explain;
    finish();
}

bool ConnectRun::isRemote(const QHostAddress &address) const
{
    if (m_remoteCheck)
        return m_remoteCheck(address);
    return ExplainQuery::isRemote(address, QNetworkInterface::allAddresses());
}

void ConnectRun::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_result.untried = m_queue;
    m_queue.clear();
    m_result.elapsedUsecs = m_clock.nsecsElapsed() / 1000;
    emit finished(m_result);
}
