#include "BindChoiceComboBox.h"
#include "ConnectionLog.h"
#include "GreetingServer.h"
#include "LocalAddresses.h"
#include "LoopbackFetch.h"
#include "ServerWindow.h"

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

private:
    static void waitForChoices(ServerWindow &window);
};

void TestServerWindow::waitForChoices(ServerWindow &window)
{
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    QTRY_VERIFY_WITH_TIMEOUT(combo->count() >= 6, 10000);
}

void TestServerWindow::offersEveryChoice()
{
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    waitForChoices(window);
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
    waitForChoices(window);
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *greeting = window.findChild<QLineEdit *>(QStringLiteral("greetingEdit"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
    auto *log = window.findChild<QTableView *>(QStringLiteral("logView"));
    QVERIFY(combo->selectKey(QStringLiteral("loopback")));
    port->setValue(0);
    greeting->setText(QStringLiteral("<b>hi</b>"));
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(window.server()->isListening());
    QVERIFY(status->text().contains(QStringLiteral("127.0.0.1:")));
    QVERIFY(start->text().contains(QStringLiteral("Stop")));

    QCOMPARE(LoopbackFetch::fetch(QHostAddress::LocalHost, window.server()->serverPort()).data,
             QByteArray("<b>hi</b>"));
    QTRY_COMPARE(log->model()->rowCount(), 1);
    QVERIFY(log->model()->index(0, 1).data().toString().startsWith(QStringLiteral("127.0.0.1:")));
    QCOMPARE(log->model()->index(0, 2).data().toString(),
             QStringLiteral("127.0.0.1:%1").arg(window.server()->serverPort()));

    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!window.server()->isListening());
}

void TestServerWindow::hostnameWarnsBeforeStart()
{
    ServerWindow window;
    window.show();
    waitForChoices(window);
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
    waitForChoices(window);
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
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
