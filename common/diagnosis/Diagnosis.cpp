#include "diagnosis/Diagnosis.h"

#include "net/AddressText.h"
#include "platform/OsError.h"

#include <QNetworkInterface>

namespace {

using Cause = Diagnosis::Cause;

bool sameFamily(const QHostAddress &a, const QHostAddress &b)
{
    return a.protocol() == b.protocol();
}

// Strips the scope and maps IPv4-mapped IPv6 back to IPv4, so "is this one of mine" compares
// what the kernel compares.
QHostAddress canonical(const QHostAddress &address)
{
    const QHostAddress v4 = AddressText::mappedIPv4(address);
    if (!v4.isNull())
        return v4;
    QHostAddress plain = address;
    plain.setScopeId(QString());
    return plain;
}

bool isOwn(const QHostAddress &address, const QList<QHostAddress> &own)
{
    const QHostAddress c = canonical(address);
    if (c.isLoopback() || c == QHostAddress(QHostAddress::AnyIPv4) ||
        c == QHostAddress(QHostAddress::AnyIPv6))
        return true;
    for (const QHostAddress &a : own) {
        if (canonical(a) == c)
            return true;
    }
    return false;
}

bool isWildcard(const QHostAddress &a)
{
    return a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6);
}

QString listenerList(const QList<ListeningSockets::Listener> &listeners)
{
    QStringList parts;
    for (const auto &l : listeners)
        parts << AddressText::withPort(l.address, l.port);
    return parts.join(QLatin1String(", "));
}

} // namespace

Diagnosis::LocalFacts Diagnosis::LocalFacts::gather(quint16 port)
{
    LocalFacts facts;
    facts.ownAddresses = QNetworkInterface::allAddresses();
    facts.listeners = ListeningSockets::onPort(port);
    return facts;
}

Diagnosis::LocalFacts Diagnosis::LocalFacts::gather(const RunResult &run)
{
    LocalFacts facts;
    facts.ownAddresses = QNetworkInterface::allAddresses();
    const AttemptResult *a = run.decisive();
    if (a && !a->connected && OsError::kind(a->error.osError) == OsError::Kind::Refused &&
        isOwn(a->address, facts.ownAddresses))
        facts.listeners = ListeningSockets::onPort(run.target.port);
    return facts;
}

QString Diagnosis::codeOf(Cause cause)
{
    switch (cause) {
    case Cause::Ok:
        return QStringLiteral("ok");
    case Cause::LoopbackOnly:
        return QStringLiteral("loopback-only");
    case Cause::OtherAddressOnly:
        return QStringLiteral("other-address-only");
    case Cause::WrongFamily:
        return QStringLiteral("wrong-family");
    case Cause::NothingListening:
        return QStringLiteral("nothing-listening");
    case Cause::RemoteRefused:
        return QStringLiteral("remote-refused");
    case Cause::Filtered:
        return QStringLiteral("filtered");
    case Cause::HostUnreachable:
        return QStringLiteral("host-unreachable");
    case Cause::NetworkUnreachable:
        return QStringLiteral("network-unreachable");
    case Cause::HostNotFound:
        return QStringLiteral("host-not-found");
    case Cause::ScopeMissing:
        return QStringLiteral("scope-missing");
    case Cause::InvalidInput:
        return QStringLiteral("invalid-input");
    case Cause::NoGreeting:
        return QStringLiteral("no-greeting");
    case Cause::Cancelled:
        return QStringLiteral("cancelled");
    case Cause::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QList<Diagnosis::Cause> Diagnosis::allCauses()
{
    return {Cause::Ok,           Cause::LoopbackOnly,     Cause::OtherAddressOnly,
            Cause::WrongFamily,  Cause::NothingListening, Cause::RemoteRefused,
            Cause::Filtered,     Cause::HostUnreachable,  Cause::NetworkUnreachable,
            Cause::HostNotFound, Cause::ScopeMissing,     Cause::InvalidInput,
            Cause::NoGreeting,   Cause::Cancelled,        Cause::Unknown};
}

Diagnosis Diagnosis::ofRejection(const TargetParser::Result &parsed)
{
    Diagnosis d;
    if (parsed.rejection == TargetParser::Rejection::ScopeMissing ||
        parsed.rejection == TargetParser::Rejection::UnknownScope) {
        d.cause = Cause::ScopeMissing;
        d.summary = tr("A link-local IPv6 address needs the interface it is on (its scope); "
                       "without a usable one nothing can be dialled.");
        d.steps << tr("Add the interface after a %, for example fe80::1%eth0; the interface is "
                      "the one that shares a link with the other host.")
                << tr("Or use the host's global IPv6 or its IPv4 address instead.");
    } else {
        d.cause = Cause::InvalidInput;
        d.summary = tr("The address was not dialled: it is not a form BindLab can dial as "
                       "shown.");
        d.steps << tr("Correct the address as the message says, then connect again.");
    }
    d.evidence << parsed.error;
    return d;
}

Diagnosis Diagnosis::ofRun(const RunResult &run, const LocalFacts &facts)
{
    Diagnosis d;
    const quint16 port = run.target.port;

    if (run.ok()) {
        const AttemptResult *a = run.decisive();
        d.cause = Cause::Ok;
        d.summary = tr("Connected to %1 and received the greeting.")
                        .arg(AddressText::withPort(a->address, a->port));
        d.evidence << a->outcomeText();
        return d;
    }
    if (run.cancelled) {
        d.cause = Cause::Cancelled;
        d.summary = tr("Cancelled before an answer arrived.");
        return d;
    }
    if (!run.lookupError.isEmpty()) {
        d.cause = Cause::HostNotFound;
        d.summary =
            tr("The name %1 could not be resolved, so nothing was dialled.").arg(run.target.host);
        d.evidence << run.lookupError;
        d.steps << tr("Check the spelling, or use the server's IP address.")
                << tr("On the server, a command such as \"hostname -I\" (Linux) or \"ipconfig\" "
                      "(Windows) shows its addresses.");
        return d;
    }
    const AttemptResult *a = run.decisive();
    if (!a) {
        d.summary = tr("No address was tried.");
        return d;
    }
    for (const AttemptResult &each : run.attempts)
        d.evidence << each.outcomeText();

    if (a->connected) {
        d.cause = Cause::NoGreeting;
        d.summary = tr("Something accepts connections at %1, but it did not send a greeting "
                       "and close: it is probably another program, not a BindLab server.")
                        .arg(AddressText::withPort(a->address, a->port));
        d.steps << tr("Check which program listens on port %1 on the server.").arg(port);
        return d;
    }

    const OsError::Kind kind = OsError::kind(a->error.osError);
    const bool local = isOwn(a->address, facts.ownAddresses);
    const QString where = AddressText::withPort(a->address, port);

    if (a->outcome == AttemptResult::Outcome::ConnectTimedOut || kind == OsError::Kind::TimedOut) {
        d.cause = Cause::Filtered;
        d.summary = tr("No answer from %1 at all until the timeout: packets are being dropped "
                       "on the way, typically by a firewall. A closed port would have been "
                       "refused at once.")
                        .arg(where);
        d.steps << tr("Check the firewall on the server (Linux: \"nft list ruleset\" or \"ufw "
                      "status\"; Windows Defender Firewall; macOS application firewall) and "
                      "allow TCP port %1.")
                       .arg(port)
                << tr("Check that %1 is really the server's address and that it is switched on.")
                       .arg(AddressText::plain(a->address));
        return d;
    }
    if (kind == OsError::Kind::HostUnreachable) {
        d.cause = Cause::HostUnreachable;
        d.summary = tr("No host answered at %1: the network reported it unreachable (no reply "
                       "to ARP or neighbour discovery, or an ICMP \"host unreachable\").")
                        .arg(AddressText::plain(a->address));
        d.steps << tr("Check the address and that the server is on and on the same network.");
        return d;
    }
    if (kind == OsError::Kind::NetworkUnreachable) {
        d.cause = Cause::NetworkUnreachable;
        d.summary = tr("This machine has no route to %1.").arg(AddressText::plain(a->address));
        d.steps << tr("Check this machine's network connection and routes (\"ip route\").");
        return d;
    }
    if (kind == OsError::Kind::InvalidArgument && a->address.isLinkLocal()) {
        d.cause = Cause::ScopeMissing;
        d.summary = tr("The link-local address %1 cannot be used without a valid interface.")
                        .arg(AddressText::plain(a->address));
        d.steps << tr("Add the interface after a %, for example fe80::1%eth0.");
        return d;
    }
    if (kind != OsError::Kind::Refused) {
        d.cause = Cause::Unknown;
        d.summary = tr("The connection failed with %1; BindLab has no rule that explains it.")
                        .arg(a->error.summary());
        return d;
    }

    // Refused. On another host all we know is that its kernel answered with a reset.
    if (!local) {
        d.cause = Cause::RemoteRefused;
        d.summary = tr("%1 answered at once with a refusal: the host is up, but nothing accepts "
                       "connections on port %2 at that address.")
                        .arg(AddressText::plain(a->address))
                        .arg(port);
        d.steps << tr("On the server, check that BindLab's server (or yours) is started on port "
                      "%1.")
                       .arg(port)
                << tr("Check what it is bound to: bound to 127.0.0.1, or to a hostname that "
                      "resolves to it, it refuses every other host. Bind it to all interfaces "
                      "(0.0.0.0, or '' in Python).")
                << tr("Some firewalls reject rather than drop; check the server's firewall too.");
        return d;
    }

    // Refused by this very machine: its socket table says why.
    if (!facts.listeners.known) {
        d.cause = Cause::Unknown;
        d.summary = tr("This machine refused the connection to %1, and this platform cannot "
                       "list which addresses listen on port %2.")
                        .arg(where)
                        .arg(port);
        d.steps << tr("Check that the server is started and which address it is bound to.");
        return d;
    }
    const QList<ListeningSockets::Listener> &listeners = facts.listeners.listeners;
    if (listeners.isEmpty()) {
        d.cause = Cause::NothingListening;
        d.evidence << tr("No socket of this machine listens on port %1 (%2).")
                          .arg(port)
                          .arg(facts.listeners.source);
        d.summary = tr("Nothing listens on port %1 on this machine, so every connection to it "
                       "is refused.")
                        .arg(port);
        d.steps << tr("Start the server, and check that client and server use the same port.");
        return d;
    }
    d.evidence << tr("Listening on port %1 here: %2 (%3).")
                      .arg(port)
                      .arg(listenerList(listeners), facts.listeners.source);

    const QHostAddress target = canonical(a->address);
    bool allLoopback = true;
    bool anySameFamily = false;
    for (const auto &l : listeners) {
        if (!canonical(l.address).isLoopback())
            allLoopback = false;
        if (sameFamily(canonical(l.address), target))
            anySameFamily = true;
    }
    if (allLoopback && !target.isLoopback()) {
        d.cause = Cause::LoopbackOnly;
        d.summary = tr("The server listens on port %1 on loopback only (%2), so it accepts "
                       "connections from this machine through loopback and refuses everyone "
                       "who comes by %3. This is the classic \"Connection refused\".")
                        .arg(port)
                        .arg(listenerList(listeners), AddressText::plain(a->address));
        d.steps << tr("Bind the server to all interfaces: 0.0.0.0 (\"All IPv4 interfaces\"), or "
                      "'' in Python, instead of 127.0.0.1.")
                << tr("If it binds to the machine's hostname, check what that name resolves to "
                      "(\"getent hosts $(hostname)\"): here it is a loopback address.");
        return d;
    }
    if (!anySameFamily) {
        d.cause = Cause::WrongFamily;
        d.summary =
            tr("The server listens on port %1 only over %2 (%3); %4 is an %5 address, so "
               "it is refused.")
                .arg(port)
                .arg(AddressText::family(listeners.first().address), listenerList(listeners),
                     AddressText::plain(a->address), AddressText::family(a->address));
        d.steps << tr("Bind the server to \"All interfaces, IPv4 and IPv6\", or connect with an "
                      "address of the family it listens on.");
        return d;
    }
    bool wildcardSameFamily = false;
    for (const auto &l : listeners) {
        if (isWildcard(canonical(l.address)) && sameFamily(canonical(l.address), target))
            wildcardSameFamily = true;
    }
    if (wildcardSameFamily) {
        d.cause = Cause::Unknown;
        d.summary = tr("A server listens on every %1 address on port %2, yet %3 was refused; a "
                       "local firewall rule that rejects connections may be the reason.")
                        .arg(AddressText::family(target))
                        .arg(port)
                        .arg(where);
        d.steps << tr("Check the local firewall rules for TCP port %1.").arg(port);
        return d;
    }
    d.cause = Cause::OtherAddressOnly;
    d.summary = tr("The server listens on port %1 here, but only on %2, not on %3.")
                    .arg(port)
                    .arg(listenerList(listeners), AddressText::plain(a->address));
    d.steps << tr("Connect to the address it listens on, or bind it to all interfaces.");
    return d;
}
