#include "LocalAddresses.h"
#include "client/ConnectRun.h"
#include "diagnosis/Diagnosis.h"
#include "net/TargetParser.h"
#include "platform/OsError.h"
#include "server/GreetingServer.h"

#include <QSignalSpy>
#include <QTest>

class TestDiagnosis final : public QObject
{
    Q_OBJECT

private slots:
    void vocabularyIsClosedAndUnique();
    void okWhenGreeted();
    void nothingListening();
    void loopbackOnlyIsTheArticlesBug();
    void otherAddressOnly();
    void wrongFamily();
    void remoteRefusedFilteredUnreachable_data();
    void remoteRefusedFilteredUnreachable();
    void rejectionsExplainScope();

private:
    static RunResult runTo(const QHostAddress &address, quint16 port);
    static Diagnosis diagnose(const RunResult &run)
    {
        return Diagnosis::ofRun(run, Diagnosis::LocalFacts::gather(run.target.port));
    }
};

RunResult TestDiagnosis::runTo(const QHostAddress &address, quint16 port)
{
    Target target;
    target.input = address.toString();
    target.host = address.toString();
    target.literal = address;
    target.port = port;
    ConnectRun run;
    QSignalSpy finished(&run, &ConnectRun::finished);
    run.start(target, {});
    if (!finished.wait(15000))
        qFatal("run did not finish");
    return run.result();
}

void TestDiagnosis::vocabularyIsClosedAndUnique()
{
    QStringList codes;
    for (Diagnosis::Cause c : Diagnosis::allCauses())
        codes << Diagnosis::codeOf(c);
    QCOMPARE(codes.size(), int(QSet<QString>(codes.begin(), codes.end()).size()));
    for (const QString &required :
         {QStringLiteral("ok"), QStringLiteral("loopback-only"),
          QStringLiteral("other-address-only"), QStringLiteral("wrong-family"),
          QStringLiteral("nothing-listening"), QStringLiteral("remote-refused"),
          QStringLiteral("filtered"), QStringLiteral("host-unreachable"),
          QStringLiteral("network-unreachable"), QStringLiteral("host-not-found"),
          QStringLiteral("scope-missing"), QStringLiteral("unknown")})
        QVERIFY2(codes.contains(required), qPrintable(required));
}

void TestDiagnosis::okWhenGreeted()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    const Diagnosis d = diagnose(runTo(QHostAddress::LocalHost, server.serverPort()));
    QCOMPARE(d.causeCode(), QStringLiteral("ok"));
}

void TestDiagnosis::nothingListening()
{
    const Diagnosis d = diagnose(runTo(QHostAddress::LocalHost, LocalAddresses::freePort()));
    QCOMPARE(d.causeCode(), QStringLiteral("nothing-listening"));
    QVERIFY(!d.steps.isEmpty());
}

void TestDiagnosis::loopbackOnlyIsTheArticlesBug()
{
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address.");
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    const RunResult run = runTo(lan, server.serverPort());
    QCOMPARE(run.error().osErrorName(), OsError::name(OsError::code(OsError::Kind::Refused)));
    const Diagnosis d = diagnose(run);
    QCOMPARE(d.causeCode(), QStringLiteral("loopback-only"));
    QVERIFY(d.steps.join(QLatin1Char(' ')).contains(QStringLiteral("0.0.0.0")));
}

void TestDiagnosis::otherAddressOnly()
{
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address.");
    GreetingServer server;
    QVERIFY(server.start(BindChoice::forInterfaceAddress(QStringLiteral("lan"), lan), 0));
    const Diagnosis d = diagnose(runTo(QHostAddress::LocalHost, server.serverPort()));
    QCOMPARE(d.causeCode(), QStringLiteral("other-address-only"));
}

void TestDiagnosis::wrongFamily()
{
    GreetingServer server;
    if (!server.start(BindChoice::make(BindChoice::Kind::AnyIPv6), 0))
        QSKIP("IPv6 is not available on this machine.");
    const Diagnosis d = diagnose(runTo(QHostAddress::LocalHost, server.serverPort()));
    QCOMPARE(d.causeCode(), QStringLiteral("wrong-family"));
}

// Causes that need a second host are built from what the attempt saw; the namespace lab
// (tests/lan) builds them for real.
void TestDiagnosis::remoteRefusedFilteredUnreachable_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("osError");
    QTest::addColumn<QString>("cause");
    using O = AttemptResult::Outcome;
    QTest::newRow("refused") << int(O::ConnectFailed) << OsError::code(OsError::Kind::Refused)
                             << QStringLiteral("remote-refused");
    QTest::newRow("timeout") << int(O::ConnectTimedOut) << 0 << QStringLiteral("filtered");
    QTest::newRow("kernel timeout")
        << int(O::ConnectFailed) << OsError::code(OsError::Kind::TimedOut)
        << QStringLiteral("filtered");
    QTest::newRow("host unreachable")
        << int(O::ConnectFailed) << OsError::code(OsError::Kind::HostUnreachable)
        << QStringLiteral("host-unreachable");
    QTest::newRow("net unreachable")
        << int(O::ConnectFailed) << OsError::code(OsError::Kind::NetworkUnreachable)
        << QStringLiteral("network-unreachable");
}

void TestDiagnosis::remoteRefusedFilteredUnreachable()
{
    QFETCH(int, outcome);
    QFETCH(int, osError);
    QFETCH(QString, cause);
    RunResult run;
    run.target.port = 12397;
    AttemptResult a;
    a.address = QHostAddress(QStringLiteral("198.18.0.2"));
    a.port = 12397;
    a.outcome = AttemptResult::Outcome(outcome);
    a.error =
        osError ? SocketErrorInfo::fromConnectError(osError) : SocketErrorInfo::connectTimeout();
    run.attempts << a;
    Diagnosis::LocalFacts facts;
    facts.ownAddresses = {QHostAddress(QHostAddress::LocalHost)};
    QCOMPARE(Diagnosis::ofRun(run, facts).causeCode(), cause);
}

void TestDiagnosis::rejectionsExplainScope()
{
    const Diagnosis d = Diagnosis::ofRejection(TargetParser::parse(QStringLiteral("fe80::1")));
    QCOMPARE(d.causeCode(), QStringLiteral("scope-missing"));
    const Diagnosis bad = Diagnosis::ofRejection(TargetParser::parse(QStringLiteral("127.1")));
    QCOMPARE(bad.causeCode(), QStringLiteral("invalid-input"));
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
