#include "net/TargetParser.h"

#include <QNetworkInterface>
#include <QTest>

class TestTargetParser final : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void addressPortWinsAndSaysSo();
    void urlSaysWhatItTook();
    void wildcardDestinationsAreExplained();
    void scopedLinkLocal();
    void rejectedInputIsEchoedEscaped();
};

using R = TargetParser::Rejection;

void TestTargetParser::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("dial");
    QTest::newRow("name") << QStringLiteral("localhost") << QString()
                          << QStringLiteral("localhost:12397");
    QTest::newRow("name any case, spaces")
        << QStringLiteral("  LocalHost \n") << QString() << QStringLiteral("localhost:12397");
    QTest::newRow("ipv4") << QStringLiteral("127.0.0.1") << QStringLiteral("80")
                          << QStringLiteral("127.0.0.1:80");
    QTest::newRow("ipv6") << QStringLiteral("::1") << QString() << QStringLiteral("[::1]:12397");
    QTest::newRow("ipv4-mapped") << QStringLiteral("::ffff:127.0.0.1") << QString()
                                 << QStringLiteral("[::ffff:127.0.0.1]:12397");
    QTest::newRow("host:port") << QStringLiteral("example.org:8080") << QString()
                               << QStringLiteral("example.org:8080");
    QTest::newRow("[v6]:port") << QStringLiteral("[::1]:9000") << QString()
                               << QStringLiteral("[::1]:9000");
    QTest::newRow("[v6] + field") << QStringLiteral("[::1]") << QStringLiteral("7")
                                  << QStringLiteral("[::1]:7");
    QTest::newRow("tcp url") << QStringLiteral("tcp://127.0.0.1:5000") << QString()
                             << QStringLiteral("127.0.0.1:5000");
    QTest::newRow("http url with path") << QStringLiteral("http://[::1]:8080/index.html")
                                        << QString() << QStringLiteral("[::1]:8080");
    QTest::newRow("trailing dot") << QStringLiteral("localhost.") << QString()
                                  << QStringLiteral("localhost:12397");
    QTest::newRow("underscore name")
        << QStringLiteral("my_host.lan") << QString() << QStringLiteral("my_host.lan:12397");
    QTest::newRow("idn") << QStringLiteral("bücher.example") << QString()
                         << QStringLiteral("xn--bcher-kva.example:12397");
}

void TestTargetParser::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, field);
    QFETCH(QString, dial);
    const TargetParser::Result r = TargetParser::parse(input, field);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.target.dialText(), dial);
}

void TestTargetParser::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("rejection");
    QTest::newRow("empty") << QString() << QString() << int(R::Empty);
    QTest::newRow("blank") << QStringLiteral("   \t") << QString() << int(R::Empty);
    QTest::newRow("port only") << QStringLiteral(":80") << QString() << int(R::Empty);
    QTest::newRow("octet range") << QStringLiteral("192.0.2.256") << QString() << int(R::BadIPv4);
    QTest::newRow("too many parts") << QStringLiteral("1.2.3.4.5") << QString() << int(R::BadIPv4);
    QTest::newRow("octal") << QStringLiteral("010.0.0.1") << QString() << int(R::AmbiguousIPv4);
    QTest::newRow("short dotted") << QStringLiteral("127.1") << QString() << int(R::AmbiguousIPv4);
    QTest::newRow("hex") << QStringLiteral("0x7f.1") << QString() << int(R::AmbiguousIPv4);
    QTest::newRow("integer") << QStringLiteral("2130706433") << QString() << int(R::AmbiguousIPv4);
    QTest::newRow("port zero") << QStringLiteral("127.0.0.1") << QStringLiteral("0")
                               << int(R::BadPort);
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:65536") << QString()
                                  << int(R::BadPort);
    QTest::newRow("port word") << QStringLiteral("127.0.0.1") << QStringLiteral("http")
                               << int(R::BadPort);
    QTest::newRow("port negative")
        << QStringLiteral("127.0.0.1") << QStringLiteral("-1") << int(R::BadPort);
    QTest::newRow("port empty after colon")
        << QStringLiteral("localhost:") << QString() << int(R::BadPort);
    QTest::newRow("name too long")
        << QString(300, QLatin1Char('a')) << QString() << int(R::NameTooLong);
    QTest::newRow("label too long") << (QString(64, QLatin1Char('a')) + QStringLiteral(".lan"))
                                    << QString() << int(R::LabelTooLong);
    QTest::newRow("nul") << QStringLiteral("127.0.0.1") + QChar(0) + QStringLiteral("evil")
                         << QString() << int(R::ControlCharacter);
    QTest::newRow("escape sequence")
        << QStringLiteral("\x1b[31mhost") << QString() << int(R::ControlCharacter);
    QTest::newRow("bidi") << QStringLiteral("host\u202Egro") << QString()
                          << int(R::ControlCharacter);
    QTest::newRow("space inside") << QStringLiteral("my host") << QString() << int(R::BadCharacter);
    QTest::newRow("unclosed bracket")
        << QStringLiteral("[::1") << QString() << int(R::UnclosedBracket);
    QTest::newRow("stray bracket") << QStringLiteral("::1]") << QString() << int(R::BadCharacter);
    QTest::newRow("bracketed v4") << QStringLiteral("[127.0.0.1]") << QString() << int(R::BadIPv6);
    QTest::newRow("bad v6") << QStringLiteral("fe80:::1") << QString() << int(R::BadIPv6);
    QTest::newRow("link-local no scope")
        << QStringLiteral("fe80::1") << QString() << int(R::ScopeMissing);
    QTest::newRow("link-local unknown scope")
        << QStringLiteral("fe80::1%nosuchif0") << QString() << int(R::UnknownScope);
    QTest::newRow("scope on v4") << QStringLiteral("127.0.0.1%lo") << QString()
                                 << int(R::ScopeNotAllowed);
    QTest::newRow("full width") << QStringLiteral("ｌｏｃａｌｈｏｓｔ") << QString()
                                << int(R::NormalisedForm);
    QTest::newRow("url without host")
        << QStringLiteral("http:///path") << QString() << int(R::BadUrl);
}

void TestTargetParser::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, field);
    QFETCH(int, rejection);
    const TargetParser::Result r = TargetParser::parse(input, field);
    QVERIFY2(!r.ok(), qPrintable(r.target.dialText()));
    QCOMPARE(int(r.rejection), rejection);
    QVERIFY(!r.error.isEmpty());
}

void TestTargetParser::addressPortWinsAndSaysSo()
{
    const TargetParser::Result r =
        TargetParser::parse(QStringLiteral("127.0.0.1:8080"), QStringLiteral("12397"));
    QVERIFY(r.ok());
    QCOMPARE(r.target.port, quint16(8080));
    QCOMPARE(r.target.portSource, Target::PortSource::Address);
    QCOMPARE(r.target.notes.size(), 1);
    QVERIFY(r.target.notes.first().contains(QStringLiteral("8080")));
    QVERIFY(r.target.notes.first().contains(QStringLiteral("12397")));
}

void TestTargetParser::urlSaysWhatItTook()
{
    const TargetParser::Result r =
        TargetParser::parse(QStringLiteral("http://localhost:8080/x"), QString());
    QVERIFY(r.ok());
    QCOMPARE(r.target.host, QStringLiteral("localhost"));
    QVERIFY(r.target.notes.join(QLatin1Char(' ')).contains(QStringLiteral("URL")));
}

void TestTargetParser::wildcardDestinationsAreExplained()
{
    for (const QString &any : {QStringLiteral("0.0.0.0"), QStringLiteral("::")}) {
        const TargetParser::Result r = TargetParser::parse(any, QString());
        QVERIFY(r.ok());
        QVERIFY2(r.target.notes.join(QLatin1Char(' ')).contains(QStringLiteral("binds")),
                 qPrintable(any));
    }
}

void TestTargetParser::scopedLinkLocal()
{
    QString scoped;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        if (!iface.flags().testFlag(QNetworkInterface::IsLoopBack)) {
            scoped = QStringLiteral("fe80::1%") + iface.name();
            break;
        }
    }
    if (scoped.isEmpty())
        QSKIP("This machine has no interface other than loopback to scope with.");
    const TargetParser::Result r = TargetParser::parse(scoped, QString());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.target.literal.scopeId().isEmpty());
    QCOMPARE(r.target.dialText(), QStringLiteral("[%1]:12397").arg(scoped));
}

void TestTargetParser::rejectedInputIsEchoedEscaped()
{
    const TargetParser::Result r = TargetParser::parse(QStringLiteral("a\x1b[2Jb c"), QString());
    QVERIFY(!r.ok());
    QVERIFY(!r.error.contains(QChar(0x1b)));
    QVERIFY(r.error.contains(QStringLiteral("\\e[2J")));
}

QTEST_GUILESS_MAIN(TestTargetParser)
#include "tst_targetparser.moc"
