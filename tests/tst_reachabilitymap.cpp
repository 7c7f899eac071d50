#include "reachability/ReachabilityMap.h"
#include "reachability/ReachabilityProbe.h"

#include <QTest>

// The model behind the server window's map, per scenario: which doors are open for each bind
// choice, and which door a connection lights.
class TestReachabilityMap final : public QObject
{
    Q_OBJECT

private slots:
    void hostnameBindOpensOnlyLoopback();
    void anyBindOpensEveryDoor();
    void any4LeavesIPv6Shut();
    void connectionLightsItsDoor();
    void hitsAreTheLogsCounts();
    void lightsSurviveARebuild();
    void loopbackAndRoutableComeBeforeLinkLocal();

private:
    static QList<ReachabilityProbe::Target> machine();
    static ReachabilityMap mapFor(const BindChoice &choice, bool listening = true)
    {
        return ReachabilityMap::build(QStringLiteral("vm"), choice, listening, 12397,
                                      ReachabilityProbe::predict(choice, 12397, machine()));
    }
};

QList<ReachabilityProbe::Target> TestReachabilityMap::machine()
{
    QHostAddress linkLocal(QStringLiteral("fe80::1"));
    linkLocal.setScopeId(QStringLiteral("eth0"));
    return {{QHostAddress(QStringLiteral("127.0.0.1")), QStringLiteral("lo")},
            {QHostAddress(QStringLiteral("::1")), QStringLiteral("lo")},
            {QHostAddress(QStringLiteral("198.18.0.1")), QStringLiteral("eth0")},
            {QHostAddress(QStringLiteral("2001:db8:18::1")), QStringLiteral("eth0")},
            {linkLocal, QStringLiteral("eth0")}};
}

void TestReachabilityMap::hostnameBindOpensOnlyLoopback()
{
    const BindChoice hostname = BindChoice::forHostname(
        QStringLiteral("vm"), {QHostAddress(QStringLiteral("127.0.0.1"))}, QString());
    const ReachabilityMap map = mapFor(hostname);
    QCOMPARE(map.ports.size(), 2);
    QCOMPARE(map.ports.at(0).interfaceName, QStringLiteral("lo"));
    QCOMPARE(map.openDoors(), 1);
    QVERIFY(map.door(QHostAddress(QStringLiteral("127.0.0.1")))->open);
    const auto *lan = map.door(QHostAddress(QStringLiteral("198.18.0.1")));
    QVERIFY(!lan->open);
    QCOMPARE(lan->reasonCode, QStringLiteral("loopback-only"));
    QVERIFY(map.socketLabel.contains(QStringLiteral("127.0.0.1:12397")));
}

void TestReachabilityMap::anyBindOpensEveryDoor()
{
    const ReachabilityMap map = mapFor(BindChoice::make(BindChoice::Kind::AnyDualStack));
    QCOMPARE(map.openDoors(), 5);
}

void TestReachabilityMap::any4LeavesIPv6Shut()
{
    const ReachabilityMap map = mapFor(BindChoice::make(BindChoice::Kind::AnyIPv4), false);
    QCOMPARE(map.openDoors(), 2);
    QCOMPARE(map.door(QHostAddress(QStringLiteral("::1")))->reasonCode,
             QStringLiteral("other-family"));
    QVERIFY(!map.listening);
    QVERIFY(map.socketLabel.startsWith(QStringLiteral("not listening")));
}

void TestReachabilityMap::connectionLightsItsDoor()
{
    ReachabilityMap map = mapFor(BindChoice::make(BindChoice::Kind::AnyDualStack));
    ConnectionRecord record;
    record.peer = QHostAddress(QStringLiteral("198.18.0.2"));
    record.peerPort = 40000;
    // A dual-stack socket reports IPv4 arrivals as IPv4-mapped addresses.
    record.local = QHostAddress(QStringLiteral("::ffff:198.18.0.1"));
    record.localPort = 12397;
    QVERIFY(map.light(record, 1000));
    const auto *door = map.door(QHostAddress(QStringLiteral("198.18.0.1")));
    QVERIFY(door->isLit(1000 + ReachabilityMap::kLitMsecs - 1));
    QVERIFY(!door->isLit(1000 + ReachabilityMap::kLitMsecs));
    QCOMPARE(door->lastPeer, QStringLiteral("198.18.0.2:40000"));
    QVERIFY(!map.door(QHostAddress(QStringLiteral("127.0.0.1")))->isLit(1000));

    record.local = QHostAddress(QStringLiteral("203.0.113.9"));
    QVERIFY(!map.light(record, 1000));
}

// Hits come from the log's exact counts, not from the lit sample of a flood.
void TestReachabilityMap::hitsAreTheLogsCounts()
{
    ReachabilityMap map = mapFor(BindChoice::make(BindChoice::Kind::AnyDualStack));
    QHash<QHostAddress, quint64> counts;
    counts.insert(QHostAddress(QStringLiteral("::ffff:198.18.0.1")), 70000);
    counts.insert(QHostAddress(QStringLiteral("198.18.0.1")), 5);
    counts.insert(QHostAddress(QStringLiteral("::1")), 2);
    counts.insert(QHostAddress(QStringLiteral("203.0.113.9")), 9); // no door: not shown
    QVERIFY(map.countArrivals(counts));
    QCOMPARE(map.door(QHostAddress(QStringLiteral("198.18.0.1")))->hits, quint64(70005));
    QCOMPARE(map.door(QHostAddress(QStringLiteral("::1")))->hits, quint64(2));
    QCOMPARE(map.door(QHostAddress(QStringLiteral("127.0.0.1")))->hits, quint64(0));
    QVERIFY(!map.countArrivals(counts)); // nothing new: nothing to repaint
}

void TestReachabilityMap::lightsSurviveARebuild()
{
    ReachabilityMap before = mapFor(BindChoice::make(BindChoice::Kind::AnyDualStack));
    ConnectionRecord record;
    record.local = QHostAddress(QStringLiteral("127.0.0.1"));
    QVERIFY(before.light(record, 0));
    QHash<QHostAddress, quint64> counts;
    counts.insert(record.local, 1);
    before.countArrivals(counts);
    ReachabilityMap after = mapFor(BindChoice::make(BindChoice::Kind::AnyDualStack));
    after.carryLightsFrom(before);
    QCOMPARE(after.door(QHostAddress(QStringLiteral("127.0.0.1")))->hits, quint64(1));
    QVERIFY(after.door(QHostAddress(QStringLiteral("127.0.0.1")))->isLit(0));
}

// A laptop's interfaces: what the map shows first when they do not all fit.
void TestReachabilityMap::loopbackAndRoutableComeBeforeLinkLocal()
{
    QHostAddress vethLinkLocal(QStringLiteral("fe80::2"));
    vethLinkLocal.setScopeId(QStringLiteral("veth1"));
    const QList<ReachabilityProbe::Target> targets = {
        {vethLinkLocal, QStringLiteral("veth1")},
        {QHostAddress(QStringLiteral("198.18.0.9")), QStringLiteral("docker0")},
        {QHostAddress(QStringLiteral("198.18.0.1")), QStringLiteral("wlp2s0")},
        {QHostAddress(QStringLiteral("127.0.0.1")), QStringLiteral("lo")}};
    const BindChoice any = BindChoice::make(BindChoice::Kind::AnyDualStack);
    ReachabilityMap map = ReachabilityMap::build(QStringLiteral("vm"), any, true, 12397,
                                                 ReachabilityProbe::predict(any, 12397, targets));
    const auto names = [&map] {
        QStringList list;
        for (const int i : map.displayOrder())
            list << map.ports.at(i).interfaceName;
        return list;
    };
    QCOMPARE(names(), (QStringList{QStringLiteral("lo"), QStringLiteral("wlp2s0"),
                                   QStringLiteral("docker0"), QStringLiteral("veth1")}));
    // A door a client used moves its interface up, next to loopback.
    QHash<QHostAddress, quint64> counts;
    counts.insert(vethLinkLocal, 1);
    QVERIFY(map.countArrivals(counts));
    QCOMPARE(names().at(1), QStringLiteral("veth1"));
    QVERIFY(ReachabilityMap::looksVirtual(QStringLiteral("br-4f1c2a7d9e0b")));
    QVERIFY(!ReachabilityMap::looksVirtual(QStringLiteral("enx00e04c680123")));
}

QTEST_GUILESS_MAIN(TestReachabilityMap)
#include "tst_reachabilitymap.moc"
