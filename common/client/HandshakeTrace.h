#pragma once

#include "client/AttemptResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What happened on the wire during one attempt, as a sequence diagram: SYN, SYN-ACK or RST,
// the greeting, FIN, or the silence until a timeout. It is inferred from what the socket saw
// (the OS error, the times, the bytes), not captured; the diagram says so.
class HandshakeTrace final
{
    Q_DECLARE_TR_FUNCTIONS(HandshakeTrace)

public:
    enum class Party { Client, Server, Network };

    enum class Kind {
        Packet,  // an arrow between the two ends
        Silence, // nothing came back: a gap until the timeout
        Nothing  // no packet was sent at all
    };

    struct Step
    {
        Kind kind = Kind::Packet;
        Party from = Party::Client;
        Party to = Party::Server;
        QString label;       // "SYN", "RST", "greeting (25 bytes)", …
        qint64 atUsecs = -1; // when it was seen, from the start of the attempt; -1 unknown
    };

    QString clientLabel; // "this machine"
    QString serverLabel; // "192.0.2.2:12397"
    QList<Step> steps;
    QString caption;   // one sentence, agrees with the diagnosis
    QString causeCode; // the diagnosis cause the trace was drawn for

    static HandshakeTrace fromAttempt(const AttemptResult &attempt, const QString &causeCode);
    // For runs where nothing was dialled (name not found, scope missing, bad input).
    static HandshakeTrace nothingSent(const QString &target, const QString &causeCode,
                                      const QString &reason);

private:
    static void drawFirewall(HandshakeTrace *trace, const AttemptResult &a, qint64 connectAt);
    static void drawFailure(HandshakeTrace *trace, const AttemptResult &a, const QString &causeCode,
                            qint64 connectAt);
    static void drawConnected(HandshakeTrace *trace, const AttemptResult &a, qint64 connectAt);
};
