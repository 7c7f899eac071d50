#include "net/PeerText.h"

#include <QTest>

class TestPeerText final : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void keepsLineBreaksWhenAsked();
    void plainTextIsPlain();
};

void TestPeerText::escapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("Thank you for connecting!")
                           << QStringLiteral("Thank you for connecting!");
    QTest::newRow("utf8") << QByteArray("Grüße 你好") << QStringLiteral("Grüße 你好");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QStringLiteral("a\\0b");
    QTest::newRow("ansi") << QByteArray("\x1b[31mred") << QStringLiteral("\\e[31mred");
    QTest::newRow("newline") << QByteArray("a\r\nb\tc") << QStringLiteral("a\\r\\nb\\tc");
    QTest::newRow("invalid byte") << QByteArray("ok\xff") << QStringLiteral("ok\\xff");
    QTest::newRow("truncated sequence") << QByteArray("\xe4\xbd") << QStringLiteral("\\xe4\\xbd");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("bidi override") << QByteArray("abc\xe2\x80\xae"
                                                 "def")
                                   << QStringLiteral("abc\\u{202E}def");
    QTest::newRow("bidi isolate") << QByteArray("\xe2\x81\xa6x") << QStringLiteral("\\u{2066}x");
    QTest::newRow("zero width") << QByteArray("a\xe2\x80\x8b b") << QStringLiteral("a\\u{200B} b");
    QTest::newRow("c1 control") << QByteArray("\xc2\x9b") << QStringLiteral("\\u{009B}");
    QTest::newRow("del") << QByteArray("\x7f") << QStringLiteral("\\u{007F}");
    QTest::newRow("backslash doubled") << QByteArray("a\\x41") << QStringLiteral("a\\\\x41");
    QTest::newRow("html stays text") << QByteArray("<b>x</b>") << QStringLiteral("<b>x</b>");
}

void TestPeerText::escapes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(PeerText::escape(bytes), expected);
}

void TestPeerText::keepsLineBreaksWhenAsked()
{
    QCOMPARE(PeerText::escape("a\r\nb\nc\x1b", PeerText::Lines::Kept),
             QStringLiteral("a\nb\nc\\e"));
}

void TestPeerText::plainTextIsPlain()
{
    QVERIFY(PeerText::isPlain("Thank you for connecting!"));
    QVERIFY(PeerText::isPlain("back\\slash"));
    QVERIFY(!PeerText::isPlain("\x1b[2J"));
    QVERIFY(!PeerText::isPlain("\xff"));
}

QTEST_GUILESS_MAIN(TestPeerText)
#include "tst_peertext.moc"
