#pragma once

#include <QHostAddress>
#include <QString>

// How addresses are written for people, the same in every view: IPv6 with its scope,
// brackets only where a port follows.
namespace AddressText {

// "127.0.0.1", "::1", "fe80::1%eth0"; "" for a null address.
QString plain(const QHostAddress &address);

// "127.0.0.1:12397", "[::1]:12397", "[fe80::1%eth0]:12397"
QString withPort(const QHostAddress &address, quint16 port);

// "IPv4" / "IPv6"
QString family(const QHostAddress &address);

// The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:a.b.c.d), else a null address.
// QHostAddress::toIPv4Address() alone also "converts" :: and ::1-like forms, which are not.
QHostAddress mappedIPv4(const QHostAddress &address);

// Whether an IPv6 scope ("eth0", or an interface index such as "2") names an interface of this
// machine. Qt takes any text after "%" as a scope; the kernel answers an unknown one with a
// bare EINVAL, so callers check first and say which interface is missing.
bool isKnownScope(const QString &scope);

} // namespace AddressText
