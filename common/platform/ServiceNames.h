#pragma once

#include <QString>
#include <QtGlobal>

// The system's own service database (/etc/services on POSIX, Winsock's copy on Windows): the
// name registered for a TCP port, or "" when none. A registration is a convention about the
// port, not a fact about the program that listens on it.
// One implementation per platform: ServiceNames_posix.cpp, ServiceNames_win.cpp.
namespace ServiceNames {

QString tcpName(quint16 port);

} // namespace ServiceNames
