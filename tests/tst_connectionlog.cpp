#include "server/ConnectionLog.h"

#include <QSignalSpy>
#include <QTest>

// The server's log keeps a bounded window of records and exact totals, per local address too.
class TestConnectionLog final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheNewestAndExactTotals();
    void countsClientsPerLocalAddressExactly();
    void clearStartsOver();

private:
    static ConnectionRecord record(const QString &local, bool selfTest = false);
};

ConnectionRecord TestConnectionLog::record(const QString &local, bool selfTest)
{
    ConnectionRecord r;
    r.peer = QHostAddress(QStringLiteral("198.18.0.2"));
    r.peerPort = 40000;
    r.local = QHostAddress(local);
    r.localPort = 12397;
    r.greeted = true;
    r.selfTest = selfTest;
    return r;
}

void TestConnectionLog::keepsTheNewestAndExactTotals()
{
    ConnectionLog log;
    log.setCapacity(10);
    for (int i = 0; i < 1000; ++i) {
        ConnectionRecord r = record(QStringLiteral("127.0.0.1"));
        r.serial = quint64(i + 1);
        r.greeted = i % 4 != 0;
        log.append(r);
    }
    QCOMPARE(log.size(), 10);
    QCOMPARE(log.total(), quint64(1000));
    QCOMPARE(log.greeted(), quint64(750));
    QCOMPARE(log.dropped(), quint64(990));
    QCOMPARE(log.at(0).serial, quint64(991));
    QCOMPARE(log.at(9).serial, quint64(1000));
}

void TestConnectionLog::countsClientsPerLocalAddressExactly()
{
    ConnectionLog log;
    log.setCapacity(5);
    // A snapshot taken on the way must not change as more arrive.
    for (int i = 0; i < 300; ++i)
        log.append(record(QStringLiteral("127.0.0.1")));
    const QHash<QHostAddress, quint64> snapshot = log.clientsByLocal();
    log.append(record(QStringLiteral("::1")));
    for (int i = 0; i < 200; ++i)
        log.append(record(QStringLiteral("::ffff:198.18.0.1")));
    log.append(record(QStringLiteral("127.0.0.1")));
    log.append(record(QStringLiteral("127.0.0.1"), true)); // the server's own probe
    const QHash<QHostAddress, quint64> counts = log.clientsByLocal();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.value(QHostAddress(QStringLiteral("127.0.0.1"))), quint64(301));
    QCOMPARE(counts.value(QHostAddress(QStringLiteral("::1"))), quint64(1));
    QCOMPARE(counts.value(QHostAddress(QStringLiteral("::ffff:198.18.0.1"))), quint64(200));
    QCOMPARE(log.total(), quint64(503));
    QCOMPARE(log.selfTests(), quint64(1));
    QCOMPARE(snapshot.value(QHostAddress(QStringLiteral("127.0.0.1"))), quint64(300));
}

void TestConnectionLog::clearStartsOver()
{
    ConnectionLog log;
    QSignalSpy cleared(&log, &ConnectionLog::cleared);
    log.append(record(QStringLiteral("127.0.0.1")));
    log.clear();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(log.total(), quint64(0));
    QVERIFY(log.clientsByLocal().isEmpty());
    log.append(record(QStringLiteral("127.0.0.1")));
    QCOMPARE(log.clientsByLocal().value(QHostAddress(QStringLiteral("127.0.0.1"))), quint64(1));
}

QTEST_GUILESS_MAIN(TestConnectionLog)
#include "tst_connectionlog.moc"
