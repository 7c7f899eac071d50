#include "BindChoiceComboBox.h"
#include "ClientWindow.h"
#include "ServerWindow.h"
#include "ServerWindowReady.h"
#include "client/ConnectRun.h"
#include "server/GreetingServer.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <algorithm>
#include <cmath>

// Keyboard-only and screen-reader use of both windows: Tab from the first field visits every
// control once, in reading order, and comes back; Shift+Tab walks the same way back; every control
// a keyboard reaches has an accessible name and description for a screen reader.
class TestTabOrder final : public QObject
{
    Q_OBJECT

private slots:
    void clientTabOrder();
    void clientControlsAreNamed();
    void serverTabOrder();
    void serverControlsAreNamed();
    void serverWarningsReadOnLightAndDark();

private:
    static void prepareClient(ClientWindow &window, GreetingServer &server);
    static void prepareServer(ServerWindow &window);
};

namespace {

// After a greeting: the inputs, the verdict, the detail tabs and the page shown (the wire).
const QStringList kClientOrder = {
    QStringLiteral("addressEdit"),      QStringLiteral("portEdit"),
    QStringLiteral("timeoutSpin"),      QStringLiteral("bannerWaitSpin"),
    QStringLiteral("sendEdit"),         QStringLiteral("connectButton"),
    QStringLiteral("verdictPanel"),     QStringLiteral("detailTabs"),
    QStringLiteral("handshakeDiagram"),
};

const QStringList kServerOrder = {
    QStringLiteral("bindCombo"),
    QStringLiteral("refreshButton"),
    QStringLiteral("portSpin"),
    QStringLiteral("greetingEdit"),
    QStringLiteral("startButton"),
    QStringLiteral("explainCheck"),
    // The verdict right after Start: it takes the focus after Start and Stop.
    QStringLiteral("verdictPanel"),
    QStringLiteral("reachabilityRefreshButton"),
    // The map tab is shown first; the table behind it is not in the chain until chosen.
    QStringLiteral("reachabilityTabs"),
    QStringLiteral("reachabilityMap"),
    QStringLiteral("logView"),
};

// The control that owns the focus: a spin box's focus sits in its inner line edit, a combo
// box's in the combo itself.
QWidget *focusedControl()
{
    QWidget *w = QApplication::focusWidget();
    while (w && w->parentWidget() && w->parentWidget()->focusProxy() == w)
        w = w->parentWidget();
    return w;
}

QString focusedName()
{
    const QWidget *w = focusedControl();
    return w ? w->objectName() : QStringLiteral("(nothing)");
}

// Presses Tab (or Shift+Tab) from the focused control until the focus comes back to it.
QStringList walk(Qt::Key key, int limit = 40)
{
    QStringList names = {focusedName()};
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), key,
                        key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
        const QString name = focusedName();
        if (name == names.first())
            return names;
        names << name;
    }
    names << QStringLiteral("(no way back after %1 presses)").arg(limit);
    return names;
}

QStringList reversed(const QStringList &order)
{
    QStringList back = {order.first()};
    for (auto it = order.crbegin(); it != order.crend() - 1; ++it)
        back << *it;
    return back;
}

// Every control Tab can reach: visible, enabled, taking focus by Tab, and not the inner part
// of another control.
QList<QWidget *> tabbableControls(QWidget &window)
{
    QList<QWidget *> controls;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->parentWidget() && (w->parentWidget()->focusProxy() == w ||
                                  qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue;
        controls << w;
    }
    return controls;
}

void verifyNamed(QWidget &window, const QStringList &order)
{
    QStringList reached;
    for (QWidget *w : tabbableControls(window)) {
        const QString id = w->objectName().isEmpty()
                               ? QString::fromLatin1(w->metaObject()->className())
                               : w->objectName();
        reached << id;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        QVERIFY2(a, qPrintable(id));
        QVERIFY2(!a->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(id + QStringLiteral(" has no accessible name")));
        QVERIFY2(!w->accessibleDescription().trimmed().isEmpty(),
                 qPrintable(id + QStringLiteral(" has no accessible description")));
    }
    reached.sort();
    QStringList expected = order;
    expected.sort();
    // Nothing focusable is left out of the order the test walks.
    QCOMPARE(reached, expected);
}

} // namespace

void TestTabOrder::prepareClient(ClientWindow &window, GreetingServer &server)
{
    // A finished run, so the result views, the table and the history hold something.
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *address = window.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    auto *port = window.findChild<QLineEdit *>(QStringLiteral("portEdit"));
    auto *history = window.findChild<QListWidget *>(QStringLiteral("historyList"));
    address->setText(QStringLiteral("127.0.0.1"));
    port->setText(QString::number(server.serverPort()));
    window.connectToTarget();
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning() && history->count() == 1, 10000);
    address->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(focusedName(), QStringLiteral("addressEdit"));
}

void TestTabOrder::clientTabOrder()
{
    GreetingServer server;
    ClientWindow window;
    prepareClient(window, server);
    if (QTest::currentTestFailed())
        return;
    // Joined, so a failure shows the whole walk.
    const QString comma = QStringLiteral(", ");
    QCOMPARE(walk(Qt::Key_Tab).join(comma), kClientOrder.join(comma));
    QCOMPARE(walk(Qt::Key_Backtab).join(comma), reversed(kClientOrder).join(comma));
}

void TestTabOrder::clientControlsAreNamed()
{
    GreetingServer server;
    ClientWindow window;
    prepareClient(window, server);
    if (QTest::currentTestFailed())
        return;
    verifyNamed(window, kClientOrder);
}

void TestTabOrder::prepareServer(ServerWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(serverWindowReady(window));
    window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"))
        ->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(focusedName(), QStringLiteral("bindCombo"));
}

void TestTabOrder::serverTabOrder()
{
    ServerWindow window;
    prepareServer(window);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(walk(Qt::Key_Tab), kServerOrder);
    QCOMPARE(walk(Qt::Key_Backtab), reversed(kServerOrder));
}

void TestTabOrder::serverControlsAreNamed()
{
    ServerWindow window;
    prepareServer(window);
    if (QTest::currentTestFailed())
        return;
    verifyNamed(window, kServerOrder);
}

namespace {

// WCAG's contrast ratio: 4.5 or more reads as body text.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

} // namespace

void TestTabOrder::serverWarningsReadOnLightAndDark()
{
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    ServerWindow window;
    prepareServer(window);
    if (QTest::currentTestFailed())
        return;
    for (const QPalette &palette : {original, dark, original}) {
        // Switched while the window is open, the way a desktop theme change arrives.
        QApplication::setPalette(palette);
        QCoreApplication::processEvents();
        const QColor background = window.palette().color(QPalette::Window);
        for (const QString &name : {QStringLiteral("warningLabel"), QStringLiteral("errorLabel")}) {
            const auto *label = window.findChild<QLabel *>(name);
            const double ratio = contrast(label->palette().color(QPalette::WindowText), background);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: contrast %3")
                                                  .arg(name, background.name())
                                                  .arg(ratio)));
        }
    }
    QApplication::setPalette(original);
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
