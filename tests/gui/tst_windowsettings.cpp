#include "BindChoiceComboBox.h"
#include "ClientWindow.h"
#include "ServerWindow.h"
#include "ServerWindowReady.h"
#include "client/ConnectRun.h"
#include "server/GreetingServer.h"

#include <QAction>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>
#include <QTest>

// What each window remembers between runs (QSettings, kept in the build tree by
// IsolatedSettings.cpp), what the command line overrides, and "Reset settings".
class TestWindowSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void clientRemembersTargetsPortAndTimeout();
    void clientKeepsTenRecentTargets();
    void clientCommandLineWins();
    void clientResetRestoresDefaults();
    void serverRemembersBindPortAndGreeting();
    void serverCommandLineWins();
    void serverForgetsABindThatIsGone();
    void serverResetRestoresDefaults();
};

namespace {

QStringList recentTargets(ClientWindow &window)
{
    auto *address = window.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    return qobject_cast<QStringListModel *>(address->completer()->model())->stringList();
}

// Connects once; the result does not matter (the port may refuse), only what is remembered.
void connectOnce(ClientWindow &window, const QString &address, const QString &port)
{
    window.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(address);
    window.findChild<QLineEdit *>(QStringLiteral("portEdit"))->setText(port);
    window.connectToTarget();
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 10000);
}

} // namespace

void TestWindowSettings::init()
{
    QSettings().clear();
}

void TestWindowSettings::clientRemembersTargetsPortAndTimeout()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    const QString port = QString::number(server.serverPort());
    {
        ClientWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(1234);
        connectOnce(window, QStringLiteral("127.0.0.1"), port);
        connectOnce(window, QStringLiteral(" 127.0.0.1:%1 ").arg(port), port);
        connectOnce(window, QStringLiteral("127.0.0.1"), port); // moves to the front again
        window.resize(701, 603);
        window.close();
    }
    ClientWindow window;
    QCOMPARE(recentTargets(window),
             QStringList({QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1:%1").arg(port)}));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("portEdit"))->text(), port);
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->value(), 1234);
    QCOMPARE(window.size(), QSize(701, 603));
}

void TestWindowSettings::clientKeepsTenRecentTargets()
{
    QStringList stored;
    for (int i = 0; i < 14; ++i)
        stored << QStringLiteral("host%1.invalid").arg(i);
    QSettings().setValue(QStringLiteral("recentTargets"), stored);
    ClientWindow window;
    QCOMPARE(recentTargets(window), stored.mid(0, 10));
    // Input that is never dialled is never remembered.
    connectOnce(window, QStringLiteral("127.1"), QStringLiteral("1"));
    QCOMPARE(recentTargets(window), stored.mid(0, 10));
}

void TestWindowSettings::clientCommandLineWins()
{
    QSettings settings;
    settings.setValue(QStringLiteral("recentTargets"), QStringList{QStringLiteral("remembered")});
    settings.setValue(QStringLiteral("port"), QStringLiteral("1111"));
    settings.setValue(QStringLiteral("timeoutMs"), 2222);
    settings.sync();
    ClientOptions options;
    options.target = QStringLiteral("given");
    options.port = QStringLiteral("3333");
    options.timeoutMs = 4444;
    options.timeoutGiven = true;
    ClientWindow window(options);
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text(),
             QStringLiteral("given"));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("portEdit"))->text(),
             QStringLiteral("3333"));
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->value(), 4444);
    QCOMPARE(recentTargets(window), QStringList{QStringLiteral("remembered")});
}

void TestWindowSettings::clientResetRestoresDefaults()
{
    QSettings settings;
    settings.setValue(QStringLiteral("recentTargets"), QStringList{QStringLiteral("remembered")});
    settings.setValue(QStringLiteral("port"), QStringLiteral("1111"));
    settings.setValue(QStringLiteral("timeoutMs"), 2222);
    settings.sync();
    ClientWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("portEdit"))->text(),
             QStringLiteral("1111"));
    auto *reset = window.findChild<QAction *>(QStringLiteral("resetSettingsAction"));
    QVERIFY(reset);
    reset->trigger();
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("portEdit"))->text(),
             QStringLiteral("12397"));
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->value(),
             ClientOptions().timeoutMs);
    QVERIFY(recentTargets(window).isEmpty());
    QVERIFY(QSettings().allKeys().isEmpty());
}

void TestWindowSettings::serverRemembersBindPortAndGreeting()
{
    {
        ServerWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(serverWindowReady(window));
        QVERIFY(window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"))
                    ->selectKey(QStringLiteral("loopback")));
        window.findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(0);
        window.findChild<QLineEdit *>(QStringLiteral("greetingEdit"))
            ->setText(QStringLiteral("remembered greeting"));
        window.start();
        QVERIFY(window.server()->isListening());
        window.stop();
        window.resize(902, 804);
        window.close();
    }
    ServerWindow window;
    QVERIFY(serverWindowReady(window));
    QCOMPARE(
        window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"))->currentChoice().key,
        QStringLiteral("loopback"));
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 0);
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("greetingEdit"))->text(),
             QStringLiteral("remembered greeting"));
    QCOMPARE(window.size(), QSize(902, 804));
}

void TestWindowSettings::serverCommandLineWins()
{
    QSettings settings;
    settings.setValue(QStringLiteral("bind"), QStringLiteral("loopback"));
    settings.setValue(QStringLiteral("port"), 1111);
    settings.setValue(QStringLiteral("greeting"), QStringLiteral("remembered"));
    settings.sync();
    ServerOptions options;
    options.bind = QStringLiteral("any4");
    options.bindGiven = true;
    options.port = 3333;
    options.portGiven = true;
    options.greeting = QStringLiteral("given");
    options.greetingGiven = true;
    ServerWindow window(options);
    QVERIFY(serverWindowReady(window));
    QCOMPARE(
        window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"))->currentChoice().key,
        QStringLiteral("any4"));
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), 3333);
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("greetingEdit"))->text(),
             QStringLiteral("given"));
}

void TestWindowSettings::serverForgetsABindThatIsGone()
{
    // An interface address remembered from another network: the default, and no error shown.
    QSettings().setValue(QStringLiteral("bind"), QStringLiteral("198.18.0.77"));
    ServerWindow window;
    QVERIFY(serverWindowReady(window));
    QCOMPARE(
        window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"))->currentChoice().key,
        ServerOptions().bind);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
}

void TestWindowSettings::serverResetRestoresDefaults()
{
    QSettings settings;
    settings.setValue(QStringLiteral("bind"), QStringLiteral("loopback"));
    settings.setValue(QStringLiteral("port"), 1111);
    settings.setValue(QStringLiteral("greeting"), QStringLiteral("remembered"));
    settings.sync();
    ServerWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    QCOMPARE(combo->currentChoice().key, QStringLiteral("loopback"));
    auto *reset = window.findChild<QAction *>(QStringLiteral("resetSettingsAction"));
    QVERIFY(reset);
    reset->trigger();
    const ServerOptions defaults;
    QCOMPARE(combo->currentChoice().key, defaults.bind);
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("portSpin"))->value(), int(defaults.port));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("greetingEdit"))->text(),
             defaults.greeting);
    QVERIFY(QSettings().allKeys().isEmpty());
}

QTEST_MAIN(TestWindowSettings)
#include "tst_windowsettings.moc"
