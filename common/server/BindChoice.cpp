#include "server/BindChoice.h"

#include "net/AddressText.h"

BindChoice BindChoice::make(Kind kind)
{
    BindChoice choice;
    choice.kind = kind;
    switch (kind) {
    case Kind::AnyDualStack:
        choice.key = QStringLiteral("any");
        choice.address = QHostAddress(QHostAddress::Any);
        break;
    case Kind::AnyIPv4:
        choice.key = QStringLiteral("any4");
        choice.address = QHostAddress(QHostAddress::AnyIPv4);
        break;
    case Kind::AnyIPv6:
        choice.key = QStringLiteral("any6");
        choice.address = QHostAddress(QHostAddress::AnyIPv6);
        break;
    case Kind::LoopbackIPv4:
        choice.key = QStringLiteral("loopback");
        choice.address = QHostAddress(QHostAddress::LocalHost);
        break;
    case Kind::LoopbackIPv6:
        choice.key = QStringLiteral("loopback6");
        choice.address = QHostAddress(QHostAddress::LocalHostIPv6);
        break;
    case Kind::Hostname:
        choice.key = QStringLiteral("hostname");
        break;
    case Kind::InterfaceAddress:
    case Kind::ForeignAddress:
        break;
    }
    return choice;
}

BindChoice BindChoice::forInterfaceAddress(const QString &interfaceName,
                                           const QHostAddress &address)
{
    BindChoice choice;
    choice.kind = Kind::InterfaceAddress;
    choice.interfaceName = interfaceName;
    choice.address = address;
    choice.key = AddressText::plain(address);
    return choice;
}

BindChoice BindChoice::forHostname(const QString &hostName, const QList<QHostAddress> &resolved,
                                   const QString &lookupError)
{
    BindChoice choice = make(Kind::Hostname);
    choice.hostName = hostName;
    choice.hostLookupError = lookupError;
    // Python's bind((gethostname(), port)) on an AF_INET socket takes the first IPv4 answer;
    // do the same so the choice reproduces what the article's server really does.
    for (const QHostAddress &a : resolved) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            choice.address = a;
            return choice;
        }
    }
    if (!resolved.isEmpty())
        choice.address = resolved.first();
    return choice;
}

BindChoice BindChoice::forForeignAddress(const QHostAddress &address)
{
    BindChoice choice;
    choice.kind = Kind::ForeignAddress;
    choice.address = address;
    choice.key = AddressText::plain(address);
    return choice;
}

bool BindChoice::isWildcard() const
{
    return kind == Kind::AnyDualStack || kind == Kind::AnyIPv4 || kind == Kind::AnyIPv6;
}

bool BindChoice::isLoopbackOnly() const
{
    return !isWildcard() && !address.isNull() && address.isLoopback();
}

bool BindChoice::isLinkLocal() const
{
    return address.protocol() == QAbstractSocket::IPv6Protocol && address.isLinkLocal();
}

QString BindChoice::addressText() const
{
    switch (kind) {
    case Kind::AnyDualStack:
        return tr("any address, IPv4 and IPv6");
    case Kind::Hostname:
        if (address.isNull())
            return tr("%1 (does not resolve)").arg(hostName);
        return AddressText::plain(address);
    default:
        return AddressText::plain(address);
    }
}

QString BindChoice::label() const
{
    switch (kind) {
    case Kind::AnyDualStack:
        return tr("All interfaces, IPv4 and IPv6");
    case Kind::AnyIPv4:
        return tr("All IPv4 interfaces (0.0.0.0)");
    case Kind::AnyIPv6:
        return tr("All IPv6 interfaces only (::)");
    case Kind::LoopbackIPv4:
        return tr("Loopback 127.0.0.1 (this machine only)");
    case Kind::LoopbackIPv6:
        return tr("Loopback ::1 (this machine only)");
    case Kind::Hostname:
        if (!hostLookupError.isEmpty() || address.isNull())
            return tr("This machine's hostname (%1 → does not resolve)").arg(hostName);
        return tr("This machine's hostname (%1 → %2)").arg(hostName, AddressText::plain(address));
    case Kind::InterfaceAddress: {
        const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        if (isLinkLocal())
            return tr("%1: IPv6 link-local %2").arg(interfaceName, AddressText::plain(address));
        return (v4 ? tr("%1: IPv4 %2") : tr("%1: IPv6 %2"))
            .arg(interfaceName, AddressText::plain(address));
    }
    case Kind::ForeignAddress:
        return tr("%1 (typed address)").arg(AddressText::plain(address));
    }
    return {};
}

QString BindChoice::reach() const
{
    switch (kind) {
    case Kind::AnyDualStack:
        return tr("Every host that can reach this machine, over IPv4 or IPv6, at any of its "
                  "addresses.");
    case Kind::AnyIPv4:
        return tr("Every host that can reach this machine over IPv4, at any of its IPv4 "
                  "addresses. IPv6 clients are refused.");
    case Kind::AnyIPv6:
        return tr("Every host that can reach this machine over IPv6. IPv4 clients are refused: "
                  "Qt makes :: IPv6-only.");
    case Kind::LoopbackIPv4:
    case Kind::LoopbackIPv6:
        return tr("Only programs on this machine that connect to %1. Every other host is "
                  "refused.")
            .arg(AddressText::plain(address));
    case Kind::Hostname:
        if (address.isNull())
            return tr("Nobody: the name %1 does not resolve, so there is nothing to listen on.")
                .arg(hostName);
        if (address.isLoopback())
            return tr("Only programs on this machine: %1 resolves to the loopback address %2, "
                      "so every other host is refused. This is the classic mistake.")
                .arg(hostName, AddressText::plain(address));
        return tr("Hosts that connect to %1, the address %2 resolves to. Connections to this "
                  "machine's other addresses are refused.")
            .arg(AddressText::plain(address), hostName);
    case Kind::InterfaceAddress:
        if (isLinkLocal())
            return tr("Hosts on the link of %1 that connect to %2 with a scope. Connections to "
                      "this machine's other addresses are refused.")
                .arg(interfaceName, AddressText::plain(address));
        if (address.isLoopback())
            return tr("Only programs on this machine that connect to %1.")
                .arg(AddressText::plain(address));
        return tr("Hosts that can reach %1 (on %2). Connections to this machine's other "
                  "addresses, loopback included, are refused.")
            .arg(AddressText::plain(address), interfaceName);
    case Kind::ForeignAddress:
        return tr("Nobody: %1 is not an address of this machine, so listening on it fails.")
            .arg(AddressText::plain(address));
    }
    return {};
}

QString BindChoice::warning() const
{
    if (kind == Kind::Hostname && !address.isNull() && address.isLoopback())
        return tr("The classic mistake: %1 resolves to %2, a loopback address. Other hosts "
                  "will get \"Connection refused\". Choose \"All interfaces\" to let them in.")
            .arg(hostName, AddressText::plain(address));
    if (kind == Kind::Hostname && address.isNull())
        return tr("The hostname %1 does not resolve: %2").arg(hostName, hostLookupError);
    if (kind == Kind::ForeignAddress)
        return tr("%1 is not an address of this machine.").arg(AddressText::plain(address));
    return {};
}
