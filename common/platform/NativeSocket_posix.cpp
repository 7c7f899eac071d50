#include "platform/NativeSocket.h"

#include <QDeadlineTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#ifdef __linux__
#include <linux/errqueue.h>
#endif

namespace {

using NativeSocket::Descriptor;

struct SockAddr
{
    sockaddr_storage storage{};
    socklen_t length = 0;
};

bool toSockAddr(const QHostAddress &address, quint16 port, SockAddr *out)
{
    std::memset(&out->storage, 0, sizeof out->storage);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&out->storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        out->length = sizeof(sockaddr_in);
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&out->storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        const QString scope = address.scopeId();
        if (!scope.isEmpty()) {
            bool numeric = false;
            const uint index = scope.toUInt(&numeric);
            in6->sin6_scope_id = numeric ? index : if_nametoindex(scope.toLocal8Bit().constData());
        }
        out->length = sizeof(sockaddr_in6);
        return true;
    }
    return false;
}

NativeSocket::Endpoint fromSockAddr(const sockaddr_storage &storage)
{
    NativeSocket::Endpoint endpoint;
    if (storage.ss_family == AF_INET) {
        const auto *in4 = reinterpret_cast<const sockaddr_in *>(&storage);
        endpoint.address.setAddress(ntohl(in4->sin_addr.s_addr));
        endpoint.port = ntohs(in4->sin_port);
    } else if (storage.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&storage);
        endpoint.address.setAddress(in6->sin6_addr.s6_addr);
        if (in6->sin6_scope_id != 0) {
            char name[IF_NAMESIZE] = {};
            if (if_indextoname(in6->sin6_scope_id, name))
                endpoint.address.setScopeId(QString::fromLocal8Bit(name));
            else
                endpoint.address.setScopeId(QString::number(in6->sin6_scope_id));
        }
        endpoint.port = ntohs(in6->sin6_port);
    }
    return endpoint;
}

#ifdef MSG_NOSIGNAL
constexpr int kNoSignalFlag = MSG_NOSIGNAL;
#else
constexpr int kNoSignalFlag = 0; // macOS before MSG_NOSIGNAL: SO_NOSIGPIPE does the job
#endif

// BSDs and macOS suppress SIGPIPE per socket; sockets accepted by Qt have not been told.
void suppressSigPipe(int fd)
{
#ifdef SO_NOSIGPIPE
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#else
    Q_UNUSED(fd);
#endif
}

int openStream(int family)
{
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
    return ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
#else
    // macOS has neither flag; set both right after. BindLab starts no child processes, so
    // nothing can inherit the socket in between.
    const int fd = ::socket(family, SOCK_STREAM, IPPROTO_TCP);
    if (fd < 0)
        return fd;
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0 ||
        ::fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return -1;
    }
    suppressSigPipe(fd);
    return fd;
#endif
}

NativeSocket::Opened failed(int fd, int error)
{
    if (fd >= 0)
        ::close(fd);
    return {NativeSocket::kInvalid, error};
}

// accept() that leaves the new socket non-blocking and close-on-exec; the errno in *osError.
NativeSocket::Descriptor acceptInto(NativeSocket::Descriptor listening, sockaddr *address,
                                    socklen_t *length, int *osError)
{
    int fd;
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
    do {
        fd = ::accept4(int(listening), address, length, SOCK_NONBLOCK | SOCK_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *osError = errno;
        return NativeSocket::kInvalid;
    }
#else
    // macOS has no accept4(): set both flags right after, as openStream() does.
    do {
        fd = ::accept(int(listening), address, length);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *osError = errno;
        return NativeSocket::kInvalid;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0 ||
        ::fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) {
        *osError = errno;
        ::close(fd);
        return NativeSocket::kInvalid;
    }
    suppressSigPipe(fd);
#endif
    return fd;
}

// Asks the kernel to keep the ICMP error that may end this connect (Linux: IP_RECVERR), so
// "No route to host" can be told apart: a firewall's "administratively prohibited" or a host
// that did not answer. Elsewhere the errno alone has to do.
void queueIcmpErrors(int fd, int family)
{
#ifdef __linux__
    const int one = 1;
    if (family == AF_INET6)
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVERR, &one, sizeof one);
    else
        ::setsockopt(fd, IPPROTO_IP, IP_RECVERR, &one, sizeof one);
#else
    Q_UNUSED(fd);
    Q_UNUSED(family);
#endif
}

#ifdef __linux__
// One control message of the error queue: a sock_extended_err, then the sender's address.
IcmpReport icmpFrom(const cmsghdr *message)
{
    IcmpReport report;
    const bool v4 = message->cmsg_level == IPPROTO_IP && message->cmsg_type == IP_RECVERR;
    const bool v6 = message->cmsg_level == IPPROTO_IPV6 && message->cmsg_type == IPV6_RECVERR;
    const std::size_t payload = message->cmsg_len - CMSG_LEN(0);
    if ((!v4 && !v6) || payload < sizeof(sock_extended_err))
        return report;
    sock_extended_err error{};
    const unsigned char *data = CMSG_DATA(message);
    std::memcpy(&error, data, sizeof error);
    if (error.ee_origin != SO_EE_ORIGIN_ICMP && error.ee_origin != SO_EE_ORIGIN_ICMP6)
        return report;
    report.received = true;
    report.ipv6 = error.ee_origin == SO_EE_ORIGIN_ICMP6;
    report.type = error.ee_type;
    report.code = error.ee_code;
    // The offender (SO_EE_OFFENDER) follows the structure.
    sockaddr_storage from{};
    std::memcpy(&from, data + sizeof error, qMin(payload - sizeof error, sizeof(sockaddr_storage)));
    report.from = fromSockAddr(from).address;
    return report;
}
#endif

IcmpReport readIcmpError(int fd)
{
#ifdef __linux__
    char data[64];
    alignas(cmsghdr) char control[512];
    iovec vector{data, sizeof data};
    msghdr header{};
    header.msg_iov = &vector;
    header.msg_iovlen = 1;
    header.msg_control = control;
    header.msg_controllen = sizeof control;
    ssize_t n;
    do {
        n = ::recvmsg(fd, &header, MSG_ERRQUEUE | MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return {};
    for (cmsghdr *message = CMSG_FIRSTHDR(&header); message;
         message = CMSG_NXTHDR(&header, message)) {
        IcmpReport report = icmpFrom(message);
        if (report.received)
            return report;
    }
    return {};
#else
    Q_UNUSED(fd);
    return {};
#endif
}

} // namespace

namespace NativeSocket {

Opened openListening(const QHostAddress &address, quint16 port, int backlog, bool dualStack)
{
    const QHostAddress bindAddress = dualStack ? QHostAddress(QHostAddress::AnyIPv6) : address;
    SockAddr sa;
    if (!toSockAddr(bindAddress, port, &sa))
        return {kInvalid, EAFNOSUPPORT};
    const int fd = openStream(sa.storage.ss_family);
    if (fd < 0)
        return failed(-1, errno);
    const int one = 1;
    // Same as QTcpServer: a restarted server must not wait for TIME_WAIT to pass.
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (sa.storage.ss_family == AF_INET6) {
        const int v6only = dualStack ? 0 : 1;
        if (::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only) != 0 && dualStack)
            return failed(fd, errno);
    }
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&sa.storage), sa.length) != 0)
        return failed(fd, errno);
    if (::listen(fd, backlog) != 0)
        return failed(fd, errno);
    return {fd, 0};
}

Opened startConnect(const QHostAddress &address, quint16 port, const QHostAddress &source,
                    IcmpReport *icmp)
{
    if (icmp)
        *icmp = IcmpReport();
    SockAddr sa;
    if (!toSockAddr(address, port, &sa))
        return {kInvalid, EAFNOSUPPORT};
    const int fd = openStream(sa.storage.ss_family);
    if (fd < 0)
        return failed(-1, errno);
    queueIcmpErrors(fd, sa.storage.ss_family);
    if (!source.isNull()) {
        SockAddr local;
        if (!toSockAddr(source, 0, &local) || local.storage.ss_family != sa.storage.ss_family)
            return failed(fd, EAFNOSUPPORT);
        if (::bind(fd, reinterpret_cast<const sockaddr *>(&local.storage), local.length) != 0)
            return failed(fd, errno);
    }
    int rc;
    do {
        rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&sa.storage), sa.length);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0 && errno != EINPROGRESS) {
        const int error = errno;
        // This machine's own firewall can reject within connect() itself.
        if (icmp)
            *icmp = readIcmpError(fd);
        return failed(fd, error);
    }
    return {fd, 0};
}

IcmpReport connectIcmpError(Descriptor descriptor)
{
    return readIcmpError(int(descriptor));
}

int pendingError(Descriptor descriptor)
{
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return errno;
    return error;
}

QList<bool> waitForConnects(const QList<Descriptor> &descriptors, int timeoutMs)
{
    QList<bool> done(descriptors.size(), false);
    QDeadlineTimer deadline(qMax(0, timeoutMs));
    for (;;) {
        QList<pollfd> waiting;
        QList<qsizetype> index;
        for (qsizetype i = 0; i < descriptors.size(); ++i) {
            if (!done.at(i) && descriptors.at(i) >= 0) {
                waiting.append(pollfd{int(descriptors.at(i)), POLLOUT, 0});
                index.append(i);
            }
        }
        if (waiting.isEmpty())
            return done;
        const int rc =
            ::poll(waiting.data(), nfds_t(waiting.size()), int(deadline.remainingTime()));
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc <= 0)
            return done;
        // A failed connect reports POLLERR or POLLHUP rather than POLLOUT: finished as well.
        for (qsizetype k = 0; k < waiting.size(); ++k) {
            if (waiting.at(k).revents != 0)
                done[index.at(k)] = true;
        }
        if (deadline.hasExpired())
            return done;
    }
}

qint64 receive(Descriptor descriptor, char *buffer, qint64 size, int *osError)
{
    ssize_t n;
    do {
        n = ::recv(int(descriptor), buffer, size_t(size), 0);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        *osError = errno;
    return n;
}

qint64 send(Descriptor descriptor, const char *data, qint64 size, int *osError)
{
    suppressSigPipe(int(descriptor));
    ssize_t n;
    do {
        n = ::send(int(descriptor), data, size_t(size), kNoSignalFlag | MSG_DONTWAIT);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        *osError = errno;
    return n;
}

Endpoint localEndpoint(Descriptor descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return fromSockAddr(storage);
}

Endpoint peerEndpoint(Descriptor descriptor)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return fromSockAddr(storage);
}

void close(Descriptor descriptor)
{
    if (descriptor >= 0)
        ::close(int(descriptor));
}

void abortiveClose(Descriptor descriptor)
{
    if (descriptor < 0)
        return;
    setResetOnClose(descriptor);
    ::close(int(descriptor));
}

void setResetOnClose(Descriptor descriptor)
{
    if (descriptor < 0)
        return;
    const linger hard{1, 0};
    ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
}

Accepted accept(Descriptor listening)
{
    Accepted accepted;
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    accepted.descriptor =
        acceptInto(listening, reinterpret_cast<sockaddr *>(&storage), &length, &accepted.osError);
    if (accepted.descriptor != kInvalid)
        accepted.peer = fromSockAddr(storage);
    return accepted;
}

Descriptor acceptAnonymous(Descriptor listening, int *osError)
{
    return acceptInto(listening, nullptr, nullptr, osError);
}

qint64 descriptorLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 0;
    return qint64(limit.rlim_cur);
}

} // namespace NativeSocket
