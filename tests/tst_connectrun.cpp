#include "ExplainResponder.h"
#include "LocalAddresses.h"
#include "TestPeer.h"
#include "client/ConnectRun.h"
#include "diagnosis/Diagnosis.h"
#include "net/TargetParser.h"
#include "platform/OsError.h"
#include "server/GreetingServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestConnectRun final : public QObject
{
    Q_OBJECT

private slots:
    void greeting();
    void refusedWithNothingListening();
    void misbehavingPeers_data();
    void misbehavingPeers();
    void reachableBeforeTheWindowEnds();
    void sentTextIsAnswered();
    void triesEveryResolvedAddress();
    void cancelStopsAtOnce();
    void anotherHostsRefusalIsExplained();
    void ownRefusalsAreNeverAsked();
    void noExplainAsksNothing();
    void silenceLeavesTheRefusalAsItWas();
    void cancelStopsTheQuestion();

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
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("minBytes");
    using M = TestPeer::Mode;
    using O = AttemptResult::Outcome;
    using S = AttemptResult::Service;
    QTest::newRow("silent") << int(M::Silent) << QByteArray() << int(O::KeptOpen) << int(S::Silent)
                            << 0;
    QTest::newRow("drip") << int(M::Drip) << QByteArray() << int(O::KeptOpen) << int(S::Banner)
                          << 1;
    QTest::newRow("flood") << int(M::Flood) << QByteArray() << int(O::GreetingTruncated)
                           << int(S::Banner) << 64 * 1024;
    QTest::newRow("reset at once")
        << int(M::ResetAtOnce) << QByteArray() << int(O::ResetAfterData) << int(S::Reset) << 0;
    QTest::newRow("reset after data") << int(M::ResetAfter) << QByteArray("partial")
                                      << int(O::ResetAfterData) << int(S::Reset) << 7;
    QTest::newRow("close empty") << int(M::CloseEmpty) << QByteArray() << int(O::ClosedWithoutData)
                                 << int(S::Closed) << 0;
    QTest::newRow("hostile bytes") << int(M::Greet) << QByteArray("\x1b]0;pwned\x07\xe2\x80\xae")
                                   << int(O::Greeting) << int(S::Greeted) << 8;
}

void TestConnectRun::misbehavingPeers()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, payload);
    QFETCH(int, outcome);
    QFETCH(int, service);
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
    // Every peer that accepted is reachable, whatever it did next.
    QVERIFY(r.ok());
    QCOMPARE(int(a.outcome), outcome);
    QCOMPARE(int(a.service()), service);
    QVERIFY2(a.received.size() >= minBytes, qPrintable(QString::number(a.received.size())));
    QVERIFY(a.received.size() <= limits.maxBytes);
}

void TestConnectRun::reachableBeforeTheWindowEnds()
{
    // A silent service: reachable is reported at the handshake, the verdict on what it does
    // only at the window's end.
    TestPeer peer(TestPeer::Mode::Silent);
    QVERIFY(peer.listen());
    const TargetParser::Result parsed =
        TargetParser::parse(QStringLiteral("127.0.0.1"), QString::number(peer.port()));
    ConnectRun run;
    QSignalSpy connected(&run, &ConnectRun::attemptConnected);
    QSignalSpy finished(&run, &ConnectRun::finished);
    ConnectAttempt::Limits limits;
    limits.readDeadlineMs = 60000;
    run.start(parsed.target, limits);
    QVERIFY(connected.wait(5000));
    QCOMPARE(finished.count(), 0);
    const auto attempt = connected.first().first().value<AttemptResult>();
    QVERIFY(attempt.connected);
    QVERIFY(attempt.connectUsecs >= 0);
    run.cancel();
    QCOMPARE(finished.count(), 1);
}

void TestConnectRun::sentTextIsAnswered()
{
    // A service that waits for the client, as a web server does: the text sent makes it speak.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray request;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &request] {
            request += socket->readAll();
            if (request.endsWith("\r\n\r\n")) {
                socket->write("HTTP/1.0 200 OK\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
    });
    ConnectAttempt::Limits limits;
    limits.send = "HEAD / HTTP/1.0\r\n\r\n";
    const RunResult r =
        runTo(QStringLiteral("127.0.0.1"), QString::number(server.serverPort()), limits);
    QCOMPARE(r.attempts.size(), 1);
    const AttemptResult &a = r.attempts.first();
    QCOMPARE(request, limits.send);
    QCOMPARE(a.sentBytes, qint64(limits.send.size()));
    QCOMPARE(a.outcome, AttemptResult::Outcome::Greeting);
    QCOMPARE(a.service(), AttemptResult::Service::Answered);
    QVERIFY(a.received.startsWith("HTTP/1.0 200"));
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

namespace {

// A run to the responder's port on loopback, where nothing listens on TCP: refused.
Target refusedTarget(const ExplainResponder &responder)
{
    const TargetParser::Result parsed =
        TargetParser::parse(QStringLiteral("127.0.0.1"), QString::number(responder.port()));
    if (!parsed.ok())
        qFatal("unparsable test target");
    return parsed.target;
}

// Loopback stands in for another host: the only way to have one on a single machine.
bool everyAddressIsRemote(const QHostAddress &)
{
    return true;
}

RunResult finishedRun(ConnectRun &run, const Target &target)
{
    QSignalSpy finished(&run, &ConnectRun::finished);
    run.start(target, {});
    if (!finished.wait(15000))
        qFatal("run did not finish");
    // Anything sent has arrived at the responder before the run could finish; let it count.
    QCoreApplication::processEvents();
    return run.result();
}

} // namespace

void TestConnectRun::anotherHostsRefusalIsExplained()
{
    ExplainResponder responder;
    QVERIFY(responder.isBound());
    ConnectRun run;
    run.setRemoteCheck(everyAddressIsRemote);
    QSignalSpy asking(&run, &ConnectRun::explainStarted);
    const RunResult r = finishedRun(run, refusedTarget(responder));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().osErrorName(), OsError::name(OsError::code(OsError::Kind::Refused)));
    QCOMPARE(asking.count(), 1);
    QCOMPARE(responder.questions(), 1);
    QVERIFY(r.explain.has_value());
    QCOMPARE(r.explain->outcome, ExplainQuery::Outcome::Answered);
    QCOMPARE(r.explain->answer.cause, ExplainMessage::Cause::LoopbackOnly);
    QCOMPARE(r.explain->answer.facts.hostName, QStringLiteral("lab-server"));
    // The question's time is the run's time.
    QVERIFY(r.elapsedUsecs >= r.attempts.first().elapsedUsecs);

    Diagnosis::LocalFacts facts;
    const Diagnosis d = Diagnosis::ofRun(r, facts);
    QCOMPARE(d.causeCode(), QStringLiteral("loopback-only"));
    QVERIFY(d.confirmedByServer);
}

void TestConnectRun::ownRefusalsAreNeverAsked()
{
    ExplainResponder responder;
    QVERIFY(responder.isBound());
    ConnectRun run; // the real check: loopback is this machine
    QSignalSpy asking(&run, &ConnectRun::explainStarted);
    const RunResult r = finishedRun(run, refusedTarget(responder));
    QVERIFY(!r.ok());
    QVERIFY(!r.explain.has_value());
    QCOMPARE(asking.count(), 0);
    QCOMPARE(responder.questions(), 0);
}

void TestConnectRun::noExplainAsksNothing()
{
    ExplainResponder responder;
    QVERIFY(responder.isBound());
    ConnectRun run;
    run.setRemoteCheck(everyAddressIsRemote);
    run.setExplainEnabled(false);
    const RunResult r = finishedRun(run, refusedTarget(responder));
    QVERIFY(!r.ok());
    QVERIFY(!r.explain.has_value());
    QCOMPARE(responder.questions(), 0);
}

void TestConnectRun::silenceLeavesTheRefusalAsItWas()
{
    ExplainResponder responder(ExplainResponder::Mode::Silent);
    QVERIFY(responder.isBound());
    ConnectRun run;
    run.setRemoteCheck(everyAddressIsRemote);
    run.setExplainTimeout(100);
    const RunResult r = finishedRun(run, refusedTarget(responder));
    QCOMPARE(responder.questions(), 1);
    QVERIFY(r.explain.has_value());
    QCOMPARE(r.explain->outcome, ExplainQuery::Outcome::NoAnswer);
    // Loopback is this machine to the diagnosis: its socket table decides, and the question
    // that went unanswered is one more line of evidence (tst_diagnosis: another host's case).
    const Diagnosis d = Diagnosis::ofRun(r, {});
    QVERIFY(!d.confirmedByServer);
    QVERIFY(d.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("no answer (no-answer)")));
}

void TestConnectRun::cancelStopsTheQuestion()
{
    ExplainResponder responder(ExplainResponder::Mode::Silent);
    QVERIFY(responder.isBound());
    ConnectRun run;
    run.setRemoteCheck(everyAddressIsRemote);
    run.setExplainTimeout(600000);
    QSignalSpy asking(&run, &ConnectRun::explainStarted);
    QSignalSpy finished(&run, &ConnectRun::finished);
    run.start(refusedTarget(responder), {});
    QVERIFY(asking.wait(10000));
    QVERIFY(run.isAsking());
    run.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(run.result().cancelled);
    QVERIFY(!run.isAsking());
    QVERIFY(!run.isRunning());
    QVERIFY(!run.result().explain.has_value());
    QCOMPARE(Diagnosis::ofRun(run.result(), {}).causeCode(), QStringLiteral("cancelled"));
    // Nothing comes after the cancel: the question's end is not reported again.
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestConnectRun)
#include "tst_connectrun.moc"
