#include "LoopbackFetch.h"
#include "server/GreetingServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <sched.h>
#include <unistd.h>

// The listening address leaves its interface, the interface goes down, both come back: the
// server says so (Qt says nothing, and clients just time out). Runs in a network namespace
// of its own, holding only lo and a veth pair blh0/blh1 with addresses from 198.18.0.0/24 on
// blh0, so nothing it does can reach another host or outlive it.
class TestHardeningAddress final : public QObject
{
    Q_OBJECT

public:
    explicit TestHardeningAddress(bool isolated)
        : m_isolated(isolated)
    {}

private slots:
    void initTestCase();
    void serverSeesItsAddressLeaveAndReturn();
    void headlessPrintsTheEvent();

private:
    bool ip(const QStringList &args, QByteArray *out = nullptr);
    static ServerNotice::Kind lastKind(const QSignalSpy &spy);

    bool m_isolated = false;
    QString m_ip;
    const QHostAddress m_address{QStringLiteral("198.18.0.7")};
};

bool TestHardeningAddress::ip(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(m_ip, args);
    if (!p.waitForFinished(10000))
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        qWarning("ip %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                 p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

ServerNotice::Kind TestHardeningAddress::lastKind(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ServerNotice::Kind::AcceptResumed
                         : spy.last().at(0).value<ServerNotice>().kind;
}

void TestHardeningAddress::initTestCase()
{
    if (!m_isolated)
        QSKIP("Needs root: runs in a network namespace of its own with a veth pair.");
    m_ip = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (m_ip.isEmpty())
        QSKIP("The ip command (iproute2) is missing.");
    QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                QStringLiteral("up")}));
    // A veth pair rather than a dummy interface: sandboxes often lack the dummy module. Both
    // ends stay here; blh1 is up only so that blh0 has a carrier.
    if (!ip({QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("blh0"),
             QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
             QStringLiteral("name"), QStringLiteral("blh1")}))
        QSKIP("This kernel cannot create veth interfaces.");
    QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("blh1"),
                QStringLiteral("up")}));
    QVERIFY(ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("198.18.0.7/24"),
                QStringLiteral("dev"), QStringLiteral("blh0")}));
    QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("blh0"),
                QStringLiteral("up")}));
    // A veth end gets its carrier a moment after "up"; start from a running interface.
    QTRY_VERIFY(QNetworkInterface::interfaceFromName(QStringLiteral("blh0"))
                    .flags()
                    .testFlag(QNetworkInterface::IsRunning));
    // Only this namespace's own address: the route must say so before anything is sent.
    QByteArray route;
    QVERIFY(
        ip({QStringLiteral("route"), QStringLiteral("get"), QStringLiteral("198.18.0.7")}, &route));
    QVERIFY2(route.startsWith("local 198.18.0.7"), route.constData());
}

void TestHardeningAddress::serverSeesItsAddressLeaveAndReturn()
{
    GreetingServer server;
    server.setAddressCheckInterval(50);
    QSignalSpy notices(&server, &GreetingServer::notice);
    QVERIFY(server.start(BindChoice::forInterfaceAddress(QStringLiteral("blh0"), m_address), 0));
    const quint16 port = server.serverPort();
    QCOMPARE(LoopbackFetch::fetch(m_address, port).data, GreetingServer::defaultGreeting());
    QTest::qWait(200);
    QCOMPARE(notices.count(), 0); // all is well: nothing to say

    QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("blh0"),
                QStringLiteral("down")}));
    QTRY_COMPARE(lastKind(notices), ServerNotice::Kind::InterfaceDown);
    const ServerNotice down = notices.last().at(0).value<ServerNotice>();
    QCOMPARE(down.interfaceName, QStringLiteral("blh0"));
    QCOMPARE(down.address, m_address);
    QCOMPARE(down.port, port);
    QVERIFY(down.isProblem());

    QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("blh0"),
                QStringLiteral("up")}));
    QTRY_COMPARE(lastKind(notices), ServerNotice::Kind::AddressBack);
    QCOMPARE(notices.count(), 2);

    QVERIFY(ip({QStringLiteral("addr"), QStringLiteral("del"), QStringLiteral("198.18.0.7/24"),
                QStringLiteral("dev"), QStringLiteral("blh0")}));
    QTRY_COMPARE(lastKind(notices), ServerNotice::Kind::AddressGone);
    const ServerNotice gone = notices.last().at(0).value<ServerNotice>();
    QCOMPARE(gone.interfaceName, QStringLiteral("blh0")); // where it was
    QVERIFY(gone.message().contains(QStringLiteral("198.18.0.7")));
    QVERIFY(server.isListening()); // the kernel keeps the socket; only the address is gone

    // The same listening socket works again once the address is back.
    QVERIFY(ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("198.18.0.7/24"),
                QStringLiteral("dev"), QStringLiteral("blh0")}));
    QTRY_COMPARE(lastKind(notices), ServerNotice::Kind::AddressBack);
    QCOMPARE(LoopbackFetch::fetch(m_address, port).data, GreetingServer::defaultGreeting());
    QCOMPARE(notices.count(), 4);

    server.stop();
    QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("blh0"),
                QStringLiteral("down")}));
    QTest::qWait(200);
    QCOMPARE(notices.count(), 4); // stopped: no longer watching

    // Started while its interface is down: said at once, not only after a change.
    QVERIFY(server.start(BindChoice::forInterfaceAddress(QStringLiteral("blh0"), m_address), 0));
    QTRY_COMPARE(lastKind(notices), ServerNotice::Kind::InterfaceDown);
    QCOMPARE(notices.count(), 5);
    server.stop();
    QVERIFY(ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("blh0"),
                QStringLiteral("up")}));
    QTRY_VERIFY(QNetworkInterface::interfaceFromName(QStringLiteral("blh0"))
                    .flags()
                    .testFlag(QNetworkInterface::IsRunning));
}

void TestHardeningAddress::headlessPrintsTheEvent()
{
    const QString serverPath = qEnvironmentVariable("BINDLAB_SERVER");
    QVERIFY2(QFile::exists(serverPath), "BINDLAB_SERVER must name bindlab-server");
    QVERIFY(ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("198.18.0.8/24"),
                QStringLiteral("dev"), QStringLiteral("blh0")}));
    // The child inherits this namespace.
    QProcess server;
    server.start(serverPath,
                 {QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("--bind"),
                  QStringLiteral("198.18.0.8"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(server.waitForReadyRead(10000));
    const QJsonObject listening = QJsonDocument::fromJson(server.readLine()).object();
    QCOMPARE(listening.value(QStringLiteral("event")).toString(), QStringLiteral("listening"));

    QVERIFY(ip({QStringLiteral("addr"), QStringLiteral("del"), QStringLiteral("198.18.0.8/24"),
                QStringLiteral("dev"), QStringLiteral("blh0")}));
    // The window and the headless mode check every few seconds.
    QJsonObject event;
    QElapsedTimer clock;
    clock.start();
    while (event.isEmpty() &&
           clock.elapsed() < 3 * ListenAddressWatcher::kDefaultIntervalMs + 2000) {
        if (!server.canReadLine() && !server.waitForReadyRead(200))
            continue;
        // Other events (the server's own reachability check) may come first.
        const QJsonObject line = QJsonDocument::fromJson(server.readLine()).object();
        if (line.value(QStringLiteral("event")).toString() == QLatin1String("address-gone"))
            event = line;
    }
    server.terminate();
    server.waitForFinished(5000);
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("address-gone"));
    QCOMPARE(event.value(QStringLiteral("address")).toString(), QStringLiteral("198.18.0.8"));
    QCOMPARE(event.value(QStringLiteral("interface")).toString(), QStringLiteral("blh0"));
    QCOMPARE(event.value(QStringLiteral("port")).toInt(),
             listening.value(QStringLiteral("port")).toInt());
    QVERIFY(event.value(QStringLiteral("message")).toString().contains(QStringLiteral("rebind")));
}

int main(int argc, char *argv[])
{
    // Before any thread exists, so every thread and child process shares the namespace. The
    // kernel removes it, veth pair included, when the last of them exits.
    const bool isolated = geteuid() == 0 && unshare(CLONE_NEWNET) == 0;
    QCoreApplication app(argc, argv);
    TestHardeningAddress test(isolated);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hardening_address.moc"
