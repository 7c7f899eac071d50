#pragma once

#include "reachability/ReachabilityRow.h"
#include "server/BindChoice.h"
#include "server/ConnectionRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// What the server window's map draws: this machine as a box, its interfaces as ports, each
// address a door that is open (the listening socket takes connections there) or shut, and the
// doors recent connections came through, lit. Built from the reachability rows (predicted
// before Start, proved after) and the connection log; the painting code decides nothing.
class ReachabilityMap final
{
    Q_DECLARE_TR_FUNCTIONS(ReachabilityMap)

public:
    static constexpr qint64 kLitMsecs = 1500;

    struct Door
    {
        QHostAddress address;
        QString family;
        bool open = false;
        bool proved = false;
        QString reasonCode;
        QString reasonText;
        quint64 hits = 0;         // connections that came through this door since Start
        qint64 litUntilMsecs = 0; // a connection came through recently
        QString lastPeer;

        bool isLit(qint64 nowMsecs) const { return litUntilMsecs > nowMsecs; }
    };

    struct Port
    {
        QString interfaceName;
        QList<Door> doors;

        bool hasLoopback() const;
        // An address other hosts can dial: neither loopback nor link-local.
        bool hasRoutableAddress() const;
        bool wasUsed() const;
    };

    // What a reader wants first, smallest first: loopback, then interfaces singled out by the
    // bind choice or used by a connection, then ones with addresses other hosts can dial, the
    // same on interfaces that look like containers or virtual machines, and last the ones with
    // link-local addresses only (the host side of a container's veth, mostly).
    enum class Importance { Loopback, SingledOut, Routable, Virtual, LinkLocalOnly };

    QString machineName;
    QString socketLabel; // "listening on 127.0.0.1:12397" / "not listening: preview of …"
    bool listening = false;
    QList<Port> ports;

    static ReachabilityMap build(const QString &machineName, const BindChoice &choice,
                                 bool listening, quint16 port, const QList<ReachabilityRow> &rows);

    // Lights the door a connection arrived on; returns false when no door matches (a
    // connection to an address the map does not show, such as a vanished one).
    bool light(const ConnectionRecord &record, qint64 nowMsecs);
    // Each door's hits from the log's exact counts per local address (an IPv4-mapped arrival
    // counts for its IPv4 door); returns whether any changed. Lighting takes a sample of a
    // flood, the counts never do.
    bool countArrivals(const QHash<QHostAddress, quint64> &clientsByLocal);
    // Keeps hits and lit doors when the rows are rebuilt (e.g. proof replacing the prediction).
    void carryLightsFrom(const ReachabilityMap &previous);

    const Door *door(const QHostAddress &address) const;
    int openDoors() const;
    int doorCount() const;
    Importance importance(const Port &port) const;
    // Indexes into `ports`, most important first (stable within a rank): when not every
    // interface fits, the map shows this order's head and groups the tail.
    QList<int> displayOrder() const;
    // Names that bridges, container and VM software give the interfaces they create.
    static bool looksVirtual(const QString &interfaceName);
    bool anyLit(qint64 nowMsecs) const;
};
