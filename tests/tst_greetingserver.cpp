#include "LocalAddresses.h"
#include "LoopbackFetch.h"
#include "client/ConnectRun.h"
#include "platform/OsError.h"
#include "server/BindChoices.h"
#include "server/GreetingServer.h"

#include <QHostInfo>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

class TestGreetingServer final : public QObject
{
    Q_OBJECT

private slots:
    void greetsOverLoopbackAndLogsBothEnds();
    void greetsDespiteClientData();
    void countsWhenNobodyTakesTheRecord();
    void addressInUse();
    void addressNotOnThisMachine();
    void any6IsIPv6Only();
    void anyIsDualStack();
    void hostnameChoiceReproducesTheArticle();
    void stopClosesTheListener();
    void reportsWhereItListens();

private:
    static QByteArray fetch(const QHostAddress &address, quint16 port, QString *error = nullptr);
};

QByteArray TestGreetingServer::fetch(const QHostAddress &address, quint16 port, QString *error)
{
    const LoopbackFetch::Result r = LoopbackFetch::fetch(address, port);
    if (error)
        *error = r.error;
    return r.data;
}

void TestGreetingServer::greetsOverLoopbackAndLogsBothEnds()
{
    GreetingServer server;
    server.setGreeting("Grüße\n");
    QSignalSpy served(&server, &GreetingServer::connectionServed);
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    QVERIFY(server.serverPort() != 0);

    QCOMPARE(fetch(QHostAddress::LocalHost, server.serverPort()), QByteArray("Grüße\n"));
    QTRY_COMPARE(served.count(), 1);
    const auto record = served.at(0).at(0).value<ConnectionRecord>();
    QVERIFY(record.greeted);
    QCOMPARE(record.serial, quint64(1));
    QCOMPARE(record.peer, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(record.peerPort != 0);
    QCOMPARE(record.local, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(record.localPort, server.serverPort());
    QCOMPARE(server.greeted(), quint64(1));
}

void TestGreetingServer::greetsDespiteClientData()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    QTcpSocket client;
    client.setProxy(QNetworkProxy::NoProxy);
    QByteArray data;
    connect(&client, &QTcpSocket::connected, &client,
            [&] { client.write("GET / HTTP/1.0\r\n\r\n"); });
    connect(&client, &QTcpSocket::readyRead, &client, [&] { data += client.readAll(); });
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(data, GreetingServer::defaultGreeting());
}

// A --quiet headless server turns records off and serves on a leaner path: the totals stay
// exact, and records come again as soon as they are wanted.
void TestGreetingServer::countsWhenNobodyTakesTheRecord()
{
    GreetingServer server;
    QVERIFY(server.recordsWanted());
    server.setRecordsWanted(false);
    QSignalSpy served(&server, &GreetingServer::connectionServed);
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetch(QHostAddress::LocalHost, server.serverPort()),
                 GreetingServer::defaultGreeting());
    QTRY_COMPARE(server.greeted(), quint64(3));
    QCOMPARE(server.accepted(), quint64(3));
    QCOMPARE(served.count(), 0);

    server.setRecordsWanted(true);
    QCOMPARE(fetch(QHostAddress::LocalHost, server.serverPort()),
             GreetingServer::defaultGreeting());
    QTRY_COMPARE(served.count(), 1);
    const auto record = served.at(0).at(0).value<ConnectionRecord>();
    QVERIFY(record.greeted);
    QCOMPARE(record.serial, quint64(4));
    QCOMPARE(record.peer, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(record.localPort, server.serverPort());
    QCOMPARE(server.greeted(), quint64(4));
}

void TestGreetingServer::addressInUse()
{
    GreetingServer first;
    QVERIFY(first.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    GreetingServer second;
    QVERIFY(!second.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), first.serverPort()));
    QCOMPARE(second.startError().errorName(), QStringLiteral("AddressInUseError"));
    QCOMPARE(second.startError().osErrorName(),
             OsError::name(OsError::code(OsError::Kind::AddressInUse)));
    QVERIFY(!second.isListening());
}

void TestGreetingServer::addressNotOnThisMachine()
{
    // 198.51.100.7 is a documentation address: parsing and binding to it never sends a packet.
    GreetingServer server;
    const BindChoice foreign =
        BindChoice::forForeignAddress(QHostAddress(QStringLiteral("198.51.100.7")));
    QVERIFY(!server.start(foreign, 0));
    QCOMPARE(server.startError().errorName(), QStringLiteral("SocketAddressNotAvailableError"));
    QCOMPARE(server.startError().osErrorName(),
             OsError::name(OsError::code(OsError::Kind::AddressNotAvailable)));
}

void TestGreetingServer::any6IsIPv6Only()
{
    GreetingServer server;
    if (!server.start(BindChoice::make(BindChoice::Kind::AnyIPv6), 0))
        QSKIP("IPv6 is not available on this machine.");
    QCOMPARE(fetch(QHostAddress::LocalHostIPv6, server.serverPort()),
             GreetingServer::defaultGreeting());
    QString error;
    QCOMPARE(fetch(QHostAddress::LocalHost, server.serverPort(), &error), QByteArray());
    QCOMPARE(error, QStringLiteral("Connection refused"));
}

void TestGreetingServer::anyIsDualStack()
{
    GreetingServer server;
    if (!server.start(BindChoice::make(BindChoice::Kind::AnyDualStack), 0))
        QSKIP("IPv6 is not available on this machine.");
    QCOMPARE(fetch(QHostAddress::LocalHostIPv6, server.serverPort()),
             GreetingServer::defaultGreeting());
    QCOMPARE(fetch(QHostAddress::LocalHost, server.serverPort()),
             GreetingServer::defaultGreeting());
}

void TestGreetingServer::hostnameChoiceReproducesTheArticle()
{
    const QList<BindChoice> choices = BindChoices::current();
    const BindChoices::Lookup lookup = BindChoices::find(QStringLiteral("hostname"), choices);
    if (!lookup.error.isEmpty())
        QSKIP("This machine's hostname does not resolve.");
    if (!lookup.choice.address.isLoopback())
        QSKIP("This machine's hostname resolves to a non-loopback address; the article's bug "
              "cannot be reproduced here.");
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (lan.isNull())
        QSKIP("This machine has no non-loopback IPv4 address to connect to.");

    GreetingServer server;
    QVERIFY(server.start(lookup.choice, 0));
    QCOMPARE(fetch(lookup.choice.address, server.serverPort()), GreetingServer::defaultGreeting());
    QString error;
    QCOMPARE(fetch(lan, server.serverPort(), &error), QByteArray());
    QCOMPARE(error, QStringLiteral("Connection refused"));

    // The fix: all IPv4 interfaces greet at the LAN address.
    server.stop();
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::AnyIPv4), 0));
    QCOMPARE(fetch(lan, server.serverPort()), GreetingServer::defaultGreeting());
}

void TestGreetingServer::stopClosesTheListener()
{
    GreetingServer server;
    QSignalSpy stopped(&server, &GreetingServer::stopped);
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    const quint16 port = server.serverPort();
    server.stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(!server.isListening());
    QCOMPARE(server.serverPort(), quint16(0));
    QVERIFY(server.serverAddress().isNull());
    QString error;
    QCOMPARE(fetch(QHostAddress::LocalHost, port, &error), QByteArray());
    QCOMPARE(error, QStringLiteral("Connection refused"));
}

// What the system reports for the listening socket, with a dual-stack listener called "any"
// (the system says "::", which reads as IPv6 only).
void TestGreetingServer::reportsWhereItListens()
{
    GreetingServer loopback;
    QVERIFY(!loopback.isListening());
    QVERIFY(loopback.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    QVERIFY(loopback.isListening());
    QCOMPARE(loopback.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(loopback.serverPort() != 0);

    GreetingServer any;
    if (!any.start(BindChoice::make(BindChoice::Kind::AnyDualStack), 0))
        QSKIP("IPv6 is not available on this machine.");
    QCOMPARE(any.serverAddress(), QHostAddress(QHostAddress::Any));
    GreetingServer any6;
    QVERIFY(any6.start(BindChoice::make(BindChoice::Kind::AnyIPv6), 0));
    QCOMPARE(any6.serverAddress(), QHostAddress(QHostAddress::AnyIPv6));
}

QTEST_GUILESS_MAIN(TestGreetingServer)
#include "tst_greetingserver.moc"
