#include "ClientWindow.h"
#include "OffscreenScreens.h"
#include "ServerWindow.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QTest>

// Both windows on one 1920x1080 projector: presenter mode, then "Side by side" puts the
// server on the left half and the client on the right, frames included.
class TestSideBySide final : public QObject
{
    Q_OBJECT

private slots:
    void sideBySideTakesEachWindowsHalf();
};

void TestSideBySide::sideBySideTakesEachWindowsHalf()
{
    QScreen *wide = QGuiApplication::primaryScreen();
    QCOMPARE(wide->size(), QSize(1920, 1080));
    ServerWindow server;
    ClientWindow client;
    server.show();
    client.show();
    QVERIFY(QTest::qWaitForWindowExposed(&server));
    QVERIFY(QTest::qWaitForWindowExposed(&client));
    for (QWidget *window : {static_cast<QWidget *>(&server), static_cast<QWidget *>(&client)}) {
        auto *sideBySide = window->findChild<QAction *>(QStringLiteral("sideBySideAction"));
        QVERIFY(sideBySide && !sideBySide->isEnabled()); // a presenter-mode arrangement
        window->findChild<QAction *>(QStringLiteral("presenterAction"))->trigger();
        // Full screen on the screen the window is on.
        QTRY_COMPARE(window->geometry(), wide->geometry());
        QVERIFY(sideBySide->isEnabled());
        sideBySide->trigger();
        QVERIFY(!window->isFullScreen());
        QVERIFY2(window->minimumSizeHint().width() <= wide->size().width() / 2,
                 qPrintable(window->objectName()));
    }
    const QRect area = wide->availableGeometry();
    const QRect left(area.topLeft(), QSize(area.width() / 2, area.height()));
    // The frame included: each window, drawn as a whole, takes its half.
    QTRY_COMPARE(server.frameGeometry(), left);
    QTRY_COMPARE(client.frameGeometry(), left.translated(area.width() - left.width(), 0));
}

BINDLAB_TEST_MAIN_WITH_SCREENS(TestSideBySide, {QRect(0, 0, 1920, 1080)})
#include "tst_sidebyside.moc"
