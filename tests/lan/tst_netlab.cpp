#include "NetLab.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <QSet>

#include <csignal>
#include <memory>
#include <vector>

// The lab's own promises: it is what it says, it refuses to run when its routes would leave the
// veth, and it leaves nothing behind - after a normal end, after its owner is killed, and after
// its guardian is killed too (the next run's sweep).
class TestNetLab final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upIsWhatItSays();
    void refusesWhenRoutesLeaveTheVeth();
    void parallelLabsGetTheirOwnRoutes();
    void downLeavesNothing();
    void killedOwnerLeavesNothing();
    void sweepRemovesWhatAGuardianCouldNot();

private:
    struct Owned
    {
        QString name;
        QString error;
    };
    // A lab owned by a separate process (a sleep), so the test can kill the owner.
    static Owned upOwnedBySleeper(QProcess &sleeper, const QString &name);
    static bool nothingLeftOf(const QString &name, QString *what);
    static QString stateDir() { return QStringLiteral("/run/bindlab-netlab/"); }
};

void TestNetLab::initTestCase()
{
    const QString why = NetLab::unavailableReason();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    NetLab::sweepStale();
    // Root is not all it takes (a container may forbid namespaces): a first lab tells.
    NetLab probe;
    if (probe.state() == NetLab::State::CannotRunHere)
        QSKIP(qPrintable(probe.error()));
    QVERIFY2(probe.state() == NetLab::State::Up, qPrintable(probe.error()));
}

TestNetLab::Owned TestNetLab::upOwnedBySleeper(QProcess &sleeper, const QString &name)
{
    NetLab::diesWithThisProcess(sleeper);
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    if (!sleeper.waitForStarted())
        return {{}, sleeper.errorString()};
    const NetLab::ToolRun up =
        NetLab::run({NetLab::script(), QStringLiteral("up"), name, QStringLiteral("--owner"),
                     QString::number(sleeper.processId())});
    if (up.exitCode != 0)
        return {{}, QString::fromLocal8Bit(up.err)};
    return {name, {}};
}

bool TestNetLab::nothingLeftOf(const QString &name, QString *what)
{
    QStringList left;
    if (NetLab::namespaceExists(name))
        left << QStringLiteral("namespace ") + name;
    if (NetLab::interfaceExists(name + QLatin1String("-h")))
        left << QStringLiteral("interface ") + name + QLatin1String("-h");
    if (QFileInfo::exists(QStringLiteral("/etc/netns/") + name))
        left << QStringLiteral("/etc/netns/") + name;
    if (QFileInfo::exists(stateDir() + name))
        left << stateDir() + name;
    *what = left.join(QLatin1String(", "));
    return left.isEmpty();
}

void TestNetLab::upIsWhatItSays()
{
    NetLab lab;
    QVERIFY2(lab.state() == NetLab::State::Up, qPrintable(lab.error()));
    const NetLab::Facts &f = lab.facts();
    QVERIFY(NetLab::namespaceExists(f.ns));
    QVERIFY(NetLab::interfaceExists(f.hostInterface));
    QVERIFY(f.ns.startsWith(QLatin1String("bl-")));

    const QHostAddress net4(QStringLiteral("198.18.0.0"));
    const QHostAddress net6(QStringLiteral("2001:db8:18::"));
    for (const QHostAddress &a : {f.hostV4, f.peerV4, f.unusedV4})
        QVERIFY2(a.isInSubnet(net4, 24), qPrintable(a.toString()));
    for (const QHostAddress &a : {f.hostV6, f.peerV6, f.unusedV6})
        QVERIFY2(a.isInSubnet(net6, 64), qPrintable(a.toString()));
    QVERIFY(!f.offlinkV4.isInSubnet(net4, 24));
    QVERIFY(!f.offlinkV6.isInSubnet(net6, 64));

    // Both ends route through the veth, the lab has no way out, and its loopback is up.
    QCOMPARE(lab.routeDevice(f.peerV4, false), f.hostInterface);
    QCOMPARE(lab.routeDevice(f.peerV6, false), f.hostInterface);
    QCOMPARE(lab.routeDevice(f.hostV4, true), f.peerInterface);
    QCOMPARE(lab.routeDevice(f.hostV6, true), f.peerInterface);
    QVERIFY(lab.routeDevice(f.offlinkV4, true).isEmpty());
    QVERIFY(lab.routeDevice(f.offlinkV6, true).isEmpty());
    const NetLab::ToolRun loUp =
        NetLab::run(lab.inside({NetLab::ipTool(), QStringLiteral("-o"), QStringLiteral("link"),
                                QStringLiteral("show"), QStringLiteral("lo")}));
    QVERIFY2(loUp.out.contains("LOWER_UP"), loUp.out.constData());

    // Its own names, and a name server where none runs.
    QFile hosts(QStringLiteral("/etc/netns/%1/hosts").arg(f.ns));
    QVERIFY(hosts.open(QIODevice::ReadOnly));
    const QByteArray names = hosts.readAll();
    QVERIFY(
        names.contains(QByteArray(f.peerV4.toString().toLatin1() + '\t' + f.peerName.toLatin1())));
    QVERIFY(
        names.contains(QByteArray(f.hostV4.toString().toLatin1() + '\t' + f.hostName.toLatin1())));
    QFile resolv(QStringLiteral("/etc/netns/%1/resolv.conf").arg(f.ns));
    QVERIFY(resolv.open(QIODevice::ReadOnly));
    QVERIFY(resolv.readAll().contains("nameserver 127.0.0.1"));
    QString why;
    QVERIFY2(lab.routesAreSafe(&why), qPrintable(why));
}

void TestNetLab::refusesWhenRoutesLeaveTheVeth()
{
    // Changes that send nothing: this machine's end of the veth goes down (its route goes with
    // it, and the peer address would follow the default route), then the lab gains a default
    // route. The check must call both unsafe.
    NetLab lab;
    QVERIFY2(lab.state() == NetLab::State::Up, qPrintable(lab.error()));
    const NetLab::Facts &f = lab.facts();
    const QString ip = NetLab::ipTool();
    QString why;

    QCOMPARE(NetLab::run({ip, QStringLiteral("link"), QStringLiteral("set"), f.hostInterface,
                          QStringLiteral("down")})
                 .exitCode,
             0);
    QVERIFY(!lab.routesAreSafe(&why));
    QVERIFY2(why.contains(QLatin1String("unsafe")), qPrintable(why));
    QVERIFY2(why.contains(f.peerV4.toString()), qPrintable(why));
    QCOMPARE(NetLab::run({ip, QStringLiteral("link"), QStringLiteral("set"), f.hostInterface,
                          QStringLiteral("up")})
                 .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(lab.routesAreSafe(&why), 5000);

    QCOMPARE(
        NetLab::run(lab.inside({ip, QStringLiteral("route"), QStringLiteral("add"),
                                QStringLiteral("default"), QStringLiteral("dev"), f.peerInterface}))
            .exitCode,
        0);
    QVERIFY(!lab.routesAreSafe(&why));
    QVERIFY2(why.contains(f.offlinkV4.toString()), qPrintable(why));
}

void TestNetLab::parallelLabsGetTheirOwnRoutes()
{
    // Parallel test runs make labs at the same moment: each must get its own slot, or the
    // route check would (rightly) refuse to run.
    constexpr int count = 6;
    std::vector<std::unique_ptr<QProcess>> ups;
    QStringList names;
    for (int i = 0; i < count; ++i) {
        names << QStringLiteral("bl-%1-p%2").arg(QCoreApplication::applicationPid()).arg(i);
        auto p = std::make_unique<QProcess>();
        p->start(NetLab::script(), {QStringLiteral("up"), names.last(), QStringLiteral("--owner"),
                                    QString::number(QCoreApplication::applicationPid())});
        ups.push_back(std::move(p));
    }
    QSet<QString> peers;
    QStringList failures;
    for (int i = 0; i < count; ++i) {
        QProcess &p = *ups.at(size_t(i));
        p.waitForFinished(20000);
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            failures << names.at(i) + QLatin1String(": ") +
                            QString::fromLocal8Bit(p.readAllStandardError());
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("NETLAB_PEER_V4="))
                peers.insert(QString::fromLatin1(line.mid(15)));
        }
    }
    for (const QString &name : names)
        NetLab::run({NetLab::script(), QStringLiteral("down"), name});
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(peers.size(), count);
    QString left;
    for (const QString &name : names)
        QVERIFY2(nothingLeftOf(name, &left), qPrintable(left));
}

void TestNetLab::downLeavesNothing()
{
    QString name;
    {
        NetLab lab;
        QVERIFY2(lab.state() == NetLab::State::Up, qPrintable(lab.error()));
        name = lab.facts().ns;
        // A process left running inside must not keep the namespace (and its veth) alive.
        QVERIFY(QProcess::startDetached(NetLab::ipTool(),
                                        {QStringLiteral("netns"), QStringLiteral("exec"), name,
                                         QStringLiteral("sleep"), QStringLiteral("60")}));
        QTRY_VERIFY(
            !NetLab::run({NetLab::ipTool(), QStringLiteral("netns"), QStringLiteral("pids"), name})
                 .out.trimmed()
                 .isEmpty());
    }
    QString left;
    QVERIFY2(nothingLeftOf(name, &left), qPrintable(left));
}

void TestNetLab::killedOwnerLeavesNothing()
{
    QProcess sleeper;
    const QString name = QStringLiteral("bl-%1-k").arg(QCoreApplication::applicationPid());
    const Owned lab = upOwnedBySleeper(sleeper, name);
    QVERIFY2(!lab.name.isEmpty(), qPrintable(lab.error));
    QVERIFY(NetLab::namespaceExists(name));
    qint64 inside = 0;
    QVERIFY(QProcess::startDetached(NetLab::ipTool(),
                                    {QStringLiteral("netns"), QStringLiteral("exec"), name,
                                     QStringLiteral("sleep"), QStringLiteral("60")},
                                    QString(), &inside));

    // SIGKILL: no handler, no destructor, no trap runs in the owner.
    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    QString left;
    QTRY_VERIFY2_WITH_TIMEOUT(nothingLeftOf(name, &left), qPrintable(left), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(inside), 0) != 0, 5000);
}

void TestNetLab::sweepRemovesWhatAGuardianCouldNot()
{
    QProcess sleeper;
    const QString name = QStringLiteral("bl-%1-s").arg(QCoreApplication::applicationPid());
    const Owned lab = upOwnedBySleeper(sleeper, name);
    QVERIFY2(!lab.name.isEmpty(), qPrintable(lab.error));
    QFile guardFile(stateDir() + name + QLatin1String("/guard"));
    QVERIFY(guardFile.open(QIODevice::ReadOnly));
    const pid_t guard = pid_t(guardFile.readAll().trimmed().toInt());
    QVERIFY(guard > 1);
    // The guardian leads its own process group (it runs under setsid): kill it and its tail.
    QCOMPARE(::kill(-guard, SIGKILL), 0);
    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    QTest::qWait(500);
    QVERIFY2(NetLab::namespaceExists(name),
             "with its guardian dead, the lab should still be there");

    NetLab::sweepStale();
    QString left;
    QVERIFY2(nothingLeftOf(name, &left), qPrintable(left));
}

QTEST_GUILESS_MAIN(TestNetLab)
#include "tst_netlab.moc"
