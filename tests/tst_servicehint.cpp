#include "client/ServiceHint.h"
#include "platform/ServiceNames.h"

#include <QTest>

// Hints from the first bytes a service sent and from the system's service database, worded as
// hints: a match names a protocol, anything else names none.
class TestServiceHint final : public QObject
{
    Q_OBJECT

private slots:
    void banners_data();
    void banners();
    void registeredPort();
    void linesAreHints();
};

void TestServiceHint::banners_data()
{
    QTest::addColumn<QByteArray>("banner");
    QTest::addColumn<QString>("code");
    QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n")
                         << QStringLiteral("ssh");
    QTest::newRow("smtp") << QByteArray("220 mail.example ESMTP Postfix\r\n")
                          << QStringLiteral("smtp");
    QTest::newRow("ftp") << QByteArray("220 (vsFTPd 3.0.3)\r\n") << QStringLiteral("ftp");
    QTest::newRow("220 plain") << QByteArray("220 ready\r\n") << QStringLiteral("ftp-or-smtp");
    QTest::newRow("pop3") << QByteArray("+OK Dovecot ready.\r\n") << QStringLiteral("pop3");
    QTest::newRow("imap") << QByteArray("* OK [CAPABILITY IMAP4rev1] ready\r\n")
                          << QStringLiteral("imap");
    QTest::newRow("http") << QByteArray("HTTP/1.0 200 OK\r\nServer: SimpleHTTP/0.6\r\n")
                          << QStringLiteral("http");
    QTest::newRow("tls alert") << QByteArray("\x15\x03\x03\x00\x02\x02\x32", 7)
                               << QStringLiteral("tls");
    QTest::newRow("vnc") << QByteArray("RFB 003.008\n") << QStringLiteral("vnc");
    QTest::newRow("mysql") << QByteArray("\x4a\x00\x00\x00\x0a"
                                         "8.0.36\x00",
                                         12)
                           << QStringLiteral("mysql");
    QTest::newRow("postgres") << QByteArray("E\x00\x00\x00\x60SFATAL\x00", 12)
                              << QStringLiteral("postgresql");
    QTest::newRow("bindlab") << QByteArray("Hello from BindLab\n") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("http lookalike") << QByteArray("HTTP/1.1 20") << QString();
}

void TestServiceHint::banners()
{
    QFETCH(QByteArray, banner);
    QFETCH(QString, code);
    const ServiceHint hint = ServiceHint::ofBanner(banner);
    QCOMPARE(hint.bannerCode, code);
    QCOMPARE(hint.bannerName.isEmpty(), code.isEmpty());
}

void TestServiceHint::registeredPort()
{
    // Whatever this system's database says for port 22 (Debian: "ssh"), the hint carries it.
    const ServiceHint hint = ServiceHint::of(QByteArray(), 22);
    QCOMPARE(hint.registered, ServiceNames::tcpName(22));
    QCOMPARE(hint.port, quint16(22));
}

void TestServiceHint::linesAreHints()
{
    ServiceHint hint = ServiceHint::ofBanner(QByteArray("SSH-2.0-x\r\n"));
    hint.port = 2222;
    hint.registered = QStringLiteral("example");
    const QStringList lines = hint.lines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QLatin1String("looks like SSH")));
    QVERIFY(lines.at(1).contains(QLatin1String("registered as \"example\"")));
    QVERIFY(ServiceHint::ofBanner(QByteArray("x")).lines().isEmpty());
}

QTEST_GUILESS_MAIN(TestServiceHint)
#include "tst_servicehint.moc"
