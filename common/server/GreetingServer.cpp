#include "server/GreetingServer.h"

#include "net/AddressText.h"
#include "net/PeerText.h"
#include "platform/ListeningSockets.h"
#include "platform/OsError.h"
#include "server/PendingGreeting.h"

#include <QDateTime>
#include <QNetworkInterface>
#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>

QByteArray GreetingServer::defaultGreeting()
{
    return Defaults::greeting();
}

GreetingServer::GreetingServer(QObject *parent)
    : QObject(parent)
    , m_greeting(defaultGreeting())
    , m_retryTimer(new QTimer(this))
    , m_watcher(new ListenAddressWatcher(this))
{
    qRegisterMetaType<ConnectionRecord>();
    qRegisterMetaType<ServerNotice>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &GreetingServer::retryAccepting);
    connect(m_watcher, &ListenAddressWatcher::stateChanged, this,
            &GreetingServer::onAddressStateChanged);
}

GreetingServer::~GreetingServer()
{
    // Whoever listens may be half destroyed by now: end quietly.
    const QSignalBlocker quiet(this);
    shutDown();
}

void GreetingServer::setAddressCheckInterval(int msecs)
{
    m_watcher->setInterval(msecs);
}

bool GreetingServer::start(const BindChoice &choice, quint16 port)
{
    if (isListening())
        stop();
    m_choice = choice;
    m_startError = {};
    m_startHint.clear();
    m_accepted = 0;
    m_greeted = 0;
    m_limitReported = false;
    if (!choice.canListen()) {
        m_startError =
            SocketErrorInfo::fromListenError(OsError::code(OsError::Kind::AddressNotAvailable));
        m_startHint = hintFor(choice, port, m_startError);
        return false;
    }
    // Opened natively so the exact errno of bind()/listen() is known.
    const NativeSocket::Opened opened =
        NativeSocket::openListening(choice.address, port, kDefaultBacklog, choice.isDualStack());
    if (opened.descriptor == NativeSocket::kInvalid) {
        m_startError = SocketErrorInfo::fromListenError(opened.osError);
        m_startHint = hintFor(choice, port, m_startError);
        return false;
    }
    m_listening = opened.descriptor;
    m_local = NativeSocket::localEndpoint(m_listening);
    // The system calls a dual-stack listener "::"; it takes IPv4 as well (Qt says "Any" too).
    if (choice.isDualStack() && m_local.address == QHostAddress::AnyIPv6)
        m_local.address = QHostAddress(QHostAddress::Any);
    // Bound to one address, every connection arrives on it: read it once here instead of a
    // getsockname() per connection. A wildcard listener asks each accepted socket.
    m_fixedLocal = m_local;
    if (m_fixedLocal.address.isNull() || m_fixedLocal.address == QHostAddress::Any ||
        m_fixedLocal.address == QHostAddress::AnyIPv4 ||
        m_fixedLocal.address == QHostAddress::AnyIPv6)
        m_fixedLocal = {};
    m_acceptNotifier = new QSocketNotifier(m_listening, QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &GreetingServer::acceptPending);

    const qint64 descriptors = NativeSocket::descriptorLimit();
    m_slowClientLimit = m_slowClientLimitSetting > 0 ? m_slowClientLimitSetting : kMaxSlowClients;
    if (m_slowClientLimitSetting <= 0 && descriptors > 0)
        m_slowClientLimit = int(qBound(qint64(1), descriptors / 2, qint64(kMaxSlowClients)));

    m_watcher->watch(choice.address);
    emit started();
    return true;
}

void GreetingServer::stop()
{
    if (!isListening())
        return;
    shutDown();
    emit stopped();
}

void GreetingServer::shutDown()
{
    m_watcher->stop();
    m_retryTimer->stop();
    m_paused = false;
    if (m_acceptNotifier) {
        // stop() may run inside acceptPending(), i.e. inside this notifier's own signal.
        m_acceptNotifier->setEnabled(false);
        m_acceptNotifier->deleteLater();
        m_acceptNotifier = nullptr;
    }
    if (m_listening != NativeSocket::kInvalid)
        NativeSocket::close(m_listening);
    m_listening = NativeSocket::kInvalid;
    m_local = {};
    m_fixedLocal = {};
    // A restart must not count greetings of the previous run; each reports itself as aborted.
    const QList<PendingGreeting *> pending = m_pending;
    for (PendingGreeting *p : pending)
        p->abort(OsError::code(OsError::Kind::ConnectionReset));
}

void GreetingServer::acceptPending()
{
    const qintptr listening = m_listening;
    for (int i = 0; i < kAcceptBatch; ++i) {
        if (listening == NativeSocket::kInvalid || listening != m_listening)
            return; // stopped (or restarted) by a handler of the previous connection
        int osError = 0;
        if (takeConnection(listening, &osError))
            continue;
        switch (OsError::kind(osError)) {
        case OsError::Kind::WouldBlock:
            endPause(); // the queue is empty and nothing failed
            return;
        case OsError::Kind::ConnectionReset:
        case OsError::Kind::NetworkUnreachable:
        case OsError::Kind::HostUnreachable:
        case OsError::Kind::AccessDenied:
            // That one connection failed while queued (accept(2): treat like "try again");
            // it is off the queue, so looping cannot spin.
            continue;
        default:
            // EMFILE, ENFILE, ENOBUFS, ENOMEM, or the listener itself broken: accept() would
            // fail again at once while the queue stays readable. Wait instead of spinning.
            holdAccepting(osError);
            return;
        }
    }
}

// Accepts and serves one connection; false and the errno when there was none to take.
// Without records, no address is even copied out of accept(): a default QHostAddress alone
// costs an allocation. The switch is read per connection, since a handler of the previous
// record or notice may have turned it.
bool GreetingServer::takeConnection(qintptr listening, int *osError)
{
    if (m_recordsWanted) {
        const NativeSocket::Accepted accepted = NativeSocket::accept(listening);
        *osError = accepted.osError;
        if (accepted.descriptor == NativeSocket::kInvalid)
            return false;
        if (m_paused)
            endPause();
        serve(accepted.descriptor, accepted.peer);
        return true;
    }
    const qintptr descriptor = NativeSocket::acceptAnonymous(listening, osError);
    if (descriptor == NativeSocket::kInvalid)
        return false;
    if (m_paused) {
        endPause();
        if (m_recordsWanted) {
            serve(descriptor, NativeSocket::peerEndpoint(descriptor));
            return true;
        }
    }
    serveWithoutRecord(descriptor);
    return true;
}

void GreetingServer::holdAccepting(int osError)
{
    if (m_acceptNotifier)
        m_acceptNotifier->setEnabled(false);
    if (!m_paused) {
        m_paused = true;
        m_pauseError = osError;
        m_retryMs = kFirstRetryMs;
        m_pausedClock.start();
        ServerNotice n;
        n.kind = ServerNotice::Kind::AcceptPaused;
        n.osError = osError;
        n.retryMsecs = m_retryMs;
        n.address = m_choice.address;
        n.port = serverPort();
        emit notice(n);
    } else {
        m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
    }
    m_retryTimer->start(m_retryMs);
}

void GreetingServer::retryAccepting()
{
    if (!m_acceptNotifier)
        return;
    m_acceptNotifier->setEnabled(true);
    // Try at once: with an empty queue the notifier alone would never say it works again.
    acceptPending();
}

void GreetingServer::endPause()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_retryTimer->stop();
    ServerNotice n;
    n.kind = ServerNotice::Kind::AcceptResumed;
    n.osError = m_pauseError;
    n.pausedMsecs = m_pausedClock.elapsed();
    n.address = m_choice.address;
    n.port = serverPort();
    emit notice(n);
}

// No records wanted (a --quiet headless server after its self-tests): count, greet and close,
// nothing else, so the common case costs what the C floor's does (the benchmark's goal). No
// getsockname(), no addresses, no clock. Only the rare cases (a full send buffer, a client
// already gone) take the full path; their record stays unsent.
void GreetingServer::serveWithoutRecord(qintptr descriptor)
{
    int osError = 0;
    const qint64 written =
        NativeSocket::send(descriptor, m_greeting.constData(), m_greeting.size(), &osError);
    if (written == m_greeting.size()) {
        ++m_accepted;
        ++m_greeted;
        NativeSocket::close(descriptor);
        return;
    }
    finishServing(descriptor, NativeSocket::peerEndpoint(descriptor), written, osError);
}

void GreetingServer::serve(qintptr descriptor, const NativeSocket::Endpoint &peer)
{
    int osError = 0;
    const qint64 written =
        NativeSocket::send(descriptor, m_greeting.constData(), m_greeting.size(), &osError);
    finishServing(descriptor, peer, written, osError);
}

void GreetingServer::finishServing(qintptr descriptor, const NativeSocket::Endpoint &peer,
                                   qint64 written, int osError)
{
    ++m_accepted;
    ConnectionRecord record;
    record.serial = m_accepted;
    record.timeMsecs = QDateTime::currentMSecsSinceEpoch();
    const NativeSocket::Endpoint local =
        m_fixedLocal.port != 0 ? m_fixedLocal : NativeSocket::localEndpoint(descriptor);
    record.peer = peer.address;
    record.peerPort = peer.port;
    record.local = local.address;
    record.localPort = local.port;

    if (written == m_greeting.size()) {
        NativeSocket::close(descriptor);
        record.greeted = true;
        ++m_greeted;
        emitServed(record);
        return;
    }
    if (written < 0 && OsError::kind(osError) != OsError::Kind::WouldBlock) {
        // The client is already gone (reset before we could greet it).
        NativeSocket::close(descriptor);
        record.osError = osError;
        emitServed(record);
        return;
    }
    finishSlowly(descriptor, record, qMax<qint64>(0, written));
}

// The kernel took only part of the greeting: a PendingGreeting writes the rest, within a
// quota of slow readers and a deadline each.
void GreetingServer::finishSlowly(qintptr descriptor, const ConnectionRecord &record,
                                  qint64 written)
{
    if (m_pending.size() >= qsizetype(m_slowClientLimit)) {
        if (!m_limitReported) {
            m_limitReported = true;
            ServerNotice n;
            n.kind = ServerNotice::Kind::SlowClientLimit;
            n.limit = m_slowClientLimit;
            n.address = m_choice.address;
            n.port = serverPort();
            emit notice(n);
        }
        // Reset, not closed: a cut greeting followed by an orderly end would look whole.
        m_pending.first()->abort(OsError::code(OsError::Kind::NoBuffers));
    }
    auto *pending = new PendingGreeting(record, this);
    if (!pending->begin(descriptor, m_greeting.mid(written), m_writeDeadlineMs)) {
        delete pending;
        emitServed(record);
        return;
    }
    m_pending.append(pending);
    connect(pending, &PendingGreeting::finished, this,
            [this, pending](const ConnectionRecord &done) { onSlowFinished(pending, done); });
}

void GreetingServer::onSlowFinished(PendingGreeting *pending, const ConnectionRecord &record)
{
    m_pending.removeOne(pending);
    if (m_pending.isEmpty())
        m_limitReported = false; // the next episode is reported again
    if (record.greeted)
        ++m_greeted;
    emitServed(record);
}

void GreetingServer::emitServed(const ConnectionRecord &record)
{
    if (m_recordsWanted)
        emit connectionServed(record);
}

void GreetingServer::onAddressStateChanged(ListenAddressWatcher::State state,
                                           const QString &interfaceName)
{
    ServerNotice n;
    switch (state) {
    case ListenAddressWatcher::State::Present:
        n.kind = ServerNotice::Kind::AddressBack;
        break;
    case ListenAddressWatcher::State::InterfaceDown:
        n.kind = ServerNotice::Kind::InterfaceDown;
        break;
    case ListenAddressWatcher::State::Gone:
        n.kind = ServerNotice::Kind::AddressGone;
        break;
    }
    n.address = m_choice.address;
    n.port = serverPort();
    n.interfaceName = interfaceName;
    emit notice(n);
}

QString GreetingServer::hintFor(const BindChoice &choice, quint16 port,
                                const SocketErrorInfo &error)
{
    if (choice.kind == BindChoice::Kind::Hostname && choice.address.isNull())
        return tr("The hostname %1 does not resolve to any address (%2), so there is nothing to "
                  "listen on. Listen on all interfaces instead.")
            .arg(choice.hostName,
                 choice.hostLookupError.isEmpty() ? tr("no answer") : choice.hostLookupError);
    if (choice.isLinkLocal()) {
        const QString scope = choice.address.scopeId();
        // Name an interface that really has a link-local address, so the example works here.
        QString example = QStringLiteral("eth0");
        const auto interfaces = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &iface : interfaces) {
            const auto entries = iface.addressEntries();
            const bool linkLocal = std::any_of(entries.begin(), entries.end(), [](const auto &e) {
                return e.ip().protocol() == QAbstractSocket::IPv6Protocol && e.ip().isLinkLocal();
            });
            if (linkLocal && iface.flags().testFlag(QNetworkInterface::IsUp)) {
                example = iface.name();
                break;
            }
        }
        QHostAddress bare = choice.address;
        bare.setScopeId({});
        const QString address = AddressText::plain(bare);
        if (scope.isEmpty())
            return tr("%1 is a link-local IPv6 address: the same address can exist on every "
                      "interface, so name the interface it belongs to, as in %1%%2.")
                .arg(address, example);
        if (!AddressText::isKnownScope(scope))
            return tr("There is no interface \"%1\" on this machine. A link-local address needs "
                      "the name of the interface it is on, as in %2%%3 (see --list-binds).")
                .arg(PeerText::escape(scope.toUtf8()), address, example);
    }
    const QString where = AddressText::withPort(choice.address, port);
    switch (OsError::kind(error.osError)) {
    case OsError::Kind::AddressInUse: {
        // Name who holds it where the socket table says (Linux, Windows); else the command.
        QStringList holders;
        for (const ListeningSockets::Listener &l : ListeningSockets::onPort(port).listeners) {
            if (l.owner != ListeningSockets::Owner::Unknown)
                holders << tr("%1 on %2")
                               .arg(ListeningSockets::ownerText(l),
                                    AddressText::withPort(l.address, l.port));
        }
        if (!holders.isEmpty())
            return tr("Another program already listens on %1: %2. Stop it or choose another "
                      "port (\"ss -ltnp\" lists every listener).")
                .arg(where, holders.join(QLatin1String("; ")));
        return tr("Another socket already listens on %1 (or on a wildcard address with the same "
                  "port). Stop that program or choose another port; \"ss -ltnp\" shows which "
                  "program holds it.")
            .arg(where);
    }
    case OsError::Kind::AccessDenied:
        if (port != 0 && port < 1024)
            return tr("Port %1 is a privileged port: listening on it needs root or the "
                      "CAP_NET_BIND_SERVICE capability. Choose a port from 1024 up.")
                .arg(port);
        return tr("The system refused to let this program listen on %1 (a security policy?).")
            .arg(where);
    case OsError::Kind::AddressNotAvailable:
        return tr("%1 is not an address of this machine: listen on one of its own addresses "
                  "(see --list-binds) or on all interfaces.")
            .arg(AddressText::plain(choice.address));
    case OsError::Kind::TooManyOpenFiles:
        return tr("This process has no descriptor left to open a socket with.");
    default:
        return {};
    }
}
