#pragma once

#include "client/AttemptResult.h"
#include "platform/NativeSocket.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

// One TCP connection attempt to one address: a non-blocking connect whose error code is read
// from the socket itself (SO_ERROR, and the ICMP error where the OS keeps it), then the banner
// window: an optional text is sent, and whatever the service sends is read, bounded, until it
// closes or the window ends. connected() comes the moment the handshake completes: that alone
// answers "can I reach it?". Every way it can end (greeting, banner, silence, refusal, a peer
// that drips, floods or resets) ends within connectTimeout + readDeadline with a precise outcome.
class ConnectAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectAttempt)

public:
    struct Limits
    {
        int connectTimeoutMs = 5000;
        // The banner window: how long to listen once connected. A service that greets and
        // closes ends it early; one that keeps the connection open is classified at its end.
        int readDeadlineMs = 1000;
        int maxBytes = 64 * 1024;
        QByteArray send; // sent once connected (EscapedText gives the bytes); bounded by the caller
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
    void sendPending();
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
    QSocketNotifier *m_sendNotifier = nullptr; // only while a send could not complete at once
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_started = false;
    bool m_finished = false;
};
