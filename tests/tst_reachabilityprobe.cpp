#include "LocalAddresses.h"
#include "LoopbackFetch.h"
#include "TestPeer.h"
#include "platform/OsError.h"
#include "reachability/ReachabilityProbe.h"
#include "server/BindChoices.h"
#include "server/GreetingServer.h"

#include <QSignalSpy>
#include <QTest>

using Reason = ReachabilityRow::Reason;
using Target = ReachabilityProbe::Target;

// "Who can reach me", checked both ways: the prediction from the bind choice alone, and the
// proof by connecting to this machine's own addresses (never anything else).
class TestReachabilityProbe final : public QObject
{
    Q_OBJECT

private slots:
    void reasonsAreAClosedVocabulary();
    void localTargetsIncludeLoopbackAndScopes();
    void predictionFollowsTheBindChoice_data();
    void predictionFollowsTheBindChoice();
    void judgeNamesWhatTheConnectionSaw();
    void loopbackBindReachesLoopbackOnly();
    void any4ReachesEveryIPv4Address();
    void any6ReachesEveryIPv6Address();
    void anyReachesEveryAddress();
    void proofEqualsPrediction_data();
    void proofEqualsPrediction();
    void linkLocalWithoutScopeIsExplained();
    void anotherProgramIsNotMistakenForUs();
    void selfTestsAreClaimedOnceAndClientsAreNot();
    void noTargetsStillFinishes();

private:
    struct Proof
    {
        bool listening = false;
        quint16 port = 0;
        QList<ReachabilityRow> predicted;
        QList<ReachabilityRow> proved;
    };
    // Listens on `choice` (port 0), probes the stable targets and returns both row lists.
    static Proof prove(const BindChoice &choice);
    // Loopback and the LAN interface only: another test's network namespace may add and
    // remove veth addresses at any moment, and an address that vanished between listing and
    // dialling would send packets off this machine.
    static QList<Target> stableTargets();
    static const ReachabilityRow *rowFor(const QList<ReachabilityRow> &rows,
                                         const QHostAddress &address);
};

QList<Target> TestReachabilityProbe::stableTargets()
{
    const QHostAddress lan = LocalAddresses::lanIPv4();
    QList<QNetworkInterface> stable;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        bool keep = iface.flags().testFlag(QNetworkInterface::IsLoopBack);
        for (const QNetworkAddressEntry &entry : iface.addressEntries())
            keep = keep || (!lan.isNull() && entry.ip() == lan);
        if (keep)
            stable << iface;
    }
    return ReachabilityProbe::localTargets(stable);
}

const ReachabilityRow *TestReachabilityProbe::rowFor(const QList<ReachabilityRow> &rows,
                                                     const QHostAddress &address)
{
    for (const ReachabilityRow &row : rows) {
        if (row.address == address)
            return &row;
    }
    return nullptr;
}

TestReachabilityProbe::Proof TestReachabilityProbe::prove(const BindChoice &choice)
{
    Proof proof;
    GreetingServer server;
    if (!server.start(choice, 0))
        return proof;
    proof.listening = true;
    proof.port = server.serverPort();
    const QList<Target> targets = stableTargets();
    proof.predicted = ReachabilityProbe::predict(choice, proof.port, targets);
    ReachabilityProbe probe;
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    probe.start(choice, proof.port, server.greeting(), targets);
    if (finished.wait(10000))
        proof.proved = finished.first().first().value<QList<ReachabilityRow>>();
    return proof;
}

void TestReachabilityProbe::reasonsAreAClosedVocabulary()
{
    QStringList codes;
    for (Reason r : ReachabilityRow::allReasons())
        codes << ReachabilityRow::codeOf(r);
    QCOMPARE(codes,
             (QStringList{QStringLiteral("reachable"), QStringLiteral("bound-elsewhere"),
                          QStringLiteral("other-family"), QStringLiteral("link-local-needs-scope"),
                          QStringLiteral("loopback-only"), QStringLiteral("filtered-or-timeout"),
                          QStringLiteral("unknown")}));
}

void TestReachabilityProbe::localTargetsIncludeLoopbackAndScopes()
{
    const QList<Target> targets = ReachabilityProbe::localTargets();
    bool loopback = false;
    for (const Target &t : targets) {
        loopback = loopback || t.address == QHostAddress(QHostAddress::LocalHost);
        QVERIFY(!t.interfaceName.isEmpty());
        if (t.address.protocol() == QAbstractSocket::IPv6Protocol && t.address.isLinkLocal())
            QVERIFY2(!t.address.scopeId().isEmpty(), qPrintable(t.address.toString()));
    }
    QVERIFY(loopback);
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (!lan.isNull())
        QVERIFY(std::any_of(targets.begin(), targets.end(),
                            [&](const Target &t) { return t.address == lan; }));
}

// Pure: made-up addresses, nothing is dialled.
void TestReachabilityProbe::predictionFollowsTheBindChoice_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("bound"); // for an interface address
    // Expected reason codes for: 127.0.0.1, ::1, 198.18.0.1, 2001:db8::1, fe80::1%test0, fe80::2
    QTest::addColumn<QStringList>("expected");
    const QString yes = QStringLiteral("reachable");
    const QString fam = QStringLiteral("other-family");
    const QString lo = QStringLiteral("loopback-only");
    const QString el = QStringLiteral("bound-elsewhere");
    const QString sc = QStringLiteral("link-local-needs-scope");
    using K = BindChoice::Kind;
    QTest::newRow("any") << int(K::AnyDualStack) << QString()
                         << QStringList{yes, yes, yes, yes, yes, sc};
    QTest::newRow("any4") << int(K::AnyIPv4) << QString()
                          << QStringList{yes, fam, yes, fam, fam, sc};
    QTest::newRow("any6") << int(K::AnyIPv6) << QString()
                          << QStringList{fam, yes, fam, yes, yes, sc};
    QTest::newRow("loopback") << int(K::LoopbackIPv4) << QString()
                              << QStringList{yes, fam, lo, lo, lo, sc};
    QTest::newRow("loopback6") << int(K::LoopbackIPv6) << QString()
                               << QStringList{fam, yes, lo, lo, lo, sc};
    QTest::newRow("lan4") << int(K::InterfaceAddress) << QStringLiteral("198.18.0.1")
                          << QStringList{el, fam, yes, fam, fam, sc};
    QTest::newRow("lan6") << int(K::InterfaceAddress) << QStringLiteral("2001:db8::1")
                          << QStringList{fam, el, fam, yes, el, sc};
    QTest::newRow("link-local") << int(K::InterfaceAddress) << QStringLiteral("fe80::1%test0")
                                << QStringList{fam, el, fam, el, yes, sc};
}

void TestReachabilityProbe::predictionFollowsTheBindChoice()
{
    QFETCH(int, kind);
    QFETCH(QString, bound);
    QFETCH(QStringList, expected);
    const BindChoice choice =
        bound.isEmpty()
            ? BindChoice::make(BindChoice::Kind(kind))
            : BindChoice::forInterfaceAddress(QStringLiteral("test0"), QHostAddress(bound));
    const QList<Target> targets{
        {QHostAddress(QStringLiteral("127.0.0.1")), QStringLiteral("lo")},
        {QHostAddress(QStringLiteral("::1")), QStringLiteral("lo")},
        {QHostAddress(QStringLiteral("198.18.0.1")), QStringLiteral("test0")},
        {QHostAddress(QStringLiteral("2001:db8::1")), QStringLiteral("test0")},
        {QHostAddress(QStringLiteral("fe80::1%test0")), QStringLiteral("test0")},
        {QHostAddress(QStringLiteral("fe80::2")), QStringLiteral("test0")}};
    const QList<ReachabilityRow> rows = ReachabilityProbe::predict(choice, 4242, targets);
    QCOMPARE(rows.size(), targets.size());
    QStringList codes;
    for (const ReachabilityRow &row : rows) {
        codes << row.reasonCode();
        QCOMPARE(row.reachable, row.reason == Reason::Reachable);
        QCOMPARE(row.predictedReachable, row.reachable);
        QVERIFY(!row.proved);
        QCOMPARE(row.port, quint16(4242));
        if (!row.reachable)
            QVERIFY2(!row.reasonText.isEmpty(), qPrintable(row.reasonCode()));
    }
    QCOMPARE(codes, expected);
}

void TestReachabilityProbe::judgeNamesWhatTheConnectionSaw()
{
    const QList<Target> one{{QHostAddress(QStringLiteral("198.18.0.1")), QStringLiteral("test0")}};
    const ReachabilityRow expectReach =
        ReachabilityProbe::predict(BindChoice::make(BindChoice::Kind::AnyIPv4), 1, one).first();
    const ReachabilityRow expectRefusal =
        ReachabilityProbe::predict(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 1, one)
            .first();
    const QByteArray greeting("Thank you for connecting!");

    AttemptResult ours;
    ours.address = one.first().address;
    ours.connected = true;
    ours.outcome = AttemptResult::Outcome::Greeting;
    ours.received = greeting;
    ReachabilityRow row = ReachabilityProbe::judge(expectReach, ours, greeting);
    QVERIFY(row.proved && row.reachable && !row.differsFromPrediction());
    QCOMPARE(row.reason, Reason::Reachable);

    AttemptResult other = ours;
    other.received = "SSH-2.0-OpenSSH_9.2\r\n";
    row = ReachabilityProbe::judge(expectReach, other, greeting);
    QVERIFY(!row.reachable);
    QVERIFY(row.differsFromPrediction());
    QCOMPARE(row.reason, Reason::Unknown);
    QVERIFY(row.evidence.contains(QStringLiteral("not this server's greeting")));
    QVERIFY(row.evidence.contains(QStringLiteral("SSH-2.0-OpenSSH_9.2\\r\\n"))); // escaped

    AttemptResult refused;
    refused.address = one.first().address;
    refused.outcome = AttemptResult::Outcome::ConnectFailed;
    refused.error = SocketErrorInfo::fromConnectError(OsError::code(OsError::Kind::Refused));
    row = ReachabilityProbe::judge(expectRefusal, refused, greeting);
    QVERIFY(!row.reachable && !row.differsFromPrediction());
    QCOMPARE(row.reason, Reason::LoopbackOnly);
    QCOMPARE(row.osError, OsError::name(OsError::code(OsError::Kind::Refused)));
    QVERIFY(row.line().contains(QLatin1Char('(') + row.osError + QLatin1Char(')')));
    // Refused where the bind choice says it listens: the rule cannot explain it.
    row = ReachabilityProbe::judge(expectReach, refused, greeting);
    QCOMPARE(row.reason, Reason::Unknown);
    QVERIFY(row.differsFromPrediction());

    AttemptResult silent;
    silent.address = one.first().address;
    silent.outcome = AttemptResult::Outcome::ConnectTimedOut;
    silent.error = SocketErrorInfo::connectTimeout();
    row = ReachabilityProbe::judge(expectReach, silent, greeting);
    QCOMPARE(row.reason, Reason::FilteredOrTimeout);
    QVERIFY(!row.reachable);

    const QList<Target> linkLocal{
        {QHostAddress(QStringLiteral("fe80::1")), QStringLiteral("test0")}};
    AttemptResult invalid;
    invalid.address = linkLocal.first().address;
    invalid.outcome = AttemptResult::Outcome::ConnectFailed;
    invalid.error =
        SocketErrorInfo::fromConnectError(OsError::code(OsError::Kind::InvalidArgument));
    row = ReachabilityProbe::judge(
        ReachabilityProbe::predict(BindChoice::make(BindChoice::Kind::AnyDualStack), 1, linkLocal)
            .first(),
        invalid, greeting);
    QCOMPARE(row.reason, Reason::LinkLocalNeedsScope);
    QCOMPARE(row.osError, OsError::name(OsError::code(OsError::Kind::InvalidArgument)));
}

void TestReachabilityProbe::loopbackBindReachesLoopbackOnly()
{
    const Proof proof = prove(BindChoice::make(BindChoice::Kind::LoopbackIPv4));
    QVERIFY(proof.listening);
    QCOMPARE(proof.proved.size(), proof.predicted.size());
    const ReachabilityRow *loopback = rowFor(proof.proved, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(loopback);
    QVERIFY(loopback->proved);
    QVERIFY(loopback->reachable);
    QCOMPARE(loopback->reason, Reason::Reachable);
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address.");
    const ReachabilityRow *lanRow = rowFor(proof.proved, lan);
    QVERIFY(lanRow);
    QVERIFY(!lanRow->reachable);
    QCOMPARE(lanRow->reason, Reason::LoopbackOnly);
    QCOMPARE(lanRow->osError, OsError::name(OsError::code(OsError::Kind::Refused)));
    QVERIFY(lanRow->evidence.contains(QStringLiteral("ECONNREFUSED")));
    const ReachabilityRow *v6 = rowFor(proof.proved, QHostAddress(QHostAddress::LocalHostIPv6));
    if (v6)
        QCOMPARE(v6->reason, Reason::OtherFamily);
}

void TestReachabilityProbe::any4ReachesEveryIPv4Address()
{
    const Proof proof = prove(BindChoice::make(BindChoice::Kind::AnyIPv4));
    QVERIFY(proof.listening);
    QVERIFY(!proof.proved.isEmpty());
    for (const ReachabilityRow &row : proof.proved) {
        if (row.address.protocol() == QAbstractSocket::IPv4Protocol) {
            QVERIFY2(row.reachable, qPrintable(row.line()));
        } else {
            QVERIFY2(!row.reachable, qPrintable(row.line()));
            QCOMPARE(row.reason, Reason::OtherFamily);
        }
    }
    const ReachabilityRow *v6 = rowFor(proof.proved, QHostAddress(QHostAddress::LocalHostIPv6));
    if (!v6)
        QSKIP("No ::1 on this machine.");
    QCOMPARE(v6->reason, Reason::OtherFamily);
}

void TestReachabilityProbe::any6ReachesEveryIPv6Address()
{
    const Proof proof = prove(BindChoice::make(BindChoice::Kind::AnyIPv6));
    if (!proof.listening)
        QSKIP("IPv6 is not available here.");
    QVERIFY(!proof.proved.isEmpty());
    for (const ReachabilityRow &row : proof.proved) {
        if (row.address.protocol() == QAbstractSocket::IPv6Protocol) {
            QVERIFY2(row.reachable, qPrintable(row.line()));
        } else {
            QVERIFY2(!row.reachable, qPrintable(row.line()));
            QCOMPARE(row.reason, Reason::OtherFamily);
        }
    }
}

void TestReachabilityProbe::anyReachesEveryAddress()
{
    const Proof proof = prove(BindChoice::make(BindChoice::Kind::AnyDualStack));
    QVERIFY(proof.listening);
    bool linkLocal = false;
    for (const ReachabilityRow &row : proof.proved) {
        QVERIFY2(row.reachable, qPrintable(row.line()));
        QVERIFY(row.evidence.contains(QStringLiteral("this server's greeting")));
        if (row.address.protocol() == QAbstractSocket::IPv6Protocol && row.address.isLinkLocal()) {
            linkLocal = true;
            QVERIFY(!row.address.scopeId().isEmpty());
            QVERIFY(row.reasonText.contains(row.address.scopeId()));
        }
    }
    if (!linkLocal)
        qInfo("No link-local IPv6 address on the stable interfaces; that case was not dialled.");
}

void TestReachabilityProbe::proofEqualsPrediction_data()
{
    QTest::addColumn<QString>("key");
    const QList<Target> stable = stableTargets();
    for (const BindChoice &choice : BindChoices::current()) {
        if (!choice.canListen())
            continue;
        if (choice.kind == BindChoice::Kind::InterfaceAddress &&
            !std::any_of(stable.begin(), stable.end(),
                         [&](const Target &t) { return t.address == choice.address; }))
            continue; // another test's veth: it may be gone by the time we listen
        QTest::newRow(qPrintable(choice.key)) << choice.key;
    }
}

void TestReachabilityProbe::proofEqualsPrediction()
{
    QFETCH(QString, key);
    const BindChoices::Lookup lookup = BindChoices::find(key, BindChoices::current());
    QVERIFY2(lookup.error.isEmpty(), qPrintable(lookup.error));
    const Proof proof = prove(lookup.choice);
    if (!proof.listening)
        QSKIP("Cannot listen on this choice here.");
    QCOMPARE(proof.proved.size(), proof.predicted.size());
    for (int i = 0; i < proof.proved.size(); ++i) {
        const ReachabilityRow &proved = proof.proved.at(i);
        QVERIFY(proved.proved);
        QVERIFY2(proved.sameVerdict(proof.predicted.at(i)),
                 qPrintable(QStringLiteral("%1 / predicted %2")
                                .arg(proved.line(), proof.predicted.at(i).line())));
        QVERIFY(!proved.differsFromPrediction());
    }
}

void TestReachabilityProbe::linkLocalWithoutScopeIsExplained()
{
    QHostAddress linkLocal;
    for (const Target &t : stableTargets()) {
        if (t.address.protocol() == QAbstractSocket::IPv6Protocol && t.address.isLinkLocal())
            linkLocal = t.address;
    }
    if (linkLocal.isNull())
        QSKIP("No link-local IPv6 address here.");
    linkLocal.setScopeId(QString());
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::AnyDualStack), 0));
    const QList<Target> targets{{linkLocal, QStringLiteral("test")}};
    ReachabilityProbe probe;
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    // Without a scope the kernel refuses the address itself (EINVAL): nothing leaves the host.
    probe.start(server.choice(), server.serverPort(), server.greeting(), targets);
    QVERIFY(finished.wait(5000));
    const ReachabilityRow row = probe.rows().first();
    QVERIFY(!row.reachable);
    QCOMPARE(row.reason, Reason::LinkLocalNeedsScope);
    QCOMPARE(row.osError, OsError::name(OsError::code(OsError::Kind::InvalidArgument)));
    QVERIFY(!row.differsFromPrediction());
}

void TestReachabilityProbe::anotherProgramIsNotMistakenForUs()
{
    TestPeer other(TestPeer::Mode::Greet, QByteArrayLiteral("SSH-2.0-OpenSSH_9.2\r\n"));
    QVERIFY(other.listen());
    TestPeer silent(TestPeer::Mode::Silent);
    QVERIFY(silent.listen());
    const QList<Target> targets{{QHostAddress(QHostAddress::LocalHost), QStringLiteral("lo")}};
    const BindChoice loopback = BindChoice::make(BindChoice::Kind::LoopbackIPv4);

    ReachabilityProbe probe;
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    probe.start(loopback, other.port(), GreetingServer::defaultGreeting(), targets);
    QVERIFY(finished.wait(5000));
    ReachabilityRow row = probe.rows().first();
    QVERIFY(!row.reachable);
    QVERIFY(row.differsFromPrediction());
    QCOMPARE(row.reason, Reason::Unknown);
    QVERIFY(row.evidence.contains(QStringLiteral("not this server's greeting")));

    ConnectAttempt::Limits quick;
    quick.connectTimeoutMs = 1000;
    quick.readDeadlineMs = 200;
    probe.setLimits(quick);
    probe.start(loopback, silent.port(), GreetingServer::defaultGreeting(), targets);
    QVERIFY(finished.wait(5000));
    row = probe.rows().first();
    QVERIFY(!row.reachable);
    QVERIFY(row.evidence.contains(QStringLiteral("kept the connection open")));
}

void TestReachabilityProbe::selfTestsAreClaimedOnceAndClientsAreNot()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::AnyDualStack), 0));
    ReachabilityProbe probe;
    QList<ConnectionRecord> clients;
    QList<ConnectionRecord> selfTests;
    // As the window and the headless server do: ask the probe while the record is fresh.
    connect(&server, &GreetingServer::connectionServed, this, [&](const ConnectionRecord &r) {
        (probe.claimConnection(r.peer, r.peerPort) ? selfTests : clients) << r;
    });
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    probe.start(server.choice(), server.serverPort(), server.greeting(), stableTargets());
    QVERIFY(finished.wait(10000));
    const QList<ReachabilityRow> rows = probe.rows();
    QCOMPARE(selfTests.size(), rows.size()); // every row reached the server, once
    QVERIFY(clients.isEmpty());

    QCOMPARE(LoopbackFetch::fetch(QHostAddress::LocalHost, server.serverPort()).data,
             server.greeting());
    QTRY_COMPARE(clients.size(), 1);
    QCOMPARE(selfTests.size(), rows.size());
    // Claimed once: asking again about a self-test's endpoint says no.
    QVERIFY(!probe.claimConnection(selfTests.first().peer, selfTests.first().peerPort));
}

void TestReachabilityProbe::noTargetsStillFinishes()
{
    ReachabilityProbe probe;
    QSignalSpy finished(&probe, &ReachabilityProbe::finished);
    probe.start(BindChoice::make(BindChoice::Kind::AnyIPv4), 1, "x", {});
    QVERIFY(finished.wait(1000));
    QVERIFY(finished.first().first().value<QList<ReachabilityRow>>().isEmpty());
    QVERIFY(!probe.isRunning());
}

QTEST_GUILESS_MAIN(TestReachabilityProbe)
#include "tst_reachabilityprobe.moc"
