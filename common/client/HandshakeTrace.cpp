#include "client/HandshakeTrace.h"

#include "net/AddressText.h"
#include "platform/OsError.h"

namespace {

using Step = HandshakeTrace::Step;
using Party = HandshakeTrace::Party;
using Kind = HandshakeTrace::Kind;

Step packet(Party from, Party to, const QString &label, qint64 at)
{
    return Step{Kind::Packet, from, to, label, at};
}

} // namespace

// The SYN met a firewall rule; its "no" is an ICMP error, not the server's RST.
void HandshakeTrace::drawFirewall(HandshakeTrace *trace, const AttemptResult &a, qint64 connectAt)
{
    const QString rejection =
        a.icmp.received ? tr("ICMP type %1 code %2: prohibited").arg(a.icmp.type).arg(a.icmp.code)
                        : tr("rejected (%1)").arg(a.error.osErrorName());
    trace->steps << packet(Party::Client, Party::Network, tr("SYN (stopped by a firewall)"), 0)
                 << packet(Party::Network, Party::Client, rejection, connectAt);
    trace->caption = tr("A firewall rule stopped the SYN and answered with an ICMP "
                        "\"administratively prohibited\": the server's own TCP never saw the "
                        "connection.");
}

HandshakeTrace HandshakeTrace::nothingSent(const QString &target, const QString &causeCode,
                                           const QString &reason)
{
    HandshakeTrace trace;
    trace.clientLabel = tr("This machine");
    trace.serverLabel = target;
    trace.causeCode = causeCode;
    trace.steps << Step{Kind::Nothing, Party::Client, Party::Client, tr("no packet sent"), 0};
    trace.caption = reason;
    return trace;
}

HandshakeTrace HandshakeTrace::fromAttempt(const AttemptResult &a, const QString &causeCode)
{
    HandshakeTrace trace;
    trace.clientLabel = tr("This machine");
    trace.serverLabel = AddressText::withPort(a.address, a.port);
    trace.causeCode = causeCode;
    const qint64 connectAt = a.connectUsecs < 0 ? a.elapsedUsecs : a.connectUsecs;
    if (a.connected)
        drawConnected(&trace, a, connectAt);
    else
        drawFailure(&trace, a, causeCode, connectAt);
    return trace;
}

// The connect failed: what the SYN met, told from the OS error and the ICMP report.
void HandshakeTrace::drawFailure(HandshakeTrace *t, const AttemptResult &a,
                                 const QString &causeCode, qint64 connectAt)
{
    using O = AttemptResult::Outcome;
    HandshakeTrace &trace = *t;
    const OsError::Kind kind = OsError::kind(a.error.osError);
    if (a.outcome == O::Cancelled) {
        trace.steps << packet(Party::Client, Party::Server, tr("SYN"), 0)
                    << Step{Kind::Silence, Party::Server, Party::Client,
                            tr("cancelled while waiting"), a.elapsedUsecs};
        trace.caption = tr("Cancelled before the other end answered.");
        return;
    }
    if (a.outcome == O::ConnectTimedOut || kind == OsError::Kind::TimedOut) {
        trace.steps << packet(Party::Client, Party::Server, tr("SYN"), 0)
                    << packet(Party::Client, Party::Server, tr("SYN (retry)"), -1)
                    << Step{Kind::Silence, Party::Server, Party::Client, tr("no answer"),
                            a.elapsedUsecs};
        trace.caption = tr("The SYN went out and nothing came back until the timeout: "
                           "packets are dropped on the way (a firewall).");
        return;
    }
    if (a.icmp.adminProhibited() || kind == OsError::Kind::AccessDenied ||
        causeCode == QLatin1String("firewall-rejected")) {
        drawFirewall(&trace, a, connectAt);
        return;
    }
    if (kind == OsError::Kind::Refused) {
        trace.steps << packet(Party::Client, Party::Server, tr("SYN"), 0)
                    << packet(Party::Server, Party::Client, tr("RST"), connectAt);
        trace.caption = tr("The other end answered the SYN with a reset at once: its "
                           "kernel has no socket listening on that address and port.");
        return;
    }
    if (kind == OsError::Kind::HostUnreachable) {
        trace.steps << packet(Party::Client, Party::Server, tr("SYN (not delivered)"), 0)
                    << packet(Party::Network, Party::Client, tr("host unreachable"), connectAt);
        trace.caption = tr("No host answered for that address (no ARP or neighbour reply, "
                           "or an ICMP \"host unreachable\"), so the SYN was never "
                           "delivered.");
        return;
    }
    if (kind == OsError::Kind::NetworkUnreachable) {
        trace.steps << Step{Kind::Nothing, Party::Client, Party::Client,
                            tr("no route: nothing sent"), connectAt};
        trace.caption = tr("This machine has no route to the address: no packet left it.");
        return;
    }
    trace.steps << packet(Party::Client, Party::Server, tr("SYN"), 0)
                << packet(Party::Network, Party::Client, a.error.osErrorName(), connectAt);
    trace.caption = tr("The connect failed with %1.").arg(a.error.summary());
}

// The handshake completed: what the service did in its banner window.
void HandshakeTrace::drawConnected(HandshakeTrace *t, const AttemptResult &a, qint64 connectAt)
{
    using O = AttemptResult::Outcome;
    HandshakeTrace &trace = *t;
    trace.steps << packet(Party::Client, Party::Server, tr("SYN"), 0)
                << packet(Party::Server, Party::Client, tr("SYN-ACK"), connectAt)
                << packet(Party::Client, Party::Server, tr("ACK"), connectAt);
    const int bytes = int(a.received.size());
    switch (a.outcome) {
    case O::Greeting:
        trace.steps << packet(Party::Server, Party::Client,
                              tr("greeting (%n byte(s))", nullptr, bytes), -1)
                    << packet(Party::Server, Party::Client, tr("FIN"), a.elapsedUsecs);
        trace.caption = tr("Connected, received the greeting, and the server closed: the "
                           "whole exchange worked.");
        break;
    case O::GreetingTruncated:
        trace.steps << packet(Party::Server, Party::Client,
                              tr("data (%n byte(s), more coming)", nullptr, bytes), -1)
                    << packet(Party::Client, Party::Server, tr("RST (we stop reading)"),
                              a.elapsedUsecs);
        trace.caption = tr("The server kept sending; the client stopped at its cap.");
        break;
    case O::ClosedWithoutData:
        trace.steps << packet(Party::Server, Party::Client, tr("FIN"), a.elapsedUsecs);
        trace.caption = tr("Connected, but the server closed without sending anything.");
        break;
    case O::ResetAfterData:
        if (bytes > 0)
            trace.steps << packet(Party::Server, Party::Client,
                                  tr("data (%n byte(s))", nullptr, bytes), -1);
        trace.steps << packet(Party::Server, Party::Client, tr("RST"), a.elapsedUsecs);
        trace.caption = tr("Connected, then the server reset the connection.");
        break;
    case O::KeptOpen:
        if (bytes > 0)
            trace.steps << packet(Party::Server, Party::Client,
                                  tr("banner (%n byte(s))", nullptr, bytes), -1);
        trace.steps << Step{Kind::Silence, Party::Server, Party::Client, tr("connection kept open"),
                            a.elapsedUsecs};
        trace.caption = bytes > 0 ? tr("Connected; the service sent a banner and kept the "
                                       "connection open, waiting for the client.")
                                  : tr("Connected; the service sent nothing and waits for the "
                                       "client to speak first.");
        break;
    default:
        trace.caption = a.outcomeText();
        break;
    }
}
