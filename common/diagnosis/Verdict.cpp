#include "diagnosis/Verdict.h"

namespace {

using Cause = Diagnosis::Cause;

// The server's own command line for the fix "listen on every interface on this port".
QString serverOnAllInterfaces(quint16 port)
{
    return QStringLiteral("bindlab-server --bind any --port %1 --start").arg(port);
}

} // namespace

Verdict Verdict::of(const Diagnosis &diagnosis, const Target &target,
                    AttemptResult::Service service)
{
    Verdict v;
    v.tone = toneOf(diagnosis.cause);
    v.outcome = outcomeOf(diagnosis.cause);
    v.cause = causeOf(diagnosis, target);
    if (diagnosis.cause == Cause::Ok && service != AttemptResult::Service::Greeted) {
        v.outcome = tr("Reachable");
        v.cause = reachableCause(service, target);
    }
    v.fix = diagnosis.steps.value(0);
    v.command = commandOf(diagnosis.cause, target);
    return v;
}

QString Verdict::outcomeOf(Diagnosis::Cause cause)
{
    switch (cause) {
    case Cause::Ok:
        return tr("Greeted");
    case Cause::LoopbackOnly:
    case Cause::OtherAddressOnly:
    case Cause::WrongFamily:
    case Cause::NothingListening:
    case Cause::RemoteRefused:
        return tr("Refused");
    case Cause::Filtered:
        return tr("No answer");
    case Cause::HostUnreachable:
    case Cause::NetworkUnreachable:
        return tr("Unreachable");
    case Cause::HostNotFound:
        return tr("Name not found");
    case Cause::ScopeMissing:
    case Cause::InvalidInput:
        return tr("Not dialled");
    case Cause::FirewallRejected:
        return tr("Rejected");
    case Cause::Cancelled:
        return tr("Cancelled");
    case Cause::Unknown:
        return tr("Failed");
    }
    return {};
}

Verdict::Tone Verdict::toneOf(Diagnosis::Cause cause)
{
    switch (cause) {
    case Cause::Ok:
        return Tone::Success;
    case Cause::Filtered:
        return Tone::Silence;
    case Cause::Cancelled:
    case Cause::Unknown:
        return Tone::Neutral;
    default:
        return Tone::Failure;
    }
}

QString Verdict::causeOf(const Diagnosis &d, const Target &target)
{
    // The server's own word names where it listens: no shorter sentence says more.
    if (d.confirmedByServer)
        return d.summary;
    const QString host = target.host;
    switch (d.cause) {
    case Cause::Ok:
        return tr("The server at %1 accepted the connection and sent its greeting.")
            .arg(target.dialText());
    case Cause::LoopbackOnly:
        return tr("The server listens on loopback only, so it refuses everyone who comes by "
                  "%1.")
            .arg(host);
    case Cause::OtherAddressOnly:
        return tr("The server listens on another of this machine's addresses, not on %1.")
            .arg(host);
    case Cause::WrongFamily:
        return tr("The server listens only in the other IP family, not on %1.").arg(host);
    case Cause::NothingListening:
        return tr("Nothing listens on port %1 on this machine.").arg(target.port);
    case Cause::RemoteRefused:
        return tr("The host %1 is up, but nothing accepts connections on port %2 there.")
            .arg(host)
            .arg(target.port);
    case Cause::Filtered:
        return tr("Nothing came back until the timeout: packets are dropped on the way, "
                  "typically by a firewall.");
    case Cause::HostUnreachable:
        return tr("No host answers at %1 on the network.").arg(host);
    case Cause::NetworkUnreachable:
        return tr("This machine has no route to %1.").arg(host);
    case Cause::HostNotFound:
        return tr("The name %1 could not be resolved, so nothing was dialled.").arg(host);
    case Cause::ScopeMissing:
        return tr("A link-local IPv6 address needs the interface it is on, so nothing was "
                  "dialled.");
    case Cause::InvalidInput:
        return tr("The address is not in a form that can be dialled, so nothing was sent.");
    case Cause::FirewallRejected:
    case Cause::Cancelled:
    case Cause::Unknown:
        break;
    }
    // No short form exists for these: the diagnosis' own summary is the cause.
    return d.summary;
}

QString Verdict::commandOf(Diagnosis::Cause cause, const Target &target)
{
    const quint16 port = target.port;
    switch (cause) {
    case Cause::LoopbackOnly:
    case Cause::OtherAddressOnly:
    case Cause::WrongFamily:
    case Cause::NothingListening:
        return serverOnAllInterfaces(port);
    default:
        break;
    }
#ifdef Q_OS_LINUX
    // Commands to run on the machine that can answer the question; Linux names only, the
    // fix sentence says what to look for elsewhere.
    switch (cause) {
    case Cause::RemoteRefused:
        return QStringLiteral("ss -ltnp 'sport = :%1'").arg(port);
    case Cause::FirewallRejected:
    case Cause::Filtered:
        return QStringLiteral("sudo nft list ruleset");
    case Cause::HostUnreachable:
        return QStringLiteral("ping -c 3 %1").arg(target.host);
    case Cause::NetworkUnreachable:
        return QStringLiteral("ip route get %1").arg(target.host);
    case Cause::HostNotFound:
        return QStringLiteral("getent hosts %1").arg(target.host);
    case Cause::ScopeMissing:
        return QStringLiteral("ip -6 addr show scope link");
    default:
        break;
    }
#endif
    return {};
}

QString Verdict::reachableCause(AttemptResult::Service service, const Target &target)
{
    const QString where = target.dialText();
    switch (service) {
    case AttemptResult::Service::Banner:
        return tr("The service at %1 accepted the connection and sent a banner; it waits for "
                  "the client.")
            .arg(where);
    case AttemptResult::Service::Silent:
        return tr("The service at %1 accepted the connection and waits for the client to speak "
                  "first.")
            .arg(where);
    case AttemptResult::Service::Answered:
        return tr("The service at %1 accepted the connection and answered what was sent.")
            .arg(where);
    case AttemptResult::Service::Closed:
        return tr("The service at %1 accepted the connection, then closed it without a word.")
            .arg(where);
    case AttemptResult::Service::Reset:
        return tr("The service at %1 accepted the connection, then reset it.").arg(where);
    default:
        return tr("The service at %1 accepted the connection.").arg(where);
    }
}
