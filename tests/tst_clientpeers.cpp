#include "TestPeer.h"
#include "server/GreetingServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

// The headless client against peers that misbehave, in JSON and text mode: every run ends with
// a precise outcome, nothing raw reaches stdout, and the client's memory stays small.
class TestClientPeers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void peers_data();
    void peers();

private:
    QString m_client;
};

void TestClientPeers::initTestCase()
{
    m_client = qEnvironmentVariable("BINDLAB_CLIENT");
    QVERIFY2(QFile::exists(m_client), "BINDLAB_CLIENT must name bindlab-client");
}

void TestClientPeers::peers_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("exitCode");
    using M = TestPeer::Mode;
    const QByteArray hostile =
        QByteArray("\x1b]0;owned\x07\x1b[2J\xe2\x80\xae\xff") + QByteArray(1, '\0') + "end";
    // Each of them accepted the connection: reachable, exit 0, whatever it did next.
    for (bool json : {true, false}) {
        const char *mode = json ? "json" : "text";
        QTest::addRow("greeting %s", mode)
            << int(M::Greet) << hostile << json << QStringLiteral("greeting") << 0;
        QTest::addRow("silent %s", mode)
            << int(M::Silent) << QByteArray() << json << QStringLiteral("kept-open") << 0;
        QTest::addRow("drip %s", mode)
            << int(M::Drip) << QByteArray() << json << QStringLiteral("kept-open") << 0;
        QTest::addRow("flood %s", mode)
            << int(M::Flood) << QByteArray() << json << QStringLiteral("greeting-truncated") << 0;
        QTest::addRow("reset %s", mode)
            << int(M::ResetAtOnce) << QByteArray() << json << QStringLiteral("reset") << 0;
        QTest::addRow("reset after data %s", mode)
            << int(M::ResetAfter) << hostile << json << QStringLiteral("reset") << 0;
        QTest::addRow("close empty %s", mode) << int(M::CloseEmpty) << QByteArray() << json
                                              << QStringLiteral("closed-without-data") << 0;
    }
}

void TestClientPeers::peers()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, payload);
    QFETCH(bool, json);
    QFETCH(QString, outcome);
    QFETCH(int, exitCode);

    TestPeer peer(TestPeer::Mode(mode), payload);
    peer.intervalMs = 50;
    QVERIFY(peer.listen());
    QStringList args{QStringLiteral("--headless"), QStringLiteral("--timeout"),
                     QStringLiteral("2000"),       QStringLiteral("--read-timeout"),
                     QStringLiteral("700"),        QStringLiteral("127.0.0.1"),
                     QString::number(peer.port())};
    if (json)
        args.prepend(QStringLiteral("--json"));
    QProcess client;
    QSignalSpy finished(&client, &QProcess::finished);
    client.start(m_client, args);
    // The peer lives in this process: keep its event loop running while the client works.
    QVERIFY(finished.wait(15000));
    QCOMPARE(client.exitStatus(), QProcess::NormalExit);
    QCOMPARE(client.exitCode(), exitCode);
    const QByteArray out = client.readAllStandardOutput();
    // Nothing the peer sent reaches the terminal raw.
    QVERIFY2(!out.contains('\x1b') && !out.contains('\x07') && !out.contains('\0') &&
                 !out.contains("\xe2\x80\xae") && !out.contains('\xff'),
             out.constData());

    if (json) {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        const QJsonObject result = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(result.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        const QJsonObject attempt =
            result.value(QStringLiteral("attempts")).toArray().first().toObject();
        QCOMPARE(attempt.value(QStringLiteral("outcome")).toString(), outcome);
        if (mode == int(TestPeer::Mode::Flood)) {
            QCOMPARE(attempt.value(QStringLiteral("bytes")).toInt(), 64 * 1024);
            QCOMPARE(attempt.value(QStringLiteral("truncated")).toBool(), true);
        }
        if (mode == int(TestPeer::Mode::Greet))
            QCOMPARE(result.value(QStringLiteral("greeting")).toString(),
                     QStringLiteral("\\e]0;owned\\u{0007}\\e[2J\\u{202E}\\xff\\0end"));
    } else {
        QVERIFY2(!out.isEmpty(), "text mode printed nothing");
        if (mode == int(TestPeer::Mode::Greet))
            QVERIFY(out.contains("\\e]0;owned"));
    }

#ifdef Q_OS_UNIX
    // The client's peak memory (the largest child this test has waited for), in KiB: Linux
    // counts ru_maxrss in KiB, macOS in bytes. Windows has no getrusage() and is not measured.
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
#ifdef Q_OS_MACOS
    const long peakKiB = long(usage.ru_maxrss / 1024);
#else
    const long peakKiB = long(usage.ru_maxrss);
#endif
#ifdef BINDLAB_SANITIZED
    // AddressSanitizer's shadow memory alone lifts the baseline to about 50 MiB; the bound is
    // about growth (a flood must not be kept), so it is widened rather than dropped.
    const long limitKiB = 150 * 1024;
#else
    const long limitKiB = 50 * 1024;
#endif
    QVERIFY2(peakKiB < limitKiB, qPrintable(QString::number(peakKiB)));
#endif
}

QTEST_GUILESS_MAIN(TestClientPeers)
#include "tst_clientpeers.moc"
