#pragma once

#include <QByteArray>
#include <QtGlobal>

// A bare loopback TCP client for the hostile-client tests (POSIX): it can shrink its receive
// window, never read, send junk, or reset at once, none of which QTcpSocket lets a test
// control. Non-blocking throughout, so a server in the same process keeps running.
class RawClient final
{
public:
    RawClient() = default;
    ~RawClient();
    RawClient(RawClient &&other) noexcept;
    RawClient &operator=(RawClient &&other) noexcept;
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    // Starts connecting to 127.0.0.1:port. receiveBuffer > 0 sets SO_RCVBUF first, which
    // keeps the advertised window (and so what the server can push) small.
    bool connectTo(quint16 port, int receiveBuffer = 0);
    bool isOpen() const { return m_fd >= 0; }

    qint64 send(const QByteArray &data);
    // Sends all of data once the connect has completed, running the event loop meanwhile
    // (a server in this process must accept first). False on any error but "try again".
    bool sendWhenConnected(const QByteArray &data, int timeoutMs = 5000);
    // Takes whatever has arrived, without blocking. True once the peer has ended the stream
    // (orderly or by a reset; endError() says which).
    bool readAvailable();
    const QByteArray &received() const { return m_received; }
    bool ended() const { return m_ended; }
    int endError() const { return m_endError; } // 0 for an orderly end, else errno

    void close();
    void reset(); // SO_LINGER 0, then close: the server sees a reset

private:
    int m_fd = -1;
    QByteArray m_received;
    bool m_ended = false;
    int m_endError = 0;
};
