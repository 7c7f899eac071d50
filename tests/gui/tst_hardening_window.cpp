#include "BindChoiceComboBox.h"
#include "ServerWindow.h"
#include "ServerWindowReady.h"
#include "server/GreetingServer.h"
#include "server/ServerNotice.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

#include <cerrno>

// What the server window shows of the faults GreetingServer reports: the hint that comes with
// a listen error, and notices while listening (accepting paused, the address gone), which stay
// up until a notice that all is well replaces them. Never a modal box.
class TestHardeningWindow final : public QObject
{
    Q_OBJECT

private slots:
    void noticesStayUntilAllIsWell();
};

void TestHardeningWindow::noticesStayUntilAllIsWell()
{
    ServerWindow window;
    window.show();
    QVERIFY(serverWindowReady(window));
    auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    auto *port = window.findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    auto *error = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(combo->selectKey(QStringLiteral("loopback")));
    port->setValue(0);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(window.server()->isListening());

    // As GreetingServer reports them (the real causes are tested in tst_hardening_*).
    ServerNotice gone;
    gone.kind = ServerNotice::Kind::AddressGone;
    gone.address = QHostAddress(QHostAddress::LocalHost);
    gone.port = window.server()->serverPort();
    gone.interfaceName = QStringLiteral("lo");
    emit window.server()->notice(gone);
    QCOMPARE(error->text(), gone.message());
    QVERIFY(error->text().contains(QStringLiteral("rebind")));
    QCOMPARE(window.statusBar()->currentMessage(), gone.message());

    ServerNotice back = gone;
    back.kind = ServerNotice::Kind::AddressBack;
    emit window.server()->notice(back);
    QVERIFY(error->text().isEmpty());
    QCOMPARE(window.statusBar()->currentMessage(), back.message());

    ServerNotice paused;
    paused.kind = ServerNotice::Kind::AcceptPaused;
    paused.osError = EMFILE;
    paused.retryMsecs = 100;
    emit window.server()->notice(paused);
    QVERIFY(error->text().contains(QStringLiteral("EMFILE")));
    ServerNotice resumed = paused;
    resumed.kind = ServerNotice::Kind::AcceptResumed;
    emit window.server()->notice(resumed);
    QVERIFY(error->text().isEmpty());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
}

QTEST_MAIN(TestHardeningWindow)
#include "tst_hardening_window.moc"
