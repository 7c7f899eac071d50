#include "app/HeadlessServer.h"

#include "app/EventJson.h"
#include "net/AddressText.h"
#include "platform/Console.h"
#include "server/BindChoices.h"

#include <QCoreApplication>
#include <QDateTime>

HeadlessServer::HeadlessServer(const ServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_session, &ServerSession::connectionServed, this, &HeadlessServer::onConnection);
    connect(&m_session, &ServerSession::notice, this, &HeadlessServer::onNotice);
    connect(&m_session, &ServerSession::reachabilityProved, this, &HeadlessServer::onReachability);
    connect(&m_session, &ServerSession::refusedVisitor, this, &HeadlessServer::onRefused);
    connect(&m_signals, &StopSignals::stopRequested, this, &HeadlessServer::stop);
    m_session.setExplainEnabled(m_options.explain);
    // With --quiet and no --count nothing is left to do per client: the server's own counters
    // give the totals, and a server that scripts and workshops hammer should spend nothing
    // beyond serving once its self-tests are over (the benchmark measures it).
    m_session.setClientRecordsWanted(!(m_options.quiet && m_options.count == 0));
}

int HeadlessServer::listBinds()
{
    const QList<BindChoice> choices = BindChoices::current();
    for (const BindChoice &choice : choices) {
        if (m_options.json) {
            Console::out(EventJson::line(EventJson::bindChoice(choice)));
        } else {
            Console::out(tr("%1\t%2\n\t%3")
                             .arg(choice.key.isEmpty() ? QStringLiteral("-") : choice.key,
                                  choice.label(), choice.reach()));
        }
    }
    return 0;
}

int HeadlessServer::start()
{
    const QList<BindChoice> choices = BindChoices::current();
    const BindChoices::Lookup lookup = BindChoices::find(m_options.bind, choices);
    if (!lookup.error.isEmpty()) {
        if (m_options.json) {
            SocketErrorInfo none;
            QJsonObject event =
                EventJson::serverError(lookup.choice, m_options.port, none, lookup.error);
            event.insert(QStringLiteral("error"), QStringLiteral("InvalidBindChoice"));
            Console::out(EventJson::line(event));
        } else {
            Console::err(tr("Cannot listen: %1").arg(lookup.error));
        }
        return 2;
    }
    // Refused clients are told this machine's name and what it resolves to: the classic mistake
    // in the server's own words.
    const BindChoice named = BindChoices::find(QStringLiteral("hostname"), choices).choice;
    m_session.setHostFacts(named.hostName, {named.address});
    GreetingServer &server = *m_session.server();
    server.setGreeting(m_options.greeting.toUtf8());
    // Once listening, it proves who can connect by connecting to each of this machine's
    // addresses; the answer is one `reachability` event, always after `listening`.
    if (!m_session.start(lookup.choice, m_options.port, ReachabilityProbe::localTargets())) {
        const SocketErrorInfo error = server.startError();
        const QString hint = server.startHint();
        if (m_options.json) {
            QJsonObject event =
                EventJson::serverError(lookup.choice, m_options.port, error, QString());
            if (!hint.isEmpty())
                event.insert(QStringLiteral("hint"), hint);
            Console::out(EventJson::line(event));
        } else {
            Console::err(tr("Cannot listen on %1: %2")
                             .arg(AddressText::withPort(lookup.choice.address, m_options.port),
                                  error.summary()));
            if (!hint.isEmpty())
                Console::err(hint);
        }
        return 1;
    }
    const BindChoice &choice = server.choice();
    if (m_options.json) {
        Console::out(EventJson::line(
            EventJson::listening(choice, server.serverAddress(), server.serverPort())));
    } else {
        Console::out(tr("Listening on %1 (%2).")
                         .arg(AddressText::withPort(server.serverAddress(), server.serverPort()),
                              choice.label()));
        Console::out(tr("Who can connect: %1").arg(choice.reach()));
        if (!choice.warning().isEmpty())
            Console::out(tr("Warning: %1").arg(choice.warning()));
    }
    printExplainStatus();
    return -1;
}

void HeadlessServer::printExplainStatus()
{
    const ExplainService &explain = *m_session.explainService();
    if (m_options.json)
        Console::out(EventJson::line(EventJson::explain(explain, m_options.explain)));
    else if (!m_options.explain)
        Console::out(tr("Not explaining refusals (--no-explain)."));
    else
        Console::out(explain.statusText());
}

// Refusals are rare and each is a person who could not get in: printed even with --quiet.
void HeadlessServer::onRefused(const RefusedVisitor &visitor)
{
    ++m_refused;
    const ExplainMessage::Facts facts = m_session.explainService()->facts();
    if (m_options.json) {
        Console::out(EventJson::line(EventJson::refused(visitor, facts)));
        return;
    }
    const QString time =
        QDateTime::fromMSecsSinceEpoch(visitor.timeMsecs).toString(QStringLiteral("HH:mm:ss.zzz"));
    Console::out(tr("%1 %2 tried %3: %4")
                     .arg(time, AddressText::withPort(visitor.peer, visitor.peerPort),
                          AddressText::withPort(visitor.tried, visitor.triedPort),
                          ExplainService::refusalText(visitor.cause, facts)));
}

void HeadlessServer::onReachability(const QList<ReachabilityRow> &rows)
{
    if (m_stopped)
        return;
    if (m_options.json) {
        Console::out(
            EventJson::line(EventJson::reachability(m_session.server()->serverPort(), rows)));
        return;
    }
    for (const ReachabilityRow &row : rows)
        Console::out(row.line());
}

void HeadlessServer::onConnection(const ConnectionRecord &record)
{
    // Self-tests are summed up by the reachability event; a `connection` is always a client.
    if (record.selfTest)
        return;
    const quint64 serial = m_session.clientsAccepted();
    if (!m_options.quiet) {
        if (m_options.json) {
            Console::out(EventJson::line(EventJson::connection(record, serial)));
        } else {
            const QString time = QDateTime::fromMSecsSinceEpoch(record.timeMsecs)
                                     .toString(QStringLiteral("HH:mm:ss.zzz"));
            Console::out(record.greeted
                             ? tr("%1 #%2 %3 → %4 greeted")
                                   .arg(time)
                                   .arg(serial)
                                   .arg(AddressText::withPort(record.peer, record.peerPort),
                                        AddressText::withPort(record.local, record.localPort))
                             : tr("%1 #%2 %3 → %4 gone before the greeting")
                                   .arg(time)
                                   .arg(serial)
                                   .arg(AddressText::withPort(record.peer, record.peerPort),
                                        AddressText::withPort(record.local, record.localPort)));
        }
    }
    if (m_options.count > 0 && serial >= m_options.count)
        stop();
}

// Once per episode, never per connection, so --quiet does not hide them.
void HeadlessServer::onNotice(const ServerNotice &notice)
{
    if (m_options.json)
        Console::out(EventJson::line(EventJson::notice(notice)));
    else
        Console::out(notice.message());
}

void HeadlessServer::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_session.stop();
    const quint64 served = m_session.clientsGreeted();
    if (m_options.json) {
        QJsonObject event = EventJson::stopped(served, m_session.clientsAccepted());
        event.insert(QStringLiteral("self_tests"), double(m_session.selfTests()));
        event.insert(QStringLiteral("refused"), double(m_refused));
        Console::out(EventJson::line(event));
    } else {
        Console::out(tr("Stopped: %n connection(s) greeted.", nullptr, int(served)));
        if (m_refused > 0)
            Console::out(tr("%n refused client(s) asked why.", nullptr, int(m_refused)));
    }
    QCoreApplication::exit(0);
}
