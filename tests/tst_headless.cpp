#include "JsonLines.h"
#include "LocalAddresses.h"
#include "client/ExplainQuery.h"
#include "net/AddressText.h"
#include "platform/OsError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// The headless JSON contract, checked by running the real programs and parsing every line.
class TestHeadless final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverAndClientTalk();
    void refusedIsReportedExactly();
    void explainOptions();
    void badInputExitsTwoWithAResult();
    void listenErrorIsAnEventAndExitOne();
    void unknownBindChoice();
    void listBindsIsJson();
    void textModeSaysTheSame();
    void classicDemoHostnameVersusAny4();
    void helpAndVersion();
    void windowWithoutDisplayIsAClearError();
    void reachabilityIsProvedAfterListening();
    void reachabilityInTextMode();
    void selfTestsAreNotClients();
    void quietCountsClientsOnly();
    void refusedVisitorIsAnEvent();
    void noExplainTurnsTheServiceOff();
    void englishHasPluralForms();

private:
    // Asks the explain service at `port` about a refusal at `refusedAt`; waits for the answer.
    static ExplainQuery::Result askWhy(const QHostAddress &refusedAt, quint16 port);
    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> events;
        QByteArray out;
        QByteArray err;
    };
    Run client(const QStringList &args);
    // Starts a JSON server and reads up to its reachability event (kept in m_reachability),
    // so the next line is the first client's.
    QProcess *startServer(const QStringList &args, quint16 *port);

    QString m_server;
    QString m_client;
    QJsonObject m_reachability;
};

void TestHeadless::initTestCase()
{
    m_server = qEnvironmentVariable("BINDLAB_SERVER");
    m_client = qEnvironmentVariable("BINDLAB_CLIENT");
    QVERIFY2(QFile::exists(m_server), "BINDLAB_SERVER must name bindlab-server");
    QVERIFY2(QFile::exists(m_client), "BINDLAB_CLIENT must name bindlab-client");
}

TestHeadless::Run TestHeadless::client(const QStringList &args)
{
    QProcess p;
    p.start(m_client, args);
    Run run;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    if (args.contains(QStringLiteral("--json")))
        run.events = JsonLines::parse(run.out);
    return run;
}

QProcess *TestHeadless::startServer(const QStringList &args, quint16 *port)
{
    auto *p = new QProcess(this);
    p->start(m_server, QStringList{QStringLiteral("--headless"), QStringLiteral("--json")} + args);
    if (!p->waitForReadyRead(10000))
        return p;
    const QList<QJsonObject> events = JsonLines::parse(p->readLine());
    m_reachability = {};
    if (events.isEmpty() ||
        events.first().value(QStringLiteral("event")).toString() != QLatin1String("listening"))
        return p;
    *port = quint16(events.first().value(QStringLiteral("port")).toInt());
    // The self-test follows at once: every address is this machine's own.
    while (p->canReadLine() || p->waitForReadyRead(10000)) {
        if (!p->canReadLine())
            continue;
        const QList<QJsonObject> next = JsonLines::parse(p->readLine());
        if (!next.isEmpty() && next.first().value(QStringLiteral("event")).toString() ==
                                   QLatin1String("reachability")) {
            m_reachability = next.first();
            break;
        }
    }
    return p;
}

void TestHeadless::serverAndClientTalk()
{
    quint16 port = 0;
    QProcess *server = startServer({QStringLiteral("--bind"), QStringLiteral("loopback"),
                                    QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--greeting"), QStringLiteral("hello\x1b[2J")},
                                   &port);
    QVERIFY(port != 0);

    const Run run = client({QStringLiteral("--headless"), QStringLiteral("--json"),
                            QStringLiteral("127.0.0.1"), QString::number(port)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.events.size() >= 3);
    QCOMPARE(run.events.first().value(QStringLiteral("event")).toString(),
             QStringLiteral("target"));
    // Reachable is reported at the handshake, before the attempt's end.
    QCOMPARE(run.events.at(1).value(QStringLiteral("event")).toString(),
             QStringLiteral("connected"));
    QCOMPARE(run.events.at(2).value(QStringLiteral("event")).toString(), QStringLiteral("attempt"));
    const QJsonObject result = run.events.last();
    QCOMPARE(result.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(result.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(result.value(QStringLiteral("port")).toInt(), int(port));
    // The escape sequence arrives escaped: nothing raw reaches the terminal.
    QCOMPARE(result.value(QStringLiteral("greeting")).toString(), QStringLiteral("hello\\e[2J"));
    QVERIFY(!run.out.contains('\x1b'));
    QCOMPARE(result.value(QStringLiteral("diagnosis"))
                 .toObject()
                 .value(QStringLiteral("cause"))
                 .toString(),
             QStringLiteral("ok"));

    // The server logged the connection with both ends, then stops cleanly on SIGTERM.
    QVERIFY(server->waitForReadyRead(5000));
    const QJsonObject connection = JsonLines::parse(server->readLine()).first();
    QCOMPARE(connection.value(QStringLiteral("event")).toString(), QStringLiteral("connection"));
    QCOMPARE(connection.value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(connection.value(QStringLiteral("local")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(connection.value(QStringLiteral("local_port")).toInt(), int(port));
    QCOMPARE(connection.value(QStringLiteral("total")).toInt(), 1);
    server->terminate();
    QVERIFY(server->waitForFinished(5000));
    QCOMPARE(server->exitStatus(), QProcess::NormalExit);
    QCOMPARE(server->exitCode(), 0);
    const QList<QJsonObject> tail = JsonLines::parse(server->readAllStandardOutput());
    QVERIFY(!tail.isEmpty());
    QCOMPARE(tail.last().value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
    QCOMPARE(tail.last().value(QStringLiteral("served")).toInt(), 1);
}

void TestHeadless::refusedIsReportedExactly()
{
    const quint16 port = LocalAddresses::freePort();
    const Run run = client({QStringLiteral("--headless"), QStringLiteral("--json"),
                            QStringLiteral("127.0.0.1"), QString::number(port)});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject result = run.events.last();
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(result.value(QStringLiteral("error")).toString(),
             QStringLiteral("ConnectionRefusedError"));
    QCOMPARE(result.value(QStringLiteral("os_error")).toString(),
             OsError::name(OsError::code(OsError::Kind::Refused)));
    QCOMPARE(result.value(QStringLiteral("message")).toString(),
             QStringLiteral("Connection refused"));
    QVERIFY(result.value(QStringLiteral("elapsed_ms")).isDouble());
    QCOMPARE(result.value(QStringLiteral("attempts")).toArray().size(), 1);
    QCOMPARE(result.value(QStringLiteral("diagnosis"))
                 .toObject()
                 .value(QStringLiteral("cause"))
                 .toString(),
             QStringLiteral("nothing-listening"));
    // This machine refused: its own socket table says why, so no server was asked.
    QVERIFY(result.value(QStringLiteral("explain")).isNull());
    QCOMPARE(result.value(QStringLiteral("diagnosis"))
                 .toObject()
                 .value(QStringLiteral("confirmed_by_server")),
             QJsonValue(false));
}

void TestHeadless::explainOptions()
{
    const quint16 port = LocalAddresses::freePort();
    const Run off =
        client({QStringLiteral("--headless"), QStringLiteral("--json"),
                QStringLiteral("--no-explain"), QStringLiteral("--explain-timeout"),
                QStringLiteral("250"), QStringLiteral("127.0.0.1"), QString::number(port)});
    QCOMPARE(off.exitCode, 1);
    QVERIFY(off.events.last().value(QStringLiteral("explain")).isNull());
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("soon"),
                               QStringLiteral("10001")}) {
        const Run run = client({QStringLiteral("--headless"), QStringLiteral("--explain-timeout"),
                                bad, QStringLiteral("127.0.0.1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--explain-timeout takes milliseconds from 1 to 10000"),
                 run.err.constData());
    }
    const Run help = client({QStringLiteral("--help")});
    QVERIFY(help.out.contains("--no-explain"));
    QVERIFY(help.out.contains("--explain-timeout"));
}

void TestHeadless::badInputExitsTwoWithAResult()
{
    const Run run = client({QStringLiteral("--headless"), QStringLiteral("--json"),
                            QStringLiteral("127.1"), QStringLiteral("80")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.events.size(), 1);
    QCOMPARE(run.events.first().value(QStringLiteral("event")).toString(),
             QStringLiteral("result"));
    QCOMPARE(run.events.first().value(QStringLiteral("reason")).toString(),
             QStringLiteral("ambiguous-ipv4"));
    QVERIFY(run.events.first()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("127.0.0.1")));

    const Run scope =
        client({QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("fe80::1")});
    QCOMPARE(scope.exitCode, 2);
    QCOMPARE(scope.events.first()
                 .value(QStringLiteral("diagnosis"))
                 .toObject()
                 .value(QStringLiteral("cause"))
                 .toString(),
             QStringLiteral("scope-missing"));

    const Run badPort = client(
        {QStringLiteral("--headless"), QStringLiteral("127.0.0.1"), QStringLiteral("99999")});
    QCOMPARE(badPort.exitCode, 2);
    QVERIFY(badPort.err.contains("65535"));

    const Run badOption = client({QStringLiteral("--headless"), QStringLiteral("--timeout"),
                                  QStringLiteral("soon"), QStringLiteral("x")});
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY(badOption.err.contains("--timeout"));
}

void TestHeadless::listenErrorIsAnEventAndExitOne()
{
    quint16 port = 0;
    QProcess *first = startServer({QStringLiteral("--bind"), QStringLiteral("loopback"),
                                   QStringLiteral("--port"), QStringLiteral("0")},
                                  &port);
    QVERIFY(port != 0);
    QProcess second;
    second.start(m_server,
                 {QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("--bind"),
                  QStringLiteral("loopback"), QStringLiteral("--port"), QString::number(port)});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 1);
    const QJsonObject error = JsonLines::parse(second.readAllStandardOutput()).last();
    QCOMPARE(error.value(QStringLiteral("event")).toString(), QStringLiteral("error"));
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("AddressInUseError"));
    QCOMPARE(error.value(QStringLiteral("os_error")).toString(),
             OsError::name(OsError::code(OsError::Kind::AddressInUse)));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    first->kill();
    first->waitForFinished();

    QProcess foreign;
    foreign.start(m_server,
                  {QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("--bind"),
                   QStringLiteral("198.51.100.7"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(foreign.waitForFinished(10000));
    QCOMPARE(foreign.exitCode(), 1);
    const QJsonObject notHere = JsonLines::parse(foreign.readAllStandardOutput()).last();
    QCOMPARE(notHere.value(QStringLiteral("error")).toString(),
             QStringLiteral("SocketAddressNotAvailableError"));
    QCOMPARE(notHere.value(QStringLiteral("os_error")).toString(),
             OsError::name(OsError::code(OsError::Kind::AddressNotAvailable)));
}

void TestHeadless::unknownBindChoice()
{
    QProcess p;
    p.start(m_server, {QStringLiteral("--headless"), QStringLiteral("--json"),
                       QStringLiteral("--bind"), QStringLiteral("everywhere")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QJsonObject error = JsonLines::parse(p.readAllStandardOutput()).last();
    QCOMPARE(error.value(QStringLiteral("error")).toString(), QStringLiteral("InvalidBindChoice"));
}

void TestHeadless::listBindsIsJson()
{
    QProcess p;
    p.start(m_server, {QStringLiteral("--list-binds"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QJsonObject> choices = JsonLines::parse(p.readAllStandardOutput());
    QVERIFY(choices.size() >= 6);
    QStringList keys;
    for (const QJsonObject &c : choices) {
        QCOMPARE(c.value(QStringLiteral("event")).toString(), QStringLiteral("bind-choice"));
        keys << c.value(QStringLiteral("key")).toString();
    }
    QVERIFY(keys.contains(QStringLiteral("any")));
    QVERIFY(keys.contains(QStringLiteral("hostname")));
}

void TestHeadless::textModeSaysTheSame()
{
    const quint16 port = LocalAddresses::freePort();
    const Run run =
        client({QStringLiteral("--headless"), QStringLiteral("127.0.0.1"), QString::number(port)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("ConnectionRefusedError"));
    QVERIFY(run.out.contains("ECONNREFUSED"));
    QVERIFY(run.out.contains("Connection refused"));
    QVERIFY(run.out.contains("nothing-listening"));
}

void TestHeadless::classicDemoHostnameVersusAny4()
{
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address.");
    quint16 port = 0;
    QProcess *server = startServer({QStringLiteral("--bind"), QStringLiteral("hostname"),
                                    QStringLiteral("--port"), QStringLiteral("0")},
                                   &port);
    if (port == 0)
        QSKIP("The hostname does not resolve to a bindable address here.");
    const Run refused = client({QStringLiteral("--headless"), QStringLiteral("--json"),
                                lan.toString(), QString::number(port)});
    server->kill();
    server->waitForFinished();
    if (refused.exitCode == 0)
        QSKIP("The hostname resolves to the LAN address here; nothing to reproduce.");
    QCOMPARE(refused.events.last().value(QStringLiteral("os_error")).toString(),
             OsError::name(OsError::code(OsError::Kind::Refused)));
    QCOMPARE(refused.events.last()
                 .value(QStringLiteral("diagnosis"))
                 .toObject()
                 .value(QStringLiteral("cause"))
                 .toString(),
             QStringLiteral("loopback-only"));

    QProcess *fixed = startServer({QStringLiteral("--bind"), QStringLiteral("any4"),
                                   QStringLiteral("--port"), QStringLiteral("0")},
                                  &port);
    const Run greeted = client({QStringLiteral("--headless"), QStringLiteral("--json"),
                                lan.toString(), QString::number(port)});
    fixed->kill();
    fixed->waitForFinished();
    QCOMPARE(greeted.exitCode, 0);
    QCOMPARE(greeted.events.last().value(QStringLiteral("greeting")).toString(),
             QStringLiteral("Thank you for connecting!"));
}

void TestHeadless::helpAndVersion()
{
    const Run help = client({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--timeout"));
    const Run version = client({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("bindlab-client "));
}

void TestHeadless::reachabilityIsProvedAfterListening()
{
    quint16 port = 0;
    QProcess *server = startServer({QStringLiteral("--bind"), QStringLiteral("loopback"),
                                    QStringLiteral("--port"), QStringLiteral("0")},
                                   &port);
    QVERIFY(port != 0);
    const QJsonObject event = m_reachability;
    server->kill();
    server->waitForFinished();
    QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("reachability"));
    QCOMPARE(event.value(QStringLiteral("port")).toInt(), int(port));
    const QStringList reasons{
        QStringLiteral("reachable"),     QStringLiteral("bound-elsewhere"),
        QStringLiteral("other-family"),  QStringLiteral("link-local-needs-scope"),
        QStringLiteral("loopback-only"), QStringLiteral("filtered-or-timeout"),
        QStringLiteral("unknown")};
    QJsonObject loopback;
    QJsonObject lanRow;
    const QHostAddress lan = LocalAddresses::lanIPv4();
    const QJsonArray rows = event.value(QStringLiteral("rows")).toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        for (const char *key :
             {"address", "interface", "family", "reachable", "reason", "evidence"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        QVERIFY(row.value(QStringLiteral("reachable")).isBool());
        QVERIFY(reasons.contains(row.value(QStringLiteral("reason")).toString()));
        QCOMPARE(row.value(QStringLiteral("proved")).toBool(), true);
        const QString address = row.value(QStringLiteral("address")).toString();
        if (address == QLatin1String("127.0.0.1"))
            loopback = row;
        if (!lan.isNull() && address == lan.toString())
            lanRow = row;
    }
    QCOMPARE(loopback.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(loopback.value(QStringLiteral("reason")).toString(), QStringLiteral("reachable"));
    QCOMPARE(loopback.value(QStringLiteral("family")).toString(), QStringLiteral("IPv4"));
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address.");
    QCOMPARE(lanRow.value(QStringLiteral("reachable")).toBool(), false);
    QCOMPARE(lanRow.value(QStringLiteral("reason")).toString(), QStringLiteral("loopback-only"));
    QCOMPARE(lanRow.value(QStringLiteral("os_error")).toString(),
             OsError::name(OsError::code(OsError::Kind::Refused)));
    QVERIFY(lanRow.value(QStringLiteral("evidence"))
                .toString()
                .contains(QStringLiteral("ECONNREFUSED")));
}

void TestHeadless::reachabilityInTextMode()
{
    QProcess p;
    p.start(m_server, {QStringLiteral("--headless"), QStringLiteral("--bind"),
                       QStringLiteral("loopback"), QStringLiteral("--port"), QStringLiteral("0")});
    QByteArray out;
    const QHostAddress lan = LocalAddresses::lanIPv4();
    // Waits for the line about the LAN address (the last kind to come), or loopback's alone.
    const QByteArray last = lan.isNull() ? QByteArray("Reachable at 127.0.0.1:")
                                         : QByteArray("Reachable at ") + lan.toString().toUtf8();
    while (!out.contains(last) || !out.endsWith('\n')) {
        if (!p.waitForReadyRead(10000))
            break;
        out += p.readAllStandardOutput();
    }
    p.kill();
    p.waitForFinished();
    QVERIFY2(out.contains(QByteArray("Reachable at 127.0.0.1:")), out.constData());
    const QByteArray lanPrefix = QByteArray("Reachable at ") + lan.toString().toUtf8() + ':';
    const QList<QByteArray> lines = out.split('\n');
    const QByteArray refusedName =
        "(" + OsError::name(OsError::code(OsError::Kind::Refused)).toUtf8() + ")";
    for (const QByteArray &line : lines) {
        if (line.startsWith("Reachable at 127.0.0.1:"))
            QVERIFY2(line.contains("— yes"), line.constData());
        if (!lan.isNull() && line.startsWith(lanPrefix)) {
            QVERIFY2(line.contains("— no: bound to 127.0.0.1 only"), line.constData());
            QVERIFY2(line.endsWith(refusedName), line.constData());
        }
    }
}

void TestHeadless::selfTestsAreNotClients()
{
    // --count 1 must wait for one client: the self-test's own connections do not count.
    quint16 port = 0;
    QProcess *server =
        startServer({QStringLiteral("--bind"), QStringLiteral("any4"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--count"), QStringLiteral("1")},
                    &port);
    QVERIFY(port != 0);
    QVERIFY(!m_reachability.isEmpty());
    int selfTests = 0;
    for (const QJsonValue &row : m_reachability.value(QStringLiteral("rows")).toArray())
        selfTests += row.toObject().value(QStringLiteral("reachable")).toBool() ? 1 : 0;
    QVERIFY(selfTests >= 1);
    QCOMPARE(server->state(), QProcess::Running);

    const Run run = client({QStringLiteral("--headless"), QStringLiteral("--json"),
                            QStringLiteral("127.0.0.1"), QString::number(port)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(server->waitForFinished(5000));
    QCOMPARE(server->exitCode(), 0);
    const QList<QJsonObject> tail = JsonLines::parse(server->readAllStandardOutput());
    QCOMPARE(tail.size(), 2);
    QCOMPARE(tail.first().value(QStringLiteral("event")).toString(), QStringLiteral("connection"));
    QCOMPARE(tail.first().value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(tail.last().value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
    QCOMPARE(tail.last().value(QStringLiteral("served")).toInt(), 1);
    QCOMPARE(tail.last().value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(tail.last().value(QStringLiteral("self_tests")).toInt(), selfTests);
}

void TestHeadless::quietCountsClientsOnly()
{
    quint16 port = 0;
    QProcess *server =
        startServer({QStringLiteral("--quiet"), QStringLiteral("--bind"),
                     QStringLiteral("loopback"), QStringLiteral("--port"), QStringLiteral("0")},
                    &port);
    QVERIFY(port != 0);
    QVERIFY(!m_reachability.isEmpty());
    for (int i = 0; i < 3; ++i) {
        const Run run = client({QStringLiteral("--headless"), QStringLiteral("--json"),
                                QStringLiteral("127.0.0.1"), QString::number(port)});
        QCOMPARE(run.exitCode, 0);
    }
    server->terminate();
    QVERIFY(server->waitForFinished(5000));
    QCOMPARE(server->exitCode(), 0);
    // No line per connection, and totals that count the clients, not the self-tests.
    const QList<QJsonObject> tail = JsonLines::parse(server->readAllStandardOutput());
    QCOMPARE(tail.size(), 1);
    QCOMPARE(tail.last().value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
    QCOMPARE(tail.last().value(QStringLiteral("served")).toInt(), 3);
    QCOMPARE(tail.last().value(QStringLiteral("accepted")).toInt(), 3);
}

void TestHeadless::windowWithoutDisplayIsAClearError()
{
    // No display and no chosen platform: a message and exit 2, not an abort in a plugin.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &program : {m_server, m_client}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, {});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--headless"));
    }
}

ExplainQuery::Result TestHeadless::askWhy(const QHostAddress &refusedAt, quint16 port)
{
    ExplainQuery query;
    QSignalSpy finished(&query, &ExplainQuery::finished);
    query.ask(refusedAt, port);
    finished.wait(5000);
    return query.result();
}

void TestHeadless::refusedVisitorIsAnEvent()
{
    const QHostAddress lan4 = LocalAddresses::lanIPv4();
    if (lan4.isNull())
        QSKIP("This machine has no IPv4 address besides loopback to be refused at.");
    quint16 port = 0;
    QProcess *server =
        startServer({QStringLiteral("--bind"), QStringLiteral("loopback"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--quiet")},
                    &port);
    QVERIFY(port != 0);

    // A client refused at this machine's LAN address asks why; the kernel's refusal was never
    // seen by the server, the question is.
    const ExplainQuery::Result result = askWhy(lan4, port);
    QVERIFY2(result.answered(), qPrintable(result.detail));
    QCOMPARE(result.answer.cause, ExplainMessage::Cause::LoopbackOnly);

    QVERIFY(server->canReadLine() || server->waitForReadyRead(5000));
    const QJsonObject refused = JsonLines::parse(server->readLine()).first();
    QCOMPARE(refused.value(QStringLiteral("event")).toString(), QStringLiteral("refused"));
    QCOMPARE(refused.value(QStringLiteral("peer")).toString(), AddressText::plain(lan4));
    QCOMPARE(refused.value(QStringLiteral("tried")).toString(), AddressText::plain(lan4));
    QCOMPARE(refused.value(QStringLiteral("tried_port")).toInt(), int(port));
    QCOMPARE(refused.value(QStringLiteral("cause")).toString(), QStringLiteral("loopback-only"));
    QCOMPARE(refused.value(QStringLiteral("text")).toString(),
             QStringLiteral("refused: bound to 127.0.0.1 only"));
    QVERIFY(refused.value(QStringLiteral("time_ms")).toDouble() > 0);

    server->terminate();
    QVERIFY(server->waitForFinished(5000));
    const QList<QJsonObject> tail = JsonLines::parse(server->readAllStandardOutput());
    QVERIFY(!tail.isEmpty());
    QCOMPARE(tail.last().value(QStringLiteral("refused")).toInt(), 1);
}

void TestHeadless::noExplainTurnsTheServiceOff()
{
    auto *server = new QProcess(this);
    server->start(m_server,
                  {QStringLiteral("--headless"), QStringLiteral("--json"), QStringLiteral("--bind"),
                   QStringLiteral("loopback"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--no-explain")});
    QJsonObject explain;
    quint16 port = 0;
    while (explain.isEmpty() && (server->canReadLine() || server->waitForReadyRead(10000))) {
        if (!server->canReadLine())
            continue;
        const QList<QJsonObject> events = JsonLines::parse(server->readLine());
        QVERIFY(!events.isEmpty());
        const QString name = events.first().value(QStringLiteral("event")).toString();
        if (name == QLatin1String("listening"))
            port = quint16(events.first().value(QStringLiteral("port")).toInt());
        if (name == QLatin1String("explain"))
            explain = events.first();
    }
    QVERIFY(port != 0);
    QCOMPARE(explain.value(QStringLiteral("enabled")).toBool(), false);
    QCOMPARE(explain.value(QStringLiteral("running")).toBool(), false);
    QVERIFY(explain.value(QStringLiteral("port")).isNull());

    // Nobody answers: on loopback the kernel says so at once (port unreachable).
    const ExplainQuery::Result result = askWhy(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!result.answered());
    server->terminate();
    QVERIFY(server->waitForFinished(5000));
}

void TestHeadless::englishHasPluralForms()
{
    // The source texts say "byte(s)"; English output says "1 byte" and "25 bytes".
    quint16 port = 0;
    QProcess *server =
        startServer({QStringLiteral("--bind"), QStringLiteral("loopback"), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--greeting"), QStringLiteral("x")},
                    &port);
    QVERIFY(port != 0);
    const Run run =
        client({QStringLiteral("--headless"), QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("127.0.0.1"), QString::number(port)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("greeted with 1 byte and closed."), run.out.constData());
    QVERIFY(!run.out.contains("byte(s)"));
    server->terminate();
    QVERIFY(server->waitForFinished(5000));

    QProcess text;
    text.start(m_server,
               {QStringLiteral("--headless"), QStringLiteral("--bind"), QStringLiteral("loopback"),
                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-explain")});
    QVERIFY(text.waitForReadyRead(10000));
    text.terminate();
    QVERIFY(text.waitForFinished(5000));
    const QByteArray out = text.readAllStandardOutput();
    QVERIFY2(out.contains("Stopped: 0 connections greeted."), out.constData());
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
