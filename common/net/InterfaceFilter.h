#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QString>

// Which network interfaces the server offers as bind choices. Every platform lists interfaces
// that no one at a workshop can reach: Linux's ifb0 (down, no address), macOS's Apple
// peer-to-peer links (awdl, llw) and system tunnels (utun), Windows' tunnel adapters (Teredo,
// ISATAP). The rules look only at what Qt reports, so they are the same on every platform and
// are tested with made-up interfaces.
class InterfaceFilter final
{
public:
    enum class Verdict {
        Offered,
        DownOrNoAddress,        // not up, not running, or without any address
        PeerToPeerLink,         // macOS awdl*, llw*: AirDrop and the like, never the LAN
        TunnelWithoutLanAddress // utun* or Qt's Virtual type, with tunnel-only addresses
    };

    // What the rules look at, separate from QNetworkInterface so tests can invent interfaces.
    struct Facts
    {
        bool valid = true;
        QString name; // the system's name (eth0, en0, utun3, ethernet_32768), not the label
        QNetworkInterface::InterfaceFlags flags;
        QNetworkInterface::InterfaceType type = QNetworkInterface::Unknown;
        QList<QHostAddress> addresses;
    };

    static Facts factsOf(const QNetworkInterface &iface);
    static Verdict verdict(const Facts &facts);
    static bool isOffered(const Facts &facts) { return verdict(facts) == Verdict::Offered; }
};
