#pragma once

#include <QHostAddress>
#include <QList>

// Which of this machine's TCP sockets listen on a port: the evidence behind "it listens, but
// only on 127.0.0.1". Linux reads /proc/net/tcp and tcp6 (ListeningSockets_linux.cpp); other
// platforms use ListeningSockets_probe.cpp, which finds out by connecting to this machine's
// own addresses.
namespace ListeningSockets {

struct Listener
{
    QHostAddress address; // 0.0.0.0 / :: for wildcard listeners
    quint16 port = 0;
};

struct Table
{
    bool known = false; // false: the platform could not tell; the diagnosis then says less
    QString source;     // "/proc/net/tcp", "probe", … for the evidence line
    QList<Listener> listeners;
};

Table onPort(quint16 port);

} // namespace ListeningSockets
