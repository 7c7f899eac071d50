#include "ClientWindow.h"
#include "ExplainResponder.h"
#include "HandshakeDiagram.h"
#include "LocalAddresses.h"
#include "TestPeer.h"
#include "VerdictPanel.h"
#include "client/ConnectRun.h"
#include "client/ExplainQuery.h"
#include "server/GreetingServer.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestClientWindow final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheGreetingAsPlainText();
    void showsTheRefusalExactly();
    void previewsWhatWillBeDialled();
    void cancelKeepsTheWindowResponsive();
    void historyReruns();
    void aBadSendEscapeIsNotDialled();
    void verdictIsConfirmedByTheServer();
    void progressSaysTheServerIsAsked();
};

namespace {

struct Ui
{
    explicit Ui(ClientWindow &w)
        : address(w.findChild<QLineEdit *>(QStringLiteral("addressEdit")))
        , port(w.findChild<QLineEdit *>(QStringLiteral("portEdit")))
        , connect(w.findChild<QPushButton *>(QStringLiteral("connectButton")))
        , verdict(w.findChild<VerdictPanel *>(QStringLiteral("verdictPanel")))
        , dial(w.findChild<QLabel *>(QStringLiteral("dialLabel")))
        , greeting(w.findChild<QPlainTextEdit *>(QStringLiteral("greetingView")))
        , details(w.findChild<QPlainTextEdit *>(QStringLiteral("detailsView")))
        , diagnosis(w.findChild<QPlainTextEdit *>(QStringLiteral("diagnosisView")))
        , attempts(w.findChild<QTableView *>(QStringLiteral("attemptsView")))
        , history(w.findChild<QListWidget *>(QStringLiteral("historyList")))
    {}
    QLineEdit *address;
    QLineEdit *port;
    QPushButton *connect;
    VerdictPanel *verdict;
    QLabel *dial;
    QPlainTextEdit *greeting;
    QPlainTextEdit *details;
    QPlainTextEdit *diagnosis;
    QTableView *attempts;
    QListWidget *history;
};

} // namespace

void TestClientWindow::showsTheGreetingAsPlainText()
{
    GreetingServer server;
    server.setGreeting("<img src=x> \x1b[31m");
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    ClientWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QString::number(server.serverPort()));
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning() && ui.history->count() == 1, 10000);
    QCOMPARE(ui.greeting->toPlainText(), QStringLiteral("<img src=x> \\e[31m"));
    QCOMPARE(ui.verdict->outcome(), QStringLiteral("Greeted"));
    // The verdict quotes the greeting escaped, in plain-text labels only.
    QVERIFY(ui.verdict->fix().contains(QStringLiteral("<img src=x> \\e[31m")));
    for (const QLabel *label : ui.verdict->findChildren<QLabel *>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(ui.attempts->model()->rowCount(), 1);
    // A greeting has its tab; the window shows it without being asked to.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(ui.greeting)));
}

void TestClientWindow::showsTheRefusalExactly()
{
    ClientWindow window;
    window.show();
    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QString::number(LocalAddresses::freePort()));
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ui.history->count() == 1, 10000);
    QCOMPARE(ui.verdict->outcome(), QStringLiteral("Refused"));
    QVERIFY(ui.verdict->cause().contains(QStringLiteral("Nothing listens on port")));
    QVERIFY(!ui.verdict->fix().isEmpty());
    QVERIFY(ui.verdict->command().startsWith(QStringLiteral("bindlab-server --bind any")));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Connection refused"));
    const QString details = ui.details->toPlainText();
    QVERIFY(details.contains(QStringLiteral("ConnectionRefusedError")));
    QVERIFY(details.contains(QStringLiteral("ECONNREFUSED")));
    QVERIFY(details.contains(QStringLiteral(" ms")));
    QVERIFY(ui.diagnosis->toPlainText().contains(QStringLiteral("nothing-listening")));
    QVERIFY(ui.greeting->toPlainText().isEmpty());
    // No greeting, no greeting tab: it takes no room.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(ui.greeting)));
    auto *diagram = window.findChild<HandshakeDiagram *>(QStringLiteral("handshakeDiagram"));
    QCOMPARE(diagram->trace().steps.size(), 2);
    QCOMPARE(diagram->trace().steps.last().label, QStringLiteral("RST"));
    QCOMPARE(diagram->trace().causeCode, QStringLiteral("nothing-listening"));
}

void TestClientWindow::previewsWhatWillBeDialled()
{
    ClientWindow window;
    Ui ui(window);
    ui.port->setText(QStringLiteral("12397"));
    ui.address->setText(QStringLiteral("[::1]:8080"));
    QVERIFY(ui.dial->text().contains(QStringLiteral("[::1]:8080")));
    QVERIFY(ui.dial->text().contains(QStringLiteral("8080 from the address")));
    ui.address->setText(QStringLiteral("010.0.0.1"));
    QVERIFY(ui.dial->text().startsWith(QStringLiteral("Will not dial")));
    QVERIFY(ui.dial->text().contains(QStringLiteral("8.0.0.1")));
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QCOMPARE(ui.verdict->outcome(), QStringLiteral("Not dialled"));
    QVERIFY(!window.run()->isRunning());
}

void TestClientWindow::cancelKeepsTheWindowResponsive()
{
    TestPeer silent(TestPeer::Mode::Silent);
    QVERIFY(silent.listen());
    ClientOptions options;
    options.readTimeoutMs = 60000;
    ClientWindow window(options);
    window.show();
    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QString::number(silent.port()));
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QVERIFY(window.run()->isRunning());
    QVERIFY(ui.connect->text().contains(QStringLiteral("Cancel")));
    QTRY_COMPARE(silent.accepted(), 1);
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QVERIFY(!window.run()->isRunning());
    // Cancelled inside the banner window: the handshake had completed, so it is reachable.
    QCOMPARE(ui.verdict->outcome(), QStringLiteral("Reachable"));
    QVERIFY(ui.connect->text().contains(QStringLiteral("Connect")));
}

void TestClientWindow::historyReruns()
{
    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    ClientWindow window;
    window.show();
    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QString::number(server.serverPort()));
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ui.history->count(), 1, 10000);
    ui.address->setText(QStringLiteral("somewhere.else"));
    emit ui.history->itemActivated(ui.history->item(0));
    QCOMPARE(ui.address->text(), QStringLiteral("127.0.0.1"));
    QTRY_COMPARE_WITH_TIMEOUT(ui.history->count(), 2, 10000);
    QCOMPARE(server.greeted(), quint64(2));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setCurrentWidget(ui.history);
    ui.history->item(0)->setSelected(true);
    ui.history->setFocus();
    QTest::keySequence(ui.history, QKeySequence::Copy);
    QVERIFY(QApplication::clipboard()->text().contains(
        QStringLiteral("127.0.0.1:%1").arg(server.serverPort())));
}

void TestClientWindow::aBadSendEscapeIsNotDialled()
{
    ClientWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QStringLiteral("9"));
    auto *send = window.findChild<QLineEdit *>(QStringLiteral("sendEdit"));
    QVERIFY(send);
    send->setText(QStringLiteral("HEAD \\q"));
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QVERIFY(!window.run()->isRunning());
    QCOMPARE(ui.verdict->outcome(), QStringLiteral("Not dialled"));
    QVERIFY(!ui.details->toPlainText().isEmpty());
    QCOMPARE(ui.history->count(), 0);
}

// Loopback stands in for another host whose BindLab server answers why it refused.
void TestClientWindow::verdictIsConfirmedByTheServer()
{
    ExplainResponder responder;
    QVERIFY(responder.isBound());
    ClientWindow window;
    window.run()->setRemoteCheck([](const QHostAddress &) { return true; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QString::number(responder.port()));
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning() && ui.history->count() == 1, 10000);
    QCOMPARE(responder.questions(), 1);
    ExplainMessage::Answer answer;
    answer.cause = ExplainMessage::Cause::LoopbackOnly;
    answer.facts = responder.loopbackFacts();
    QCOMPARE(ui.verdict->outcome(), QStringLiteral("Refused"));
    QCOMPARE(ui.verdict->cause(), ExplainQuery::confirmationText(answer));
    QVERIFY(ui.verdict->cause().startsWith(QStringLiteral("Confirmed by the server")));
    QCOMPARE(ui.verdict->fix(), ExplainQuery::fixText(answer));
    const QString details = ui.details->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Confirmed by the server (loopback-only)")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Its hostname: lab-server")), qPrintable(details));
    QVERIFY(ui.diagnosis->toPlainText().contains(QStringLiteral("lab-server")));
    QVERIFY(ui.history->item(0)->text().contains(QStringLiteral("loopback-only")));
}

void TestClientWindow::progressSaysTheServerIsAsked()
{
    ExplainResponder responder(ExplainResponder::Mode::Silent);
    QVERIFY(responder.isBound());
    ClientOptions options;
    options.explainTimeoutMs = 600000;
    ClientWindow window(options);
    window.run()->setRemoteCheck([](const QHostAddress &) { return true; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QString::number(responder.port()));
    QSignalSpy asking(window.run(), &ConnectRun::explainStarted);
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QVERIFY(asking.wait(10000));
    auto *step = ui.verdict->findChild<QLabel *>(QStringLiteral("verdictStep"));
    QVERIFY(step);
    QTRY_VERIFY(step->text().contains(QStringLiteral("Asking the server why")));
    QVERIFY(ui.verdict->isBusy());
    // Cancel stops the question too.
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QTRY_VERIFY(!window.run()->isRunning());
    QVERIFY(!window.run()->isAsking());
    QCOMPARE(ui.verdict->outcome(), QStringLiteral("Cancelled"));
}

QTEST_MAIN(TestClientWindow)
#include "tst_clientwindow.moc"
