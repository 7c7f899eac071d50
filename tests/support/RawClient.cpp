#include "RawClient.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

RawClient::~RawClient()
{
    close();
}

RawClient::RawClient(RawClient &&other) noexcept
    : m_fd(other.m_fd)
    , m_received(std::move(other.m_received))
    , m_ended(other.m_ended)
    , m_endError(other.m_endError)
{
    other.m_fd = -1;
}

RawClient &RawClient::operator=(RawClient &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = other.m_fd;
        m_received = std::move(other.m_received);
        m_ended = other.m_ended;
        m_endError = other.m_endError;
        other.m_fd = -1;
    }
    return *this;
}

bool RawClient::connectTo(quint16 port, int receiveBuffer)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    if (receiveBuffer > 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 &&
        errno != EINPROGRESS) {
        close();
        return false;
    }
    return true;
}

qint64 RawClient::send(const QByteArray &data)
{
    if (m_fd < 0)
        return -1;
    return ::send(m_fd, data.constData(), size_t(data.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
}

bool RawClient::sendWhenConnected(const QByteArray &data, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const qint64 n = send(data);
        if (n == data.size())
            return true;
        if (n >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
            return false;
        QTest::qWait(5);
    }
    return false;
}

bool RawClient::readAvailable()
{
    if (m_fd < 0 || m_ended)
        return m_ended;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            m_received.append(buffer, qsizetype(n));
            continue;
        }
        if (n == 0) {
            m_ended = true;
        } else if (errno == EINTR) {
            continue;
        } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != ENOTCONN) {
            m_ended = true;
            m_endError = errno;
        }
        return m_ended;
    }
}

void RawClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void RawClient::reset()
{
    if (m_fd < 0)
        return;
    const linger hard{1, 0};
    ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    close();
}
