#include "BindChoiceComboBox.h"
#include "ClientWindow.h"
#include "LocalAddresses.h"
#include "OffscreenScreens.h"
#include "PresenterBar.h"
#include "ServerWindow.h"
#include "ServerWindowReady.h"
#include "client/ConnectRun.h"
#include "server/BindChoices.h"
#include "server/GreetingServer.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

// Presenter mode end to end, both windows in one process: step 1 reproduces the article's bug
// (hostname bind, refused from the network address), step 2 applies the fix (all interfaces,
// greeted), each with its caption.
class TestPresenter final : public QObject
{
    Q_OBJECT

private slots:
    void presenterModeIsLargeAndShowsTheSteps();
    void twoStepsReproduceAndFix();
    void presenterOwnsTheProjector();
    void f11TogglesAndEscapeLeavesFullScreen();
};

void TestPresenter::presenterModeIsLargeAndShowsTheSteps()
{
    ClientWindow window;
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("presenterAction"));
    auto *bar = window.findChild<PresenterBar *>(QStringLiteral("presenterBar"));
    QVERIFY(action && bar);
    QVERIFY(!bar->isVisible());
    const qreal normal = window.font().pointSizeF();
    action->trigger();
    QVERIFY(bar->isVisible());
    QCOMPARE(window.font().pointSizeF(), normal * PresenterBar::kFontScale);
    QCOMPARE(window.palette().color(QPalette::Window), QColor(Qt::white));
    // What cannot be used now still looks it.
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::Base})
        QVERIFY(window.palette().color(QPalette::Disabled, role) !=
                window.palette().color(QPalette::Active, role));
    action->trigger();
    QVERIFY(!bar->isVisible());
    QCOMPARE(window.font().pointSizeF(), normal);
}

void TestPresenter::twoStepsReproduceAndFix()
{
    const QHostAddress lan = LocalAddresses::lanIPv4();
    if (lan.isNull())
        QSKIP("This machine has no network address other than loopback.");

    ServerOptions serverOptions;
    serverOptions.presenter = true;
    ServerWindow server(serverOptions);
    server.show();
    QVERIFY(serverWindowReady(server));
    auto *combo = server.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    if (!BindChoices::find(QStringLiteral("hostname"), combo->choices()).choice.isLoopbackOnly())
        QSKIP("The hostname does not resolve to loopback here: the bug does not show.");
    const quint16 port = LocalAddresses::freePort();
    server.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(port);

    ClientOptions clientOptions;
    clientOptions.presenter = true;
    clientOptions.demoTarget = lan.toString();
    ClientWindow client(clientOptions);
    client.show();
    client.findChild<QLineEdit *>(QStringLiteral("portEdit"))->setText(QString::number(port));

    auto *serverBar = server.findChild<PresenterBar *>(QStringLiteral("presenterBar"));
    auto *clientBar = client.findChild<PresenterBar *>(QStringLiteral("presenterBar"));
    QVERIFY(serverBar->isVisible() && clientBar->isVisible());

    QTest::mouseClick(serverBar->findChild<QPushButton *>(QStringLiteral("reproduceButton")),
                      Qt::LeftButton);
    QVERIFY(server.server()->isListening());
    QCOMPARE(server.server()->choice().kind, BindChoice::Kind::Hostname);
    QVERIFY(serverBar->caption().contains(QStringLiteral("hostname")));
    QTest::mouseClick(clientBar->findChild<QPushButton *>(QStringLiteral("reproduceButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!client.run()->isRunning(), 10000);
    QVERIFY(!client.run()->result().ok());
    QVERIFY(clientBar->caption().startsWith(QStringLiteral("Connection refused")));

    QTest::mouseClick(serverBar->findChild<QPushButton *>(QStringLiteral("fixButton")),
                      Qt::LeftButton);
    QCOMPARE(server.server()->choice().kind, BindChoice::Kind::AnyDualStack);
    QVERIFY(server.server()->isListening());
    QTest::mouseClick(clientBar->findChild<QPushButton *>(QStringLiteral("fixButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!client.run()->isRunning(), 10000);
    QVERIFY(client.run()->result().ok());
    QVERIFY(clientBar->caption().startsWith(QStringLiteral("Greeted")));
}

void TestPresenter::presenterOwnsTheProjector()
{
    QScreen *projector = QGuiApplication::primaryScreen();
    QCOMPARE(projector->size(), QSize(1280, 720));
    ServerOptions serverOptions;
    serverOptions.presenter = true; // as --presenter gives it
    ServerWindow server(serverOptions);
    server.show();
    QVERIFY(QTest::qWaitForWindowExposed(&server));
    QVERIFY(server.isFullScreen());
    QTRY_COMPARE(server.geometry(), projector->geometry());
    // The map and the log take the room; the table behind the map's tab is detail.
    auto *tabs = server.findChild<QTabWidget *>(QStringLiteral("reachabilityTabs"));
    QVERIFY(!tabs->tabBar()->isVisible());
    QVERIFY(server.findChild<QWidget *>(QStringLiteral("reachabilityMap"))->isVisible());
    QVERIFY(server.findChild<QWidget *>(QStringLiteral("logView"))->isVisible());
    QVERIFY(server.minimumSizeHint().height() <= projector->size().height());
    server.close();

    ClientOptions clientOptions;
    clientOptions.presenter = true;
    ClientWindow client(clientOptions);
    client.show();
    QVERIFY(QTest::qWaitForWindowExposed(&client));
    QVERIFY(client.isFullScreen());
    QTRY_COMPARE(client.geometry(), projector->geometry());
}

void TestPresenter::f11TogglesAndEscapeLeavesFullScreen()
{
    ServerWindow server;
    server.show();
    QVERIFY(QTest::qWaitForWindowActive(&server));
    auto *presenter = server.findChild<QAction *>(QStringLiteral("presenterAction"));
    auto *fullScreen = server.findChild<QAction *>(QStringLiteral("fullScreenAction"));
    QVERIFY(presenter && fullScreen);
    QVERIFY(!server.isFullScreen());
    QTest::keyClick(&server, Qt::Key_F11);
    QTRY_VERIFY(server.isFullScreen());
    QVERIFY(fullScreen->isChecked());
    QTest::keyClick(&server, Qt::Key_Escape);
    QTRY_VERIFY(!server.isFullScreen());
    QVERIFY(!fullScreen->isChecked());
    // Presenter mode takes the whole screen; Esc gives the desktop back, large type stays.
    presenter->trigger();
    QTRY_VERIFY(server.isFullScreen());
    QTest::keyClick(&server, Qt::Key_Escape);
    QTRY_VERIFY(!server.isFullScreen());
    QVERIFY(presenter->isChecked());
    presenter->trigger();
    QVERIFY(!server.isFullScreen());
}

// A 1280x720 projector.
BINDLAB_TEST_MAIN_WITH_SCREENS(TestPresenter, {QRect(0, 0, 1280, 720)})
#include "tst_presenter.moc"
