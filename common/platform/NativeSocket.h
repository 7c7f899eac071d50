#pragma once

#include "net/IcmpReport.h"

#include <QHostAddress>
#include <QList>
#include <QtGlobal>

// The few socket calls for which BindLab needs the operating system's own error code, which
// Qt does not expose: opening a listening socket, a non-blocking connect, reading its
// SO_ERROR, reading and writing without signals. Everything else stays with Qt.
// One implementation per platform: NativeSocket_posix.cpp, NativeSocket_win.cpp.
namespace NativeSocket {

using Descriptor = qintptr;
constexpr Descriptor kInvalid = -1;

struct Opened
{
    Descriptor descriptor = kInvalid;
    int osError = 0; // 0 when descriptor is valid
};

struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;
};

// Opens, binds and listens. IPv6 addresses other than the dual-stack "any" are IPv6-only,
// matching what QTcpServer::listen() does, so a bind choice means the same thing either way.
Opened openListening(const QHostAddress &address, quint16 port, int backlog, bool dualStack);

// Starts a non-blocking connect. On success the descriptor is valid and the connect is under
// way (or already complete); on failure it is closed and osError says why.
// A non-null source is bound first: a connect that must stay on this machine (a self-test of
// one of its own addresses) then fails with EADDRNOTAVAIL if that address has just vanished,
// instead of leaving through the default route.
// Where the platform can (Linux), the socket also queues the ICMP error that may end the
// connect; a connect that fails at once reports it in *icmp, a later failure through
// connectIcmpError().
Opened startConnect(const QHostAddress &address, quint16 port,
                    const QHostAddress &source = QHostAddress(), IcmpReport *icmp = nullptr);

// The ICMP error (type, code, sender) that ended a started connect, read from the socket's
// error queue; empty when none was queued or the platform cannot read it (everywhere but Linux).
// Read it after pendingError() and before close().
IcmpReport connectIcmpError(Descriptor descriptor);

// SO_ERROR: 0 once a started connect has succeeded, the reason once it has failed.
int pendingError(Descriptor descriptor);

// Blocks for at most timeoutMs, without an event loop, until every started connect has
// finished; says which have (pendingError() then tells how). Only for short, bounded checks
// against this machine's own addresses, where an answer takes microseconds.
QList<bool> waitForConnects(const QList<Descriptor> &descriptors, int timeoutMs);

// >0 bytes read, 0 at an orderly end of stream, -1 with *osError set (WouldBlock included).
qint64 receive(Descriptor descriptor, char *buffer, qint64 size, int *osError);

// Never raises SIGPIPE and never blocks; -1 with *osError set.
qint64 send(Descriptor descriptor, const char *data, qint64 size, int *osError);

Endpoint localEndpoint(Descriptor descriptor);
Endpoint peerEndpoint(Descriptor descriptor);

// Closing with unread data or after a reset is fine; errors on close carry no information here.
void close(Descriptor descriptor);

// Ends a connection with a reset instead of an orderly close (SO_LINGER 0).
void abortiveClose(Descriptor descriptor);

// Makes the coming close of a descriptor someone else owns (a QTcpSocket's) a reset, so a
// peer never mistakes a cut-off greeting followed by an orderly end for a whole one.
void setResetOnClose(Descriptor descriptor);

struct Accepted
{
    Descriptor descriptor = kInvalid;
    Endpoint peer;
    int osError = 0; // why nothing was accepted (WouldBlock when the queue is empty)
};

// Takes one connection off a listening socket's queue, non-blocking and close-on-exec. The
// peer's address comes with it, so serving a connection needs no getpeername(). Unlike
// QTcpServer, it reports the exact error, which tells descriptor exhaustion (EMFILE) apart
// from an empty queue.
Accepted accept(Descriptor listening);

// The same without the peer's address, for a server nobody asks who came: no address to
// copy out and no QHostAddress to allocate. kInvalid and the error in *osError on failure.
Descriptor acceptAnonymous(Descriptor listening, int *osError);

// How many descriptors this process may hold open (RLIMIT_NOFILE's soft limit); 0 when the
// platform sets no such limit or it is unlimited.
qint64 descriptorLimit();

} // namespace NativeSocket
