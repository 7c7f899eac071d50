#include "JsonLines.h"
#include "LoopbackFetch.h"
#include "RawClient.h"
#include "server/GreetingServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <deque>
#include <set>
#include <sys/resource.h>
#include <unistd.h>

// The real bindlab-server in a child process, as it runs at a workshop: the listen errors a
// person meets, descriptor exhaustion while serving, and clients whose bytes must never
// reach the log. Linux: /proc, prlimit(2) and setpriv are used to set the scene.
class TestHardeningHeadless final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void privilegedPortIsSocketAccessError();
    void linkLocalBindIsExplained();
    void emfilePausesWithoutSpinningAndRecovers_data();
    void emfilePausesWithoutSpinningAndRecovers();
    void clientBytesNeverReachTheLog();

private:
    // A headless server and every JSON line it has printed so far.
    struct Server
    {
        QProcess process;
        QList<QJsonObject> events;
        QByteArray raw;
        void poll();
        QList<QJsonObject> named(const QString &event) const;
    };
    bool startServer(Server *server, const QStringList &args, quint16 *port);
    struct Finished
    {
        int exitCode = -1;
        QList<QJsonObject> events;
        QByteArray err;
    };
    Finished runToEnd(const QString &program, const QStringList &args);
    static qint64 cpuTicks(qint64 pid);

    QString m_server;
};

void TestHardeningHeadless::initTestCase()
{
    m_server = qEnvironmentVariable("BINDLAB_SERVER");
    QVERIFY2(QFile::exists(m_server), "BINDLAB_SERVER must name bindlab-server");
}

void TestHardeningHeadless::Server::poll()
{
    raw += process.readAllStandardOutput();
    const qsizetype end = raw.lastIndexOf('\n');
    if (end < 0)
        return;
    events += JsonLines::parse(raw.left(end + 1));
    raw.remove(0, end + 1);
}

QList<QJsonObject> TestHardeningHeadless::Server::named(const QString &event) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &e : events) {
        if (e.value(QStringLiteral("event")).toString() == event)
            found << e;
    }
    return found;
}

bool TestHardeningHeadless::startServer(Server *server, const QStringList &args, quint16 *port)
{
    server->process.start(
        m_server, QStringList{QStringLiteral("--headless"), QStringLiteral("--json")} + args);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && server->named(QStringLiteral("listening")).isEmpty()) {
        server->process.waitForReadyRead(200);
        server->poll();
    }
    const QList<QJsonObject> listening = server->named(QStringLiteral("listening"));
    if (listening.isEmpty())
        return false;
    *port = quint16(listening.first().value(QStringLiteral("port")).toInt());
    return true;
}

TestHardeningHeadless::Finished TestHardeningHeadless::runToEnd(const QString &program,
                                                                const QStringList &args)
{
    Finished f;
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        return f;
    }
    f.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    f.err = p.readAllStandardError();
    const QByteArray out = p.readAllStandardOutput();
    if (out.startsWith('{'))
        f.events = JsonLines::parse(out);
    return f;
}

qint64 TestHardeningHeadless::cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after "(comm)": state is the first, utime the 12th, stime the 13th.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return fields.at(11).toLongLong() + fields.at(12).toLongLong();
}

void TestHardeningHeadless::privilegedPortIsSocketAccessError()
{
    // Which ports need privilege is a sysctl on Linux; 0 means none do.
    QFile sysctl(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    int firstFree = 1024;
    if (sysctl.open(QIODevice::ReadOnly))
        firstFree = sysctl.readAll().trimmed().toInt();
    if (firstFree <= 1)
        QSKIP("Every port is unprivileged on this machine (ip_unprivileged_port_start).");
    const quint16 port = firstFree > 80 ? 80 : quint16(firstFree - 1);

    QString program = m_server;
    QStringList prefix;
    if (geteuid() == 0) {
        // Root may bind anything: run as nobody, which may not.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("Running as root without setpriv (util-linux): cannot drop privileges.");
        program = setpriv;
        prefix = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                  QStringLiteral("--clear-groups"), QStringLiteral("--"), m_server};
        const Finished probe = runToEnd(program, prefix + QStringList{QStringLiteral("--version")});
        if (probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("The unprivileged user cannot run %1 (a parent "
                                            "directory not searchable?): %2")
                                 .arg(m_server, QString::fromLocal8Bit(probe.err))));
    }
    const QStringList args =
        prefix + QStringList{QStringLiteral("--headless"), QStringLiteral("--json"),
                             QStringLiteral("--bind"),     QStringLiteral("loopback"),
                             QStringLiteral("--port"),     QString::number(port)};
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished();
        QSKIP("This user may bind privileged ports (CAP_NET_BIND_SERVICE): no error to see.");
    }
    QCOMPARE(p.exitCode(), 1);
    const QList<QJsonObject> events = JsonLines::parse(p.readAllStandardOutput());
    QCOMPARE(events.size(), 1);
    const QJsonObject error = events.first();
    QCOMPARE(error.value(QStringLiteral("event")).toString(), QStringLiteral("error"));
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("SocketAccessError"));
    QCOMPARE(error.value(QStringLiteral("os_error")).toString(), QStringLiteral("EACCES"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("The address is protected"));
    QCOMPARE(error.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(error.value(QStringLiteral("port")).toInt(), int(port));
    QVERIFY(error.value(QStringLiteral("hint")).toString().contains(QStringLiteral("privileged")));
}

void TestHardeningHeadless::linkLocalBindIsExplained()
{
    const Finished bare = runToEnd(
        m_server, {QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("--bind"),
                   QStringLiteral("fe80::1"), QStringLiteral("--port"), QStringLiteral("0")});
    QCOMPARE(bare.exitCode, 2);
    QCOMPARE(bare.events.size(), 1);
    QCOMPARE(bare.events.first().value(QStringLiteral("event")).toString(),
             QStringLiteral("error"));
    QCOMPARE(bare.events.first().value(QStringLiteral("error")).toString(),
             QStringLiteral("InvalidBindChoice"));
    QVERIFY(bare.events.first()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("link-local")));

    // An interface that does not exist is caught before binding, quoted escaped.
    const Finished unknown =
        runToEnd(m_server, {QStringLiteral("--headless"), QStringLiteral("--json"),
                            QStringLiteral("--bind"), QStringLiteral("fe80::1%nosuch\x1b[2J"),
                            QStringLiteral("--port"), QStringLiteral("0")});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.events.size(), 1);
    const QJsonObject error = unknown.events.first();
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("InvalidBindChoice"));
    QVERIFY2(error.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("\"nosuch\\e[2J\"")),
             qPrintable(error.value(QStringLiteral("message")).toString()));
}

void TestHardeningHeadless::emfilePausesWithoutSpinningAndRecovers_data()
{
    QTest::addColumn<bool>("quiet");
    QTest::newRow("logging every connection") << false;
    // --quiet serves on the lean path (no records, no peer addresses): it must pause alike.
    QTest::newRow("quiet") << true;
}

void TestHardeningHeadless::emfilePausesWithoutSpinningAndRecovers()
{
    QFETCH(bool, quiet);
    // "any4" is not watched for disappearing, so nothing in the server opens a descriptor on
    // its own while the limit is tight.
    Server server;
    quint16 port = 0;
    QStringList arguments = {QStringLiteral("--bind"), QStringLiteral("any4"),
                             QStringLiteral("--port"), QStringLiteral("0")};
    if (quiet)
        arguments << QStringLiteral("--quiet");
    QVERIFY(startServer(&server, arguments, &port));
    const auto killServer = qScopeGuard([&] {
        server.process.kill();
        server.process.waitForFinished();
    });
    const pid_t pid = pid_t(server.process.processId());
    // The server first checks its own reachability with connections of its own; the
    // descriptors it holds are counted after that.
    QTRY_VERIFY_WITH_TIMEOUT(
        (server.poll(), !server.named(QStringLiteral("reachability")).isEmpty()), 10000);
    // One ordinary connection first: after its "try again" accept, Qt 6.4's own accept loop
    // misreads EMFILE as temporary and spins (measured: about 70 % of a core), which is the
    // case this test must tell apart.
    QCOMPARE(LoopbackFetch::fetch(QHostAddress::LocalHost, port).data,
             GreetingServer::defaultGreeting());

    // Lower the running server's descriptor limit to its lowest free descriptor number: every
    // accept() now fails with EMFILE, exactly as when a busy server runs out.
    std::set<int> open;
    const QStringList entries =
        QDir(QStringLiteral("/proc/%1/fd").arg(pid))
            .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System);
    for (const QString &e : entries)
        open.insert(e.toInt());
    int lowestFree = 0;
    while (open.count(lowestFree))
        ++lowestFree;
    rlimit original{};
    QCOMPARE(prlimit(pid, RLIMIT_NOFILE, nullptr, &original), 0);
    const rlimit tight{rlim_t(lowestFree), original.rlim_max};
    QCOMPARE(prlimit(pid, RLIMIT_NOFILE, &tight, nullptr), 0);

    // A burst of clients, held open by the test; they wait in the listen queue.
    std::deque<RawClient> clients(20);
    for (RawClient &c : clients)
        QVERIFY(c.connectTo(port));
    QTRY_VERIFY_WITH_TIMEOUT((server.poll(), !server.named(QStringLiteral("paused")).isEmpty()),
                             10000);
    const QJsonObject paused = server.named(QStringLiteral("paused")).first();
    QCOMPARE(paused.value(QStringLiteral("reason")).toString(), QStringLiteral("EMFILE"));
    QVERIFY(!paused.value(QStringLiteral("message")).toString().isEmpty());

    // Paused means idle: Qt 6.4's own accept loop would burn a whole core here.
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    const qint64 before = cpuTicks(pid);
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(1000);
    const qint64 after = cpuTicks(pid);
    const double cpuSeconds = double(after - before) / double(ticksPerSecond);
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    qInfo("paused server: %.2f s CPU over %.2f s", cpuSeconds, wallSeconds);
    QVERIFY(before >= 0 && after >= 0);
    QVERIFY2(cpuSeconds < 0.5 * wallSeconds, "the paused server is spinning");
    for (RawClient &c : clients) {
        c.readAvailable();
        QVERIFY(c.received().isEmpty());
    }
    QVERIFY(server.process.state() == QProcess::Running);

    // Descriptors free again: it resumes by itself and serves everyone who waited.
    QCOMPARE(prlimit(pid, RLIMIT_NOFILE, &original, nullptr), 0);
    QTRY_VERIFY_WITH_TIMEOUT((server.poll(), !server.named(QStringLiteral("resumed")).isEmpty()),
                             15000);
    const QJsonObject resumed = server.named(QStringLiteral("resumed")).first();
    QCOMPARE(resumed.value(QStringLiteral("reason")).toString(), QStringLiteral("EMFILE"));
    QVERIFY(resumed.value(QStringLiteral("paused_ms")).toDouble() >= 1000);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(clients.begin(), clients.end(), [](RawClient &c) { return c.readAvailable(); }),
        10000);
    for (const RawClient &c : clients)
        QCOMPARE(c.received(), GreetingServer::defaultGreeting());
    QCOMPARE(LoopbackFetch::fetch(QHostAddress::LocalHost, port).data,
             GreetingServer::defaultGreeting());

    server.process.terminate();
    QVERIFY(server.process.waitForFinished(5000));
    server.poll();
    QCOMPARE(server.process.exitCode(), 0);
    // Reported once each, and the served counter is the greetings really written.
    QCOMPARE(server.named(QStringLiteral("paused")).size(), 1);
    QCOMPARE(server.named(QStringLiteral("resumed")).size(), 1);
    QCOMPARE(server.named(QStringLiteral("connection")).size(), quiet ? 0 : 22);
    QCOMPARE(
        server.named(QStringLiteral("stopped")).first().value(QStringLiteral("served")).toInt(),
        22);
}

void TestHardeningHeadless::clientBytesNeverReachTheLog()
{
    for (const bool json : {true, false}) {
        QProcess server;
        QStringList args{QStringLiteral("--headless"), QStringLiteral("--bind"),
                         QStringLiteral("loopback"), QStringLiteral("--port"), QString::number(0)};
        // Both modes print where they listen first; the port is read from that line.
        if (json)
            args << QStringLiteral("--json");
        server.start(m_server, args);
        QVERIFY(server.waitForReadyRead(10000));
        const QByteArray first = server.readLine();
        quint16 port = 0;
        if (json) {
            port = quint16(JsonLines::parse(first).first().value(QStringLiteral("port")).toInt());
        } else {
            const QByteArray afterColon = first.mid(first.lastIndexOf(':') + 1);
            port = quint16(afterColon.left(afterColon.indexOf(' ')).toUInt());
        }
        QVERIFY2(port != 0, first.constData());

        const QByteArray junk(
            "\x1b]0;owned\x07\x1b[2J\n{\"event\":\"fake\"}\n\xff\xfe\xe2\x80\xae");
        std::deque<RawClient> clients(20);
        for (RawClient &c : clients) {
            QVERIFY(c.connectTo(port));
            QVERIFY2(c.sendWhenConnected(junk), strerror(errno));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                             [](RawClient &c) { return c.readAvailable(); }),
                                 10000);
        server.terminate();
        QVERIFY(server.waitForFinished(5000));
        const QByteArray out =
            first + server.readAllStandardOutput() + server.readAllStandardError();
        QVERIFY(!out.contains('\x1b'));
        QVERIFY(!out.contains("fake"));
        QVERIFY(!out.contains("owned"));
        QVERIFY(!out.contains('\xff'));
        QVERIFY(!out.contains("\xe2\x80\xae"));
        if (json) {
            const QList<QJsonObject> events = JsonLines::parse(out);
            // listening, the explain service's state, the server's own reachability check, 20
            // connections, stopped: what the clients sent appears nowhere, not even as an event
            // of its own.
            int connections = 0;
            for (const QJsonObject &e : events) {
                const QString name = e.value(QStringLiteral("event")).toString();
                QVERIFY2(name == QLatin1String("listening") || name == QLatin1String("explain") ||
                             name == QLatin1String("reachability") ||
                             name == QLatin1String("connection") ||
                             name == QLatin1String("stopped"),
                         qPrintable(name));
                connections += name == QLatin1String("connection") ? 1 : 0;
            }
            QCOMPARE(connections, 20);
        }
    }
}

QTEST_GUILESS_MAIN(TestHardeningHeadless)
#include "tst_hardening_headless.moc"
