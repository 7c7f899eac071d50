#include "net/InterfaceFilter.h"

namespace {

// "awdl0", "utun12": a known prefix followed by the unit number only.
bool hasUnitName(const QString &name, QLatin1String prefix)
{
    if (!name.startsWith(prefix) || name.size() == prefix.size())
        return false;
    for (qsizetype i = prefix.size(); i < name.size(); ++i) {
        if (!name.at(i).isDigit())
            return false;
    }
    return true;
}

// Addresses that only mean something inside a tunnel or on one link: link-local (the only
// address macOS gives utun and awdl), Teredo (2001::/32) and 6to4 (2002::/16) on Windows.
bool isTunnelOnly(const QHostAddress &address)
{
    if (address.isLinkLocal())
        return true;
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return false;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    const bool teredo = bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0 && bytes[3] == 0;
    const bool sixToFour = bytes[0] == 0x20 && bytes[1] == 0x02;
    return teredo || sixToFour;
}

} // namespace

InterfaceFilter::Facts InterfaceFilter::factsOf(const QNetworkInterface &iface)
{
    Facts facts;
    facts.valid = iface.isValid();
    facts.name = iface.name();
    facts.flags = iface.flags();
    facts.type = iface.type();
    for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
        if (!entry.ip().isNull())
            facts.addresses << entry.ip();
    }
    return facts;
}

InterfaceFilter::Verdict InterfaceFilter::verdict(const Facts &facts)
{
    if (!facts.valid || !facts.flags.testFlag(QNetworkInterface::IsUp) ||
        !facts.flags.testFlag(QNetworkInterface::IsRunning) || facts.addresses.isEmpty())
        return Verdict::DownOrNoAddress;
    if (hasUnitName(facts.name, QLatin1String("awdl")) ||
        hasUnitName(facts.name, QLatin1String("llw")))
        return Verdict::PeerToPeerLink;
    // A VPN's utun or Virtual adapter with a real address is a network someone can reach
    // the server through, so only tunnels without one are left out.
    if (hasUnitName(facts.name, QLatin1String("utun")) ||
        facts.type == QNetworkInterface::Virtual) {
        for (const QHostAddress &address : facts.addresses) {
            if (!isTunnelOnly(address))
                return Verdict::Offered;
        }
        return Verdict::TunnelWithoutLanAddress;
    }
    return Verdict::Offered;
}
