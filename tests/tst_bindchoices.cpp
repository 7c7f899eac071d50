#include "server/BindChoices.h"

#include <QTest>

class TestBindChoices final : public QObject
{
    Q_OBJECT

private slots:
    void fixedChoicesComeFirst();
    void hostnameShowsWhatItResolvesTo();
    void hostnameThatDoesNotResolve();
    void liveInterfacesAreOfferedWithScope();
    void findsByKeywordInterfaceAndAddress();
    void rejectsUnknownKeys();
};

namespace {

QHostInfo hostInfo(const QString &name, const QList<QHostAddress> &addresses)
{
    QHostInfo info;
    info.setHostName(name);
    info.setAddresses(addresses);
    return info;
}

} // namespace

void TestBindChoices::fixedChoicesComeFirst()
{
    const QList<BindChoice> choices =
        BindChoices::enumerate({}, hostInfo(QStringLiteral("vm"), {QHostAddress::LocalHost}));
    QStringList keys;
    for (const BindChoice &c : choices)
        keys << c.key;
    QCOMPARE(keys, (QStringList{QStringLiteral("any"), QStringLiteral("any4"),
                                QStringLiteral("any6"), QStringLiteral("loopback"),
                                QStringLiteral("loopback6"), QStringLiteral("hostname")}));
    QCOMPARE(choices.at(0).address, QHostAddress(QHostAddress::Any));
    QCOMPARE(choices.at(1).address, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(choices.at(2).address, QHostAddress(QHostAddress::AnyIPv6));
    QVERIFY(choices.at(3).isLoopbackOnly());
    QVERIFY(!choices.at(0).isLoopbackOnly());
    // Labels are written for people, not QHostAddress::toString().
    QVERIFY(choices.at(0).label().contains(QStringLiteral("IPv4 and IPv6")));
    QVERIFY(choices.at(2).reach().contains(QStringLiteral("IPv6-only")));
}

void TestBindChoices::hostnameShowsWhatItResolvesTo()
{
    const QList<BindChoice> choices = BindChoices::enumerate(
        {}, hostInfo(QStringLiteral("vm"), {QHostAddress(QStringLiteral("::1")),
                                            QHostAddress(QStringLiteral("127.0.1.1"))}));
    const BindChoice hostname = choices.at(5);
    QCOMPARE(hostname.kind, BindChoice::Kind::Hostname);
    // Like Python's bind((gethostname(), port)): the first IPv4 answer.
    QCOMPARE(hostname.address, QHostAddress(QStringLiteral("127.0.1.1")));
    QVERIFY(hostname.label().contains(QStringLiteral("vm → 127.0.1.1")));
    QVERIFY(hostname.isLoopbackOnly());
    QVERIFY(hostname.warning().contains(QStringLiteral("classic mistake")));
}

void TestBindChoices::hostnameThatDoesNotResolve()
{
    QHostInfo info = hostInfo(QStringLiteral("ghost"), {});
    info.setError(QHostInfo::HostNotFound);
    info.setErrorString(QStringLiteral("Host not found"));
    const QList<BindChoice> choices = BindChoices::enumerate({}, info);
    const BindChoices::Lookup lookup = BindChoices::find(QStringLiteral("hostname"), choices);
    QVERIFY(!lookup.error.isEmpty());
    QVERIFY(!lookup.choice.canListen());
}

void TestBindChoices::liveInterfacesAreOfferedWithScope()
{
    const QList<BindChoice> choices = BindChoices::current();
    QVERIFY(choices.size() >= 6);
    for (const BindChoice &c : choices) {
        if (c.kind != BindChoice::Kind::InterfaceAddress)
            continue;
        QVERIFY2(!c.interfaceName.isEmpty(), qPrintable(c.label()));
        if (c.isLinkLocal())
            QVERIFY2(!c.address.scopeId().isEmpty(), qPrintable(c.label()));
        // Loopback is offered once, under its own name.
        QVERIFY(c.address != QHostAddress(QHostAddress::LocalHost));
    }
}

void TestBindChoices::findsByKeywordInterfaceAndAddress()
{
    const QList<BindChoice> choices = BindChoices::current();
    QCOMPARE(BindChoices::find(QStringLiteral("any4"), choices).choice.kind,
             BindChoice::Kind::AnyIPv4);
    QCOMPARE(BindChoices::find(QStringLiteral("LOOPBACK6"), choices).choice.kind,
             BindChoice::Kind::LoopbackIPv6);
    const BindChoices::Lookup byAddress = BindChoices::find(QStringLiteral("127.0.0.1"), choices);
    QVERIFY(byAddress.error.isEmpty());
    QCOMPARE(byAddress.choice.address, QHostAddress(QHostAddress::LocalHost));
    // A documentation address is not on this machine: still a choice, so listening reports
    // the operating system's own error.
    const BindChoices::Lookup foreign = BindChoices::find(QStringLiteral("198.51.100.7"), choices);
    QVERIFY(foreign.error.isEmpty());
    QCOMPARE(foreign.choice.kind, BindChoice::Kind::ForeignAddress);
    for (const BindChoice &c : choices) {
        if (c.kind == BindChoice::Kind::InterfaceAddress) {
            const BindChoices::Lookup byName = BindChoices::find(c.interfaceName, choices);
            QVERIFY(byName.error.isEmpty());
            QCOMPARE(byName.choice.interfaceName, c.interfaceName);
            break;
        }
    }
}

void TestBindChoices::rejectsUnknownKeys()
{
    const QList<BindChoice> choices = BindChoices::current();
    QVERIFY(BindChoices::find(QStringLiteral("everywhere"), choices)
                .error.contains(QStringLiteral("Unknown bind choice")));
    QVERIFY(!BindChoices::find(QString(), choices).error.isEmpty());
    QVERIFY(BindChoices::find(QStringLiteral("fe80::1"), choices)
                .error.contains(QStringLiteral("link-local")));
}

QTEST_GUILESS_MAIN(TestBindChoices)
#include "tst_bindchoices.moc"
