#include "LocalAddresses.h"
#include "client/ConnectRun.h"
#include "diagnosis/Diagnosis.h"
#include "platform/ListeningSockets.h"
#include "server/GreetingServer.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>

// The probe is macOS's socket table; it is built and tested on every platform.
class TestListeningSocketsProbe final : public QObject
{
    Q_OBJECT

private slots:
    void loopbackListenerIsSeenOnLoopbackOnly();
    void wildcardListenerIsSeenOnEveryIPv4Address();
    void nothingListening();
    void portZeroIsUnknown();
    void probeAddressesIncludeLoopbackOnce();
    void unusableAndRepeatedAddresses();
    void diagnosisFromTheProbeFindsTheClassicBug();
    void tableIsReadOnlyWhenThisMachineRefused();

private:
    static RunResult runTo(const QHostAddress &address, quint16 port);
    static bool lists(const ListeningSockets::Table &table, const QHostAddress &address);
};

bool TestListeningSocketsProbe::lists(const ListeningSockets::Table &table,
                                      const QHostAddress &address)
{
    for (const ListeningSockets::Listener &l : table.listeners) {
        if (l.address == address)
            return true;
    }
    return false;
}

void TestListeningSocketsProbe::loopbackListenerIsSeenOnLoopbackOnly()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    const quint16 port = server.serverPort();

    const ListeningSockets::Table table =
        ListeningSockets::probe(port, ListeningSockets::probeAddresses());
    QVERIFY(table.known);
    QCOMPARE(table.source, QStringLiteral("probe"));
    QVERIFY(lists(table, QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(!lists(table, QHostAddress(QHostAddress::LocalHostIPv6)));
    for (const ListeningSockets::Listener &l : table.listeners) {
        QCOMPARE(l.port, port);
        QVERIFY2(l.address.isLoopback(), qPrintable(l.address.toString()));
    }

    // The classic case the probe exists for: it listens, but not on the LAN address.
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address to compare with.");
    const ListeningSockets::Table pair =
        ListeningSockets::probe(port, {QHostAddress(QHostAddress::LocalHost), lan});
    QVERIFY(lists(pair, QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(!lists(pair, lan));
}

void TestListeningSocketsProbe::wildcardListenerIsSeenOnEveryIPv4Address()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::AnyIPv4), 0));
    const quint16 port = server.serverPort();
    const QHostAddress lan = LocalAddresses::lanIPv4();
    QList<QHostAddress> addresses{QHostAddress(QHostAddress::LocalHost),
                                  QHostAddress(QHostAddress::LocalHostIPv6)};
    if (!lan.isNull())
        addresses << lan;

    const ListeningSockets::Table table = ListeningSockets::probe(port, addresses);
    QVERIFY(lists(table, QHostAddress(QHostAddress::LocalHost)));
    if (!lan.isNull())
        QVERIFY(lists(table, lan));
    // 0.0.0.0 is IPv4 only: ::1 is refused.
    QVERIFY(!lists(table, QHostAddress(QHostAddress::LocalHostIPv6)));
}

void TestListeningSocketsProbe::nothingListening()
{
    const quint16 port = LocalAddresses::freePort();
    QVERIFY(port != 0);
    const ListeningSockets::Table table =
        ListeningSockets::probe(port, ListeningSockets::probeAddresses());
    QVERIFY(table.known);
    QVERIFY(table.listeners.isEmpty());
}

void TestListeningSocketsProbe::portZeroIsUnknown()
{
    const ListeningSockets::Table table =
        ListeningSockets::probe(0, {QHostAddress(QHostAddress::LocalHost)});
    QVERIFY(!table.known);
    QVERIFY(table.listeners.isEmpty());
}

void TestListeningSocketsProbe::probeAddressesIncludeLoopbackOnce()
{
    const QList<QHostAddress> addresses = ListeningSockets::probeAddresses();
    QCOMPARE(addresses.count(QHostAddress(QHostAddress::LocalHost)), 1);
    QCOMPARE(addresses.count(QHostAddress(QHostAddress::LocalHostIPv6)), 1);
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (!lan.isNull())
        QVERIFY(addresses.contains(lan));
}

void TestListeningSocketsProbe::unusableAndRepeatedAddresses()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    // A null address cannot even be dialled, and loopback listed twice is one address: the
    // probe passes over both (no hang, no false "listening") and still sees loopback once.
    const ListeningSockets::Table table = ListeningSockets::probe(
        server.serverPort(),
        {QHostAddress(), QHostAddress(QHostAddress::LocalHost), QHostAddress::LocalHost});
    QVERIFY(table.known);
    QCOMPARE(table.listeners.size(), 1);
    QCOMPARE(table.listeners.first().address, QHostAddress(QHostAddress::LocalHost));
}

// What macOS users get: the same "loopback-only" verdict as Linux's /proc table gives.
void TestListeningSocketsProbe::diagnosisFromTheProbeFindsTheClassicBug()
{
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address to be refused on.");
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));

    const RunResult run = runTo(lan, server.serverPort());

    Diagnosis::LocalFacts facts;
    facts.ownAddresses = QNetworkInterface::allAddresses();
    facts.listeners =
        ListeningSockets::probe(server.serverPort(), ListeningSockets::probeAddresses());
    const Diagnosis d = Diagnosis::ofRun(run, facts);
    QCOMPARE(d.causeCode(), QStringLiteral("loopback-only"));
    QVERIFY2(d.evidence.join(QLatin1Char('\n')).contains(QLatin1String("(probe)")),
             qPrintable(d.evidence.join(QLatin1Char('\n'))));
}

// On macOS reading the table means connecting to the server: a run that greeted must not, or
// every Connect would add the probe's connections to the server's log. Where the table names
// owners (Linux, Windows), a reachable run reads it to say which program answered.
void TestListeningSocketsProbe::tableIsReadOnlyWhenThisMachineRefused()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    const RunResult greeted = runTo(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(greeted.ok());
    QCOMPARE(Diagnosis::LocalFacts::gather(greeted).listeners.known,
             ListeningSockets::namesOwners());

    const RunResult refused = runTo(QHostAddress::LocalHost, LocalAddresses::freePort());
    QVERIFY(!refused.ok());
    QVERIFY(Diagnosis::LocalFacts::gather(refused).listeners.known);
}

RunResult TestListeningSocketsProbe::runTo(const QHostAddress &address, quint16 port)
{
    Target target;
    target.input = target.host = address.toString();
    target.literal = address;
    target.port = port;
    ConnectRun run;
    QSignalSpy finished(&run, &ConnectRun::finished);
    run.start(target, {});
    if (!finished.wait(15000))
        qFatal("run did not finish");
    return run.result();
}

QTEST_GUILESS_MAIN(TestListeningSocketsProbe)
#include "tst_listeningsocketsprobe.moc"
