#pragma once

#include "platform/OsErrorKind.h"

#include <QString>

// The operating system's socket error codes, named and classified.
// Qt hides errno behind QAbstractSocket::SocketError; BindLab shows both, so the raw code is
// read from the socket itself and named here. One implementation file per platform:
// OsError_posix.cpp (errno) and OsError_win.cpp (WSAGetLastError codes).
namespace OsError {

// "ECONNREFUSED" on POSIX, "WSAECONNREFUSED" on Windows; "" for 0; "E?<n>" for a code the
// table does not know, so the number is never lost.
QString name(int code);

// The platform's own one-line description (strerror / FormatMessage), untranslated.
QString description(int code);

Kind kind(int code);

// The platform code for a kind; 0 where the platform has none. Lets tests and the diagnosis
// speak of "the refused code" without #ifdefs.
int code(Kind kind);

} // namespace OsError
