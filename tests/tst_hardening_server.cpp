#include "LoopbackFetch.h"
#include "RawClient.h"
#include "platform/OsError.h"
#include "server/BindChoices.h"
#include "server/GreetingServer.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <deque>
#include <sys/resource.h>
#include <sys/socket.h>

// GreetingServer against clients that misbehave, in one process: floods, clients that never
// read, send junk, reset at once or hold a slow greeting open; and listen failures that must
// come with a specific explanation. Linux: the clients are raw sockets.
class TestHardeningServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void listenFailuresComeWithAHint();
    void linkLocalWithoutScope();
    void hostnameThatResolvesToNothing();
    void watcherFindsThisMachinesAddresses();

    void burstOfThousands();
    void clientsThatNeverRead();
    void clientsThatSendData();
    void clientsThatResetAtOnce();
    void slowReadersAreCappedOldestFirst();
    void slowReaderHitsTheWriteDeadline();

private:
    // Serving records as the window's log would receive them.
    struct Served
    {
        QList<ConnectionRecord> records;
        int greeted() const
        {
            return int(std::count_if(records.cbegin(), records.cend(),
                                     [](const ConnectionRecord &r) { return r.greeted; }));
        }
        int withError(int code) const
        {
            return int(
                std::count_if(records.cbegin(), records.cend(),
                              [code](const ConnectionRecord &r) { return r.osError == code; }));
        }
    };
    static void record(GreetingServer *server, Served *served);
    // Accepted sockets inherit the listener's send buffer; a small, locked one makes the
    // kernel take only part of a large greeting, as on a slow network.
    static void shrinkSendBuffer(const GreetingServer &server);
    static bool allEnded(std::deque<RawClient> &clients);

    int m_clientBudget = 0;
};

void TestHardeningServer::initTestCase()
{
    // A burst of thousands needs as many descriptors in this process; take what the hard
    // limit allows, and size the burst to it.
    rlimit limit{};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    const rlim_t wanted = qMin<rlim_t>(limit.rlim_max, 8192);
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = wanted;
        QVERIFY(setrlimit(RLIMIT_NOFILE, &limit) == 0);
    }
    m_clientBudget = int(qMin<rlim_t>(2000, wanted - 100));
    QVERIFY2(m_clientBudget >= 200, "too few descriptors for the burst tests");
}

void TestHardeningServer::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestHardeningServer::record(GreetingServer *server, Served *served)
{
    connect(server, &GreetingServer::connectionServed, server,
            [served](const ConnectionRecord &r) { served->records << r; });
}

void TestHardeningServer::shrinkSendBuffer(const GreetingServer &server)
{
    const int size = 4096;
    QCOMPARE(setsockopt(int(server.socketDescriptor()), SOL_SOCKET, SO_SNDBUF, &size, sizeof size),
             0);
}

bool TestHardeningServer::allEnded(std::deque<RawClient> &clients)
{
    bool all = true;
    for (RawClient &c : clients)
        all = c.readAvailable() && all;
    return all;
}

void TestHardeningServer::listenFailuresComeWithAHint()
{
    GreetingServer first;
    QVERIFY(first.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    GreetingServer second;
    QVERIFY(!second.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), first.serverPort()));
    QCOMPARE(second.startError().osErrorName(), QStringLiteral("EADDRINUSE"));
    QVERIFY2(second.startHint().contains(QStringLiteral("ss -ltnp")),
             qPrintable(second.startHint()));

    GreetingServer foreign;
    QVERIFY(!foreign.start(
        BindChoice::forForeignAddress(QHostAddress(QStringLiteral("198.51.100.7"))), 0));
    QCOMPARE(foreign.startError().osErrorName(), QStringLiteral("EADDRNOTAVAIL"));
    QVERIFY2(foreign.startHint().contains(QStringLiteral("198.51.100.7")),
             qPrintable(foreign.startHint()));
    QVERIFY(!foreign.isListening());
}

void TestHardeningServer::linkLocalWithoutScope()
{
    // The lookup already refuses it, with the reason.
    const BindChoices::Lookup lookup =
        BindChoices::find(QStringLiteral("fe80::1"), BindChoices::current());
    QVERIFY2(lookup.error.contains(QStringLiteral("link-local")), qPrintable(lookup.error));

    // Handed to the server anyway, or with an interface that does not exist, the OS answers
    // EINVAL ("Unsupported socket operation" in Qt's words, which explains nothing): the hint
    // says what is really wrong.
    GreetingServer server;
    QVERIFY(!server.start(lookup.choice, 0));
    if (server.startError().osErrorName() == QLatin1String("EAFNOSUPPORT"))
        QSKIP("IPv6 is disabled on this machine.");
    QCOMPARE(server.startError().osErrorName(), QStringLiteral("EINVAL"));
    QVERIFY2(server.startHint().contains(QStringLiteral("name the interface")),
             qPrintable(server.startHint()));

    // --bind refuses an interface that does not exist; handed to the server anyway, the
    // kernel's EINVAL comes with the reason.
    const BindChoices::Lookup typed =
        BindChoices::find(QStringLiteral("fe80::1%nosuchif0"), BindChoices::current());
    QVERIFY2(typed.error.contains(QStringLiteral("\"nosuchif0\"")), qPrintable(typed.error));
    QHostAddress unknown(QStringLiteral("fe80::1"));
    unknown.setScopeId(QStringLiteral("nosuchif0"));
    QVERIFY(!server.start(BindChoice::forForeignAddress(unknown), 0));
    QCOMPARE(server.startError().osErrorName(), QStringLiteral("EINVAL"));
    QVERIFY2(server.startHint().contains(QStringLiteral("\"nosuchif0\"")),
             qPrintable(server.startHint()));
}

void TestHardeningServer::hostnameThatResolvesToNothing()
{
    QHostInfo nothing;
    nothing.setHostName(QStringLiteral("nowhere.invalid"));
    nothing.setError(QHostInfo::HostNotFound);
    nothing.setErrorString(QStringLiteral("Host not found"));
    const QList<BindChoice> choices = BindChoices::enumerate({}, nothing);
    const BindChoices::Lookup lookup = BindChoices::find(QStringLiteral("hostname"), choices);
    QVERIFY2(lookup.error.contains(QStringLiteral("nowhere.invalid")), qPrintable(lookup.error));

    GreetingServer server;
    QVERIFY(!server.start(lookup.choice, 0));
    QVERIFY(!server.isListening());
    QVERIFY2(server.startHint().contains(QStringLiteral("does not resolve")),
             qPrintable(server.startHint()));
}

void TestHardeningServer::watcherFindsThisMachinesAddresses()
{
    using W = ListenAddressWatcher;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    QCOMPARE(W::find(QHostAddress(QHostAddress::LocalHost), interfaces).state, W::State::Present);
    // Linux answers for all of 127/8 though lo lists only 127.0.0.1: not "gone".
    QCOMPARE(W::find(QHostAddress(QStringLiteral("127.0.0.5")), interfaces).state,
             W::State::Present);
    QCOMPARE(W::find(QHostAddress(QStringLiteral("198.51.100.7")), interfaces).state,
             W::State::Gone);
    QVERIFY(!W::isWatchable(QHostAddress(QHostAddress::Any)));
    QVERIFY(!W::isWatchable(QHostAddress(QHostAddress::AnyIPv4)));
    QVERIFY(!W::isWatchable(QHostAddress(QHostAddress::AnyIPv6)));
    QVERIFY(W::isWatchable(QHostAddress(QHostAddress::LocalHost)));
}

void TestHardeningServer::burstOfThousands()
{
    GreetingServer server;
    Served served;
    record(&server, &served);
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));

    std::deque<RawClient> clients(static_cast<size_t>(m_clientBudget));
    for (RawClient &c : clients)
        QVERIFY(c.connectTo(server.serverPort()));
    QTRY_VERIFY_WITH_TIMEOUT(allEnded(clients), 60000);

    for (const RawClient &c : clients)
        QCOMPARE(c.received(), GreetingServer::defaultGreeting());
    QCOMPARE(served.records.size(), m_clientBudget);
    QCOMPARE(served.greeted(), m_clientBudget);
    QCOMPARE(server.greeted(), quint64(m_clientBudget));
    QCOMPARE(server.accepted(), quint64(m_clientBudget));
    QVERIFY(!server.isAcceptingPaused());
}

void TestHardeningServer::clientsThatNeverRead()
{
    GreetingServer server;
    Served served;
    record(&server, &served);
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));

    std::deque<RawClient> clients(200);
    for (RawClient &c : clients)
        QVERIFY(c.connectTo(server.serverPort(), 1024));
    // Nobody reads, yet every greeting is handed to the kernel and the descriptor let go.
    QTRY_COMPARE_WITH_TIMEOUT(served.records.size(), 200, 30000);
    QCOMPARE(served.greeted(), 200);
    QCOMPARE(server.greeted(), quint64(200));
    QCOMPARE(server.slowClients(), 0);
    // And it was really written: it is there when they finally look.
    QTRY_VERIFY(allEnded(clients));
    for (const RawClient &c : clients)
        QCOMPARE(c.received(), GreetingServer::defaultGreeting());
}

void TestHardeningServer::clientsThatSendData()
{
    GreetingServer server;
    Served served;
    record(&server, &served);
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));

    // Terminal escapes, a fake JSON event, invalid UTF-8, a request line: none of it is read.
    const QByteArray junk(
        "\x1b]0;owned\x07\x1b[2J{\"event\":\"fake\"}\n\xff\xfe GET / HTTP/1.0\r\n\r\n");
    std::deque<RawClient> clients(100);
    for (RawClient &c : clients) {
        QVERIFY(c.connectTo(server.serverPort()));
        QVERIFY2(c.sendWhenConnected(junk), strerror(errno));
    }
    QTRY_VERIFY_WITH_TIMEOUT(allEnded(clients), 30000);
    for (const RawClient &c : clients)
        QCOMPARE(c.received(), GreetingServer::defaultGreeting());
    QCOMPARE(served.records.size(), 100);
    QCOMPARE(served.greeted(), 100);
}

void TestHardeningServer::clientsThatResetAtOnce()
{
    GreetingServer server;
    Served served;
    record(&server, &served);
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));

    std::deque<RawClient> resetters(300);
    for (RawClient &c : resetters) {
        QVERIFY(c.connectTo(server.serverPort()));
        c.reset();
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.accepted(), quint64(300), 30000);
    // Others are served as if nothing happened.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(LoopbackFetch::fetch(QHostAddress::LocalHost, server.serverPort()).data,
                 GreetingServer::defaultGreeting());
    QTRY_COMPARE(served.records.size(), 310);
    // "Served" counts greetings really written, no matter how many resets came first.
    QCOMPARE(server.greeted(), quint64(served.greeted()));
    QVERIFY(served.greeted() >= 10);
    QCOMPARE(server.accepted(), quint64(310));
    QVERIFY(!server.isAcceptingPaused());
}

void TestHardeningServer::slowReadersAreCappedOldestFirst()
{
    const QByteArray greeting(60000, 'g');
    GreetingServer server;
    server.setGreeting(greeting);
    server.setSlowClientLimit(4);
    server.setWriteDeadline(60000);
    Served served;
    record(&server, &served);
    QSignalSpy notices(&server, &GreetingServer::notice);
    int mostHeld = 0;
    connect(&server, &GreetingServer::connectionServed, this,
            [&] { mostHeld = qMax(mostHeld, server.slowClients()); });
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    shrinkSendBuffer(server);

    // Twelve holders that never read, one after another so "oldest" is well defined.
    std::deque<RawClient> holders(12);
    int n = 0;
    for (RawClient &c : holders) {
        QVERIFY(c.connectTo(server.serverPort(), 1024));
        ++n;
        QTRY_COMPARE(server.accepted(), quint64(n));
        mostHeld = qMax(mostHeld, server.slowClients());
    }
    // Memory and descriptors stay bounded: never more than the quota at once.
    QCOMPARE(server.slowClients(), 4);
    QCOMPARE(mostHeld, 4);
    QCOMPARE(served.records.size(), 8);
    QCOMPARE(served.withError(OsError::code(OsError::Kind::NoBuffers)), 8);
    QCOMPARE(served.greeted(), 0);
    // The limit is reported once, not once per reset.
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.at(0).at(0).value<ServerNotice>().kind, ServerNotice::Kind::SlowClientLimit);

    // The eight oldest saw a reset, not a greeting that merely looks complete.
    QTRY_VERIFY(std::all_of(holders.begin(), holders.begin() + 8,
                            [](RawClient &c) { return c.readAvailable(); }));
    for (auto it = holders.begin(); it != holders.begin() + 8; ++it) {
        QCOMPARE(it->endError(), ECONNRESET);
        QVERIFY(it->received().size() < greeting.size());
    }

    // A client that does read is still served in full while the holders wait.
    RawClient reader;
    QVERIFY(reader.connectTo(server.serverPort()));
    QTRY_VERIFY_WITH_TIMEOUT(reader.readAvailable(), 20000);
    QCOMPARE(reader.received(), greeting);
    QCOMPARE(reader.endError(), 0);
    QTRY_COMPARE(served.greeted(), 1);
    QCOMPARE(server.greeted(), quint64(1));
    QVERIFY(server.slowClients() <= 4);

    // Stop resets whoever is still held; none of them counts as greeted.
    server.stop();
    QCOMPARE(server.slowClients(), 0);
    QCOMPARE(served.records.size(), 13);
    QCOMPARE(served.greeted(), 1);
}

void TestHardeningServer::slowReaderHitsTheWriteDeadline()
{
    const QByteArray greeting(60000, 'g');
    GreetingServer server;
    server.setGreeting(greeting);
    server.setWriteDeadline(300);
    Served served;
    record(&server, &served);
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    shrinkSendBuffer(server);

    RawClient holder;
    QVERIFY(holder.connectTo(server.serverPort(), 1024));
    QTRY_COMPARE(server.slowClients(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(served.records.size(), 1, 10000);
    QCOMPARE(served.records.first().greeted, false);
    QCOMPARE(served.records.first().osError, OsError::code(OsError::Kind::TimedOut));
    QCOMPARE(server.slowClients(), 0);
    QCOMPARE(server.greeted(), quint64(0));
    QTRY_VERIFY(holder.readAvailable());
    QCOMPARE(holder.endError(), ECONNRESET);
}

QTEST_GUILESS_MAIN(TestHardeningServer)
#include "tst_hardening_server.moc"
