#include "client/RunReport.h"
#include "platform/OsError.h"

#include <QRegularExpression>
#include <QTest>

class TestRunReport final : public QObject
{
    Q_OBJECT

private slots:
    void millisecondsHaveThreeDecimals();
    void headlines();
    void errorFactsOfRefusal();
    void errorFactsOfTimerTimeout();
    void attemptLinesNameResolvedAndUntried();
    void diagnosisLines();
    void greetingIsEscapedAndCut();
    void failureReport();

private:
    static AttemptResult attempt(AttemptResult::Outcome outcome, const QString &address);
    static RunResult runOf(const QList<AttemptResult> &attempts);
};

AttemptResult TestRunReport::attempt(AttemptResult::Outcome outcome, const QString &address)
{
    AttemptResult a;
    a.address = QHostAddress(address);
    a.port = 4242;
    a.outcome = outcome;
    a.elapsedUsecs = 1000;
    switch (outcome) {
    case AttemptResult::Outcome::ConnectFailed:
        a.error = SocketErrorInfo::fromConnectError(OsError::code(OsError::Kind::Refused));
        break;
    case AttemptResult::Outcome::ConnectTimedOut:
        a.error = SocketErrorInfo::connectTimeout();
        break;
    case AttemptResult::Outcome::Cancelled:
        break;
    default:
        a.connected = true;
        a.received = QByteArrayLiteral("hello");
        break;
    }
    return a;
}

RunResult TestRunReport::runOf(const QList<AttemptResult> &attempts)
{
    RunResult run;
    run.target.host = QStringLiteral("localhost");
    run.target.port = 4242;
    run.lookupDone = true;
    run.resolved = {QHostAddress(QStringLiteral("::1")), QHostAddress(QHostAddress::LocalHost)};
    run.attempts = attempts;
    run.elapsedUsecs = 2500;
    return run;
}

void TestRunReport::millisecondsHaveThreeDecimals()
{
    QCOMPARE(RunReport::milliseconds(1500), QStringLiteral("1.500 ms"));
    QCOMPARE(RunReport::milliseconds(0), QStringLiteral("0.000 ms"));
}

void TestRunReport::headlines()
{
    using O = AttemptResult::Outcome;
    QCOMPARE(RunReport::headline(runOf({attempt(O::Greeting, QStringLiteral("127.0.0.1"))})),
             QStringLiteral("Reachable: 127.0.0.1:4242 accepted the connection"));
    RunResult cancelled = runOf({attempt(O::Cancelled, QStringLiteral("::1"))});
    cancelled.cancelled = true;
    QCOMPARE(RunReport::headline(cancelled), QStringLiteral("Cancelled"));
    RunResult notFound = runOf({});
    notFound.lookupError = QStringLiteral("Host not found");
    QCOMPARE(RunReport::headline(notFound), QStringLiteral("Host not found: localhost"));
    QCOMPARE(RunReport::headline(runOf({})), QStringLiteral("Nothing was tried"));
    // Accepted and closed at once is still reachable.
    QVERIFY(RunReport::headline(runOf({attempt(O::ClosedWithoutData, QStringLiteral("::1"))}))
                .startsWith(QStringLiteral("Reachable: ")));
    QCOMPARE(RunReport::headline(runOf({attempt(O::ConnectTimedOut, QStringLiteral("::1"))})),
             QStringLiteral("No answer (timed out)"));
    // A refusal is headed by Qt's own words, as a user would search for them.
    QCOMPARE(RunReport::headline(runOf({attempt(O::ConnectFailed, QStringLiteral("::1"))})),
             QStringLiteral("Connection refused"));
}

void TestRunReport::errorFactsOfRefusal()
{
    const RunResult run =
        runOf({attempt(AttemptResult::Outcome::ConnectFailed, QStringLiteral("127.0.0.1"))});
    const QStringList facts = RunReport::errorFacts(run);
    QCOMPARE(facts, QStringList({QStringLiteral("Qt error: ConnectionRefusedError"),
                                 QStringLiteral("Qt text: Connection refused"),
                                 QStringLiteral("OS error: %1")
                                     .arg(OsError::name(OsError::code(OsError::Kind::Refused))),
                                 QStringLiteral("Time: 2.500 ms")}));
    QVERIFY(RunReport::errorFacts(
                runOf({attempt(AttemptResult::Outcome::Greeting, QStringLiteral("::1"))}))
                .isEmpty());
}

void TestRunReport::errorFactsOfTimerTimeout()
{
    const QStringList facts = RunReport::errorFacts(
        runOf({attempt(AttemptResult::Outcome::ConnectTimedOut, QStringLiteral("::1"))}));
    QCOMPARE(facts.size(), 4);
    QCOMPARE(facts.at(0), QStringLiteral("Qt error: SocketTimeoutError"));
    // No OS error: BindLab's own timer decided.
    QVERIFY(facts.at(2).startsWith(QStringLiteral("OS error: none")));
}

void TestRunReport::attemptLinesNameResolvedAndUntried()
{
    RunResult run = runOf({attempt(AttemptResult::Outcome::ConnectFailed, QStringLiteral("::1")),
                           attempt(AttemptResult::Outcome::Greeting, QStringLiteral("127.0.0.1"))});
    run.untried = {QHostAddress(QStringLiteral("192.0.2.2"))};
    const QStringList lines = RunReport::attemptLines(run);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("localhost resolved to ::1, 127.0.0.1"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Attempt 1: ")));
    QVERIFY(lines.at(1).contains(QStringLiteral("[::1]:4242")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("Attempt 2: ")));
    QCOMPARE(lines.at(3), QStringLiteral("Not tried: 192.0.2.2:4242"));

    // A literal was not looked up, so there is no "resolved to" line.
    run.target.literal = QHostAddress(QHostAddress::LocalHost);
    QVERIFY(!RunReport::attemptLines(run).first().contains(QStringLiteral("resolved")));
}

void TestRunReport::diagnosisLines()
{
    Diagnosis d;
    d.cause = Diagnosis::Cause::LoopbackOnly;
    d.summary = QStringLiteral("Bound to loopback.");
    d.evidence = {QStringLiteral("e1")};
    d.steps = {QStringLiteral("s1"), QStringLiteral("s2")};
    QCOMPARE(RunReport::diagnosisLines(d),
             QStringList({QStringLiteral("Diagnosis (loopback-only): Bound to loopback."),
                          QStringLiteral("  Evidence: e1"), QStringLiteral("  Next step 1: s1"),
                          QStringLiteral("  Next step 2: s2")}));
}

void TestRunReport::greetingIsEscapedAndCut()
{
    AttemptResult a = attempt(AttemptResult::Outcome::GreetingTruncated, QStringLiteral("::1"));
    a.received = QByteArrayLiteral("hi\x1b]0;pwned\x07");
    const RunResult run = runOf({a});
    const QStringList lines = RunReport::lines(run, Diagnosis());
    // Reachable first, then what the service did and what it sent.
    QVERIFY2(lines.first().startsWith(QStringLiteral("Reachable: [::1]:4242")),
             qPrintable(lines.first()));
    const qsizetype received = lines.indexOf(QRegularExpression(QStringLiteral("Received: .*")));
    QVERIFY(received > 0);
    const QString greeting = lines.at(received);
    QVERIFY(greeting.startsWith(QStringLiteral("Received: hi")));
    QVERIFY(!greeting.contains(QChar(0x1b)));
    QVERIFY(!greeting.contains(QChar(0x07)));
    QCOMPARE(lines.at(received + 1), QStringLiteral("(cut at %1 byte(s))").arg(a.received.size()));
    QVERIFY(lines.contains(QStringLiteral("Target: localhost:4242")));
    QVERIFY(lines.contains(QStringLiteral("Time: 2.500 ms")));
}

void TestRunReport::failureReport()
{
    RunResult run =
        runOf({attempt(AttemptResult::Outcome::ConnectFailed, QStringLiteral("127.0.0.1"))});
    run.target.notes = {QStringLiteral("a note")};
    Diagnosis d;
    d.cause = Diagnosis::Cause::NothingListening;
    d.summary = QStringLiteral("Nothing listens.");
    const QStringList lines = RunReport::lines(run, d);
    QCOMPARE(lines.at(1), QStringLiteral("Note: a note"));
    QCOMPARE(lines.at(2), QStringLiteral("Failed: Connection refused"));
    QCOMPARE(lines.at(3), QStringLiteral("Qt error: ConnectionRefusedError"));
    QCOMPARE(lines.last(), QStringLiteral("Diagnosis (nothing-listening): Nothing listens."));
}

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
