#pragma once

#include "net/SocketErrorInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>

// What one connection attempt to one address saw, start to end.
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
        ReadDeadline,      // connected, the peer did not finish within the read deadline
        ConnectFailed,     // the connect itself failed: refused, unreachable, …
        ConnectTimedOut,   // no answer to the connect within the time allowed
        Cancelled          // the user stopped it
    };

    QHostAddress address;
    quint16 port = 0;
    Outcome outcome = Outcome::Cancelled;
    SocketErrorInfo error;     // null for Greeting
    QHostAddress localAddress; // the source address the system chose, when connected
    quint16 localPort = 0;
    qint64 connectUsecs = -1; // until connected or failed
    qint64 elapsedUsecs = 0;  // the whole attempt
    QByteArray received;      // at most the cap
    bool connected = false;

    bool ok() const
    {
        return outcome == Outcome::Greeting || outcome == Outcome::GreetingTruncated;
    }

    static QString outcomeCode(Outcome outcome); // "greeting", "refused" is not one: see error
    QString outcomeText() const;                 // translated, one sentence
};
