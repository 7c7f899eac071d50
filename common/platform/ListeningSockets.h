#pragma once

#include <QHostAddress>
#include <QList>

// Which of this machine's TCP sockets listen on a port: the evidence behind "it listens, but
// only on 127.0.0.1". Linux reads /proc/net/tcp and tcp6 (ListeningSockets_linux.cpp), Windows
// its TCP table (ListeningSockets_win.cpp); other platforms, macOS among them, use the probe
// (ListeningSockets_probe.cpp, ListeningSocketsProbe.cpp).
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

// The probe's total time: this machine answers from its own kernel, in microseconds, so an
// address that has not answered by then is not accepting.
constexpr int kProbeBudgetMs = 200;

// Finds out by connecting: starts a connect to each address at once, waits for them all within
// one budget, and lists those that accepted (source "probe"). A probe cannot see a wildcard
// socket as such: it lists each address that accepts. Each accepted probe is a real connection,
// so a server's log shows it. Built on every platform, so it is tested on every platform.
Table probe(quint16 port, const QList<QHostAddress> &addresses, int budgetMs = kProbeBudgetMs);

// What probe() tries by default: every address of this machine, plus 127.0.0.1 and ::1.
QList<QHostAddress> probeAddresses();

} // namespace ListeningSockets
