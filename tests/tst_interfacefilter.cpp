#include "net/InterfaceFilter.h"
#include "server/BindChoices.h"

#include <QTest>

// Interfaces of Linux, macOS and Windows machines, made up from what Qt reports on each, so
// the rules are tested everywhere; the live machine is checked as well.
class TestInterfaceFilter final : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void liveMachine();
};

using Verdict = InterfaceFilter::Verdict;
using Flags = QNetworkInterface::InterfaceFlags;
Q_DECLARE_METATYPE(InterfaceFilter::Facts)

namespace {

const Flags kUp = Flags(QNetworkInterface::IsUp) | QNetworkInterface::IsRunning |
                  QNetworkInterface::CanBroadcast | QNetworkInterface::CanMulticast;

InterfaceFilter::Facts facts(const char *name, Flags flags, QNetworkInterface::InterfaceType type,
                             const QStringList &addresses)
{
    InterfaceFilter::Facts f;
    f.name = QString::fromLatin1(name);
    f.flags = flags;
    f.type = type;
    for (const QString &a : addresses)
        f.addresses << QHostAddress(a);
    return f;
}

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromLatin1(t);
    return out;
}

} // namespace

void TestInterfaceFilter::verdicts_data()
{
    QTest::addColumn<InterfaceFilter::Facts>("facts");
    QTest::addColumn<Verdict>("verdict");
    using T = QNetworkInterface;

    // Linux (this machine's FACTS): eth0 is offered, ifb0/ifb1 are down without addresses.
    QTest::newRow("linux eth0") << facts("eth0", kUp, T::Ethernet,
                                         list({"192.0.2.2", "fd00::2", "fe80::2%eth0"}))
                                << Verdict::Offered;
    QTest::newRow("linux ifb0 down")
        << facts("ifb0", Flags(QNetworkInterface::CanBroadcast), T::Ethernet, {})
        << Verdict::DownOrNoAddress;
    QTest::newRow("up but not running")
        << facts("eth1", Flags(QNetworkInterface::IsUp), T::Ethernet, list({"198.18.0.1"}))
        << Verdict::DownOrNoAddress;
    QTest::newRow("loopback") << facts("lo", kUp | QNetworkInterface::IsLoopBack, T::Loopback,
                                       list({"127.0.0.1", "::1"}))
                              << Verdict::Offered;
    QTest::newRow("linux wireguard")
        << facts("wg0", kUp, T::Virtual, list({"198.51.100.2"})) << Verdict::Offered;
    auto invalid = facts("eth0", kUp, T::Ethernet, list({"192.0.2.2"}));
    invalid.valid = false;
    QTest::newRow("invalid") << invalid << Verdict::DownOrNoAddress;

    // macOS.
    QTest::newRow("mac en0") << facts("en0", kUp, T::Ethernet,
                                      list({"203.0.113.20", "fe80::1c%en0"}))
                             << Verdict::Offered;
    QTest::newRow("mac awdl0") << facts("awdl0", kUp, T::Ethernet, list({"fe80::a1%awdl0"}))
                               << Verdict::PeerToPeerLink;
    QTest::newRow("mac llw0") << facts("llw0", kUp, T::Ethernet, list({"fe80::a2%llw0"}))
                              << Verdict::PeerToPeerLink;
    QTest::newRow("mac utun0 system") << facts("utun0", kUp, T::Unknown, list({"fe80::b1%utun0"}))
                                      << Verdict::TunnelWithoutLanAddress;
    QTest::newRow("mac utun3 vpn")
        << facts("utun3", kUp, T::Unknown, list({"198.51.100.6", "fe80::b3%utun3"}))
        << Verdict::Offered;
    QTest::newRow("mac bridge0 empty")
        << facts("bridge0", kUp, T::Ethernet, {}) << Verdict::DownOrNoAddress;
    // Names are matched whole: an interface merely starting with the letters is ordinary.
    QTest::newRow("not awdl") << facts("awdlan", kUp, T::Ethernet, list({"fe80::c1%awdlan"}))
                              << Verdict::Offered;

    // Windows: Qt's system names, tunnels typed Virtual.
    QTest::newRow("win ethernet") << facts("ethernet_32768", kUp, T::Ethernet,
                                           list({"203.0.113.30", "fe80::d1%ethernet_32768"}))
                                  << Verdict::Offered;
    QTest::newRow("win teredo") << facts("tunnel_32768", kUp, T::Virtual,
                                         list({"2001:0:2851:782c::1", "fe80::e1%tunnel_32768"}))
                                << Verdict::TunnelWithoutLanAddress;
    QTest::newRow("win isatap") << facts("tunnel_32769", kUp, T::Virtual,
                                         list({"fe80::5efe:c0a8:11e%tunnel_32769"}))
                                << Verdict::TunnelWithoutLanAddress;
    QTest::newRow("win 6to4") << facts("tunnel_32770", kUp, T::Virtual, list({"2002:c000:22b::1"}))
                              << Verdict::TunnelWithoutLanAddress;
    QTest::newRow("win disconnected wifi")
        << facts("wireless_32768", Flags(QNetworkInterface::IsUp), T::Ieee80211,
                 list({"169.254.10.1"}))
        << Verdict::DownOrNoAddress;
}

void TestInterfaceFilter::verdicts()
{
    QFETCH(InterfaceFilter::Facts, facts);
    QFETCH(Verdict, verdict);
    QCOMPARE(InterfaceFilter::verdict(facts), verdict);
    QCOMPARE(InterfaceFilter::isOffered(facts), verdict == Verdict::Offered);
}

void TestInterfaceFilter::liveMachine()
{
    const QList<BindChoice> choices = BindChoices::current();
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const InterfaceFilter::Facts f = InterfaceFilter::factsOf(iface);
        QCOMPARE(f.name, iface.name());
        bool offered = false;
        for (const BindChoice &c : choices) {
            if (c.kind == BindChoice::Kind::InterfaceAddress &&
                c.interfaceName == iface.humanReadableName())
                offered = true;
        }
        // Loopback's addresses are offered under their own names, never as an interface.
        if (!iface.flags().testFlag(QNetworkInterface::IsLoopBack))
            QCOMPARE(offered, InterfaceFilter::isOffered(f));
        // FACTS: ifb0/ifb1 are down and have no address on the reference machine.
        if (iface.name().startsWith(QLatin1String("ifb")))
            QCOMPARE(InterfaceFilter::verdict(f), Verdict::DownOrNoAddress);
    }
}

QTEST_GUILESS_MAIN(TestInterfaceFilter)
#include "tst_interfacefilter.moc"
