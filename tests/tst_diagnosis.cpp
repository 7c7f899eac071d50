#include "LocalAddresses.h"
#include "client/ConnectRun.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/Verdict.h"
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
    void fakedFacts_data();
    void fakedFacts();
    void okNamesTheAddress();
    void cancelledBeforeAnswer();
    void bannerServiceIsReachable();
    void firewallRejections_data();
    void firewallRejections();
    void hostNotFound();
    void nothingTried();
    void wildcardListenerYetRefused();
    void tableUnknown();
    void allAttemptsAreEvidence();
    void serverConfirms_data();
    void serverConfirms();
    void unansweredStaysRemoteRefused_data();
    void unansweredStaysRemoteRefused();

private:
    static ExplainQuery::Result explained(ExplainQuery::Outcome outcome,
                                          ExplainMessage::Cause cause);
    static RunResult refusedBy(const QString &address, quint16 port = 4242);
    static Diagnosis::LocalFacts factsWith(const QStringList &listeners, bool known = true);
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
          QStringLiteral("scope-missing"), QStringLiteral("invalid-input"),
          QStringLiteral("firewall-rejected"), QStringLiteral("cancelled"),
          QStringLiteral("unknown")})
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
    QTest::newRow("link-local without scope")
        << int(O::ConnectFailed) << OsError::code(OsError::Kind::InvalidArgument)
        << QStringLiteral("scope-missing");
    QTest::newRow("permission denied")
        << int(O::ConnectFailed) << OsError::code(OsError::Kind::AccessDenied)
        << QStringLiteral("firewall-rejected");
    QTest::newRow("no rule") << int(O::ConnectFailed) << OsError::code(OsError::Kind::NoBuffers)
                             << QStringLiteral("unknown");
}

void TestDiagnosis::remoteRefusedFilteredUnreachable()
{
    QFETCH(int, outcome);
    QFETCH(int, osError);
    QFETCH(QString, cause);
    RunResult run;
    run.target.port = 12397;
    AttemptResult a;
    // Qt reports EINVAL as a refusal; only on a link-local address does it mean the scope.
    a.address =
        QHostAddress(cause == QStringLiteral("scope-missing") ? QStringLiteral("fe80::2")
                                                              : QStringLiteral("198.18.0.2"));
    a.port = 12397;
    a.outcome = AttemptResult::Outcome(outcome);
    a.error =
        osError ? SocketErrorInfo::fromConnectError(osError) : SocketErrorInfo::connectTimeout();
    run.attempts << a;
    Diagnosis::LocalFacts facts;
    facts.ownAddresses = {QHostAddress(QHostAddress::LocalHost)};
    QCOMPARE(Diagnosis::ofRun(run, facts).causeCode(), cause);
}

RunResult TestDiagnosis::refusedBy(const QString &address, quint16 port)
{
    RunResult run;
    run.target.host = address;
    run.target.port = port;
    AttemptResult a;
    a.address = QHostAddress(address);
    a.port = port;
    a.outcome = AttemptResult::Outcome::ConnectFailed;
    a.error = SocketErrorInfo::fromConnectError(OsError::code(OsError::Kind::Refused));
    run.attempts << a;
    return run;
}

// This machine as the tests imagine it: loopback, 192.0.2.2 and fd00::2, and a socket table
// that lists exactly the given listeners on port 4242.
Diagnosis::LocalFacts TestDiagnosis::factsWith(const QStringList &listeners, bool known)
{
    Diagnosis::LocalFacts facts;
    facts.ownAddresses = {
        QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6),
        QHostAddress(QStringLiteral("192.0.2.2")), QHostAddress(QStringLiteral("fd00::2"))};
    facts.listeners.known = known;
    facts.listeners.source = QStringLiteral("test table");
    for (const QString &address : listeners) {
        ListeningSockets::Listener listener;
        listener.address = QHostAddress(address);
        listener.port = 4242;
        facts.listeners.listeners << listener;
    }
    return facts;
}

// The refusals of this machine, decided by its socket table alone.
void TestDiagnosis::fakedFacts_data()
{
    QTest::addColumn<QString>("dialled");
    QTest::addColumn<QStringList>("listeners");
    QTest::addColumn<QString>("cause");
    QTest::newRow("nothing") << QStringLiteral("127.0.0.1") << QStringList()
                             << QStringLiteral("nothing-listening");
    QTest::newRow("loopback only, by LAN address")
        << QStringLiteral("192.0.2.2") << QStringList{QStringLiteral("127.0.0.1")}
        << QStringLiteral("loopback-only");
    QTest::newRow("loopback only, both families")
        << QStringLiteral("fd00::2")
        << QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}
        << QStringLiteral("loopback-only");
    QTest::newRow("mapped loopback listener")
        << QStringLiteral("192.0.2.2") << QStringList{QStringLiteral("::ffff:127.0.0.1")}
        << QStringLiteral("loopback-only");
    QTest::newRow("other address")
        << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("192.0.2.2")}
        << QStringLiteral("other-address-only");
    QTest::newRow("IPv6 only, IPv4 dialled")
        << QStringLiteral("127.0.0.1") << QStringList{QStringLiteral("::")}
        << QStringLiteral("wrong-family");
    QTest::newRow("IPv4 only, IPv6 dialled")
        << QStringLiteral("fd00::2") << QStringList{QStringLiteral("0.0.0.0")}
        << QStringLiteral("wrong-family");
    QTest::newRow("mapped dialled is IPv4")
        << QStringLiteral("::ffff:127.0.0.1") << QStringList{QStringLiteral("192.0.2.2")}
        << QStringLiteral("other-address-only");
}

void TestDiagnosis::fakedFacts()
{
    QFETCH(QString, dialled);
    QFETCH(QStringList, listeners);
    QFETCH(QString, cause);
    const Diagnosis d = Diagnosis::ofRun(refusedBy(dialled), factsWith(listeners));
    QCOMPARE(d.causeCode(), cause);
    QVERIFY(!d.summary.isEmpty());
    QVERIFY(!d.steps.isEmpty());
    // The table is quoted as evidence, with where it came from.
    QVERIFY(d.evidence.last().contains(QStringLiteral("test table")));
}

void TestDiagnosis::okNamesTheAddress()
{
    RunResult run;
    run.target.port = 4242;
    AttemptResult a;
    a.address = QHostAddress(QHostAddress::LocalHost);
    a.port = 4242;
    a.outcome = AttemptResult::Outcome::Greeting;
    a.connected = true;
    a.received = QByteArrayLiteral("hello");
    run.attempts << a;
    const Diagnosis d = Diagnosis::ofRun(run, factsWith({}));
    QCOMPARE(d.causeCode(), QStringLiteral("ok"));
    QVERIFY(d.summary.contains(QStringLiteral("127.0.0.1:4242")));
    QVERIFY(d.steps.isEmpty());
}

void TestDiagnosis::cancelledBeforeAnswer()
{
    RunResult run = refusedBy(QStringLiteral("198.18.0.2"));
    run.attempts.first().outcome = AttemptResult::Outcome::Cancelled;
    run.cancelled = true;
    const Diagnosis d = Diagnosis::ofRun(run, factsWith({}));
    QCOMPARE(d.causeCode(), QStringLiteral("cancelled"));
    QVERIFY(d.steps.isEmpty());
}

void TestDiagnosis::bannerServiceIsReachable()
{
    // sshd: a banner, the connection kept open. Reachable, and hinted, not "no greeting".
    RunResult run;
    run.target.port = 22;
    AttemptResult a;
    a.address = QHostAddress(QHostAddress::LocalHost);
    a.port = 22;
    a.outcome = AttemptResult::Outcome::KeptOpen;
    a.connected = true;
    a.received = QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1\r\n");
    run.attempts << a;
    const Diagnosis d = Diagnosis::ofRun(run, factsWith({}));
    QCOMPARE(d.causeCode(), QStringLiteral("ok"));
    QVERIFY(d.summary.startsWith(QStringLiteral("Reachable")));
    QVERIFY(d.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("looks like SSH")));
    QVERIFY(
        d.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("SSH-2.0-OpenSSH_9.2p1\\r\\n")));
}

void TestDiagnosis::firewallRejections_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("osError");
    QTest::addColumn<qint64>("usecs");
    QTest::addColumn<int>("icmpCode"); // -1: none read
    QTest::addColumn<QString>("cause");
    const int unreachable = OsError::code(OsError::Kind::HostUnreachable);
    const QString remote = QStringLiteral("198.18.0.2");
    QTest::newRow("admin-prohibited read")
        << remote << unreachable << qint64(5000000) << 13 << QStringLiteral("firewall-rejected");
    QTest::newRow("fast no route")
        << remote << unreachable << qint64(280) << -1 << QStringLiteral("firewall-rejected");
    QTest::newRow("slow no route")
        << remote << unreachable << qint64(3000000) << -1 << QStringLiteral("host-unreachable");
    // The kernel's own "host unreachable" after ARP failed: not a firewall, however fast.
    QTest::newRow("host unreachable read")
        << remote << unreachable << qint64(280) << 1 << QStringLiteral("host-unreachable");
    QTest::newRow("own loopback") << QStringLiteral("127.0.0.1") << unreachable << qint64(-1) << -1
                                  << QStringLiteral("firewall-rejected");
}

void TestDiagnosis::firewallRejections()
{
    QFETCH(QString, address);
    QFETCH(int, osError);
    QFETCH(qint64, usecs);
    QFETCH(int, icmpCode);
    QFETCH(QString, cause);
    RunResult run;
    run.target.port = 4242;
    AttemptResult a;
    a.address = QHostAddress(address);
    a.port = 4242;
    a.outcome = AttemptResult::Outcome::ConnectFailed;
    a.error = SocketErrorInfo::fromConnectError(osError);
    a.connectUsecs = usecs;
    if (icmpCode >= 0) {
        a.icmp.received = true;
        a.icmp.type = 3;
        a.icmp.code = icmpCode;
        a.icmp.from = a.address;
    }
    run.attempts << a;
    const Diagnosis d = Diagnosis::ofRun(run, factsWith({}));
    QCOMPARE(d.causeCode(), cause);
    if (cause != QLatin1String("firewall-rejected"))
        return;
    const QString steps = d.steps.join(QLatin1Char(' '));
    for (const char *tool : {"firewall-cmd", "ufw", "nft", "netsh advfirewall"})
        QVERIFY2(steps.contains(QLatin1String(tool)), tool);
    QCOMPARE(d.summary.contains(QStringLiteral("own firewall")),
             QHostAddress(address).isLoopback());
    if (icmpCode >= 0)
        QVERIFY(d.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("administratively")));
}

void TestDiagnosis::hostNotFound()
{
    RunResult run;
    run.target.host = QStringLiteral("no-such-host.invalid");
    run.target.port = 4242;
    run.lookupDone = true;
    run.lookupError = QStringLiteral("Host not found");
    const Diagnosis d = Diagnosis::ofRun(run, factsWith({}));
    QCOMPARE(d.causeCode(), QStringLiteral("host-not-found"));
    QVERIFY(d.summary.contains(QStringLiteral("no-such-host.invalid")));
    QCOMPARE(d.evidence, QStringList{QStringLiteral("Host not found")});
}

void TestDiagnosis::nothingTried()
{
    RunResult run;
    run.target.port = 4242;
    const Diagnosis d = Diagnosis::ofRun(run, factsWith({}));
    QCOMPARE(d.causeCode(), QStringLiteral("unknown"));
    QVERIFY(!d.summary.isEmpty());
}

// Something listens on every address of the dialled family, yet this machine refused: the
// table cannot explain it, so the diagnosis says unknown and points at a local firewall.
void TestDiagnosis::wildcardListenerYetRefused()
{
    const Diagnosis d =
        Diagnosis::ofRun(refusedBy(QStringLiteral("192.0.2.2")),
                         factsWith({QStringLiteral("0.0.0.0"), QStringLiteral("127.0.0.1")}));
    QCOMPARE(d.causeCode(), QStringLiteral("unknown"));
    QVERIFY(d.summary.contains(QStringLiteral("firewall")));
}

void TestDiagnosis::tableUnknown()
{
    const Diagnosis d = Diagnosis::ofRun(refusedBy(QStringLiteral("127.0.0.1")),
                                         factsWith({QStringLiteral("127.0.0.1")}, false));
    QCOMPARE(d.causeCode(), QStringLiteral("unknown"));
    QVERIFY(!d.steps.isEmpty());
}

void TestDiagnosis::allAttemptsAreEvidence()
{
    RunResult run = refusedBy(QStringLiteral("::1"));
    run.attempts << refusedBy(QStringLiteral("127.0.0.1")).attempts.first();
    const Diagnosis d = Diagnosis::ofRun(run, factsWith({}));
    QCOMPARE(d.causeCode(), QStringLiteral("nothing-listening"));
    // One line per attempt, then the table's.
    QCOMPARE(d.evidence.size(), 3);
    QVERIFY(d.evidence.at(0).contains(QStringLiteral("::1")));
    QVERIFY(d.evidence.at(1).contains(QStringLiteral("127.0.0.1")));
}

void TestDiagnosis::rejectionsExplainScope()
{
    const Diagnosis d = Diagnosis::ofRejection(TargetParser::parse(QStringLiteral("fe80::1")));
    QCOMPARE(d.causeCode(), QStringLiteral("scope-missing"));
    const Diagnosis bad = Diagnosis::ofRejection(TargetParser::parse(QStringLiteral("127.1")));
    QCOMPARE(bad.causeCode(), QStringLiteral("invalid-input"));
}

// What a BindLab server on another host answers, as ExplainQuery hands it on.
ExplainQuery::Result TestDiagnosis::explained(ExplainQuery::Outcome outcome,
                                              ExplainMessage::Cause cause)
{
    ExplainQuery::Result r;
    r.outcome = outcome;
    r.host = QHostAddress(QStringLiteral("198.18.0.2"));
    r.port = 4242;
    r.elapsedUsecs = 3000;
    if (outcome == ExplainQuery::Outcome::Answered) {
        r.answer.cause = cause;
        r.answer.facts.listenAddress = QHostAddress(QHostAddress::LocalHost);
        r.answer.facts.port = 4242;
        r.answer.facts.choiceKey = QStringLiteral("hostname");
        r.answer.facts.hostName = QStringLiteral("lab-server");
        r.answer.facts.hostAddresses = {QHostAddress(QHostAddress::LocalHost)};
    } else {
        r.detail = QStringLiteral("No answer within 500 ms.");
    }
    return r;
}

void TestDiagnosis::serverConfirms_data()
{
    QTest::addColumn<int>("serverCause");
    QTest::addColumn<QString>("cause");
    using C = ExplainMessage::Cause;
    QTest::newRow("loopback-only") << int(C::LoopbackOnly) << QStringLiteral("loopback-only");
    QTest::newRow("other-address-only")
        << int(C::OtherAddressOnly) << QStringLiteral("other-address-only");
    QTest::newRow("wrong-family") << int(C::WrongFamily) << QStringLiteral("wrong-family");
    // It listens where the client knocked: something on the way refused.
    QTest::newRow("listening-there")
        << int(C::ListeningThere) << QStringLiteral("firewall-rejected");
}

void TestDiagnosis::serverConfirms()
{
    QFETCH(int, serverCause);
    QFETCH(QString, cause);
    RunResult run = refusedBy(QStringLiteral("198.18.0.2"));
    run.explain = explained(ExplainQuery::Outcome::Answered, ExplainMessage::Cause(serverCause));
    const Diagnosis d = Diagnosis::ofRun(run, factsWith({}));
    QCOMPARE(d.causeCode(), cause);
    QVERIFY(d.confirmedByServer);
    QCOMPARE(d.serverAnswer.facts.hostName, QStringLiteral("lab-server"));
    QCOMPARE(d.summary, ExplainQuery::confirmationText(run.explain->answer));
    QCOMPARE(d.steps.value(0), ExplainQuery::fixText(run.explain->answer));
    const QString evidence = d.evidence.join(QLatin1Char('\n'));
    QVERIFY2(evidence.contains(QStringLiteral("lab-server")), qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("\"hostname\"")), qPrintable(evidence));
    QVERIFY2(evidence.contains(QStringLiteral("198.18.0.2:4242")), qPrintable(evidence));
    // The verdict reads the server's word, not the sentence about this machine's own sockets.
    QCOMPARE(Verdict::of(d, run.target).cause, d.summary);
    QCOMPARE(Verdict::of(d, run.target).fix, d.steps.value(0));
}

void TestDiagnosis::unansweredStaysRemoteRefused_data()
{
    QTest::addColumn<int>("outcome");
    using O = ExplainQuery::Outcome;
    QTest::newRow("no-answer") << int(O::NoAnswer);
    QTest::newRow("port-unreachable") << int(O::PortUnreachable);
    QTest::newRow("not-bindlab") << int(O::NotBindLab);
    QTest::newRow("malformed") << int(O::Malformed);
    QTest::newRow("failed") << int(O::Failed);
}

void TestDiagnosis::unansweredStaysRemoteRefused()
{
    QFETCH(int, outcome);
    const RunResult plain = refusedBy(QStringLiteral("198.18.0.2"));
    RunResult asked = plain;
    asked.explain = explained(ExplainQuery::Outcome(outcome), ExplainMessage::Cause::LoopbackOnly);
    const Diagnosis before = Diagnosis::ofRun(plain, factsWith({}));
    const Diagnosis after = Diagnosis::ofRun(asked, factsWith({}));
    QCOMPARE(after.causeCode(), QStringLiteral("remote-refused"));
    QVERIFY(!after.confirmedByServer);
    QCOMPARE(after.summary, before.summary);
    QCOMPARE(after.steps, before.steps);
    // One more line of evidence: the server was asked, and how that went.
    QCOMPARE(after.evidence.size(), before.evidence.size() + 1);
    QVERIFY(
        after.evidence.last().contains(ExplainQuery::outcomeCode(ExplainQuery::Outcome(outcome))));
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
