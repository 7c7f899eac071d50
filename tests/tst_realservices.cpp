#include "RealService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// The client against real programs people run, installed by the project's set-up: OpenSSH's
// sshd (a banner service) and Python's http.server (a silent one). Both are reachable, exit 0,
// with the service's kind, what it sent and a hint; neither waits for a read deadline.
class TestRealServices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sshdIsABannerService();
    void httpServerIsSilent();
    void httpServerAnswersARequest();

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject result;
        QByteArray out;
    };
    Run client(const QStringList &args) const;

    QString m_client;
};

void TestRealServices::initTestCase()
{
    m_client = qEnvironmentVariable("BINDLAB_CLIENT");
    QVERIFY2(QFile::exists(m_client), "BINDLAB_CLIENT must name bindlab-client");
}

TestRealServices::Run TestRealServices::client(const QStringList &args) const
{
    Run run;
    QProcess p;
    p.start(m_client, QStringList{QStringLiteral("--headless"), QStringLiteral("--json")} + args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    run.result = QJsonDocument::fromJson(lines.last()).object();
    return run;
}

void TestRealServices::sshdIsABannerService()
{
    RealService sshd(RealService::Kind::Sshd);
    if (!sshd.start()) {
        if (!sshd.skipReason().isEmpty())
            QSKIP(qPrintable(sshd.skipReason()));
        QFAIL(qPrintable(sshd.failure()));
    }
    const Run run = client({QStringLiteral("127.0.0.1"), QString::number(sshd.port())});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.result.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(run.result.value(QStringLiteral("service")).toString(), QStringLiteral("banner"));
    QVERIFY2(run.result.value(QStringLiteral("banner"))
                 .toString()
                 .startsWith(QStringLiteral("SSH-2.0-")),
             run.out.constData());
    QCOMPARE(run.result.value(QStringLiteral("hint"))
                 .toObject()
                 .value(QStringLiteral("banner"))
                 .toString(),
             QStringLiteral("ssh"));
    const QJsonObject diagnosis = run.result.value(QStringLiteral("diagnosis")).toObject();
    QCOMPARE(diagnosis.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
    // Root sees every process: the program that listens is named.
    const QJsonObject listener =
        run.result.value(QStringLiteral("listeners")).toArray().first().toObject();
    QCOMPARE(listener.value(QStringLiteral("program")).toString(), QStringLiteral("sshd"));
}

void TestRealServices::httpServerIsSilent()
{
    RealService http(RealService::Kind::HttpServer);
    if (!http.start()) {
        if (!http.skipReason().isEmpty())
            QSKIP(qPrintable(http.skipReason()));
        QFAIL(qPrintable(http.failure()));
    }
    const Run run = client({QStringLiteral("--banner-wait"), QStringLiteral("300"),
                            QStringLiteral("127.0.0.1"), QString::number(http.port())});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.result.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(run.result.value(QStringLiteral("service")).toString(), QStringLiteral("silent"));
    QCOMPARE(run.result.value(QStringLiteral("banner")).toString(), QString());
    QCOMPARE(run.result.value(QStringLiteral("diagnosis"))
                 .toObject()
                 .value(QStringLiteral("cause"))
                 .toString(),
             QStringLiteral("ok"));
}

void TestRealServices::httpServerAnswersARequest()
{
    RealService http(RealService::Kind::HttpServer);
    if (!http.start()) {
        if (!http.skipReason().isEmpty())
            QSKIP(qPrintable(http.skipReason()));
        QFAIL(qPrintable(http.failure()));
    }
    const Run run = client({QStringLiteral("--send"), QStringLiteral("HEAD / HTTP/1.0\\r\\n\\r\\n"),
                            QStringLiteral("127.0.0.1"), QString::number(http.port())});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.result.value(QStringLiteral("service")).toString(), QStringLiteral("answered"));
    QVERIFY2(run.result.value(QStringLiteral("banner"))
                 .toString()
                 .startsWith(QStringLiteral("HTTP/1.0 200")),
             run.out.constData());
    QCOMPARE(run.result.value(QStringLiteral("hint"))
                 .toObject()
                 .value(QStringLiteral("banner"))
                 .toString(),
             QStringLiteral("http"));
}

QTEST_GUILESS_MAIN(TestRealServices)
#include "tst_realservices.moc"
