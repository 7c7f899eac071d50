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

QTEST_GUILESS_MAIN(TestHandshakeTrace)
#include "tst_handshaketrace.moc"
