#include "client/HandshakeTrace.h"
#include "platform/OsError.h"

#include <QTest>

class TestHandshakeTrace final : public QObject
{
    Q_OBJECT

private slots:
    void scenarios_data();
    void scenarios();
    void nothingSentHasNoPacket();
    void firewallRejectionIsAnIcmpFromTheNetwork();
    void bannerKeptOpen();

private:
    static QStringList labels(const HandshakeTrace &trace);
};

QStringList TestHandshakeTrace::labels(const HandshakeTrace &trace)
{
    QStringList out;
    for (const HandshakeTrace::Step &s : trace.steps)
        out << s.label;
    return out;
}

void TestHandshakeTrace::scenarios_data()
{
    using O = AttemptResult::Outcome;
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("osError");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ok") << int(O::Greeting) << 0 << true << QByteArray("Thank you!")
                        << QStringList{QStringLiteral("SYN"), QStringLiteral("SYN-ACK"),
                                       QStringLiteral("ACK"),
                                       QStringLiteral("greeting (10 byte(s))"),
                                       QStringLiteral("FIN")};
    QTest::newRow("refused") << int(O::ConnectFailed) << OsError::code(OsError::Kind::Refused)
                             << false << QByteArray()
                             << QStringList{QStringLiteral("SYN"), QStringLiteral("RST")};
    QTest::newRow("filtered") << int(O::ConnectTimedOut) << 0 << false << QByteArray()
                              << QStringList{QStringLiteral("SYN"), QStringLiteral("SYN (retry)"),
                                             QStringLiteral("no answer")};
    QTest::newRow("unreachable") << int(O::ConnectFailed)
                                 << OsError::code(OsError::Kind::HostUnreachable) << false
                                 << QByteArray()
                                 << QStringList{QStringLiteral("SYN (not delivered)"),
                                                QStringLiteral("host unreachable")};
    QTest::newRow("no route") << int(O::ConnectFailed)
                              << OsError::code(OsError::Kind::NetworkUnreachable) << false
                              << QByteArray()
                              << QStringList{QStringLiteral("no route: nothing sent")};
    QTest::newRow("reset") << int(O::ResetAfterData)
                           << OsError::code(OsError::Kind::ConnectionReset) << true << QByteArray()
                           << QStringList{QStringLiteral("SYN"), QStringLiteral("SYN-ACK"),
                                          QStringLiteral("ACK"), QStringLiteral("RST")};
}

void TestHandshakeTrace::scenarios()
{
    QFETCH(int, outcome);
    QFETCH(int, osError);
    QFETCH(bool, connected);
    QFETCH(QByteArray, received);
    QFETCH(QStringList, expected);
    AttemptResult a;
    a.address = QHostAddress(QStringLiteral("198.18.0.2"));
    a.port = 12397;
    a.outcome = AttemptResult::Outcome(outcome);
    a.error =
        osError ? SocketErrorInfo::fromConnectError(osError) : SocketErrorInfo::connectTimeout();
    a.connected = connected;
    a.received = received;
    a.connectUsecs = 200;
    a.elapsedUsecs = 500;
    const HandshakeTrace trace = HandshakeTrace::fromAttempt(a, QStringLiteral("x"));
    QCOMPARE(labels(trace), expected);
    QCOMPARE(trace.serverLabel, QStringLiteral("198.18.0.2:12397"));
    QVERIFY(!trace.caption.isEmpty());
    QCOMPARE(trace.causeCode, QStringLiteral("x"));
}

void TestHandshakeTrace::nothingSentHasNoPacket()
{
    const HandshakeTrace trace = HandshakeTrace::nothingSent(
        QStringLiteral("nosuch.example"), QStringLiteral("host-not-found"), QStringLiteral("why"));
    QCOMPARE(trace.steps.size(), 1);
    QCOMPARE(trace.steps.first().kind, HandshakeTrace::Kind::Nothing);
}

void TestHandshakeTrace::firewallRejectionIsAnIcmpFromTheNetwork()
{
    // firewalld's rejection: EHOSTUNREACH, with ICMP type 3 code 13 read from the socket.
    AttemptResult a;
    a.address = QHostAddress(QStringLiteral("198.18.0.2"));
    a.port = 12397;
    a.outcome = AttemptResult::Outcome::ConnectFailed;
    a.error = SocketErrorInfo::fromConnectError(OsError::code(OsError::Kind::HostUnreachable));
    a.connectUsecs = 280;
    a.icmp.received = true;
    a.icmp.type = 3;
    a.icmp.code = 13;
    const HandshakeTrace trace =
        HandshakeTrace::fromAttempt(a, QStringLiteral("firewall-rejected"));
    QCOMPARE(labels(trace), (QStringList{QStringLiteral("SYN (stopped by a firewall)"),
                                         QStringLiteral("ICMP type 3 code 13: prohibited")}));
    QCOMPARE(trace.steps.last().from, HandshakeTrace::Party::Network);
    QCOMPARE(trace.steps.last().atUsecs, qint64(280));
    // Without the ICMP details (not Linux) the diagnosis's cause decides the drawing.
    a.icmp = IcmpReport();
    QCOMPARE(labels(HandshakeTrace::fromAttempt(a, QStringLiteral("firewall-rejected"))).last(),
             QStringLiteral("rejected (EHOSTUNREACH)"));
}

void TestHandshakeTrace::bannerKeptOpen()
{
    AttemptResult a;
    a.address = QHostAddress(QStringLiteral("127.0.0.1"));
    a.port = 22;
    a.outcome = AttemptResult::Outcome::KeptOpen;
    a.connected = true;
    a.received = QByteArrayLiteral("SSH-2.0-x\r\n");
    a.connectUsecs = 100;
    a.elapsedUsecs = 1000000;
    QCOMPARE(labels(HandshakeTrace::fromAttempt(a, QStringLiteral("ok"))),
             (QStringList{QStringLiteral("SYN"), QStringLiteral("SYN-ACK"), QStringLiteral("ACK"),
                          QStringLiteral("banner (11 byte(s))"),
                          QStringLiteral("connection kept open")}));
}

QTEST_GUILESS_MAIN(TestHandshakeTrace)
#include "tst_handshaketrace.moc"
