#include "platform/OsError.h"

#include <cerrno>
#include <cstring>

namespace {

struct Entry
{
    int code;
    const char *name;
    OsError::Kind kind;
};

// The codes a TCP client or server can meet; anything else is still shown by number.
constexpr Entry kEntries[] = {
    {ECONNREFUSED, "ECONNREFUSED", OsError::Kind::Refused},
    {ETIMEDOUT, "ETIMEDOUT", OsError::Kind::TimedOut},
    {EHOSTUNREACH, "EHOSTUNREACH", OsError::Kind::HostUnreachable},
    {ENETUNREACH, "ENETUNREACH", OsError::Kind::NetworkUnreachable},
    {EHOSTDOWN, "EHOSTDOWN", OsError::Kind::HostUnreachable},
    {ENETDOWN, "ENETDOWN", OsError::Kind::NetworkUnreachable},
    {EADDRINUSE, "EADDRINUSE", OsError::Kind::AddressInUse},
    {EADDRNOTAVAIL, "EADDRNOTAVAIL", OsError::Kind::AddressNotAvailable},
    {EACCES, "EACCES", OsError::Kind::AccessDenied},
    {EPERM, "EPERM", OsError::Kind::AccessDenied},
    {ECONNRESET, "ECONNRESET", OsError::Kind::ConnectionReset},
    {EPIPE, "EPIPE", OsError::Kind::ConnectionReset},
    {ECONNABORTED, "ECONNABORTED", OsError::Kind::ConnectionReset},
    {EINVAL, "EINVAL", OsError::Kind::InvalidArgument},
    {EAFNOSUPPORT, "EAFNOSUPPORT", OsError::Kind::FamilyNotSupported},
    {EMFILE, "EMFILE", OsError::Kind::TooManyOpenFiles},
    {ENFILE, "ENFILE", OsError::Kind::TooManyOpenFiles},
    {ENOBUFS, "ENOBUFS", OsError::Kind::NoBuffers},
    {ENOMEM, "ENOMEM", OsError::Kind::NoBuffers},
    {EAGAIN, "EAGAIN", OsError::Kind::WouldBlock},
    {EINPROGRESS, "EINPROGRESS", OsError::Kind::InProgress},
    {EALREADY, "EALREADY", OsError::Kind::InProgress},
    {EINTR, "EINTR", OsError::Kind::Other},
    {EBADF, "EBADF", OsError::Kind::Other},
    {ENOTSOCK, "ENOTSOCK", OsError::Kind::Other},
    {EISCONN, "EISCONN", OsError::Kind::Other},
    {ENOTCONN, "ENOTCONN", OsError::Kind::Other},
    {EOPNOTSUPP, "EOPNOTSUPP", OsError::Kind::Other},
    {EPROTONOSUPPORT, "EPROTONOSUPPORT", OsError::Kind::FamilyNotSupported},
    {ENODEV, "ENODEV", OsError::Kind::AddressNotAvailable},
};

const Entry *find(int code)
{
    for (const Entry &e : kEntries) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

} // namespace

namespace OsError {

QString name(int code)
{
    if (code == 0)
        return {};
    if (const Entry *e = find(code))
        return QString::fromLatin1(e->name);
    return QStringLiteral("E?%1").arg(code);
}

QString description(int code)
{
    if (code == 0)
        return {};
    return QString::fromLocal8Bit(std::strerror(code));
}

Kind kind(int code)
{
    if (code == 0)
        return Kind::None;
    if (const Entry *e = find(code))
        return e->kind;
    return Kind::Other;
}

int code(Kind kind)
{
    if (kind == Kind::None)
        return 0;
    for (const Entry &e : kEntries) {
        if (e.kind == kind)
            return e.code;
    }
    return 0;
}

} // namespace OsError
