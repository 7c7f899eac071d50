#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// The ICMP error the kernel received for a failed connect, when the platform lets a socket read
// it (Linux: IP_RECVERR / IPV6_RECVERR and the error queue). The errno alone cannot tell a
// firewall's "administratively prohibited" from a host that did not answer; the type and code
// can. A fact, not a guess: empty when nothing was read.
struct IcmpReport
{
    Q_DECLARE_TR_FUNCTIONS(IcmpReport)

public:
    bool received = false;
    bool ipv6 = false; // ICMPv6 (type 1 is "destination unreachable" there, type 3 in ICMPv4)
    int type = 0;
    int code = 0;
    QHostAddress from; // who sent it: the firewall's host, or this machine for its own rules

    // IPv4 type 3 codes 9, 10, 13; IPv6 type 1 code 1: a firewall rejected the packet.
    bool adminProhibited() const;
    // IPv4 type 3 code 1; IPv6 type 1 code 3: nobody answered for the address (ARP / ND).
    bool hostUnreachable() const;
    // "admin-prohibited", "host-unreachable", "port-unreachable", "other" or "" for JSON.
    QString meaningCode() const;
    // "ICMP type 3 code 13 (communication administratively prohibited) from 127.0.0.1"
    QString describe() const;
};
