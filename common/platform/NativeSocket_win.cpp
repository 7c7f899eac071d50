#include "platform/NativeSocket.h"

#include <QDeadlineTimer>
#include <QNetworkInterface>

#include <winsock2.h>
#include <ws2tcpip.h>

#include <climits>
#include <cstring>

namespace {

using NativeSocket::Descriptor;

// Winsock must be started before the first socket call. Qt starts it for its own sockets, but
// BindLab opens its listening socket before Qt has seen any, so it takes its own reference;
// WSAStartup counts references and WSACleanup at exit releases this one.
class WinsockReference final
{
public:
    WinsockReference()
    {
        WSADATA data;
        m_started = WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }
    ~WinsockReference()
    {
        if (m_started)
            WSACleanup();
    }
    WinsockReference(const WinsockReference &) = delete;
    WinsockReference &operator=(const WinsockReference &) = delete;

private:
    bool m_started = false;
};

void ensureWinsock()
{
    static const WinsockReference reference;
}

SOCKET toSocket(Descriptor descriptor)
{
    return SOCKET(descriptor);
}

struct SockAddr
{
    sockaddr_storage storage{};
    int length = 0;
};

bool toSockAddr(const QHostAddress &address, quint16 port, SockAddr *out)
{
    std::memset(&out->storage, 0, sizeof out->storage);
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&out->storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        out->length = int(sizeof(sockaddr_in));
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
            // Windows adapter names ("ethernet_32768") are what Qt puts in a scope; Qt also
            // knows how to turn them, or a number, into the index the kernel wants.
            bool numeric = false;
            const uint index = scope.toUInt(&numeric);
            in6->sin6_scope_id =
                numeric ? ULONG(index) : ULONG(QNetworkInterface::interfaceIndexFromName(scope));
        }
        out->length = int(sizeof(sockaddr_in6));
        return true;
    }
    return false;
}

NativeSocket::Endpoint fromSockAddr(const sockaddr_storage &storage)
{
    NativeSocket::Endpoint endpoint;
    if (storage.ss_family == AF_INET) {
        const auto *in4 = reinterpret_cast<const sockaddr_in *>(&storage);
        endpoint.address.setAddress(quint32(ntohl(in4->sin_addr.s_addr)));
        endpoint.port = ntohs(in4->sin_port);
    } else if (storage.ss_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&storage);
        Q_IPV6ADDR bytes;
        std::memcpy(bytes.c, &in6->sin6_addr, sizeof bytes.c);
        endpoint.address.setAddress(bytes);
        if (in6->sin6_scope_id != 0) {
            const QString name = QNetworkInterface::interfaceNameFromIndex(int(in6->sin6_scope_id));
            endpoint.address.setScopeId(name.isEmpty() ? QString::number(in6->sin6_scope_id)
                                                       : name);
        }
        endpoint.port = ntohs(in6->sin6_port);
    }
    return endpoint;
}

bool setNonBlocking(SOCKET s)
{
    u_long on = 1;
    return ::ioctlsocket(s, FIONBIO, &on) == 0;
}

// Not inherited by child processes (the Windows side of SOCK_CLOEXEC), and non-blocking.
SOCKET openStream(int family)
{
    ensureWinsock();
    SOCKET s = ::WSASocketW(family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0,
                            WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    // Windows 7 before SP1 does not know the flag; an inheritable socket is still a socket.
    if (s == INVALID_SOCKET && ::WSAGetLastError() == WSAEINVAL)
        s = ::WSASocketW(family, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_OVERLAPPED);
    if (s != INVALID_SOCKET && !setNonBlocking(s)) {
        const int error = ::WSAGetLastError();
        ::closesocket(s);
        ::WSASetLastError(error);
        return INVALID_SOCKET;
    }
    return s;
}

NativeSocket::Opened failed(SOCKET s, int error)
{
    if (s != INVALID_SOCKET)
        ::closesocket(s);
    return {NativeSocket::kInvalid, error};
}

// accept() that leaves the new socket non-blocking and not inheritable; the error in *osError.
NativeSocket::Descriptor acceptInto(NativeSocket::Descriptor listening, sockaddr *address,
                                    int *length, int *osError)
{
    const SOCKET s = ::accept(toSocket(listening), address, length);
    if (s == INVALID_SOCKET) {
        *osError = ::WSAGetLastError();
        return NativeSocket::kInvalid;
    }
    // Like openStream(): not inherited by child processes, and non-blocking (the greeting is
    // sent with one non-blocking send; only a partial one is handed to Qt).
    ::SetHandleInformation(reinterpret_cast<HANDLE>(s), HANDLE_FLAG_INHERIT, 0);
    if (!setNonBlocking(s)) {
        *osError = ::WSAGetLastError();
        ::closesocket(s);
        return NativeSocket::kInvalid;
    }
    return NativeSocket::Descriptor(s);
}

} // namespace

namespace NativeSocket {

Opened openListening(const QHostAddress &address, quint16 port, int backlog, bool dualStack)
{
    const QHostAddress bindAddress = dualStack ? QHostAddress(QHostAddress::AnyIPv6) : address;
    SockAddr sa;
    if (!toSockAddr(bindAddress, port, &sa))
        return {kInvalid, WSAEAFNOSUPPORT};
    const SOCKET s = openStream(sa.storage.ss_family);
    if (s == INVALID_SOCKET)
        return failed(s, ::WSAGetLastError());
    const BOOL on = TRUE;
    // Not SO_REUSEADDR: on Windows it lets a second program bind the very port this one
    // listens on and silently take its connections, hiding the "address in use" that BindLab
    // exists to show. TIME_WAIT does not block a listening bind on Windows, so exclusive use
    // costs nothing on a restart. (QTcpServer makes the same choice.)
    ::setsockopt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char *>(&on),
                 int(sizeof on));
    if (sa.storage.ss_family == AF_INET6) {
        // Windows defaults to IPv6-only; set it either way so a choice means what it says.
        const DWORD v6only = dualStack ? 0 : 1;
        if (::setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, reinterpret_cast<const char *>(&v6only),
                         int(sizeof v6only)) != 0 &&
            dualStack)
            return failed(s, ::WSAGetLastError());
    }
    if (::bind(s, reinterpret_cast<const sockaddr *>(&sa.storage), sa.length) != 0)
        return failed(s, ::WSAGetLastError());
    if (::listen(s, backlog) != 0)
        return failed(s, ::WSAGetLastError());
    return {Descriptor(s), 0};
}

Opened startConnect(const QHostAddress &address, quint16 port, const QHostAddress &source,
                    IcmpReport *icmp)
{
    // Winsock offers no per-socket ICMP error queue: the errno is all there is.
    if (icmp)
        *icmp = IcmpReport();
    SockAddr sa;
    if (!toSockAddr(address, port, &sa))
        return {kInvalid, WSAEAFNOSUPPORT};
    const SOCKET s = openStream(sa.storage.ss_family);
    if (s == INVALID_SOCKET)
        return failed(s, ::WSAGetLastError());
    if (!source.isNull()) {
        SockAddr local;
        if (!toSockAddr(source, 0, &local) || local.storage.ss_family != sa.storage.ss_family)
            return failed(s, WSAEAFNOSUPPORT);
        if (::bind(s, reinterpret_cast<const sockaddr *>(&local.storage), local.length) != 0)
            return failed(s, ::WSAGetLastError());
    }
    if (::connect(s, reinterpret_cast<const sockaddr *>(&sa.storage), sa.length) != 0) {
        const int error = ::WSAGetLastError();
        // Winsock's "under way" for a non-blocking connect is WSAEWOULDBLOCK, where POSIX says
        // EINPROGRESS; either way the outcome arrives later through SO_ERROR.
        if (error != WSAEWOULDBLOCK && error != WSAEINPROGRESS)
            return failed(s, error);
    }
    return {Descriptor(s), 0};
}

IcmpReport connectIcmpError(Descriptor)
{
    return {};
}

int pendingError(Descriptor descriptor)
{
    int error = 0;
    int length = int(sizeof error);
    if (::getsockopt(toSocket(descriptor), SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&error),
                     &length) != 0)
        return ::WSAGetLastError();
    return error;
}

QList<bool> waitForConnects(const QList<Descriptor> &descriptors, int timeoutMs)
{
    QList<bool> done(descriptors.size(), false);
    QDeadlineTimer deadline(qMax(0, timeoutMs));
    for (;;) {
        // select(), not WSAPoll(): before Windows 10 2004, WSAPoll never reported a refused
        // connect. A finished connect is writable on success and "exceptional" on failure.
        fd_set writable;
        fd_set failedSet;
        FD_ZERO(&writable);
        FD_ZERO(&failedSet);
        u_int count = 0;
        for (qsizetype i = 0; i < descriptors.size() && count < FD_SETSIZE; ++i) {
            if (done.at(i) || descriptors.at(i) == kInvalid)
                continue;
            FD_SET(toSocket(descriptors.at(i)), &writable);
            FD_SET(toSocket(descriptors.at(i)), &failedSet);
            ++count;
        }
        if (count == 0)
            return done;
        const qint64 remaining = deadline.remainingTime();
        timeval timeout{long(remaining / 1000), long((remaining % 1000) * 1000)};
        const int rc = ::select(0, nullptr, &writable, &failedSet, &timeout);
        if (rc <= 0)
            return done;
        for (qsizetype i = 0; i < descriptors.size(); ++i) {
            if (done.at(i) || descriptors.at(i) == kInvalid)
                continue;
            if (FD_ISSET(toSocket(descriptors.at(i)), &writable) ||
                FD_ISSET(toSocket(descriptors.at(i)), &failedSet))
                done[i] = true;
        }
        if (deadline.hasExpired())
            return done;
    }
}

qint64 receive(Descriptor descriptor, char *buffer, qint64 size, int *osError)
{
    const int n = ::recv(toSocket(descriptor), buffer, int(qMin<qint64>(size, INT_MAX)), 0);
    if (n == SOCKET_ERROR) {
        *osError = ::WSAGetLastError();
        return -1;
    }
    return n;
}

qint64 send(Descriptor descriptor, const char *data, qint64 size, int *osError)
{
    const SOCKET s = toSocket(descriptor);
    // Windows has no MSG_DONTWAIT (and no SIGPIPE to suppress). A socket accepted by Qt is
    // already non-blocking through Qt's event selection, but one that is not would stall the
    // event loop on a full buffer, so make sure.
    if (!setNonBlocking(s)) {
        *osError = ::WSAGetLastError();
        return -1;
    }
    const int n = ::send(s, data, int(qMin<qint64>(size, INT_MAX)), 0);
    if (n == SOCKET_ERROR) {
        *osError = ::WSAGetLastError();
        return -1;
    }
    return n;
}

Endpoint localEndpoint(Descriptor descriptor)
{
    sockaddr_storage storage{};
    int length = int(sizeof storage);
    if (::getsockname(toSocket(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return fromSockAddr(storage);
}

Endpoint peerEndpoint(Descriptor descriptor)
{
    sockaddr_storage storage{};
    int length = int(sizeof storage);
    if (::getpeername(toSocket(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
    return fromSockAddr(storage);
}

void close(Descriptor descriptor)
{
    if (descriptor != kInvalid)
        ::closesocket(toSocket(descriptor));
}

void abortiveClose(Descriptor descriptor)
{
    if (descriptor == kInvalid)
        return;
    const linger hard{1, 0};
    ::setsockopt(toSocket(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&hard),
                 int(sizeof hard));
    ::closesocket(toSocket(descriptor));
}

void setResetOnClose(Descriptor descriptor)
{
    if (descriptor == kInvalid)
        return;
    const linger hard{1, 0};
    ::setsockopt(toSocket(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&hard),
                 int(sizeof hard));
}

Accepted accept(Descriptor listening)
{
    Accepted accepted;
    sockaddr_storage storage{};
    int length = int(sizeof storage);
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

// Windows sets no per-process limit on sockets that RLIMIT_NOFILE would describe.
qint64 descriptorLimit()
{
    return 0;
}

} // namespace NativeSocket
