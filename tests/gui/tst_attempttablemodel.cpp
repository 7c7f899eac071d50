#include "AttemptTableModel.h"
#include "TableText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>

// The client's table of addresses tried: one row per attempt as it finishes, a column per fact,
// and a model that keeps Qt's model contract through appends and clears.
class TestAttemptTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheModelContract();
    void showsOneRowPerAttempt();
    void headersNameTheColumns();
    void copiesAsText();
};

namespace {

AttemptResult refused(const QString &address, quint16 port)
{
    AttemptResult a;
    a.address = QHostAddress(address);
    a.port = port;
    a.outcome = AttemptResult::Outcome::ConnectFailed;
    a.error = SocketErrorInfo::fromConnectError(ECONNREFUSED);
    a.connectUsecs = 210;
    a.elapsedUsecs = 250;
    return a;
}

AttemptResult greeted(const QString &address, quint16 port)
{
    AttemptResult a;
    a.address = QHostAddress(address);
    a.port = port;
    a.outcome = AttemptResult::Outcome::Greeting;
    a.connected = true;
    a.received = "Hello\n";
    a.connectUsecs = 100;
    a.elapsedUsecs = 1500;
    return a;
}

QString cell(const AttemptTableModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

void TestAttemptTableModel::keepsTheModelContract()
{
    AttemptTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.append(refused(QStringLiteral("::1"), 12397));
    model.append(greeted(QStringLiteral("127.0.0.1"), 12397));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(AttemptTableModel::ColumnCount));
    // A table: no row has children.
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.data(model.index(0, 0)).isValid());
}

void TestAttemptTableModel::showsOneRowPerAttempt()
{
    AttemptTableModel model;
    model.append(refused(QStringLiteral("fe80::1%lo"), 80));
    model.append(greeted(QStringLiteral("127.0.0.1"), 12397));
    using C = AttemptTableModel;
    QCOMPARE(cell(model, 0, C::AddressColumn), QStringLiteral("[fe80::1%lo]:80"));
    QCOMPARE(cell(model, 0, C::OutcomeColumn), QStringLiteral("connect-failed"));
    QCOMPARE(cell(model, 0, C::ErrorColumn), QStringLiteral("ConnectionRefusedError"));
    QCOMPARE(cell(model, 0, C::OsErrorColumn), QStringLiteral("ECONNREFUSED"));
    QCOMPARE(cell(model, 0, C::TimeColumn), QStringLiteral("0.250 ms"));
    QCOMPARE(cell(model, 0, C::AddressColumn, Qt::ToolTipRole), model.at(0).outcomeText());

    QCOMPARE(cell(model, 1, C::AddressColumn), QStringLiteral("127.0.0.1:12397"));
    QCOMPARE(cell(model, 1, C::OutcomeColumn), QStringLiteral("greeting"));
    // A greeting has no error to show, not an empty error's name.
    QCOMPARE(cell(model, 1, C::ErrorColumn), QString());
    QCOMPARE(cell(model, 1, C::OsErrorColumn), QString());
    QCOMPARE(cell(model, 1, C::TimeColumn), QStringLiteral("1.500 ms"));
    QVERIFY(!model.data(model.index(1, 0), Qt::DecorationRole).isValid());
}

void TestAttemptTableModel::headersNameTheColumns()
{
    AttemptTableModel model;
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringList({QStringLiteral("Address"), QStringLiteral("Outcome"),
                                   QStringLiteral("Qt error"), QStringLiteral("OS error"),
                                   QStringLiteral("Time")}));
}

void TestAttemptTableModel::copiesAsText()
{
    AttemptTableModel model;
    model.append(refused(QStringLiteral("127.0.0.1"), 9));
    QCOMPARE(TableText::of(model),
             QStringLiteral("Address\tOutcome\tQt error\tOS error\tTime\n"
                            "127.0.0.1:9\tconnect-failed\tConnectionRefusedError\tECONNREFUSED\t"
                            "0.250 ms\n"));
}

QTEST_MAIN(TestAttemptTableModel)
#include "tst_attempttablemodel.moc"
