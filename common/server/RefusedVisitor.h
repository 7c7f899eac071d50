#pragma once

#include "net/ExplainMessage.h"

#include <QHostAddress>
#include <QMetaType>

// Someone this server turned away: the kernel refused their connection, so the server never
// saw it, but their client asked the explain service why. Everything but the peer is what the
// question says; a sender can forge it, so it is shown as what they reported.
struct RefusedVisitor
{
    qint64 timeMsecs = 0; // milliseconds since the epoch (UTC); formatted only when shown
    QHostAddress peer;    // who asked (canonical: IPv4 peers as IPv4)
    quint16 peerPort = 0;
    QHostAddress arrivedAt; // which of this machine's addresses the question reached; may be null
    QHostAddress tried;     // the address they were refused at
    quint16 triedPort = 0;
    ExplainMessage::Cause cause = ExplainMessage::Cause::ListeningThere;
};

Q_DECLARE_METATYPE(RefusedVisitor)
