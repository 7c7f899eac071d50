#pragma once

#include "platform/OsErrorKind.h"

#include <cstddef>

// The Winsock error codes BindLab names, as plain data for OsError_win.cpp. The file includes
// neither Qt nor Windows headers, so tests/tst_oserror_windows.cpp checks the table on every
// platform; compiled for Windows (natively or by the mingw-w64 test in tests/cross), the .cpp
// checks every number below against <winerror.h>.
namespace OsErrorTableWin {

// Winsock's numbers (WSABASEERR, 10000, plus the BSD errno). Spelled with a k prefix because
// <winerror.h> defines the WSAE... names themselves as macros.
constexpr int kWsaEintr = 10004;
constexpr int kWsaEbadf = 10009;
constexpr int kWsaEacces = 10013;
constexpr int kWsaEfault = 10014;
constexpr int kWsaEinval = 10022;
constexpr int kWsaEmfile = 10024;
constexpr int kWsaEwouldblock = 10035;
constexpr int kWsaEinprogress = 10036;
constexpr int kWsaEalready = 10037;
constexpr int kWsaEnotsock = 10038;
constexpr int kWsaEprotonosupport = 10043;
constexpr int kWsaEopnotsupp = 10045;
constexpr int kWsaEpfnosupport = 10046;
constexpr int kWsaEafnosupport = 10047;
constexpr int kWsaEaddrinuse = 10048;
constexpr int kWsaEaddrnotavail = 10049;
constexpr int kWsaEnetdown = 10050;
constexpr int kWsaEnetunreach = 10051;
constexpr int kWsaEnetreset = 10052;
constexpr int kWsaEconnaborted = 10053;
constexpr int kWsaEconnreset = 10054;
constexpr int kWsaEnobufs = 10055;
constexpr int kWsaEisconn = 10056;
constexpr int kWsaEnotconn = 10057;
constexpr int kWsaEshutdown = 10058;
constexpr int kWsaEtimedout = 10060;
constexpr int kWsaEconnrefused = 10061;
constexpr int kWsaEhostdown = 10064;
constexpr int kWsaEhostunreach = 10065;
constexpr int kWsaNotinitialised = 10093;

struct Entry
{
    int code;
    const char *name; // exactly as <winerror.h> spells it
    OsError::Kind kind;
};

// Every entry once; iterable with a range-for.
struct Entries
{
    const Entry *first = nullptr;
    const Entry *last = nullptr;

    const Entry *begin() const { return first; }
    const Entry *end() const { return last; }
    std::size_t size() const { return std::size_t(last - first); }
};

Entries entries();

// nullptr for a code the table does not list.
const Entry *find(int code);

// The first listed code of a kind (the table lists the usual code of each kind first);
// 0 for Kind::None and for a kind without a code.
int codeOf(OsError::Kind kind);

} // namespace OsErrorTableWin
