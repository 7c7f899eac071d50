#include "reachability/ReachabilityMap.h"

#include "net/AddressText.h"

#include <algorithm>

namespace {

// The address a connection arrived on may be IPv4-mapped (a dual-stack socket) or carry a
// scope; doors are keyed without either.
QHostAddress key(const QHostAddress &address)
{
    const QHostAddress v4 = AddressText::mappedIPv4(address);
    if (!v4.isNull())
        return v4;
    QHostAddress plain = address;
    plain.setScopeId(QString());
    return plain;
}

} // namespace

ReachabilityMap ReachabilityMap::build(const QString &machineName, const BindChoice &choice,
                                       bool listening, quint16 port,
                                       const QList<ReachabilityRow> &rows)
{
    ReachabilityMap map;
    map.machineName = machineName;
    map.listening = listening;
    const QString where = choice.address.isNull() ? choice.addressText()
                                                  : AddressText::withPort(choice.address, port);
    map.socketLabel = listening ? tr("listening on %1").arg(where)
                                : tr("not listening: preview of %1").arg(where);
    for (const ReachabilityRow &row : rows) {
        Door door;
        door.address = row.address;
        door.family = row.family();
        door.open = row.reachable;
        door.proved = row.proved;
        door.reasonCode = row.reasonCode();
        door.reasonText = row.reasonText;
        Port *port = nullptr;
        for (Port &p : map.ports) {
            if (p.interfaceName == row.interfaceName)
                port = &p;
        }
        if (!port) {
            map.ports.append(Port{row.interfaceName, {}});
            port = &map.ports.last();
        }
        port->doors << door;
    }
    return map;
}

bool ReachabilityMap::light(const ConnectionRecord &record, qint64 nowMsecs)
{
    const QHostAddress local = key(record.local);
    for (Port &p : ports) {
        for (Door &d : p.doors) {
            if (key(d.address) != local)
                continue;
            d.litUntilMsecs = nowMsecs + kLitMsecs;
            d.lastPeer = AddressText::withPort(key(record.peer), record.peerPort);
            return true;
        }
    }
    return false;
}

bool ReachabilityMap::countArrivals(const QHash<QHostAddress, quint64> &clientsByLocal)
{
    bool changed = false;
    for (Port &p : ports) {
        for (Door &d : p.doors) {
            const QHostAddress door = key(d.address);
            quint64 hits = 0;
            for (auto it = clientsByLocal.cbegin(); it != clientsByLocal.cend(); ++it) {
                if (key(it.key()) == door)
                    hits += it.value();
            }
            changed = changed || hits != d.hits;
            d.hits = hits;
        }
    }
    return changed;
}

void ReachabilityMap::carryLightsFrom(const ReachabilityMap &previous)
{
    for (Port &p : ports) {
        for (Door &d : p.doors) {
            if (const Door *old = previous.door(d.address)) {
                d.hits = old->hits;
                d.litUntilMsecs = old->litUntilMsecs;
                d.lastPeer = old->lastPeer;
            }
        }
    }
}

const ReachabilityMap::Door *ReachabilityMap::door(const QHostAddress &address) const
{
    const QHostAddress wanted = key(address);
    for (const Port &p : ports) {
        for (const Door &d : p.doors) {
            if (key(d.address) == wanted)
                return &d;
        }
    }
    return nullptr;
}

int ReachabilityMap::openDoors() const
{
    int n = 0;
    for (const Port &p : ports) {
        for (const Door &d : p.doors)
            n += d.open ? 1 : 0;
    }
    return n;
}

bool ReachabilityMap::anyLit(qint64 nowMsecs) const
{
    for (const Port &p : ports) {
        for (const Door &d : p.doors) {
            if (d.isLit(nowMsecs))
                return true;
        }
    }
    return false;
}

int ReachabilityMap::doorCount() const
{
    int n = 0;
    for (const Port &p : ports)
        n += int(p.doors.size());
    return n;
}

bool ReachabilityMap::Port::hasLoopback() const
{
    return std::any_of(doors.cbegin(), doors.cend(),
                       [](const Door &d) { return d.address.isLoopback(); });
}

bool ReachabilityMap::Port::hasRoutableAddress() const
{
    return std::any_of(doors.cbegin(), doors.cend(), [](const Door &d) {
        return !d.address.isLoopback() && !d.address.isLinkLocal();
    });
}

bool ReachabilityMap::Port::wasUsed() const
{
    return std::any_of(doors.cbegin(), doors.cend(), [](const Door &d) { return d.hits > 0; });
}

ReachabilityMap::Importance ReachabilityMap::importance(const Port &port) const
{
    if (port.hasLoopback())
        return Importance::Loopback;
    // With most doors open (a wildcard bind, where only a firewalled address or two stays shut)
    // an open door says nothing about this interface; with a few open, it was chosen.
    const bool fewOpen = openDoors() * 2 <= doorCount();
    const bool anyOpen =
        std::any_of(port.doors.cbegin(), port.doors.cend(), [](const Door &d) { return d.open; });
    if (port.wasUsed() || (fewOpen && anyOpen))
        return Importance::SingledOut;
    if (!port.hasRoutableAddress())
        return Importance::LinkLocalOnly;
    return looksVirtual(port.interfaceName) ? Importance::Virtual : Importance::Routable;
}

QList<int> ReachabilityMap::displayOrder() const
{
    QList<int> order;
    for (int i = 0; i < ports.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return importance(ports.at(a)) < importance(ports.at(b));
    });
    return order;
}

bool ReachabilityMap::looksVirtual(const QString &interfaceName)
{
    static const QStringList prefixes = {
        QStringLiteral("docker"), QStringLiteral("br-"),    QStringLiteral("veth"),
        QStringLiteral("virbr"),  QStringLiteral("vnet"),   QStringLiteral("lxc"),
        QStringLiteral("lxd"),    QStringLiteral("cni"),    QStringLiteral("flannel"),
        QStringLiteral("cali"),   QStringLiteral("podman"), QStringLiteral("vboxnet"),
        QStringLiteral("vmnet"),  QStringLiteral("kube"),   QStringLiteral("cilium")};
    return std::any_of(prefixes.cbegin(), prefixes.cend(),
                       [&](const QString &p) { return interfaceName.startsWith(p); });
}
