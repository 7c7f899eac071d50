#include "net/IcmpReport.h"

#include "net/AddressText.h"

namespace {

// Destination unreachable is type 3 in ICMPv4 (RFC 792, 1812) and type 1 in ICMPv6 (RFC 4443).
constexpr int kUnreachableV4 = 3;
constexpr int kUnreachableV6 = 1;

bool isUnreachable(const IcmpReport &r)
{
    return r.received && r.type == (r.ipv6 ? kUnreachableV6 : kUnreachableV4);
}

} // namespace

bool IcmpReport::adminProhibited() const
{
    if (!isUnreachable(*this))
        return false;
    if (ipv6)
        return code == 1;
    // 9 and 10: network / host administratively prohibited (RFC 1122); 13: communication
    // administratively prohibited (RFC 1812), what nftables' admin-prohibited sends.
    return code == 9 || code == 10 || code == 13;
}

bool IcmpReport::hostUnreachable() const
{
    return isUnreachable(*this) && code == (ipv6 ? 3 : 1);
}

QString IcmpReport::meaningCode() const
{
    if (!received)
        return {};
    if (adminProhibited())
        return QStringLiteral("admin-prohibited");
    if (hostUnreachable())
        return QStringLiteral("host-unreachable");
    if (isUnreachable(*this) && code == (ipv6 ? 4 : 3))
        return QStringLiteral("port-unreachable");
    return QStringLiteral("other");
}

QString IcmpReport::describe() const
{
    if (!received)
        return {};
    QString meaning;
    if (adminProhibited())
        meaning = tr("administratively prohibited: a firewall rule rejected it");
    else if (hostUnreachable())
        meaning = tr("host unreachable: no answer for that address on its network");
    else if (meaningCode() == QLatin1String("port-unreachable"))
        meaning = tr("port unreachable");
    else
        meaning = tr("no meaning BindLab knows");
    const QString protocol = ipv6 ? QStringLiteral("ICMPv6") : QStringLiteral("ICMP");
    if (from.isNull())
        return tr("%1 type %2 code %3 (%4)").arg(protocol).arg(type).arg(code).arg(meaning);
    return tr("%1 type %2 code %3 (%4) from %5")
        .arg(protocol)
        .arg(type)
        .arg(code)
        .arg(meaning, AddressText::plain(from));
}
