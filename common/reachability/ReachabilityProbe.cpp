#include "reachability/ReachabilityProbe.h"

#include "net/AddressText.h"
#include "net/PeerText.h"
#include "platform/OsError.h"

namespace {

// A server in the same process keeps at most this many unclaimed source endpoints in mind; a
// connection that never reached it (another program answered) must not be remembered forever.
constexpr int kMaxRememberedSources = 256;

bool isIPv6(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv6Protocol;
}

bool needsScope(const QHostAddress &a)
{
    return isIPv6(a) && a.isLinkLocal();
}

// IPv4-mapped IPv6 back to IPv4, so the peer a dual-stack server reports compares equal to the
// IPv4 source the probe used.
QHostAddress unmapped(const QHostAddress &a)
{
    const QHostAddress v4 = AddressText::mappedIPv4(a);
    return v4.isNull() ? a : v4;
}

// QHostAddress's own == ignores the scope; two link-local addresses on different links are
// different addresses.
bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    const QHostAddress x = unmapped(a);
    const QHostAddress y = unmapped(b);
    if (x != y)
        return false;
    if (needsScope(x) && !x.scopeId().isEmpty() && !y.scopeId().isEmpty())
        return x.scopeId() == y.scopeId();
    return true;
}

void setVerdict(ReachabilityRow *row, bool reachable, ReachabilityRow::Reason reason,
                const QString &text)
{
    row->reachable = reachable;
    row->reason = reason;
    row->reasonText = text;
}

QString reachableText(const QHostAddress &address)
{
    // Reachable, but only to a client that names the link: worth saying on the row itself.
    if (needsScope(address))
        return ReachabilityProbe::tr("clients on that link must add the interface, as in %1")
            .arg(AddressText::plain(address));
    return {};
}

// The bind choice's rule for one address, in the words the panel shows.
void predictOne(const BindChoice &choice, ReachabilityRow *row)
{
    using Reason = ReachabilityRow::Reason;
    const QHostAddress &a = row->address;
    if (needsScope(a) && a.scopeId().isEmpty()) {
        setVerdict(row, false, Reason::LinkLocalNeedsScope,
                   ReachabilityProbe::tr("a link-local address without its interface (scope) "
                                         "cannot be dialled"));
        return;
    }
    if (choice.address.isNull()) {
        setVerdict(row, false, Reason::Unknown,
                   ReachabilityProbe::tr("nothing to listen on: %1").arg(choice.addressText()));
        return;
    }
    const QString bound = AddressText::plain(choice.address);
    const bool sameFamily = a.protocol() == unmapped(choice.address).protocol();
    switch (choice.kind) {
    case BindChoice::Kind::AnyDualStack:
        setVerdict(row, true, Reason::Reachable, reachableText(a));
        return;
    case BindChoice::Kind::AnyIPv4:
    case BindChoice::Kind::AnyIPv6:
        if (sameFamily)
            setVerdict(row, true, Reason::Reachable, reachableText(a));
        else
            setVerdict(
                row, false, Reason::OtherFamily,
                ReachabilityProbe::tr("listening on %1 accepts %2 only; this is an %3 "
                                      "address")
                    .arg(bound, AddressText::family(choice.address), AddressText::family(a)));
        return;
    case BindChoice::Kind::ForeignAddress:
        setVerdict(row, false, Reason::BoundElsewhere,
                   ReachabilityProbe::tr("%1 is not an address of this machine: listening on it "
                                         "fails")
                       .arg(bound));
        return;
    default:
        break;
    }
    if (sameAddress(choice.address, a)) {
        setVerdict(row, true, Reason::Reachable, reachableText(a));
    } else if (choice.address.isLoopback() && !a.isLoopback()) {
        setVerdict(row, false, Reason::LoopbackOnly,
                   ReachabilityProbe::tr("bound to %1 only, a loopback address: other hosts "
                                         "are refused")
                       .arg(bound));
    } else if (!sameFamily) {
        setVerdict(row, false, Reason::OtherFamily,
                   ReachabilityProbe::tr("bound to the %1 address %2 only; this is an %3 "
                                         "address")
                       .arg(AddressText::family(choice.address), bound, AddressText::family(a)));
    } else {
        setVerdict(row, false, Reason::BoundElsewhere,
                   ReachabilityProbe::tr("bound to %1 only").arg(bound));
    }
}

} // namespace

QList<ReachabilityProbe::Target>
ReachabilityProbe::localTargets(const QList<QNetworkInterface> &interfaces)
{
    QList<Target> targets;
    for (const QNetworkInterface &iface : interfaces) {
        if (!iface.isValid() || !iface.flags().testFlag(QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            Target t{entry.ip(), iface.humanReadableName()};
            if (t.address.isNull())
                continue;
            if (needsScope(t.address) && t.address.scopeId().isEmpty())
                t.address.setScopeId(iface.name());
            if (!targets.contains(t))
                targets << t;
        }
    }
    return targets;
}

QList<ReachabilityProbe::Target> ReachabilityProbe::localTargets()
{
    return localTargets(QNetworkInterface::allInterfaces());
}

QList<ReachabilityRow> ReachabilityProbe::predict(const BindChoice &choice, quint16 port,
                                                  const QList<Target> &targets)
{
    QList<ReachabilityRow> rows;
    rows.reserve(targets.size());
    for (const Target &t : targets) {
        ReachabilityRow row;
        row.address = t.address;
        row.interfaceName = t.interfaceName;
        row.port = port;
        predictOne(choice, &row);
        row.predictedReachable = row.reachable;
        row.evidence =
            tr("Predicted from the bind choice %1, without connecting.").arg(choice.label());
        rows << row;
    }
    return rows;
}

ReachabilityRow ReachabilityProbe::judge(const ReachabilityRow &predicted,
                                         const AttemptResult &attempt, const QByteArray &greeting)
{
    using Reason = ReachabilityRow::Reason;
    using Outcome = AttemptResult::Outcome;
    ReachabilityRow row = predicted;
    row.proved = true;
    row.predictedReachable = predicted.reachable;
    row.evidence = attempt.outcomeText();
    row.osError.clear();

    if (attempt.connected) {
        const bool complete =
            attempt.outcome == Outcome::Greeting || attempt.outcome == Outcome::ClosedWithoutData;
        if (complete && attempt.received == greeting) {
            setVerdict(&row, true, Reason::Reachable, reachableText(row.address));
            row.evidence += QLatin1Char(' ') + tr("The bytes are this server's greeting.");
            return row;
        }
        // Something accepted the connection, but not this server: another program shares the
        // port on this address. It does not make this server reachable.
        row.evidence +=
            QLatin1Char(' ') + tr("That is not this server's greeting (received: \"%1\"): another "
                                  "program answers at this address.")
                                   .arg(PeerText::escape(attempt.received.left(80)));
        if (predicted.reachable)
            setVerdict(&row, false, Reason::Unknown,
                       tr("another program answered instead of this server"));
        else
            setVerdict(&row, false, predicted.reason, predicted.reasonText);
        return row;
    }

    row.osError = attempt.error.osErrorName();
    const OsError::Kind kind = OsError::kind(attempt.error.osError);
    if (attempt.outcome == Outcome::ConnectTimedOut || kind == OsError::Kind::TimedOut) {
        setVerdict(&row, false, Reason::FilteredOrTimeout,
                   tr("no answer in time: a local firewall may drop the packets"));
    } else if (kind == OsError::Kind::InvalidArgument && needsScope(row.address)) {
        setVerdict(&row, false, Reason::LinkLocalNeedsScope,
                   tr("the system rejected the link-local address: its interface (scope) is "
                      "missing or unknown"));
    } else if (kind == OsError::Kind::Refused && !predicted.reachable) {
        // The refusal is the proof; the bind choice is what explains it.
        setVerdict(&row, false, predicted.reason, predicted.reasonText);
    } else if (kind == OsError::Kind::Refused) {
        setVerdict(&row, false, Reason::Unknown,
                   tr("refused although the server listens for it: a firewall rule that "
                      "rejects may be the reason"));
    } else if (attempt.outcome == Outcome::Cancelled) {
        setVerdict(&row, false, Reason::Unknown, tr("not checked: cancelled"));
    } else {
        setVerdict(&row, false, Reason::Unknown,
                   tr("the connection failed in a way BindLab cannot explain: %1")
                       .arg(attempt.error.summary()));
    }
    return row;
}

ReachabilityProbe::ReachabilityProbe(QObject *parent)
    : QObject(parent)
{
    m_limits.connectTimeoutMs = kConnectTimeoutMs;
    m_limits.readDeadlineMs = kReadDeadlineMs;
}

ReachabilityProbe::~ReachabilityProbe()
{
    cancel();
}

void ReachabilityProbe::start(const BindChoice &choice, quint16 port, const QByteArray &greeting,
                              const QList<Target> &targets)
{
    cancel();
    m_greeting = greeting;
    m_rows = predict(choice, port, targets);
    if (m_rows.isEmpty()) {
        // Same asynchronous shape as a real run, so callers need only one path.
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_rows); }, Qt::QueuedConnection);
        return;
    }
    ConnectAttempt::Limits limits = m_limits;
    // One byte more than the greeting tells a longer answer from ours without reading a flood.
    limits.maxBytes = int(qMin<qsizetype>(greeting.size() + 1, 1 << 20));
    m_pending = int(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        auto *attempt = new ConnectAttempt(m_rows.at(i).address, port, limits, this);
        // Every target is one of this machine's own addresses: pin the source to it, so an
        // address that vanished since it was listed fails here instead of leaving the machine.
        attempt->setSourceAddress(m_rows.at(i).address);
        m_attempts << attempt;
        connect(attempt, &ConnectAttempt::finished, this,
                [this, i](const AttemptResult &result) { onAttemptFinished(i, result); });
        attempt->start();
        rememberSource(attempt->source());
    }
}

void ReachabilityProbe::cancel()
{
    const QList<ConnectAttempt *> attempts = m_attempts;
    m_attempts.clear();
    m_pending = 0;
    for (ConnectAttempt *attempt : attempts) {
        // A cancelled run reports nothing; its connections may still reach the server and be
        // claimed, so their sources stay remembered.
        attempt->disconnect(this);
        attempt->cancel();
        attempt->deleteLater();
    }
}

void ReachabilityProbe::onAttemptFinished(int row, const AttemptResult &result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row] = judge(m_rows.at(row), result, m_greeting);
    if (!result.connected)
        forgetSource(m_attempts.at(row)->source()); // no server ever saw it
    m_attempts.at(row)->deleteLater();
    if (--m_pending > 0)
        return;
    m_attempts.clear();
    emit finished(m_rows);
}

void ReachabilityProbe::rememberSource(const NativeSocket::Endpoint &source)
{
    if (source.address.isNull())
        return;
    if (m_sources.size() >= kMaxRememberedSources)
        m_sources.removeFirst();
    m_sources << source;
}

void ReachabilityProbe::forgetSource(const NativeSocket::Endpoint &source)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).port == source.port &&
            sameAddress(m_sources.at(i).address, source.address)) {
            m_sources.removeAt(i);
            return;
        }
    }
}

bool ReachabilityProbe::claimConnection(const QHostAddress &peer, quint16 peerPort)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).port == peerPort && sameAddress(m_sources.at(i).address, peer)) {
            m_sources.removeAt(i);
            return true;
        }
    }
    return false;
}
