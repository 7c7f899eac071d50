#pragma once

#include "client/AttemptResult.h"
#include "platform/NativeSocket.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

// One TCP connection attempt to one address: a non-blocking connect whose error code is read
// from the socket itself (SO_ERROR), then a bounded read of the greeting. Every way it can end
// (greeting, refusal, silence, a peer that drips, floods, resets or never sends) ends within
// connectTimeout + readDeadline with a precise outcome.
class ConnectAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectAttempt)

public:
    struct Limits
    {
        int connectTimeoutMs = 5000;
        int readDeadlineMs = 5000;
        int maxBytes = 64 * 1024;
    };

    ConnectAttempt(const QHostAddress &address, quint16 port, const Limits &limits,
                   QObject *parent = nullptr);
    ~ConnectAttempt() override;

    // Binds the connecting socket to this local address first (see NativeSocket::startConnect).
    void setSourceAddress(const QHostAddress &source) { m_sourceAddress = source; }
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const AttemptResult &result() const { return m_result; }
    // The source address and port, known as soon as start() returns (null if the connect
    // failed at once). A server in the same process can recognise this connection by it
    // even before the handshake is reported here.
    NativeSocket::Endpoint source() const { return m_source; }

signals:
    void connected();
    void finished(const AttemptResult &result);

private:
    void onWritable();
    void onReadable();
    void onTimer();
    void finish(AttemptResult::Outcome outcome, const SocketErrorInfo &error = {});
    void releaseSocket(bool abortive);

    Limits m_limits;
    AttemptResult m_result;
    NativeSocket::Endpoint m_source;
    QHostAddress m_sourceAddress;
    NativeSocket::Descriptor m_descriptor = NativeSocket::kInvalid;
    QSocketNotifier *m_writeNotifier = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_finished = false;
};
