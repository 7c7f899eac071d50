#include "BindChoiceComboBox.h"
#include "ConnectionLogModel.h"
#include "LocalAddresses.h"
#include "LoopbackFetch.h"
#include "OffscreenScreens.h"
#include "PresenterBar.h"
#include "ReachabilityMapLayout.h"
#include "ReachabilityMapView.h"
#include "ReachabilityModel.h"
#include "ServerVerdictPanel.h"
#include "ServerWindow.h"
#include "ServerWindowReady.h"
#include "client/ExplainQuery.h"
#include "net/AddressText.h"
#include "reachability/ReachabilityProbe.h"
#include "server/ConnectionLog.h"
#include "server/GreetingServer.h"
#include "server/ServerSession.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>
#include <QUdpSocket>

class TestServerWindow final : public QObject
{
    Q_OBJECT

private slots:
    void offersEveryChoice();
    void startGreetsAndLogs();
    void hostnameWarnsBeforeStart();
    void listenErrorIsShownNotModal();
    void givenBindThatCannotBeUsedIsShown();
    void reachabilityPanelPredictsThenProves();
    void mapOpensDoorsAndLightsArrivals();
    void logSizesColumnsFromVisibleRowsOnly();
    void fitsALaptopInEveryState();
    void fitsInGermanChineseAndDark();
    void fortyInterfacesNeverGrowPastTheScreen();
    void labelsAreReadAsTheyRead();
    void verdictIsAnnouncedAfterStartAndProof();
    void refusedVisitorIsLoggedMappedAndCounted();
    void explainCheckboxTurnsTheServiceOffAndIsSaved();
    void applyTheFixRestartsOnAllInterfaces();
    void refusedVisitorFitsEveryScreen();

private:
    // What a stranger would find clipped or squeezed in `window` as it is now, one line each.
    static QStringList fitProblems(ServerWindow &window);
    // fitProblems() in every state: idle, listening on each choice, a listen error, a long
    // scoped IPv6 address.
    static void verifyEveryState(ServerWindow &window);
    static bool allProved(const QAbstractItemModel *model);
    // The row whose address is `address` (with or without a port), or -1.
    static int rowOf(const QAbstractItemModel *model, const QHostAddress &address);
    // An address of this machine that a 127.0.0.1 bind does not cover: the LAN address, else
    // ::1; null when there is neither.
    static QHostAddress uncoveredAddress();
    // Asks the window's explain service, as a refused client would, why `tried` refused it.
    static bool askWhy(ServerWindow &window, const QHostAddress &tried);
    // Listens on 127.0.0.1 at a free port and has a client refused at `tried` ask why.
    static void startAndBeRefused(ServerWindow &window, const QHostAddress &tried);
    // The log's first row that is a refused visitor, or -1.
    static int refusedRow(const QAbstractItemModel *model);
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

void TestServerWindow::givenBindThatCannotBeUsedIsShown()
{
    {
        // A choice that names nothing: said, and --start does not listen somewhere else.
        ServerOptions options;
        options.bind = QStringLiteral("no-such-interface");
        options.bindGiven = true;
        options.start = true;
        ServerWindow window(options);
        window.show();
        QVERIFY(serverWindowReady(window));
        auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY2(
            error->text().contains(QStringLiteral("Unknown bind choice \"no-such-interface\"")),
            qPrintable(error->text()));
        QVERIFY(!window.server()->isListening());
    }
    // An address this machine does not have (a documentation address, never dialled): offered
    // as typed, and Start shows the operating system's exact refusal.
    ServerOptions options;
    options.bind = QStringLiteral("203.0.113.7");
    options.bindGiven = true;
    options.port = 0;
    options.start = true;
    ServerWindow window(options);
    window.show();
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QCOMPARE(combo->currentChoice().address, QHostAddress(QStringLiteral("203.0.113.7")));
    QTRY_VERIFY2(error->text().contains(QStringLiteral("EADDRNOTAVAIL")),
                 qPrintable(error->text()));
    QVERIFY(!window.server()->isListening());
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

namespace {

// A table's parts (viewport, header, scroll bars) are the table's to size: it scrolls.
bool insideTable(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(w))
            return true;
    }
    return false;
}

QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

} // namespace

QStringList TestServerWindow::fitProblems(ServerWindow &window)
{
    // A new text asks for a new layout, which may ask for another (wrapped text): settle it.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QStringList problems;
    const QRect screen = window.screen()->availableGeometry();
    const QSize size = window.frameGeometry().size();
    if (size.width() > screen.width() || size.height() > screen.height())
        problems << QStringLiteral("window %1x%2 on a %3x%4 screen")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(screen.width())
                        .arg(screen.height());
    const QSize least = window.minimumSizeHint();
    if (least.width() > screen.width() || least.height() > screen.height())
        problems
            << QStringLiteral("window needs at least %1x%2").arg(least.width()).arg(least.height());
    const auto *verdict = window.findChild<ServerVerdictPanel *>(QStringLiteral("verdictPanel"));
    if (!verdict || !verdict->isVisible() ||
        verdict->visibleRegion().boundingRect() != verdict->rect())
        problems << QStringLiteral("verdict not wholly in view");
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        // Qt's own inner parts (a spin box's line edit) are sized by their owner, not a layout.
        if (!w->isVisible() || w->isWindow() || insideTable(w) ||
            w->objectName().startsWith(QStringLiteral("qt_")))
            continue;
        const QSize hint = w->minimumSizeHint();
        if (!hint.isValid())
            continue;
        // Wrapped text needs its height at its width; a panel's layout says what is least.
        int height = hint.height();
        if (w->layout() && w->layout()->hasHeightForWidth())
            height = w->layout()->minimumHeightForWidth(w->width());
        else if (w->hasHeightForWidth())
            height = w->heightForWidth(w->width());
        if (w->width() < hint.width() || w->height() < height)
            problems << QStringLiteral("%1 is %2x%3, needs %4x%5")
                            .arg(nameOf(w))
                            .arg(w->width())
                            .arg(w->height())
                            .arg(hint.width())
                            .arg(height);
        const QRect inWindow(w->mapTo(&window, QPoint(0, 0)), w->size());
        if (!window.rect().contains(inWindow))
            problems << QStringLiteral("%1 reaches outside the window").arg(nameOf(w));
    }
    return problems;
}

void TestServerWindow::verifyEveryState(ServerWindow &window)
{
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY2(fitProblems(window).isEmpty(),
             qPrintable(fitProblems(window).join(QLatin1Char('\n'))));
    port->setValue(0);
    QList<BindChoice> choices = combo->choices();
    // An address longer than any this machine has: listening on it fails, which shows the
    // error state with it.
    QHostAddress scoped(QStringLiteral("fe80::a1b2:c3d4:e5f6:1234"));
    scoped.setScopeId(QStringLiteral("enx00e04c680123"));
    choices << BindChoice::forInterfaceAddress(QStringLiteral("enx00e04c680123"), scoped);
    combo->setChoices(choices);
    for (const BindChoice &choice : choices) {
        QVERIFY(combo->selectKey(choice.key));
        const QStringList before = fitProblems(window);
        QVERIFY2(before.isEmpty(), qPrintable(choice.key + QStringLiteral(" before Start: ") +
                                              before.join(QLatin1Char('\n'))));
        QTest::mouseClick(start, Qt::LeftButton);
        const QStringList after = fitProblems(window);
        QVERIFY2(after.isEmpty(), qPrintable(choice.key + QStringLiteral(" after Start: ") +
                                             after.join(QLatin1Char('\n'))));
        if (window.server()->isListening())
            QTest::mouseClick(start, Qt::LeftButton);
    }
}

void TestServerWindow::fitsALaptopInEveryState()
{
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(serverWindowReady(window));
    QCOMPARE(window.screen()->size(), QSize(1024, 768));
    verifyEveryState(window);
}

void TestServerWindow::fitsInGermanChineseAndDark()
{
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(BINDLAB_QM_DIR "/bindlab_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
        QApplication::setPalette(language == QStringLiteral("de") ? dark : original);
        {
            ServerWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(serverWindowReady(window));
            verifyEveryState(window);
        }
        QCoreApplication::removeTranslator(&translator);
        if (QTest::currentTestFailed())
            break;
    }
    QApplication::setPalette(original);
}

void TestServerWindow::fortyInterfacesNeverGrowPastTheScreen()
{
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(serverWindowReady(window));
    const QSize before = window.size();
    QList<ReachabilityProbe::Target> targets;
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("veth%1c0ffee").arg(i);
        QHostAddress linkLocal(QStringLiteral("fe80::a1b2:c3d4:e5f6:%1").arg(i + 1));
        linkLocal.setScopeId(name);
        targets << ReachabilityProbe::Target{QHostAddress(QStringLiteral("198.18.0.%1").arg(i + 1)),
                                             name}
                << ReachabilityProbe::Target{linkLocal, name};
    }
    auto *model = window.findChild<ReachabilityModel *>();
    QVERIFY(model);
    model->setRows(
        ReachabilityProbe::predict(BindChoice::make(BindChoice::Kind::AnyIPv4), 12397, targets));
    auto *map = window.findChild<ReachabilityMapView *>(QStringLiteral("reachabilityMap"));
    QCOMPARE(map->map().ports.size(), 40);
    const QStringList problems = fitProblems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(window.size(), before);
    QVERIFY(window.sizeHint().height() <= window.screen()->availableSize().height());
    QVERIFY(map->currentLayout().hasOverflow());
}

void TestServerWindow::labelsAreReadAsTheyRead()
{
    ServerWindow window;
    window.show();
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    QVERIFY(combo->selectKey(QStringLiteral("hostname")));
    for (const QString &name : {QStringLiteral("statusLabel"), QStringLiteral("reachLabel"),
                                QStringLiteral("warningLabel"), QStringLiteral("errorLabel"),
                                QStringLiteral("totalLabel"), QStringLiteral("reachabilityLabel"),
                                QStringLiteral("verdictHeadline")}) {
        const auto *label = window.findChild<QLabel *>(name);
        QVERIFY2(label, qPrintable(name));
        // A name that replaced the text would hide the text from a screen reader.
        QVERIFY2(label->accessibleName().isEmpty(), qPrintable(name));
        QAccessibleInterface *a =
            QAccessible::queryAccessibleInterface(const_cast<QLabel *>(label));
        QCOMPARE(a->text(QAccessible::Name), label->text());
    }
    auto *map = window.findChild<ReachabilityMapView *>(QStringLiteral("reachabilityMap"));
    QVERIFY(map->focusPolicy() & Qt::TabFocus);
    QVERIFY2(map->accessibleDescription().contains(QStringLiteral("door")),
             qPrintable(map->accessibleDescription()));
}

void TestServerWindow::verdictIsAnnouncedAfterStartAndProof()
{
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *verdict = window.findChild<ServerVerdictPanel *>(QStringLiteral("verdictPanel"));
    auto *reachLabel = window.findChild<QLabel *>(QStringLiteral("reachabilityLabel"));
    QVERIFY(combo->selectKey(QStringLiteral("loopback")));
    port->setValue(0);
    QCOMPARE(verdict->headline(), QStringLiteral("Not listening"));
    QSignalSpy announced(verdict, &ServerVerdictPanel::announced);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(window.server()->isListening());
    QCOMPARE(verdict->headline(), QStringLiteral("Only this machine can connect"));
    QCOMPARE(verdict->tone(), ServerVerdictPanel::Tone::Limited);
    // Read by a screen reader: the focus is on it, and its name is what it shows.
    QCOMPARE(QApplication::focusWidget(), verdict);
    QCOMPARE(QAccessible::queryAccessibleInterface(verdict)->text(QAccessible::Name),
             verdict->headline());
    QVERIFY(QAccessible::queryAccessibleInterface(verdict)
                ->text(QAccessible::Description)
                .contains(QStringLiteral("127.0.0.1:")));
    QVERIFY(announced.count() >= 1);
    // When the proof finishes, announced again, with the proof in it.
    announced.clear();
    QTRY_VERIFY_WITH_TIMEOUT(reachLabel->text().contains(QStringLiteral("Proved")), 10000);
    QTRY_VERIFY(announced.count() >= 1);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(verdict->headline(), QStringLiteral("Not listening"));
}

QHostAddress TestServerWindow::uncoveredAddress()
{
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (!lan.isNull())
        return lan;
    QUdpSocket probe;
    return probe.bind(QHostAddress::LocalHostIPv6, 0) ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                      : QHostAddress();
}

bool TestServerWindow::askWhy(ServerWindow &window, const QHostAddress &tried)
{
    QSignalSpy visitors(window.session(), &ServerSession::refusedVisitor);
    ExplainQuery query;
    query.setTimeout(5000);
    query.setExplainPort(window.session()->explainService()->port());
    QSignalSpy finished(&query, &ExplainQuery::finished);
    query.ask(tried, window.server()->serverPort());
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 10000))
        return false;
    return query.result().answered() && visitors.count() == 1;
}

void TestServerWindow::startAndBeRefused(ServerWindow &window, const QHostAddress &tried)
{
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    QVERIFY(combo->selectKey(QStringLiteral("loopback")));
    port->setValue(0);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startButton")),
                      Qt::LeftButton);
    QVERIFY(window.server()->isListening());
    // The UDP twin of an ephemeral TCP port is free almost always; the test needs it.
    QVERIFY2(window.session()->explainService()->isRunning(),
             qPrintable(window.session()->explainService()->statusText()));
    QVERIFY(askWhy(window, tried));
}

int TestServerWindow::refusedRow(const QAbstractItemModel *model)
{
    const auto *log = qobject_cast<const ConnectionLogModel *>(model);
    for (int r = 0; log && r < log->rowCount(); ++r) {
        if (log->isRefusedRow(r))
            return r;
    }
    return -1;
}

void TestServerWindow::refusedVisitorIsLoggedMappedAndCounted()
{
    const QHostAddress tried = uncoveredAddress();
    if (tried.isNull())
        QSKIP("This machine has no address a 127.0.0.1 bind leaves out.");
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *explain = window.findChild<QLabel *>(QStringLiteral("explainLabel"));
    auto *map = window.findChild<ReachabilityMapView *>(QStringLiteral("reachabilityMap"));
    auto *log = window.findChild<QTableView *>(QStringLiteral("logView"));
    QVERIFY(explain && map && log);
    startAndBeRefused(window, tried);
    if (QTest::currentTestFailed())
        return;
    const quint16 port = window.server()->serverPort();
    QVERIFY2(explain->text().startsWith(QStringLiteral("Explaining refusals on UDP %1")
                                            .arg(window.session()->explainService()->port())),
             qPrintable(explain->text()));

    // On the map at once: a refused wire to the shut door of the address tried.
    const ReachabilityMapLayout layout = map->currentLayout();
    QCOMPARE(layout.refused.size(), 1);
    const auto &wire = layout.refused.first();
    QVERIFY(wire.door >= 0);
    const auto &door = layout.doors.at(wire.door);
    QVERIFY(!door.open);
    QCOMPARE(map->map().ports.at(door.port).doors.at(door.door).address, tried);
    QVERIFY(wire.crossHalf > 0);

    // In the log by its next tick: who, what they tried, why refused, marked by more than
    // colour.
    QTRY_VERIFY(refusedRow(log->model()) >= 0);
    const int row = refusedRow(log->model());
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return log->model()->index(row, column).data(role);
    };
    QCOMPARE(cell(ConnectionLogModel::LocalColumn).toString(),
             QStringLiteral("tried %1").arg(AddressText::withPort(tried, port)));
    const QString expected = tried.protocol() == QAbstractSocket::IPv4Protocol
                                 ? QStringLiteral("refused: bound to 127.0.0.1 only")
                                 : QStringLiteral("refused: listening over IPv4 only");
    QVERIFY2(cell(ConnectionLogModel::ResultColumn).toString().startsWith(expected),
             qPrintable(cell(ConnectionLogModel::ResultColumn).toString()));
    QVERIFY(!cell(ConnectionLogModel::TimeColumn, Qt::DecorationRole).isNull());
    QVERIFY(cell(ConnectionLogModel::PeerColumn).toString().contains(QLatin1Char(':')));

    // Counted where the server's status is, and the fix offered.
    QTRY_VERIFY2(explain->text().contains(QStringLiteral("Refused: 1 client")),
                 qPrintable(explain->text()));
    auto *fix = window.findChild<QPushButton *>(QStringLiteral("applyFixButton"));
    QVERIFY(fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Listen on all interfaces"));
}

void TestServerWindow::explainCheckboxTurnsTheServiceOffAndIsSaved()
{
    {
        ServerWindow window;
        window.show();
        QVERIFY(serverWindowReady(window));
        auto *check = window.findChild<QCheckBox *>(QStringLiteral("explainCheck"));
        QVERIFY(check && check->isChecked()); // on by default
        check->click();
        QCOMPARE(QSettings().value(QStringLiteral("explain")).toBool(), false);
        QVERIFY(window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"))
                    ->selectKey(QStringLiteral("loopback")));
        window.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(0);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startButton")),
                          Qt::LeftButton);
        QVERIFY(window.server()->isListening());
        QVERIFY(!window.session()->explainService()->isRunning());
        QVERIFY(!check->isEnabled()); // applies at Start: not changed under a running server
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("explainLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Not explaining refusals: turned off")));
    }
    {
        // Remembered; --no-explain turns it off for one run without touching what is saved.
        ServerWindow window;
        auto *check = window.findChild<QCheckBox *>(QStringLiteral("explainCheck"));
        QVERIFY(!check->isChecked());
        check->click();
        QCOMPARE(QSettings().value(QStringLiteral("explain")).toBool(), true);
    }
    ServerOptions options;
    options.explain = false;
    options.explainGiven = true;
    ServerWindow window(options);
    QVERIFY(!window.findChild<QCheckBox *>(QStringLiteral("explainCheck"))->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("explain")).toBool(), true);
}

void TestServerWindow::applyTheFixRestartsOnAllInterfaces()
{
    const QHostAddress tried = uncoveredAddress();
    if (tried.isNull())
        QSKIP("This machine has no address a 127.0.0.1 bind leaves out.");
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    startAndBeRefused(window, tried);
    if (QTest::currentTestFailed())
        return;
    const quint16 port = window.server()->serverPort();
    QVERIFY(!LoopbackFetch::fetch(tried, port).connected);
    auto *fix = window.findChild<QPushButton *>(QStringLiteral("applyFixButton"));
    QTRY_VERIFY(fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(window.server()->isListening());
    QCOMPARE(window.server()->choice().kind, BindChoice::Kind::AnyDualStack);
    QCOMPARE(window.server()->serverPort(), port);
    QVERIFY(!fix->isVisible());
    // The room's next attempt at the address that refused it is greeted.
    QCOMPARE(LoopbackFetch::fetch(tried, port).data, window.server()->greeting());
    const QAbstractItemModel *log =
        window.findChild<QTableView *>(QStringLiteral("logView"))->model();
    // A dual-stack socket may show an IPv4 arrival IPv4-mapped: the address and port are what
    // count.
    const auto greetedThere = [&] {
        for (int r = 0; r < log->rowCount(); ++r) {
            const QString local = log->index(r, ConnectionLogModel::LocalColumn).data().toString();
            if (local.contains(tried.toString()) &&
                local.endsWith(QStringLiteral(":%1").arg(port)) &&
                log->index(r, ConnectionLogModel::ResultColumn).data().toString() ==
                    QStringLiteral("greeted"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(greetedThere());
}

void TestServerWindow::refusedVisitorFitsEveryScreen()
{
    const QHostAddress tried = uncoveredAddress();
    if (tried.isNull())
        QSKIP("This machine has no address a 127.0.0.1 bind leaves out.");
    for (QScreen *screen : QGuiApplication::screens()) {
        // Presenter mode on the projector, the desktop layout everywhere.
        for (const bool presenting : {false, true}) {
            if (presenting && screen->size() != QSize(1280, 720))
                continue;
            const QString what = QStringLiteral("%1x%2%3")
                                     .arg(screen->size().width())
                                     .arg(screen->size().height())
                                     .arg(presenting ? QStringLiteral(" presenting") : QString());
            ServerOptions options;
            options.presenter = presenting;
            ServerWindow window(options);
            window.setScreen(screen);
            // Sized for its screen as a window placed there is (with room for a title bar).
            window.setGeometry(
                QRect(screen->availableGeometry().topLeft(),
                      QSize(960, 720).boundedTo(screen->availableSize() - QSize(0, 40))));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.screen(), screen);
            startAndBeRefused(window, tried);
            if (QTest::currentTestFailed())
                return;
            auto *fix = window.findChild<QPushButton *>(QStringLiteral("applyFixButton"));
            QTRY_VERIFY(fix->isVisible());
            QCOMPARE(fix->text(), presenting ? QStringLiteral("Apply the fix")
                                             : QStringLiteral("Listen on all interfaces"));
            if (presenting)
                QVERIFY(
                    window.findChild<PresenterBar *>(QStringLiteral("presenterBar"))
                        ->caption()
                        .contains(QStringLiteral("refused: the server listens on 127.0.0.1 only")));
            const QStringList problems = fitProblems(window);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(what + QStringLiteral(": ") + problems.join(QLatin1Char('\n'))));
        }
    }
}

// A laptop first (the primary screen), then a wider laptop and a projector for the explain
// service's additions.
BINDLAB_TEST_MAIN_WITH_SCREENS(TestServerWindow, {QRect(0, 0, 1024, 768), QRect(1024, 0, 1366, 768),
                                                  QRect(2390, 0, 1280, 720)})
#include "tst_serverwindow.moc"
