#include "LocalAddresses.h"
#include "TestPeer.h"
#include "client/ConnectRun.h"
#include "net/TargetParser.h"
#include "platform/OsError.h"
#include "server/GreetingServer.h"

#include <QSignalSpy>
#include <QTest>

class TestConnectRun final : public QObject
{
    Q_OBJECT

private slots:
    void greeting();
    void refusedWithNothingListening();
    void misbehavingPeers_data();
    void misbehavingPeers();
    void triesEveryResolvedAddress();
    void cancelStopsAtOnce();

private:
    static RunResult runTo(const QString &text, const QString &port,
                           const ConnectAttempt::Limits &limits = {});
};

RunResult TestConnectRun::runTo(const QString &text, const QString &port,
                                const ConnectAttempt::Limits &limits)
{
    const TargetParser::Result parsed = TargetParser::parse(text, port);
    if (!parsed.ok())
        qFatal("unparsable test target");
    ConnectRun run;
    QSignalSpy finished(&run, &ConnectRun::finished);
    run.start(parsed.target, limits);
    // Bounded by the limits themselves; the wait only guards against a hang.
    if (!finished.wait(limits.connectTimeoutMs + limits.readDeadlineMs + 5000))
        qFatal("run did not finish");
    return run.result();
}

void TestConnectRun::greeting()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    const RunResult r = runTo(QStringLiteral("127.0.0.1"), QString::number(server.serverPort()));
    QVERIFY(r.ok());
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(r.attempts.first().outcome, AttemptResult::Outcome::Greeting);
    QCOMPARE(r.attempts.first().received, GreetingServer::defaultGreeting());
    QCOMPARE(r.attempts.first().localAddress, QHostAddress(QHostAddress::LocalHost));
}

void TestConnectRun::refusedWithNothingListening()
{
    const quint16 port = LocalAddresses::freePort();
    const RunResult r = runTo(QStringLiteral("127.0.0.1"), QString::number(port));
    QVERIFY(!r.ok());
    QCOMPARE(r.attempts.size(), 1);
    const AttemptResult &a = r.attempts.first();
    QCOMPARE(a.outcome, AttemptResult::Outcome::ConnectFailed);
    QCOMPARE(a.error.errorName(), QStringLiteral("ConnectionRefusedError"));
    QCOMPARE(a.error.osErrorName(), OsError::name(OsError::code(OsError::Kind::Refused)));
    QCOMPARE(a.error.qtText, QStringLiteral("Connection refused"));
    QVERIFY(!a.connected);
}

void TestConnectRun::misbehavingPeers_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("minBytes");
    using M = TestPeer::Mode;
    using O = AttemptResult::Outcome;
    QTest::newRow("silent") << int(M::Silent) << QByteArray() << int(O::ReadDeadline) << 0;
    QTest::newRow("drip") << int(M::Drip) << QByteArray() << int(O::ReadDeadline) << 1;
    QTest::newRow("flood") << int(M::Flood) << QByteArray() << int(O::GreetingTruncated)
                           << 64 * 1024;
    QTest::newRow("reset at once")
        << int(M::ResetAtOnce) << QByteArray() << int(O::ResetAfterData) << 0;
    QTest::newRow("reset after data")
        << int(M::ResetAfter) << QByteArray("partial") << int(O::ResetAfterData) << 7;
    QTest::newRow("close empty") << int(M::CloseEmpty) << QByteArray() << int(O::ClosedWithoutData)
                                 << 0;
    QTest::newRow("hostile bytes")
        << int(M::Greet) << QByteArray("\x1b]0;pwned\x07\xe2\x80\xae") << int(O::Greeting) << 8;
}

void TestConnectRun::misbehavingPeers()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, payload);
    QFETCH(int, outcome);
    QFETCH(int, minBytes);
    TestPeer peer(TestPeer::Mode(mode), payload);
    QVERIFY(peer.listen());
    ConnectAttempt::Limits limits;
    limits.connectTimeoutMs = 2000;
    limits.readDeadlineMs = 600;
    const RunResult r = runTo(QStringLiteral("127.0.0.1"), QString::number(peer.port()), limits);
    QCOMPARE(r.attempts.size(), 1);
    const AttemptResult &a = r.attempts.first();
    QVERIFY(a.connected);
    QCOMPARE(int(a.outcome), outcome);
    QVERIFY2(a.received.size() >= minBytes, qPrintable(QString::number(a.received.size())));
    QVERIFY(a.received.size() <= limits.maxBytes);
}

void TestConnectRun::triesEveryResolvedAddress()
{
    // "localhost" names ::1 and 127.0.0.1 here; a server on IPv4 only refuses the first.
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    const RunResult r = runTo(QStringLiteral("localhost"), QString::number(server.serverPort()));
    QVERIFY(r.ok());
    QVERIFY(!r.resolved.isEmpty());
    QCOMPARE(r.attempts.last().address, QHostAddress(QHostAddress::LocalHost));
    for (int i = 0; i + 1 < r.attempts.size(); ++i)
        QCOMPARE(r.attempts.at(i).error.osErrorName(),
                 OsError::name(OsError::code(OsError::Kind::Refused)));
}

void TestConnectRun::cancelStopsAtOnce()
{
    TestPeer peer(TestPeer::Mode::Silent);
    QVERIFY(peer.listen());
    const TargetParser::Result parsed =
        TargetParser::parse(QStringLiteral("127.0.0.1"), QString::number(peer.port()));
    ConnectRun run;
    QSignalSpy attempts(&run, &ConnectRun::attemptStarted);
    QSignalSpy finished(&run, &ConnectRun::finished);
    ConnectAttempt::Limits limits;
    limits.readDeadlineMs = 60000;
    run.start(parsed.target, limits);
    QVERIFY(attempts.wait(5000));
    QTest::qWait(50);
    run.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(run.result().cancelled);
    QVERIFY(!run.isRunning());
}

QTEST_GUILESS_MAIN(TestConnectRun)
#include "tst_connectrun.moc"
