#include "BindChoiceComboBox.h"
#include "LocalAddresses.h"
#include "LoopbackFetch.h"
#include "ReachabilityMapView.h"
#include "ReachabilityModel.h"
#include "ServerWindow.h"
#include "ServerWindowReady.h"
#include "server/ConnectionLog.h"
#include "server/GreetingServer.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>

class TestServerWindow final : public QObject
{
    Q_OBJECT

private slots:
    void offersEveryChoice();
    void startGreetsAndLogs();
    void hostnameWarnsBeforeStart();
    void listenErrorIsShownNotModal();
    void reachabilityPanelPredictsThenProves();
    void mapOpensDoorsAndLightsArrivals();
    void logSizesColumnsFromVisibleRowsOnly();

private:
    static bool allProved(const QAbstractItemModel *model);
    // The row whose address is `address` (with or without a port), or -1.
    static int rowOf(const QAbstractItemModel *model, const QHostAddress &address);
};

bool TestServerWindow::allProved(const QAbstractItemModel *model)
{
    if (model->rowCount() == 0)
        return false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (!model->index(r, ReachabilityModel::CheckedColumn)
                 .data()
                 .toString()
                 .startsWith(QStringLiteral("proved")))
            return false;
    }
    return true;
}

int TestServerWindow::rowOf(const QAbstractItemModel *model, const QHostAddress &address)
{
    const QString plain = address.toString();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString text = model->index(r, ReachabilityModel::AddressColumn).data().toString();
        if (text == plain || text.startsWith(plain + QLatin1Char(':')))
            return r;
    }
    return -1;
}

void TestServerWindow::offersEveryChoice()
{
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    QStringList keys;
    for (const BindChoice &c : combo->choices())
        keys << c.key;
    for (const QString &k :
         {QStringLiteral("any"), QStringLiteral("any4"), QStringLiteral("any6"),
          QStringLiteral("loopback"), QStringLiteral("loopback6"), QStringLiteral("hostname")})
        QVERIFY2(keys.contains(k), qPrintable(k));
}

void TestServerWindow::startGreetsAndLogs()
{
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *greeting = window.findChild<QLineEdit *>(QStringLiteral("greetingEdit"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
    auto *log = window.findChild<QTableView *>(QStringLiteral("logView"));
    QVERIFY(combo->selectKey(QStringLiteral("loopback")));
    port->setValue(0);
    greeting->setText(QStringLiteral("<b>hi</b>"));
    auto *reach = window.findChild<QTableView *>(QStringLiteral("reachabilityView"));
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(window.server()->isListening());
    QVERIFY(status->text().contains(QStringLiteral("127.0.0.1:")));
    QVERIFY(start->text().contains(QStringLiteral("Stop")));
    // The self-test of "Reachable at" connects to 127.0.0.1 once; wait for it, so the client
    // below is the newest row.
    QTRY_VERIFY_WITH_TIMEOUT(allProved(reach->model()), 10000);
    QTRY_COMPARE(log->model()->rowCount(), 1);
    QVERIFY(log->model()->index(0, 3).data().toString().contains(QStringLiteral("self-test")));

    QCOMPARE(LoopbackFetch::fetch(QHostAddress::LocalHost, window.server()->serverPort()).data,
             QByteArray("<b>hi</b>"));
    QTRY_COMPARE(log->model()->rowCount(), 2);
    QVERIFY(!log->model()->index(0, 3).data().toString().contains(QStringLiteral("self-test")));
    QVERIFY(log->model()->index(0, 1).data().toString().startsWith(QStringLiteral("127.0.0.1:")));
    QCOMPARE(log->model()->index(0, 2).data().toString(),
             QStringLiteral("127.0.0.1:%1").arg(window.server()->serverPort()));

    // A burst: the count is shown less often while it floods, but its final value always.
    auto *total = window.findChild<QLabel *>(QStringLiteral("totalLabel"));
    for (int i = 0; i < 40; ++i)
        QVERIFY(!LoopbackFetch::fetch(QHostAddress::LocalHost, window.server()->serverPort())
                     .data.isEmpty());
    QTRY_VERIFY(total->text().startsWith(QStringLiteral("Connections: 42 (greeted: 42)")));
    QTRY_COMPARE(log->model()->rowCount(), 42);

    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!window.server()->isListening());
}

void TestServerWindow::hostnameWarnsBeforeStart()
{
    ServerWindow window;
    window.show();
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *warning = window.findChild<QLabel *>(QStringLiteral("warningLabel"));
    QVERIFY(combo->selectKey(QStringLiteral("hostname")));
    if (!combo->currentChoice().isLoopbackOnly())
        QSKIP("The hostname does not resolve to loopback here.");
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("classic mistake")));
    QVERIFY(combo->selectKey(QStringLiteral("any4")));
    QVERIFY(!warning->isVisible());
}

void TestServerWindow::listenErrorIsShownNotModal()
{
    GreetingServer occupier;
    QVERIFY(occupier.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    ServerWindow window;
    window.show();
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(combo->selectKey(QStringLiteral("loopback")));
    port->setValue(occupier.serverPort());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!window.server()->isListening());
    QVERIFY(error->text().contains(QStringLiteral("AddressInUseError")));
    QVERIFY(error->text().contains(QStringLiteral("EADDRINUSE")));
    // The hint says what to do about it, in the same place.
    QVERIFY2(error->text().contains(window.server()->startHint()), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("ss -ltnp")));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

void TestServerWindow::reachabilityPanelPredictsThenProves()
{
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *view = window.findChild<QTableView *>(QStringLiteral("reachabilityView"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("reachabilityLabel"));
    auto *again = window.findChild<QPushButton *>(QStringLiteral("reachabilityRefreshButton"));
    QVERIFY(view && label && again);
    QVERIFY(!view->accessibleName().isEmpty());
    const QAbstractItemModel *model = view->model();
    const QHostAddress lan = LocalAddresses::lanIPv4();
    const QHostAddress loopback(QHostAddress::LocalHost);
    const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role).toString();
    };

    // Before Start: predicted from the choice, and it follows the choice.
    port->setValue(0);
    QVERIFY(combo->selectKey(QStringLiteral("any4")));
    QVERIFY(rowOf(model, loopback) >= 0);
    QCOMPARE(cell(rowOf(model, loopback), ReachabilityModel::CheckedColumn),
             QStringLiteral("predicted"));
    if (!lan.isNull())
        QCOMPARE(cell(rowOf(model, lan), ReachabilityModel::ReachableColumn),
                 QStringLiteral("yes"));
    QVERIFY(combo->selectKey(QStringLiteral("loopback")));
    if (!lan.isNull())
        QCOMPARE(cell(rowOf(model, lan), ReachabilityModel::ReasonColumn,
                      ReachabilityModel::ReasonCodeRole),
                 QStringLiteral("loopback-only"));

    // After Start: proved by connecting.
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(window.server()->isListening());
    QTRY_VERIFY_WITH_TIMEOUT(allProved(model), 10000);
    QVERIFY(label->text().contains(QStringLiteral("Proved")));
    const int lo = rowOf(model, loopback);
    QVERIFY(lo >= 0);
    QCOMPARE(cell(lo, ReachabilityModel::AddressColumn),
             QStringLiteral("127.0.0.1:%1").arg(window.server()->serverPort()));
    QCOMPARE(cell(lo, ReachabilityModel::ReachableColumn), QStringLiteral("yes"));
    QCOMPARE(cell(lo, ReachabilityModel::CheckedColumn), QStringLiteral("proved"));
    QCOMPARE(cell(lo, 0, ReachabilityModel::ReasonCodeRole), QStringLiteral("reachable"));
    if (!lan.isNull()) {
        const int r = rowOf(model, lan);
        QVERIFY(r >= 0);
        QCOMPARE(cell(r, ReachabilityModel::ReachableColumn), QStringLiteral("no"));
        QCOMPARE(cell(r, 0, ReachabilityModel::ReasonCodeRole), QStringLiteral("loopback-only"));
        QVERIFY(
            cell(r, ReachabilityModel::EvidenceColumn).contains(QStringLiteral("ECONNREFUSED")));
        QCOMPARE(cell(r, ReachabilityModel::CheckedColumn), QStringLiteral("proved"));
    }

    // Check again proves it again; the self-tests are counted apart from clients.
    QTRY_VERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled() && allProved(model), 10000);
    QTRY_COMPARE(window.log()->selfTests(), quint64(2));
    QCOMPARE(window.log()->total(), quint64(2));

    // After Stop: back to the prediction.
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!window.server()->isListening());
    QCOMPARE(cell(rowOf(model, loopback), ReachabilityModel::CheckedColumn),
             QStringLiteral("predicted"));
}

void TestServerWindow::mapOpensDoorsAndLightsArrivals()
{
    ServerWindow window;
    window.show();
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *map = window.findChild<ReachabilityMapView *>(QStringLiteral("reachabilityMap"));
    QVERIFY(map);
    QVERIFY(combo->selectKey(QStringLiteral("loopback")));
    // Before Start the map previews the choice: only 127.0.0.1's door is open.
    QTRY_VERIFY(map->map().door(QHostAddress(QHostAddress::LocalHost)) != nullptr);
    QVERIFY(!map->map().listening);
    QCOMPARE(map->map().openDoors(), 1);
    port->setValue(0);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(window.server()->isListening());
    QTRY_VERIFY(map->map().listening);
    QCOMPARE(LoopbackFetch::fetch(QHostAddress::LocalHost, window.server()->serverPort()).data,
             window.server()->greeting());
    // The arrival lights the loopback door; the probe's own self-tests do not count.
    QTRY_COMPARE(map->map().door(QHostAddress(QHostAddress::LocalHost))->hits, quint64(1));
    // A burst: many arrivals per refresh, and the door's count stays exact.
    for (int i = 0; i < 150; ++i)
        QVERIFY(!LoopbackFetch::fetch(QHostAddress::LocalHost, window.server()->serverPort())
                     .data.isEmpty());
    QTRY_COMPARE(map->map().door(QHostAddress(QHostAddress::LocalHost))->hits, quint64(151));
    const QImage picture = map->grab().toImage();
    QVERIFY(!picture.isNull());
}

// Sizing the log's columns to 1,000 rows on every refresh stalled the window for 30-40 ms under
// load (bench/run.py); only the rows in view are measured.
void TestServerWindow::logSizesColumnsFromVisibleRowsOnly()
{
    ServerWindow window;
    auto *logView = window.findChild<QTableView *>(QStringLiteral("logView"));
    QVERIFY(logView);
    QCOMPARE(logView->horizontalHeader()->resizeContentsPrecision(), 0);
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
