#include "ConnectionLogModel.h"
#include "server/ConnectionLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The log's table is refreshed incrementally (rows in at the top, a changed range once the
// log is full): QAbstractItemModelTester checks every step is a consistent model change.
class TestConnectionLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstAndInsertedAtTheTop();
    void fullLogChangesRowsInPlace();
    void clearResets();
    void refusedVisitorsTakeTheirPlaceAmongConnections();
    void mappedIPv4ShownAsIPv4();

private:
    static ConnectionRecord record(quint64 serial);
    static quint16 peerPortAt(const ConnectionLogModel &model, int row);
};

ConnectionRecord TestConnectionLogModel::record(quint64 serial)
{
    ConnectionRecord r;
    r.serial = serial;
    r.peer = QHostAddress(QHostAddress::LocalHost);
    r.peerPort = quint16(40000 + serial);
    r.local = QHostAddress(QHostAddress::LocalHost);
    r.localPort = 12397;
    r.greeted = true;
    return r;
}

quint16 TestConnectionLogModel::peerPortAt(const ConnectionLogModel &model, int row)
{
    const QString peer = model.index(row, ConnectionLogModel::PeerColumn).data().toString();
    return quint16(peer.section(QLatin1Char(':'), -1).toUInt());
}

void TestConnectionLogModel::newestFirstAndInsertedAtTheTop()
{
    ConnectionLog log;
    ConnectionLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    log.append(record(1));
    log.append(record(2));
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(peerPortAt(model, 0), quint16(40002));
    QCOMPARE(peerPortAt(model, 1), quint16(40001));

    log.append(record(3));
    model.refresh();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 0); // first row
    QCOMPARE(inserted.last().at(2).toInt(), 0); // last row
    QCOMPARE(peerPortAt(model, 0), quint16(40003));
    QCOMPARE(peerPortAt(model, 2), quint16(40001));
    QCOMPARE(reset.count(), 0);

    model.refresh(); // nothing new: no signal at all
    QCOMPARE(inserted.count(), 2);
}

void TestConnectionLogModel::mappedIPv4ShownAsIPv4()
{
    ConnectionLog log;
    ConnectionLogModel model(&log);
    ConnectionRecord r = record(1);
    // What a dual-stack socket reports for an IPv4 client.
    r.peer = QHostAddress(QStringLiteral("::ffff:198.18.0.10"));
    r.local = QHostAddress(QStringLiteral("::ffff:198.18.0.9"));
    log.append(r);
    ConnectionRecord v6 = record(2);
    v6.peer = QHostAddress(QStringLiteral("2001:db8:18::1:2"));
    log.append(v6);
    model.refresh();
    QCOMPARE(model.index(1, ConnectionLogModel::PeerColumn).data().toString(),
             QStringLiteral("198.18.0.10:40001"));
    QCOMPARE(model.index(1, ConnectionLogModel::LocalColumn).data().toString(),
             QStringLiteral("198.18.0.9:12397"));
    QCOMPARE(model.index(0, ConnectionLogModel::PeerColumn).data().toString(),
             QStringLiteral("[2001:db8:18::1:2]:40002"));
}

void TestConnectionLogModel::fullLogChangesRowsInPlace()
{
    ConnectionLog log;
    log.setCapacity(3);
    ConnectionLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    log.append(record(1));
    log.append(record(2));
    model.refresh();
    // Two more arrive: one fills the log, the other pushes the oldest out.
    log.append(record(3));
    log.append(record(4));
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(peerPortAt(model, 0), quint16(40004));
    QCOMPARE(peerPortAt(model, 1), quint16(40003));
    QCOMPARE(peerPortAt(model, 2), quint16(40002));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), 2);

    for (quint64 s = 5; s <= 100; ++s)
        log.append(record(s));
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(peerPortAt(model, 0), quint16(40100));
    QCOMPARE(peerPortAt(model, 2), quint16(40098));
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
}

void TestConnectionLogModel::clearResets()
{
    ConnectionLog log;
    ConnectionLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    log.append(record(1));
    model.refresh();
    log.clear();
    log.append(record(7));
    model.refresh(); // total went from 1 to 1, but the record is another one
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(peerPortAt(model, 0), quint16(40007));
}

void TestConnectionLogModel::refusedVisitorsTakeTheirPlaceAmongConnections()
{
    ConnectionLog log;
    log.setCapacity(3);
    ConnectionLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    RefusedVisitor visitor;
    visitor.peer = QHostAddress(QStringLiteral("203.0.113.7"));
    visitor.peerPort = 50123;
    visitor.tried = QHostAddress(QStringLiteral("203.0.113.1"));
    visitor.triedPort = 12397;
    const QString refusal = QStringLiteral("refused: bound to 127.0.0.1 only");
    const auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };

    log.append(record(1));
    model.appendRefused(visitor, refusal);
    log.append(record(2));
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(peerPortAt(model, 0), quint16(40002));
    QVERIFY(model.isRefusedRow(1));
    QCOMPARE(text(1, ConnectionLogModel::PeerColumn), QStringLiteral("203.0.113.7:50123"));
    QCOMPARE(text(1, ConnectionLogModel::LocalColumn), QStringLiteral("tried 203.0.113.1:12397"));
    QCOMPARE(text(1, ConnectionLogModel::ResultColumn), refusal);
    QCOMPARE(peerPortAt(model, 2), quint16(40001));
    QVERIFY(!model.isRefusedRow(0) && !model.isRefusedRow(2));

    // The newest refusal goes in at the top like a connection.
    model.appendRefused(visitor, refusal);
    model.refresh();
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QVERIFY(model.isRefusedRow(0));
    QCOMPARE(peerPortAt(model, 1), quint16(40002));
    QCOMPARE(model.refusedTotal(), quint64(2));

    // Connections falling off a full log leave the refusals where they were in time.
    for (quint64 s = 3; s <= 6; ++s)
        log.append(record(s));
    model.refresh();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(peerPortAt(model, 0), quint16(40006));
    QCOMPARE(peerPortAt(model, 2), quint16(40004));
    QVERIFY(model.isRefusedRow(3) && model.isRefusedRow(4));

    log.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.refusedTotal(), quint64(0));
}

QTEST_GUILESS_MAIN(TestConnectionLogModel)
#include "tst_connectionlogmodel.moc"
