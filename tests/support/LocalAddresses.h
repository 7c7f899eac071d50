#pragma once

#include <QHostAddress>
#include <QList>

// This machine's own addresses, for tests that must connect to "the LAN address" without
// ever leaving the machine.
namespace LocalAddresses {

// The first up, non-loopback IPv4 address of this machine; null when it has none.
QHostAddress lanIPv4();

// A port on which nothing listens on loopback right now (bound, read back, released).
quint16 freePort();

} // namespace LocalAddresses
