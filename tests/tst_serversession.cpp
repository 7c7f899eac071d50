#include "LoopbackFetch.h"
#include "client/ExplainQuery.h"
#include "reachability/ReachabilityProbe.h"
#include "server/BindChoice.h"
#include "server/ServerSession.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using Target = ReachabilityProbe::Target;

// The server run both the window and the headless driver use: listening, proving who can
// connect, telling the probe's own connections from clients, and the client totals. Loopback
// only, port 0.
class TestServerSession final : public QObject
{
    Q_OBJECT

private slots:
    void selfTestsAreMarkedAndLeftOutOfClientTotals();
    void leanWithoutClientRecordsOnceTheSelfTestsAreOver();
    void proveAgainWhileListening();
    void startFailureProvesNothing();
    void restartCountsAfresh();
    void forwardsTheServersSignals();
    void explainsWhileListening();
    void explainOffStartsNoService();
    void explainPortTakenIsNotFatal();

private:
    // This machine's loopback addresses only: a self-test never leaves the machine.
    static QList<Target> loopbackTargets();
    static QList<ConnectionRecord> records(const QSignalSpy &spy);
    static QByteArray fetch(quint16 port);
};

QList<Target> TestServerSession::loopbackTargets()
{
    QList<Target> loopback;
    const QList<Target> all = ReachabilityProbe::localTargets();
    for (const Target &target : all) {
        if (target.address.isLoopback())
            loopback << target;
    }
    return loopback;
}

QList<ConnectionRecord> TestServerSession::records(const QSignalSpy &spy)
{
    QList<ConnectionRecord> result;
    for (const QList<QVariant> &arguments : spy)
        result << arguments.at(0).value<ConnectionRecord>();
    return result;
}

QByteArray TestServerSession::fetch(quint16 port)
{
    return LoopbackFetch::fetch(QHostAddress::LocalHost, port).data;
}

void TestServerSession::selfTestsAreMarkedAndLeftOutOfClientTotals()
{
    ServerSession session;
    QSignalSpy served(&session, &ServerSession::connectionServed);
    QSignalSpy proved(&session, &ServerSession::reachabilityProved);
    const QList<Target> targets = loopbackTargets();
    QVERIFY(!targets.isEmpty());
    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, targets));
    QVERIFY(session.isListening());
    QTRY_COMPARE(proved.count(), 1);
    const auto rows = proved.at(0).at(0).value<QList<ReachabilityRow>>();
    const auto reached = std::count_if(rows.begin(), rows.end(),
                                       [](const ReachabilityRow &row) { return row.reachable; });
    QVERIFY(reached >= 1); // 127.0.0.1 at least
    QCOMPARE(session.reachabilityRows().size(), rows.size());

    // Every connection so far was the probe's, each one marked.
    QTRY_COMPARE(quint64(served.count()), session.server()->accepted());
    for (const ConnectionRecord &record : records(served))
        QVERIFY(record.selfTest);
    QCOMPARE(session.selfTests(), quint64(reached));
    QCOMPARE(session.clientsAccepted(), quint64(0));
    QCOMPARE(session.clientsGreeted(), quint64(0));

    QCOMPARE(fetch(session.server()->serverPort()), GreetingServer::defaultGreeting());
    QTRY_COMPARE(session.clientsGreeted(), quint64(1));
    QCOMPARE(session.clientsAccepted(), quint64(1));
    QVERIFY(!records(served).constLast().selfTest);
    QCOMPARE(session.selfTests(), quint64(reached));
}

// A quiet driver still needs the self-test records to tell them from clients; once the proof
// is in, the server serves without records and the totals stay exact.
void TestServerSession::leanWithoutClientRecordsOnceTheSelfTestsAreOver()
{
    ServerSession session;
    session.setClientRecordsWanted(false);
    QSignalSpy served(&session, &ServerSession::connectionServed);
    QSignalSpy proved(&session, &ServerSession::reachabilityProved);
    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, loopbackTargets()));
    QVERIFY(session.server()->recordsWanted());
    QTRY_COMPARE(proved.count(), 1);
    QVERIFY(!session.server()->recordsWanted());
    const int selfTestRecords = int(served.count());
    QVERIFY(selfTestRecords >= 1);
    QCOMPARE(session.selfTests(), quint64(selfTestRecords));

    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetch(session.server()->serverPort()), GreetingServer::defaultGreeting());
    QTRY_COMPARE(session.clientsGreeted(), quint64(3));
    QCOMPARE(session.clientsAccepted(), quint64(3));
    QCOMPARE(served.count(), selfTestRecords);

    session.setClientRecordsWanted(true);
    QCOMPARE(fetch(session.server()->serverPort()), GreetingServer::defaultGreeting());
    QTRY_COMPARE(served.count(), selfTestRecords + 1);
    QVERIFY(!records(served).constLast().selfTest);
    QCOMPARE(session.clientsAccepted(), quint64(4));
}

void TestServerSession::proveAgainWhileListening()
{
    ServerSession session;
    QSignalSpy proved(&session, &ServerSession::reachabilityProved);
    QSignalSpy served(&session, &ServerSession::connectionServed);
    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, loopbackTargets()));
    QTRY_COMPARE(proved.count(), 1);
    const quint64 first = session.selfTests();

    session.proveReachability(loopbackTargets());
    QVERIFY(session.isProving());
    QTRY_COMPARE(proved.count(), 2);
    QTRY_COMPARE(session.selfTests(), 2 * first);
    QCOMPARE(session.clientsAccepted(), quint64(0));
    for (const ConnectionRecord &record : records(served))
        QVERIFY(record.selfTest);

    session.stop();
    session.proveReachability(loopbackTargets()); // nothing to prove without a listener
    QVERIFY(!session.isProving());
}

void TestServerSession::startFailureProvesNothing()
{
    ServerSession occupier;
    QVERIFY(occupier.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, {}));
    ServerSession session;
    QSignalSpy started(&session, &ServerSession::started);
    QVERIFY(!session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4),
                           occupier.server()->serverPort(), loopbackTargets()));
    QVERIFY(!session.isListening());
    QVERIFY(!session.isProving());
    QCOMPARE(started.count(), 0);
    QCOMPARE(session.server()->startError().errorName(), QStringLiteral("AddressInUseError"));
}

void TestServerSession::restartCountsAfresh()
{
    ServerSession session;
    QSignalSpy proved(&session, &ServerSession::reachabilityProved);
    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, loopbackTargets()));
    QTRY_COMPARE(proved.count(), 1);
    QCOMPARE(fetch(session.server()->serverPort()), GreetingServer::defaultGreeting());
    QTRY_COMPARE(session.clientsGreeted(), quint64(1));
    session.stop();

    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, {}));
    QCOMPARE(session.selfTests(), quint64(0));
    QCOMPARE(session.clientsAccepted(), quint64(0));
    QCOMPARE(session.clientsGreeted(), quint64(0));
    QTRY_COMPARE(proved.count(), 2); // no targets: an empty proof, still reported
    QVERIFY(proved.at(1).at(0).value<QList<ReachabilityRow>>().isEmpty());
}

void TestServerSession::forwardsTheServersSignals()
{
    ServerSession session;
    QSignalSpy started(&session, &ServerSession::started);
    QSignalSpy stopped(&session, &ServerSession::stopped);
    QSignalSpy notices(&session, &ServerSession::notice);
    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, {}));
    QCOMPARE(started.count(), 1);

    ServerNotice gone;
    gone.kind = ServerNotice::Kind::AddressGone;
    gone.address = QHostAddress(QHostAddress::LocalHost);
    gone.port = session.server()->serverPort();
    emit session.server()->notice(gone);
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.at(0).at(0).value<ServerNotice>().kind, ServerNotice::Kind::AddressGone);

    session.stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!session.isListening());
}

void TestServerSession::explainsWhileListening()
{
    ServerSession session;
    QSignalSpy changed(&session, &ServerSession::explainChanged);
    QSignalSpy refused(&session, &ServerSession::refusedVisitor);
    session.setHostFacts(QStringLiteral("vm"), {QHostAddress(QHostAddress::LocalHost)});
    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, {}));
    const quint16 port = session.server()->serverPort();
    QVERIFY(session.explainService()->isRunning());
    QCOMPARE(session.explainService()->port(), port);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(session.explainService()->facts().hostName, QStringLiteral("vm"));
    QCOMPARE(session.explainService()->facts().choiceKey, QStringLiteral("loopback"));

    // Refused at ::1 (this bind is IPv4 only), the client asks why: a refused visitor.
    ExplainQuery query;
    QSignalSpy answered(&query, &ExplainQuery::finished);
    query.ask(QHostAddress(QHostAddress::LocalHostIPv6), port);
    QVERIFY(answered.wait(5000));
    QVERIFY2(query.result().answered(), qPrintable(query.result().detail));
    QCOMPARE(query.result().answer.cause, ExplainMessage::Cause::WrongFamily);
    QCOMPARE(refused.size(), 1);
    const RefusedVisitor visitor = refused.first().first().value<RefusedVisitor>();
    QCOMPARE(visitor.tried, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(visitor.triedPort, port);

    session.stop();
    QVERIFY(!session.explainService()->isRunning());
    QCOMPARE(changed.size(), 2);
}

void TestServerSession::explainOffStartsNoService()
{
    ServerSession session;
    session.setExplainEnabled(false);
    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, {}));
    QVERIFY(!session.explainService()->isRunning());
    QUdpSocket probe;
    // Nothing holds the UDP twin of the port.
    QVERIFY(probe.bind(QHostAddress(QHostAddress::Any), session.server()->serverPort()));
}

void TestServerSession::explainPortTakenIsNotFatal()
{
    QUdpSocket squatter;
    QVERIFY(squatter.bind(QHostAddress(QHostAddress::Any), 0));
    ServerSession session;
    session.setExplainPort(squatter.localPort());
    QSignalSpy changed(&session, &ServerSession::explainChanged);
    QVERIFY(session.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0, {}));
    QVERIFY(session.isListening());
    QVERIFY(!session.explainService()->isRunning());
    QCOMPARE(changed.size(), 1);
    QVERIFY2(session.explainService()->statusText().contains(QString::number(squatter.localPort())),
             qPrintable(session.explainService()->statusText()));
    QCOMPARE(fetch(session.server()->serverPort()), session.server()->greeting());
}

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_serversession.moc"
