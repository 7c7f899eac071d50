#include "platform/OsErrorTable_win.h"

#include <iterator>

#ifdef _WIN32
#include <winsock2.h>
#endif

namespace OsErrorTableWin {

#ifdef _WIN32
// The numbers are typed in by hand for the platforms without <winerror.h>; here they meet it.
static_assert(kWsaEintr == WSAEINTR, "WSAEINTR");
static_assert(kWsaEbadf == WSAEBADF, "WSAEBADF");
static_assert(kWsaEacces == WSAEACCES, "WSAEACCES");
static_assert(kWsaEfault == WSAEFAULT, "WSAEFAULT");
static_assert(kWsaEinval == WSAEINVAL, "WSAEINVAL");
static_assert(kWsaEmfile == WSAEMFILE, "WSAEMFILE");
static_assert(kWsaEwouldblock == WSAEWOULDBLOCK, "WSAEWOULDBLOCK");
static_assert(kWsaEinprogress == WSAEINPROGRESS, "WSAEINPROGRESS");
static_assert(kWsaEalready == WSAEALREADY, "WSAEALREADY");
static_assert(kWsaEnotsock == WSAENOTSOCK, "WSAENOTSOCK");
static_assert(kWsaEprotonosupport == WSAEPROTONOSUPPORT, "WSAEPROTONOSUPPORT");
static_assert(kWsaEopnotsupp == WSAEOPNOTSUPP, "WSAEOPNOTSUPP");
static_assert(kWsaEpfnosupport == WSAEPFNOSUPPORT, "WSAEPFNOSUPPORT");
static_assert(kWsaEafnosupport == WSAEAFNOSUPPORT, "WSAEAFNOSUPPORT");
static_assert(kWsaEaddrinuse == WSAEADDRINUSE, "WSAEADDRINUSE");
static_assert(kWsaEaddrnotavail == WSAEADDRNOTAVAIL, "WSAEADDRNOTAVAIL");
static_assert(kWsaEnetdown == WSAENETDOWN, "WSAENETDOWN");
static_assert(kWsaEnetunreach == WSAENETUNREACH, "WSAENETUNREACH");
static_assert(kWsaEnetreset == WSAENETRESET, "WSAENETRESET");
static_assert(kWsaEconnaborted == WSAECONNABORTED, "WSAECONNABORTED");
static_assert(kWsaEconnreset == WSAECONNRESET, "WSAECONNRESET");
static_assert(kWsaEnobufs == WSAENOBUFS, "WSAENOBUFS");
static_assert(kWsaEisconn == WSAEISCONN, "WSAEISCONN");
static_assert(kWsaEnotconn == WSAENOTCONN, "WSAENOTCONN");
static_assert(kWsaEshutdown == WSAESHUTDOWN, "WSAESHUTDOWN");
static_assert(kWsaEtimedout == WSAETIMEDOUT, "WSAETIMEDOUT");
static_assert(kWsaEconnrefused == WSAECONNREFUSED, "WSAECONNREFUSED");
static_assert(kWsaEhostdown == WSAEHOSTDOWN, "WSAEHOSTDOWN");
static_assert(kWsaEhostunreach == WSAEHOSTUNREACH, "WSAEHOSTUNREACH");
static_assert(kWsaNotinitialised == WSANOTINITIALISED, "WSANOTINITIALISED");
#endif

namespace {

using Kind = OsError::Kind;

// The codes a TCP client or server can meet, the usual one of each kind first. Each kind
// matches what OsError_posix.cpp gives the same BSD name, so a diagnosis reads the same on
// both. WSAEWOULDBLOCK is WouldBlock, as recv() and send() callers test for; a non-blocking
// connect() also reports it for "under way", which NativeSocket_win.cpp handles itself.
constexpr Entry kEntries[] = {
    {kWsaEconnrefused, "WSAECONNREFUSED", Kind::Refused},
    {kWsaEtimedout, "WSAETIMEDOUT", Kind::TimedOut},
    {kWsaEhostunreach, "WSAEHOSTUNREACH", Kind::HostUnreachable},
    {kWsaEhostdown, "WSAEHOSTDOWN", Kind::HostUnreachable},
    {kWsaEnetunreach, "WSAENETUNREACH", Kind::NetworkUnreachable},
    {kWsaEnetdown, "WSAENETDOWN", Kind::NetworkUnreachable},
    {kWsaEaddrinuse, "WSAEADDRINUSE", Kind::AddressInUse},
    {kWsaEaddrnotavail, "WSAEADDRNOTAVAIL", Kind::AddressNotAvailable},
    {kWsaEacces, "WSAEACCES", Kind::AccessDenied},
    {kWsaEconnreset, "WSAECONNRESET", Kind::ConnectionReset},
    {kWsaEconnaborted, "WSAECONNABORTED", Kind::ConnectionReset},
    {kWsaEnetreset, "WSAENETRESET", Kind::ConnectionReset},
    {kWsaEinval, "WSAEINVAL", Kind::InvalidArgument},
    {kWsaEafnosupport, "WSAEAFNOSUPPORT", Kind::FamilyNotSupported},
    {kWsaEpfnosupport, "WSAEPFNOSUPPORT", Kind::FamilyNotSupported},
    {kWsaEprotonosupport, "WSAEPROTONOSUPPORT", Kind::FamilyNotSupported},
    {kWsaEmfile, "WSAEMFILE", Kind::TooManyOpenFiles},
    {kWsaEnobufs, "WSAENOBUFS", Kind::NoBuffers},
    {kWsaEwouldblock, "WSAEWOULDBLOCK", Kind::WouldBlock},
    {kWsaEinprogress, "WSAEINPROGRESS", Kind::InProgress},
    {kWsaEalready, "WSAEALREADY", Kind::InProgress},
    {kWsaEintr, "WSAEINTR", Kind::Other},
    {kWsaEbadf, "WSAEBADF", Kind::Other},
    {kWsaEfault, "WSAEFAULT", Kind::Other},
    {kWsaEnotsock, "WSAENOTSOCK", Kind::Other},
    {kWsaEisconn, "WSAEISCONN", Kind::Other},
    {kWsaEnotconn, "WSAENOTCONN", Kind::Other},
    {kWsaEshutdown, "WSAESHUTDOWN", Kind::Other},
    {kWsaEopnotsupp, "WSAEOPNOTSUPP", Kind::Other},
    // Winsock was not started: a bug of ours, but named so that a report says so.
    {kWsaNotinitialised, "WSANOTINITIALISED", Kind::Other},
};

} // namespace

Entries entries()
{
    return {std::begin(kEntries), std::end(kEntries)};
}

const Entry *find(int code)
{
    for (const Entry &e : kEntries) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

int codeOf(OsError::Kind kind)
{
    if (kind == Kind::None)
        return 0;
    for (const Entry &e : kEntries) {
        if (e.kind == kind)
            return e.code;
    }
    return 0;
}

} // namespace OsErrorTableWin
