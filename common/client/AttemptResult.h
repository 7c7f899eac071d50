#pragma once

#include "net/IcmpReport.h"
#include "net/SocketErrorInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>

// What one connection attempt to one address saw, start to end. A completed handshake is the
// answer to "can I reach it?" (connected); what the service did in the banner window after
// it is the service kind.
struct AttemptResult
{
    Q_DECLARE_TR_FUNCTIONS(AttemptResult)

public:
    // Closed vocabulary, shared by the window, JSON ("outcome") and tests.
    enum class Outcome {
        Greeting,          // connected, read bytes, the peer closed
        GreetingTruncated, // connected, the peer sent more than the cap; we stopped reading
        ClosedWithoutData, // connected, the peer closed without sending anything
        ResetAfterData,    // connected, the peer reset the connection (after N bytes, maybe 0)
        KeptOpen,        // connected, the peer kept the connection open to the banner window's end
        ConnectFailed,   // the connect itself failed: refused, unreachable, …
        ConnectTimedOut, // no answer to the connect within the time allowed
        Cancelled        // the user stopped it
    };

    // What the service did once connected (JSON "service"). Greeted, Banner and Silent are the
    // three ways a working service behaves; Answered when text was sent and a reply came.
    enum class Service {
        None,     // not connected
        Greeted,  // sent bytes and closed (BindLab's server, the article's)
        Banner,   // sent bytes and kept the connection open (SSH, SMTP, FTP, many databases)
        Silent,   // sent nothing: it waits for the client to speak first (HTTP, TLS)
        Answered, // replied to the text sent
        Closed,   // closed without a byte (a server turning this client away, or one that quit)
        Reset,    // reset the connection
        Unknown   // cancelled before the window ended
    };

    QHostAddress address;
    quint16 port = 0;
    Outcome outcome = Outcome::Cancelled;
    SocketErrorInfo error;     // null for Greeting
    QHostAddress localAddress; // the source address the system chose, when connected
    quint16 localPort = 0;
    qint64 connectUsecs = -1; // until connected or failed: how fast a refusal came back
    IcmpReport icmp;          // the ICMP error that ended the connect, where the OS tells
    qint64 elapsedUsecs = 0;  // the whole attempt
    QByteArray received;      // at most the cap
    qint64 sentBytes = 0;     // of the text to send once connected
    bool connected = false;

    // Reachable: the handshake completed, whatever the service did after it.
    bool ok() const { return connected; }
    Service service() const;

    static QString outcomeCode(Outcome outcome); // "greeting", "refused" is not one: see error
    static QString serviceCode(Service service); // "greeted", "banner", "silent", …
    QString outcomeText() const;                 // translated, one sentence
    QString serviceText() const;                 // translated, what the service did
};
