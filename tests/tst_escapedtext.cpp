#include "net/EscapedText.h"

#include <QTest>

// The text to send once connected: every escape it knows, and a clear error for each it does
// not, rather than bytes nobody meant.
class TestEscapedText final : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void errors_data();
    void errors();
    void capped();
};

void TestEscapedText::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("plain") << QStringLiteral("hello") << QByteArray("hello");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("http head") << QStringLiteral("HEAD / HTTP/1.0\\r\\n\\r\\n")
                               << QByteArray("HEAD / HTTP/1.0\r\n\r\n");
    QTest::newRow("tab and backslash") << QStringLiteral("a\\tb\\\\c") << QByteArray("a\tb\\c");
    QTest::newRow("hex") << QStringLiteral("\\x00\\x7f\\xFF") << QByteArray("\x00\x7f\xff", 3);
    QTest::newRow("utf-8") << QStringLiteral("grüß") << QStringLiteral("grüß").toUtf8();
}

void TestEscapedText::escapes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    const EscapedText::Parsed parsed = EscapedText::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.bytes, bytes);
}

void TestEscapedText::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("lone backslash") << QStringLiteral("abc\\") << QStringLiteral("character 4");
    QTest::newRow("unknown escape") << QStringLiteral("a\\q") << QStringLiteral("\\q");
    QTest::newRow("short hex") << QStringLiteral("\\x4") << QStringLiteral("two hex digits");
    QTest::newRow("bad hex") << QStringLiteral("ab\\xg0") << QStringLiteral("character 3");
}

void TestEscapedText::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const EscapedText::Parsed parsed = EscapedText::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    QVERIFY(parsed.bytes.isEmpty() || !parsed.ok());
}

void TestEscapedText::capped()
{
    const QString big(EscapedText::kMaxBytes + 1, QLatin1Char('a'));
    const EscapedText::Parsed parsed = EscapedText::parse(big);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.bytes.isEmpty());
    QVERIFY(EscapedText::parse(big.left(EscapedText::kMaxBytes)).ok());
}

QTEST_GUILESS_MAIN(TestEscapedText)
#include "tst_escapedtext.moc"
