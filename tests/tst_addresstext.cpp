#include "net/AddressText.h"

#include <QNetworkInterface>
#include <QTest>

class TestAddressText final : public QObject
{
    Q_OBJECT

private slots:
    void plain_data();
    void plain();
    void withPort();
    void family();
    void mappedIPv4_data();
    void mappedIPv4();
    void knownScopes();
};

void TestAddressText::plain_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QHostAddress() << QString();
    QTest::newRow("v4") << QHostAddress(QStringLiteral("192.0.2.2")) << QStringLiteral("192.0.2.2");
    QTest::newRow("v6") << QHostAddress(QStringLiteral("::1")) << QStringLiteral("::1");
    QTest::newRow("scoped") << QHostAddress(QStringLiteral("fe80::1%eth0"))
                            << QStringLiteral("fe80::1%eth0");
    // Qt prints Any as 0.0.0.0, which hides that it takes IPv6 too.
    QTest::newRow("dual stack") << QHostAddress(QHostAddress::Any) << QStringLiteral("::");
}

void TestAddressText::plain()
{
    QFETCH(QHostAddress, address);
    QFETCH(QString, text);
    QCOMPARE(AddressText::plain(address), text);
}

void TestAddressText::withPort()
{
    QCOMPARE(AddressText::withPort(QHostAddress(QHostAddress::LocalHost), 4242),
             QStringLiteral("127.0.0.1:4242"));
    QCOMPARE(AddressText::withPort(QHostAddress(QStringLiteral("::1")), 4242),
             QStringLiteral("[::1]:4242"));
    QCOMPARE(AddressText::withPort(QHostAddress(QStringLiteral("fe80::1%eth0")), 1),
             QStringLiteral("[fe80::1%eth0]:1"));
    QCOMPARE(AddressText::withPort(QHostAddress(QHostAddress::Any), 4242),
             QStringLiteral("[::]:4242"));
}

void TestAddressText::family()
{
    QCOMPARE(AddressText::family(QHostAddress(QHostAddress::LocalHost)), QStringLiteral("IPv4"));
    QCOMPARE(AddressText::family(QHostAddress(QHostAddress::LocalHostIPv6)),
             QStringLiteral("IPv6"));
    QCOMPARE(AddressText::family(QHostAddress(QHostAddress::Any)), QStringLiteral("IPv4+IPv6"));
    QCOMPARE(AddressText::family(QHostAddress()), QString());
}

void TestAddressText::mappedIPv4_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("v4");
    QTest::newRow("mapped") << QStringLiteral("::ffff:192.0.2.2") << QStringLiteral("192.0.2.2");
    QTest::newRow("mapped loopback")
        << QStringLiteral("::ffff:127.0.0.1") << QStringLiteral("127.0.0.1");
    // Neither :: nor ::1 nor an IPv4-compatible address is an IPv4 address in disguise.
    QTest::newRow("any") << QStringLiteral("::") << QString();
    QTest::newRow("loopback") << QStringLiteral("::1") << QString();
    QTest::newRow("compatible") << QStringLiteral("::192.0.2.2") << QString();
    QTest::newRow("plain v6") << QStringLiteral("2001:db8::1") << QString();
    QTest::newRow("v4 itself") << QStringLiteral("192.0.2.2") << QString();
}

void TestAddressText::mappedIPv4()
{
    QFETCH(QString, address);
    QFETCH(QString, v4);
    const QHostAddress mapped = AddressText::mappedIPv4(QHostAddress(address));
    QCOMPARE(mapped.isNull() ? QString() : mapped.toString(), v4);
}

void TestAddressText::knownScopes()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    QVERIFY(!interfaces.isEmpty());
    for (const QNetworkInterface &iface : interfaces) {
        QVERIFY2(AddressText::isKnownScope(iface.name()), qPrintable(iface.name()));
        QVERIFY2(AddressText::isKnownScope(QString::number(iface.index())),
                 qPrintable(iface.name()));
    }
    QVERIFY(!AddressText::isKnownScope(QStringLiteral("nosuchif0")));
    QVERIFY(!AddressText::isKnownScope(QStringLiteral("999999")));
    QVERIFY(!AddressText::isKnownScope(QString()));
}

QTEST_GUILESS_MAIN(TestAddressText)
#include "tst_addresstext.moc"
