#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>

// Which of this machine's TCP sockets listen on a port: the evidence behind "it listens, but
// only on 127.0.0.1". Linux reads /proc/net/tcp and tcp6 (ListeningSockets_linux.cpp), Windows
// its TCP table (ListeningSockets_win.cpp); other platforms, macOS among them, use the probe
// (ListeningSockets_probe.cpp, ListeningSocketsProbe.cpp).
namespace ListeningSockets {
Q_NAMESPACE

// Who holds a listening socket, as far as this user may see.
enum class Owner {
    Unknown, // the platform does not say (the probe; a socket no process here holds)
    Known,   // pid and program are set
    Hidden   // a process this user may not inspect holds it (another user's, without privileges)
};
Q_ENUM_NS(Owner)

struct Listener
{
    QHostAddress address; // 0.0.0.0 / :: for wildcard listeners
    quint16 port = 0;
    Owner owner = Owner::Unknown;
    qint64 pid = 0;
    QString program; // the process's name ("sshd"), when owner is Known
};

struct Table
{
    bool known = false; // false: the platform could not tell; the diagnosis then says less
    QString source;     // "/proc/net/tcp", "probe", … for the evidence line
    QList<Listener> listeners;
};

// Fills in each listener's owner where the platform can say: Linux through /proc (the socket's
// inode in /proc/net/tcp, found among /proc/PID/fd), Windows through the owner PID of
// GetExtendedTcpTable. Only when something listens, so a refusal costs no process scan.
Table onPort(quint16 port);

// Whether onPort() can name owners here (Linux, Windows). Where the table is the probe, reading
// it connects to the server, which a run that gains nothing by it must not do.
bool namesOwners();

// "sshd (PID 11213)", or what is known instead, translated.
QString ownerText(const Listener &listener);

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
