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

} // namespace AddressText
