#include "diagnosis/Diagnosis.h"

#include "app/EnumCode.h"
#include "client/ServiceHint.h"
#include "net/AddressText.h"
#include "net/PeerText.h"
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
    for (const auto &l : listeners) {
        const QString where = AddressText::withPort(l.address, l.port);
        parts << (l.owner == ListeningSockets::Owner::Unknown
                      ? where
                      : Diagnosis::tr("%1 by %2").arg(where, ListeningSockets::ownerText(l)));
    }
    return parts.join(QLatin1String(", "));
}

// The peer's bytes as evidence: escaped, and cut so one line stays one line.
QString bannerExcerpt(const QByteArray &received)
{
    constexpr int kShown = 200;
    const QString shown = PeerText::escape(received.left(kShown));
    return received.size() > kShown ? shown + QStringLiteral(" …") : shown;
}

// Reachable, whatever the service did next: the handshake completed. What it did in the banner
// window, what it might be, and who listens, when this machine is the server.
void reachable(Diagnosis &d, const AttemptResult &a, const QList<ListeningSockets::Listener> &own)
{
    d.cause = Cause::Ok;
    d.summary = Diagnosis::tr("Reachable: %1 accepted the connection. %2")
                    .arg(AddressText::withPort(a.address, a.port), a.serviceText());
    d.evidence << a.outcomeText();
    if (!a.received.isEmpty())
        d.evidence << Diagnosis::tr("It sent: %1").arg(bannerExcerpt(a.received));
    d.evidence << ServiceHint::of(a.received, a.port).lines();
    for (const auto &l : own) {
        if (l.owner != ListeningSockets::Owner::Unknown)
            d.evidence << Diagnosis::tr("On this machine, %1 listens on %2.")
                              .arg(ListeningSockets::ownerText(l),
                                   AddressText::withPort(l.address, l.port));
    }
    d.listeners = own;
}

void notResolved(Diagnosis &d, const RunResult &run)
{
    d.cause = Cause::HostNotFound;
    d.summary = Diagnosis::tr("The name %1 could not be resolved, so nothing was dialled.")
                    .arg(run.target.host);
    d.evidence << run.lookupError;
    d.steps << Diagnosis::tr("Check the spelling, or use the server's IP address.")
            << Diagnosis::tr("On the server, a command such as \"hostname -I\" (Linux) or "
                             "\"ipconfig\" (Windows) shows its addresses.");
}

void filtered(Diagnosis &d, const AttemptResult &a, quint16 port)
{
    d.cause = Cause::Filtered;
    d.summary = Diagnosis::tr("No answer from %1 at all until the timeout: packets are being "
                              "dropped on the way, typically by a firewall. A closed port would "
                              "have been refused at once.")
                    .arg(AddressText::withPort(a.address, port));
    d.steps << Diagnosis::tr("Check the firewall on the server (Linux: \"nft list ruleset\" or "
                             "\"ufw status\"; Windows Defender Firewall; macOS application "
                             "firewall) and allow TCP port %1.")
                   .arg(port)
            << Diagnosis::tr("Check that %1 is really the server's address and that it is "
                             "switched on.")
                   .arg(AddressText::plain(a.address));
}

// The ways a firewall says no, from what the OS gives: the ICMP code where it was read, EACCES
// (the IPv6 form, and local policy), or "No route to host" from a host that answered at once.
// On this machine's own addresses no neighbour is involved, so that can only be its firewall.
bool firewallRejected(const AttemptResult &a, OsError::Kind kind, bool local)
{
    if (a.icmp.adminProhibited() || kind == OsError::Kind::AccessDenied)
        return true;
    if (kind != OsError::Kind::HostUnreachable || a.icmp.hostUnreachable())
        return false;
    return local || (a.connectUsecs >= 0 && a.connectUsecs < Diagnosis::kFastRejectionUsecs);
}

// Where to look for the rule that rejects, on the server or on this machine.
void firewallSteps(Diagnosis &d, quint16 port, bool local)
{
    const QString on = local ? Diagnosis::tr("this machine") : Diagnosis::tr("the server");
    d.steps << Diagnosis::tr("On %1, firewalld: \"firewall-cmd --list-all\" shows the rules; "
                             "\"firewall-cmd --add-port=%2/tcp\" opens the port (add "
                             "--permanent to keep it).")
                   .arg(on)
                   .arg(port)
            << Diagnosis::tr("ufw: \"ufw status verbose\" shows the rules; \"ufw allow %1/tcp\" "
                             "opens the port.")
                   .arg(port)
            << Diagnosis::tr("nftables: \"nft list ruleset\" shows the rule that rejects; add "
                             "an accept rule for TCP port %1 before it (\"nft insert rule "
                             "inet filter input tcp dport %1 accept\", with your table and "
                             "chain).")
                   .arg(port)
            << Diagnosis::tr("Windows Defender Firewall: \"netsh advfirewall firewall show rule "
                             "name=all\" shows the rules; \"New-NetFirewallRule -DisplayName "
                             "BindLab -Direction Inbound -Protocol TCP -LocalPort %1 -Action "
                             "Allow\" (PowerShell, as administrator) opens the port.")
                   .arg(port);
    if (local)
        d.steps << Diagnosis::tr("A rule in the output chain rejects this machine's own "
                                 "connections too: look there as well as in the input chain.");
}

void firewall(Diagnosis &d, const AttemptResult &a, quint16 port, bool local)
{
    d.cause = Cause::FirewallRejected;
    const QString where = AddressText::withPort(a.address, port);
    if (local)
        d.summary = Diagnosis::tr("This machine's own firewall rejected the connection to %1: on "
                                  "its own addresses and loopback no other host is involved. "
                                  "Whether a program listens there is not even asked.")
                        .arg(where);
    else
        d.summary = Diagnosis::tr("A firewall rejected the connection to %1: the host is up "
                                  "(the rejection came back at once), but a rule refuses TCP "
                                  "port %2. The error text (\"%3\") sounds like a missing "
                                  "host; it is not.")
                        .arg(where)
                        .arg(port)
                        .arg(a.error.qtText);
    d.evidence << Diagnosis::tr("The rejection came back after %1 ms (a missing host takes "
                                "seconds).")
                      .arg(QString::number(double(qMax<qint64>(0, a.connectUsecs)) / 1000.0, 'f',
                                           3));
    if (a.icmp.received)
        d.evidence << a.icmp.describe();
    firewallSteps(d, port, local);
}

// Failures other than a refusal or a timeout: the network's answers, a scope, or no rule.
void notRefused(Diagnosis &d, const AttemptResult &a, OsError::Kind kind)
{
    const QString address = AddressText::plain(a.address);
    if (kind == OsError::Kind::HostUnreachable) {
        d.cause = Cause::HostUnreachable;
        d.summary = Diagnosis::tr("No host answered at %1: the network reported it unreachable "
                                  "(no reply to ARP or neighbour discovery, or an ICMP \"host "
                                  "unreachable\").")
                        .arg(address);
        d.steps << Diagnosis::tr("Check the address and that the server is on and on the same "
                                 "network.");
    } else if (kind == OsError::Kind::NetworkUnreachable) {
        d.cause = Cause::NetworkUnreachable;
        d.summary = Diagnosis::tr("This machine has no route to %1.").arg(address);
        d.steps << Diagnosis::tr("Check this machine's network connection and routes (\"ip "
                                 "route\").");
    } else if (kind == OsError::Kind::InvalidArgument && a.address.isLinkLocal()) {
        d.cause = Cause::ScopeMissing;
        d.summary = Diagnosis::tr("The link-local address %1 cannot be used without a valid "
                                  "interface.")
                        .arg(address);
        d.steps << Diagnosis::tr("Add the interface after a %, for example fe80::1%eth0.");
    } else {
        d.cause = Cause::Unknown;
        d.summary = Diagnosis::tr("The connection failed with %1; BindLab has no rule that "
                                  "explains it.")
                        .arg(a.error.summary());
    }
}

// On another host all we know is that its kernel answered with a reset.
void remoteRefused(Diagnosis &d, const AttemptResult &a, quint16 port)
{
    d.cause = Cause::RemoteRefused;
    d.summary = Diagnosis::tr("%1 answered at once with a refusal: the host is up, but nothing "
                              "accepts connections on port %2 at that address.")
                    .arg(AddressText::plain(a.address))
                    .arg(port);
    d.steps << Diagnosis::tr("On the server, check that BindLab's server (or yours) is started "
                             "on port %1.")
                   .arg(port)
            << Diagnosis::tr("Check what it is bound to: bound to 127.0.0.1, or to a hostname "
                             "that resolves to it, it refuses every other host. Bind it to all "
                             "interfaces (0.0.0.0, or '' in Python).")
            << Diagnosis::tr("Some firewalls reject rather than drop; check the server's "
                             "firewall too.");
}

// What the refusing host's server said about itself, as evidence lines.
void serverEvidence(Diagnosis &d, const ExplainQuery::Result &explain)
{
    const ExplainMessage::Facts &f = explain.answer.facts;
    d.evidence << Diagnosis::tr("Asked the server why: its explain service answered from UDP %1 "
                                "in %2 ms.")
                      .arg(AddressText::withPort(explain.host, explain.port))
                      .arg(QString::number(double(explain.elapsedUsecs) / 1000.0, 'f', 3));
    d.evidence << Diagnosis::tr("The server says: it listens on %1, TCP port %2 (bind choice "
                                "\"%3\"); cause %4.")
                      .arg(ExplainMessage::listenText(f))
                      .arg(f.port)
                      .arg(PeerText::escape(f.choiceKey.toUtf8()),
                           ExplainMessage::causeCode(explain.answer.cause));
    if (f.hostName.isEmpty())
        return;
    QStringList resolved;
    for (const QHostAddress &r : f.hostAddresses)
        resolved << AddressText::plain(r);
    d.evidence << (resolved.isEmpty()
                       ? Diagnosis::tr("Its hostname is %1, which resolves to no address there.")
                             .arg(PeerText::escape(f.hostName.toUtf8()))
                       : Diagnosis::tr("Its hostname is %1, which resolves there to %2.")
                             .arg(PeerText::escape(f.hostName.toUtf8()),
                                  resolved.join(QLatin1String(", "))));
}

// Another host refused, and its BindLab server said why: its cause, in its own terms.
void confirmed(Diagnosis &d, quint16 port, const ExplainQuery::Result &explain)
{
    const ExplainMessage::Answer &answer = explain.answer;
    d.confirmedByServer = true;
    d.serverAnswer = answer;
    d.summary = ExplainQuery::confirmationText(answer);
    serverEvidence(d, explain);
    d.steps << ExplainQuery::fixText(answer);
    switch (answer.cause) {
    case ExplainMessage::Cause::LoopbackOnly:
        d.cause = Cause::LoopbackOnly;
        if (answer.facts.choiceKey == QLatin1String("hostname"))
            d.steps << Diagnosis::tr("Or, on that server, make its hostname resolve to its "
                                     "network address (\"getent hosts $(hostname)\" shows what "
                                     "it resolves to now).");
        break;
    case ExplainMessage::Cause::OtherAddressOnly:
        d.cause = Cause::OtherAddressOnly;
        d.steps << Diagnosis::tr("Or connect to the address it listens on.");
        break;
    case ExplainMessage::Cause::WrongFamily:
        d.cause = Cause::WrongFamily;
        break;
    case ExplainMessage::Cause::ListeningThere:
        d.cause = Cause::FirewallRejected;
        firewallSteps(d, port, false);
        break;
    }
}

// The question was asked but brought no answer: the diagnosis stays as it was, and says so.
void unanswered(Diagnosis &d, const ExplainQuery::Result &explain)
{
    d.evidence << Diagnosis::tr("Asked the server why at UDP %1: no answer (%2). %3")
                      .arg(AddressText::withPort(explain.host, explain.port),
                           ExplainQuery::outcomeCode(explain.outcome), explain.detail)
                      .trimmed();
}

// Listeners exist on the port, but not where the attempt went: which mismatch is it?
void listenersElsewhere(Diagnosis &d, const AttemptResult &a, quint16 port,
                        const QList<ListeningSockets::Listener> &listeners)
{
    const QHostAddress target = canonical(a.address);
    bool allLoopback = true;
    bool anySameFamily = false;
    bool wildcardSameFamily = false;
    for (const auto &l : listeners) {
        const QHostAddress listener = canonical(l.address);
        allLoopback = allLoopback && listener.isLoopback();
        anySameFamily = anySameFamily || sameFamily(listener, target);
        wildcardSameFamily =
            wildcardSameFamily || (isWildcard(listener) && sameFamily(listener, target));
    }
    const QString address = AddressText::plain(a.address);
    if (allLoopback && !target.isLoopback()) {
        d.cause = Cause::LoopbackOnly;
        d.summary = Diagnosis::tr("The server listens on port %1 on loopback only (%2), so it "
                                  "accepts connections from this machine through loopback and "
                                  "refuses everyone who comes by %3. This is the classic "
                                  "\"Connection refused\".")
                        .arg(port)
                        .arg(listenerList(listeners), address);
        d.steps << Diagnosis::tr("Bind the server to all interfaces: 0.0.0.0 (\"All IPv4 "
                                 "interfaces\"), or '' in Python, instead of 127.0.0.1.")
                << Diagnosis::tr("If it binds to the machine's hostname, check what that name "
                                 "resolves to (\"getent hosts $(hostname)\"): here it is a "
                                 "loopback address.");
    } else if (!anySameFamily) {
        d.cause = Cause::WrongFamily;
        d.summary = Diagnosis::tr("The server listens on port %1 only over %2 (%3); %4 is an %5 "
                                  "address, so it is refused.")
                        .arg(port)
                        .arg(AddressText::family(listeners.first().address),
                             listenerList(listeners), address, AddressText::family(a.address));
        d.steps << Diagnosis::tr("Bind the server to \"All interfaces, IPv4 and IPv6\", or "
                                 "connect with an address of the family it listens on.");
    } else if (wildcardSameFamily) {
        d.cause = Cause::Unknown;
        d.summary = Diagnosis::tr("A server listens on every %1 address on port %2, yet %3 was "
                                  "refused; a local firewall rule that rejects connections may "
                                  "be the reason.")
                        .arg(AddressText::family(target))
                        .arg(port)
                        .arg(AddressText::withPort(a.address, port));
        d.steps << Diagnosis::tr("Check the local firewall rules for TCP port %1.").arg(port);
    } else {
        d.cause = Cause::OtherAddressOnly;
        d.summary = Diagnosis::tr("The server listens on port %1 here, but only on %2, not on "
                                  "%3.")
                        .arg(port)
                        .arg(listenerList(listeners), address);
        d.steps << Diagnosis::tr("Connect to the address it listens on, or bind it to all "
                                 "interfaces.");
    }
}

// Refused by this very machine: its socket table says why.
void refusedHere(Diagnosis &d, const AttemptResult &a, quint16 port,
                 const ListeningSockets::Table &table)
{
    if (!table.known) {
        d.cause = Cause::Unknown;
        d.summary = Diagnosis::tr("This machine refused the connection to %1, and this platform "
                                  "cannot list which addresses listen on port %2.")
                        .arg(AddressText::withPort(a.address, port))
                        .arg(port);
        d.steps << Diagnosis::tr("Check that the server is started and which address it is "
                                 "bound to.");
        return;
    }
    if (table.listeners.isEmpty()) {
        d.cause = Cause::NothingListening;
        d.evidence << Diagnosis::tr("No socket of this machine listens on port %1 (%2).")
                          .arg(port)
                          .arg(table.source);
        d.summary = Diagnosis::tr("Nothing listens on port %1 on this machine, so every "
                                  "connection to it is refused.")
                        .arg(port);
        d.steps << Diagnosis::tr("Start the server, and check that client and server use the "
                                 "same port.");
        return;
    }
    d.evidence << Diagnosis::tr("Listening on port %1 here: %2 (%3).")
                      .arg(port)
                      .arg(listenerList(table.listeners), table.source);
    listenersElsewhere(d, a, port, table.listeners);
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
    if (!a || !isOwn(a->address, facts.ownAddresses))
        return facts;
    const bool refused = !a->connected && OsError::kind(a->error.osError) == OsError::Kind::Refused;
    // A refusal costs no process scan: the table is read only when something listens.
    if (refused || (a->connected && ListeningSockets::namesOwners()))
        facts.listeners = ListeningSockets::onPort(run.target.port);
    return facts;
}

QString Diagnosis::codeOf(Cause cause)
{
    return EnumCode::of(cause);
}

QList<Diagnosis::Cause> Diagnosis::allCauses()
{
    const QMetaEnum meta = QMetaEnum::fromType<Cause>();
    QList<Cause> causes;
    for (int i = 0; i < meta.keyCount(); ++i)
        causes << Cause(meta.value(i));
    return causes;
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

// The order is the order of evidence: what the run itself says first, then the OS error of the
// decisive attempt, and for a refusal by this machine, its own socket table.
Diagnosis Diagnosis::ofRun(const RunResult &run, const LocalFacts &facts)
{
    Diagnosis d;
    if (run.ok()) {
        reachable(d, *run.decisive(), facts.listeners.listeners);
        return d;
    }
    if (run.cancelled) {
        d.cause = Cause::Cancelled;
        d.summary = tr("Cancelled before an answer arrived.");
        return d;
    }
    if (!run.lookupError.isEmpty()) {
        notResolved(d, run);
        return d;
    }
    const AttemptResult *a = run.decisive();
    if (!a) {
        d.summary = tr("No address was tried.");
        return d;
    }
    for (const AttemptResult &each : run.attempts)
        d.evidence << each.outcomeText();
    const quint16 port = run.target.port;
    const OsError::Kind kind = OsError::kind(a->error.osError);
    const bool local = isOwn(a->address, facts.ownAddresses);
    if (a->outcome == AttemptResult::Outcome::ConnectTimedOut || kind == OsError::Kind::TimedOut)
        filtered(d, *a, port);
    else if (firewallRejected(*a, kind, local))
        firewall(d, *a, port, local);
    else if (kind != OsError::Kind::Refused)
        notRefused(d, *a, kind);
    else if (run.explain && run.explain->answered())
        confirmed(d, port, *run.explain);
    else if (!local)
        remoteRefused(d, *a, port);
    else
        refusedHere(d, *a, port, facts.listeners);
    if (run.explain && !run.explain->answered())
        unanswered(d, *run.explain);
    if (d.listeners.isEmpty())
        d.listeners = facts.listeners.listeners;
    return d;
}
