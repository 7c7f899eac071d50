#include "client/ConnectAttempt.h"

#include "platform/OsError.h"

#include <QSocketNotifier>

ConnectAttempt::ConnectAttempt(const QHostAddress &address, quint16 port, const Limits &limits,
                               QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_result.address = address;
    m_result.port = port;
    // Coarse timers may fire 5 % late; a verdict "at the timeout" should be at the timeout.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectAttempt::onTimer);
}

ConnectAttempt::~ConnectAttempt()
{
    releaseSocket(true);
}

void ConnectAttempt::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    const NativeSocket::Opened opened = NativeSocket::startConnect(m_result.address, m_result.port,
                                                                   m_sourceAddress, &m_result.icmp);
    if (opened.descriptor == NativeSocket::kInvalid) {
        // Some failures are immediate (no route, bad scope, this machine's own firewall); how
        // fast is evidence, so measure now. Report them on the next turn of the event loop so
        // every caller sees the same asynchronous shape.
        m_result.connectUsecs = m_clock.nsecsElapsed() / 1000;
        const int osError = opened.osError;
        QMetaObject::invokeMethod(
            this,
            [this, osError] {
                finish(AttemptResult::Outcome::ConnectFailed,
                       SocketErrorInfo::fromConnectError(osError));
            },
            Qt::QueuedConnection);
        return;
    }
    m_descriptor = opened.descriptor;
    // connect() has already chosen the source endpoint, even while the handshake is pending.
    m_source = NativeSocket::localEndpoint(m_descriptor);
    m_writeNotifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ConnectAttempt::onWritable);
    m_timer.start(qMax(1, m_limits.connectTimeoutMs));
}

void ConnectAttempt::cancel()
{
    if (!m_finished && m_started)
        finish(AttemptResult::Outcome::Cancelled);
}

void ConnectAttempt::onWritable()
{
    if (m_finished)
        return;
    m_writeNotifier->setEnabled(false);
    const int osError = NativeSocket::pendingError(m_descriptor);
    m_result.connectUsecs = m_clock.nsecsElapsed() / 1000;
    if (OsError::kind(osError) == OsError::Kind::ConnectionReset) {
        // The handshake completed and the peer reset at once: it was accepted, then dropped.
        m_result.connected = true;
        finish(AttemptResult::Outcome::ResetAfterData, SocketErrorInfo::remoteClosed(osError));
        return;
    }
    if (osError != 0) {
        m_result.icmp = NativeSocket::connectIcmpError(m_descriptor);
        finish(AttemptResult::Outcome::ConnectFailed, SocketErrorInfo::fromConnectError(osError));
        return;
    }
    m_result.connected = true;
    const NativeSocket::Endpoint local = NativeSocket::localEndpoint(m_descriptor);
    m_result.localAddress = local.address;
    m_result.localPort = local.port;
    m_timer.start(qMax(1, m_limits.readDeadlineMs));
    emit connected();
    if (m_finished) // a receiver cancelled
        return;
    m_readNotifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ConnectAttempt::onReadable);
    sendPending();
    // Data may already be waiting; reading now saves a wake-up.
    onReadable();
}

void ConnectAttempt::sendPending()
{
    if (m_finished)
        return;
    while (m_result.sentBytes < m_limits.send.size()) {
        int osError = 0;
        const qint64 n =
            NativeSocket::send(m_descriptor, m_limits.send.constData() + m_result.sentBytes,
                               m_limits.send.size() - m_result.sentBytes, &osError);
        if (n > 0) {
            m_result.sentBytes += n;
            continue;
        }
        if (OsError::kind(osError) == OsError::Kind::WouldBlock) {
            // A full send buffer: go on when there is room, inside the same window.
            if (!m_sendNotifier) {
                m_sendNotifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Write, this);
                connect(m_sendNotifier, &QSocketNotifier::activated, this,
                        &ConnectAttempt::sendPending);
            }
            m_sendNotifier->setEnabled(true);
            return;
        }
        finish(AttemptResult::Outcome::ResetAfterData, SocketErrorInfo::fromReadError(osError));
        return;
    }
    if (m_sendNotifier)
        m_sendNotifier->setEnabled(false);
}

void ConnectAttempt::onReadable()
{
    if (m_finished)
        return;
    char buffer[16 * 1024];
    for (;;) {
        int osError = 0;
        const qint64 n =
            NativeSocket::receive(m_descriptor, buffer, qint64(sizeof buffer), &osError);
        if (n > 0) {
            const qint64 room = m_limits.maxBytes - m_result.received.size();
            m_result.received.append(buffer, int(qMin(n, room)));
            if (n >= room) {
                finish(AttemptResult::Outcome::GreetingTruncated);
                return;
            }
            continue;
        }
        if (n == 0) {
            finish(m_result.received.isEmpty() ? AttemptResult::Outcome::ClosedWithoutData
                                               : AttemptResult::Outcome::Greeting,
                   SocketErrorInfo::remoteClosed());
            return;
        }
        if (OsError::kind(osError) == OsError::Kind::WouldBlock)
            return;
        finish(AttemptResult::Outcome::ResetAfterData, SocketErrorInfo::fromReadError(osError));
        return;
    }
}

void ConnectAttempt::onTimer()
{
    if (m_finished)
        return;
    // At the window's end a connection still open is a service's normal state, not an error.
    if (m_result.connected)
        finish(AttemptResult::Outcome::KeptOpen);
    else
        finish(AttemptResult::Outcome::ConnectTimedOut, SocketErrorInfo::connectTimeout());
}

void ConnectAttempt::finish(AttemptResult::Outcome outcome, const SocketErrorInfo &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_result.outcome = outcome;
    m_result.error = error;
    m_result.elapsedUsecs = m_clock.nsecsElapsed() / 1000;
    if (m_result.connectUsecs < 0 && outcome != AttemptResult::Outcome::Cancelled)
        m_result.connectUsecs = m_result.elapsedUsecs;
    // Stopping a peer that floods or drips with a reset frees both ends at once.
    releaseSocket(outcome != AttemptResult::Outcome::Greeting &&
                  outcome != AttemptResult::Outcome::ClosedWithoutData);
    emit finished(m_result);
}

void ConnectAttempt::releaseSocket(bool abortive)
{
    // Notifiers may be mid-emission (we often get here from their own signal): disable now,
    // delete later, and only then close the descriptor they watch.
    for (QSocketNotifier *notifier : {m_writeNotifier, m_readNotifier, m_sendNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_writeNotifier = nullptr;
    m_readNotifier = nullptr;
    m_sendNotifier = nullptr;
    if (m_descriptor == NativeSocket::kInvalid)
        return;
    if (abortive && m_result.connected)
        NativeSocket::abortiveClose(m_descriptor);
    else
        NativeSocket::close(m_descriptor);
    m_descriptor = NativeSocket::kInvalid;
}
