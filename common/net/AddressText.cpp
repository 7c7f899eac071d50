#include "net/AddressText.h"

#include <QNetworkInterface>

namespace AddressText {

QString plain(const QHostAddress &address)
{
    if (address.isNull())
        return {};
    // QHostAddress::Any prints as "0.0.0.0", which hides that it takes IPv6 too; the socket
    // behind it is a dual-stack ::, so say that.
    if (address.protocol() == QAbstractSocket::AnyIPProtocol)
        return QStringLiteral("::");
    // QHostAddress::toString() already appends "%scope" for scoped IPv6 addresses.
    return address.toString();
}

QString withPort(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol ||
        address.protocol() == QAbstractSocket::AnyIPProtocol)
        return QStringLiteral("[%1]:%2").arg(plain(address)).arg(port);
    return QStringLiteral("%1:%2").arg(plain(address)).arg(port);
}

QString family(const QHostAddress &address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return QStringLiteral("IPv4");
    case QAbstractSocket::IPv6Protocol:
        return QStringLiteral("IPv6");
    case QAbstractSocket::AnyIPProtocol:
        return QStringLiteral("IPv4+IPv6");
    default:
        return {};
    }
}

QHostAddress mappedIPv4(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR b = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (b[i] != 0)
            return {};
    }
    if (b[10] != 0xff || b[11] != 0xff)
        return {};
    return QHostAddress(quint32(b[12]) << 24 | quint32(b[13]) << 16 | quint32(b[14]) << 8 |
                        quint32(b[15]));
}

bool isKnownScope(const QString &scope)
{
    bool numeric = false;
    const int index = scope.toInt(&numeric);
    if (numeric)
        return QNetworkInterface::interfaceFromIndex(index).isValid();
    return QNetworkInterface::interfaceFromName(scope).isValid();
}

} // namespace AddressText
