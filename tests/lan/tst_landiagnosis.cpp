#include "ClientRun.h"
#include "LocalAddresses.h"
#include "NetLab.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

// The client's diagnosis of failures that need a second host, each built for real in the lab:
// a refusal by another host, a firewall that drops or rejects (each way common firewalls do),
// a host that is not there, a network with no route, a name nobody knows.
class TestLanDiagnosis final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void remoteRefused_data();
    void remoteRefused();
    void filtered_data();
    void filtered();
    void firewallRejects_data();
    void firewallRejects();
    void ownFirewallOnLoopback_data();
    void ownFirewallOnLoopback();
    void hostUnreachable();
    void networkUnreachable_data();
    void networkUnreachable();
    void hostNotFound();
    void labNamesResolveInside();

private:
    const NetLab::Facts &lab() const { return m_lab->facts(); }

    std::unique_ptr<NetLab> m_lab;
};

void TestLanDiagnosis::initTestCase()
{
    NetLab::ForTest up = NetLab::upForTest();
    if (!up.skip.isEmpty())
        QSKIP(qPrintable(up.skip));
    QVERIFY2(up.failure.isEmpty(), qPrintable(up.failure));
    m_lab = std::move(up.lab);
}

void TestLanDiagnosis::cleanupTestCase()
{
    const QString left = NetLab::tearDown(m_lab);
    QVERIFY2(left.isEmpty(), qPrintable(left));
}

void TestLanDiagnosis::remoteRefused_data()
{
    QTest::addColumn<bool>("fromLab");
    QTest::addColumn<QHostAddress>("to");
    // Nothing listens in the lab at all; on this machine the port was free a moment ago.
    QTest::newRow("here -> lab, IPv4") << false << lab().peerV4;
    QTest::newRow("here -> lab, IPv6") << false << lab().peerV6;
    QTest::newRow("lab -> here, IPv4") << true << lab().hostV4;
    QTest::newRow("lab -> here, IPv6") << true << lab().hostV6;
}

void TestLanDiagnosis::remoteRefused()
{
    QFETCH(bool, fromLab);
    QFETCH(QHostAddress, to);
    const quint16 port = LocalAddresses::freePort();
    QVERIFY(port != 0);
    const ClientRun run = ClientRun::exec({to.toString(), QString::number(port)},
                                          fromLab ? m_lab->inside({}) : QStringList());
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorName(), QStringLiteral("ConnectionRefusedError"));
    QCOMPARE(run.osError(), QStringLiteral("ECONNREFUSED"));
    QCOMPARE(run.cause(), QStringLiteral("remote-refused"));
}

void TestLanDiagnosis::filtered_data()
{
    QTest::addColumn<QHostAddress>("to");
    QTest::newRow("IPv4") << lab().peerV4;
    QTest::newRow("IPv6") << lab().peerV6;
}

void TestLanDiagnosis::filtered()
{
    // A server really listens in the lab, and the lab's own firewall drops what comes to it: the
    // client hears nothing at all, which is what a dropping firewall looks like from outside.
    QFETCH(QHostAddress, to);
    ServerProcess server(QStringLiteral("any"), m_lab->inside({}));
    QVERIFY2(server.waitListening(), qPrintable(server.failure()));
    QString why;
    QVERIFY2(m_lab->dropTcpInside(server.port(), &why), qPrintable(why));
    QCOMPARE(m_lab->routeDevice(to, false), lab().hostInterface);

    const ClientRun run = ClientRun::exec({QStringLiteral("--timeout"), QStringLiteral("1500"),
                                           to.toString(), QString::number(server.port())});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorName(), QStringLiteral("SocketTimeoutError"));
    QCOMPARE(run.cause(), QStringLiteral("filtered"));
    QVERIFY(server.waitConnection(200).isEmpty());
}

void TestLanDiagnosis::firewallRejects_data()
{
    QTest::addColumn<QHostAddress>("to");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("osError");
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("icmp");
    const QString adminProhibited = QStringLiteral("reject with icmpx type admin-prohibited");
    // firewalld's default: ICMP "administratively prohibited", which the kernel reports as "No
    // route to host" (IPv4) or "Permission denied" (IPv6); the ICMP code tells it apart.
    QTest::newRow("admin-prohibited, IPv4")
        << lab().peerV4 << adminProhibited << QStringLiteral("EHOSTUNREACH")
        << QStringLiteral("firewall-rejected") << QStringLiteral("admin-prohibited");
    QTest::newRow("admin-prohibited, IPv6")
        << lab().peerV6 << adminProhibited << QStringLiteral("EACCES")
        << QStringLiteral("firewall-rejected") << QStringLiteral("admin-prohibited");
    // A reset from a firewall looks exactly like a closed port; here the BindLab server behind
    // it tells the client it does listen there, so something on the way refused.
    QTest::newRow("tcp reset, IPv4")
        << lab().peerV4 << QStringLiteral("reject with tcp reset") << QStringLiteral("ECONNREFUSED")
        << QStringLiteral("firewall-rejected") << QString();
}

void TestLanDiagnosis::firewallRejects()
{
    // A server really listens in the lab, and the lab's own firewall rejects what comes to it.
    QFETCH(QHostAddress, to);
    QFETCH(QString, verdict);
    QFETCH(QString, osError);
    QFETCH(QString, cause);
    QFETCH(QString, icmp);
    ServerProcess server(QStringLiteral("any"), m_lab->inside({}));
    QVERIFY2(server.waitListening(), qPrintable(server.failure()));
    QString why;
    const QStringList rule = QStringList{QStringLiteral("tcp"), QStringLiteral("dport"),
                                         QString::number(server.port())} +
                             verdict.split(QLatin1Char(' '));
    QVERIFY2(m_lab->firewallInside(QStringLiteral("input"), rule, &why), qPrintable(why));
    QCOMPARE(m_lab->routeDevice(to, false), lab().hostInterface);

    const ClientRun run = ClientRun::exec({QStringLiteral("--timeout"), QStringLiteral("5000"),
                                           to.toString(), QString::number(server.port())});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.osError(), osError);
    QVERIFY2(run.cause() == cause, qPrintable(run.describe()));
    QCOMPARE(run.result.value(QStringLiteral("reachable")).toBool(), false);
    // Only a refusal makes the client ask; the server confirms that it listens there.
    const bool confirmed = run.result.value(QStringLiteral("diagnosis"))
                               .toObject()
                               .value(QStringLiteral("confirmed_by_server"))
                               .toBool();
    QCOMPARE(confirmed, osError == QLatin1String("ECONNREFUSED"));
    if (!icmp.isEmpty()) {
        const QJsonObject report = run.result.value(QStringLiteral("icmp")).toObject();
        QCOMPARE(report.value(QStringLiteral("meaning")).toString(), icmp);
        QCOMPARE(report.value(QStringLiteral("from")).toString(), to.toString());
    }
    QVERIFY(server.waitConnection(200).isEmpty());
}

void TestLanDiagnosis::ownFirewallOnLoopback_data()
{
    QTest::addColumn<QHostAddress>("to");
    QTest::newRow("IPv4") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("IPv6") << QHostAddress(QHostAddress::LocalHostIPv6);
}

void TestLanDiagnosis::ownFirewallOnLoopback()
{
    // A machine's own output chain rejecting its own loopback traffic: built inside the lab,
    // which has a loopback of its own, never in this machine's ruleset. Only that machine's
    // firewall can have said no, and the diagnosis says so.
    QFETCH(QHostAddress, to);
    const quint16 port = LocalAddresses::freePort();
    QVERIFY(port != 0);
    const QString family = to.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("ip")
                                                                          : QStringLiteral("ip6");
    const QStringList rule{family,
                           QStringLiteral("daddr"),
                           to.toString(),
                           QStringLiteral("tcp"),
                           QStringLiteral("dport"),
                           QString::number(port),
                           QStringLiteral("reject"),
                           QStringLiteral("with"),
                           QStringLiteral("icmpx"),
                           QStringLiteral("type"),
                           QStringLiteral("admin-prohibited")};
    QString why;
    QVERIFY2(m_lab->firewallInside(QStringLiteral("output"), rule, &why), qPrintable(why));
    const ClientRun run =
        ClientRun::exec({to.toString(), QString::number(port)}, m_lab->inside({}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.cause() == QStringLiteral("firewall-rejected"), qPrintable(run.describe()));
    const QString summary = run.result.value(QStringLiteral("diagnosis"))
                                .toObject()
                                .value(QStringLiteral("summary"))
                                .toString();
    QVERIFY2(summary.contains(QLatin1String("this machine's own firewall"), Qt::CaseInsensitive),
             qPrintable(summary));
}

void TestLanDiagnosis::hostUnreachable()
{
    // An address on the lab's own link that nobody has: ARP goes unanswered on the veth and the
    // kernel gives up with EHOSTUNREACH (after about 3 s). Dialled from inside the lab, which
    // has no other way out.
    QCOMPARE(m_lab->routeDevice(lab().unusedV4, true), lab().peerInterface);
    const ClientRun run = ClientRun::exec({QStringLiteral("--timeout"), QStringLiteral("15000"),
                                           lab().unusedV4.toString(), QStringLiteral("9")},
                                          m_lab->inside({}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorName(), QStringLiteral("NetworkError"));
    QCOMPARE(run.osError(), QStringLiteral("EHOSTUNREACH"));
    QCOMPARE(run.cause(), QStringLiteral("host-unreachable"));
    // The kernel's own "host unreachable" to itself, not a firewall's "prohibited".
    const QString icmp = run.result.value(QStringLiteral("icmp"))
                             .toObject()
                             .value(QStringLiteral("meaning"))
                             .toString();
    QVERIFY2(icmp.isEmpty() || icmp == QLatin1String("host-unreachable"), qPrintable(icmp));
}

void TestLanDiagnosis::networkUnreachable_data()
{
    QTest::addColumn<QHostAddress>("to");
    QTest::newRow("IPv4") << lab().offlinkV4;
    QTest::newRow("IPv6") << lab().offlinkV6;
}

void TestLanDiagnosis::networkUnreachable()
{
    // The lab has no default route: its own routing table refuses at once and nothing leaves.
    QFETCH(QHostAddress, to);
    QVERIFY2(m_lab->routeDevice(to, true).isEmpty(), "the lab must have no route there");
    const ClientRun run = ClientRun::exec({to.toString(), QStringLiteral("9")}, m_lab->inside({}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errorName(), QStringLiteral("NetworkError"));
    QCOMPARE(run.osError(), QStringLiteral("ENETUNREACH"));
    QCOMPARE(run.cause(), QStringLiteral("network-unreachable"));
}

void TestLanDiagnosis::hostNotFound()
{
    // Inside the lab the hosts file has no such name and resolv.conf names a server on the lab's
    // own loopback, where none runs: the lookup fails there and then, without any DNS traffic.
    const ClientRun run =
        ClientRun::exec({QStringLiteral("--timeout"), QStringLiteral("5000"),
                         QStringLiteral("no-such-host.invalid"), QStringLiteral("9")},
                        m_lab->inside({}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.cause(), QStringLiteral("host-not-found"));
    QVERIFY(run.result.value(QStringLiteral("attempts")).toArray().isEmpty());
}

void TestLanDiagnosis::labNamesResolveInside()
{
    // The lab's hosts file gives this machine a name over there.
    ServerProcess server(QStringLiteral("any"));
    QVERIFY2(server.waitListening(), qPrintable(server.failure()));
    const ClientRun run =
        ClientRun::exec({lab().hostName, QString::number(server.port())}, m_lab->inside({}));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.cause(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestLanDiagnosis)
#include "tst_landiagnosis.moc"
