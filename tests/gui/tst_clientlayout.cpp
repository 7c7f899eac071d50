#include "ClientWindow.h"
#include "HandshakeDiagram.h"
#include "LocalAddresses.h"
#include "VerdictPanel.h"
#include "client/ConnectRun.h"
#include "server/GreetingServer.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// The client window on a laptop's 1024x768 screen (the offscreen platform configured to that
// size), in every state a run can leave it in, in English, German, Chinese and with text a
// third longer, light and dark: the window fits the screen, the verdict is in view, and no
// visible part is squeezed below the size it needs. Then what a screen reader gets after a run.
class TestClientLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fitsALaptopInEveryState_data();
    void fitsALaptopInEveryState();
    void showsProgressWhileConnecting();
    void verdictIsSpokenAfterARun();
    void labelsReadTheirVisibleText();
    void verdictGrowsInPresenterMode();
    void cleanup();
};

namespace {

const QSize kLaptop(1024, 768);

// Text a third longer than English, as German often is, for strings not yet translated.
class LongTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        if (text.contains(QLatin1Char('%')) || text.size() < 3)
            return text + QStringLiteral(" ¸ß");
        return text + QLatin1Char(' ') + text.left(text.size() / 3);
    }
};

// A loopback listener whose accept queue is full: further SYNs are dropped, so a connect gets
// no answer at all until its timeout, as behind a dropping firewall.
class FullBacklog final
{
public:
    FullBacklog()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        auto *raw = reinterpret_cast<sockaddr *>(&address);
        if (m_fd < 0 || ::bind(m_fd, raw, length) != 0 || ::listen(m_fd, 0) != 0 ||
            ::getsockname(m_fd, raw, &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        // Backlog 0 holds one connection that is never accepted; it fills the queue.
        m_filler.connectToHost(QHostAddress::LocalHost, m_port);
        m_filler.waitForConnected(2000);
    }
    ~FullBacklog()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(FullBacklog)

    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    QTcpSocket m_filler;
};

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    return dark;
}

struct Ui
{
    explicit Ui(ClientWindow &w)
        : address(w.findChild<QLineEdit *>(QStringLiteral("addressEdit")))
        , port(w.findChild<QLineEdit *>(QStringLiteral("portEdit")))
        , timeout(w.findChild<QSpinBox *>(QStringLiteral("timeoutSpin")))
        , connect(w.findChild<QPushButton *>(QStringLiteral("connectButton")))
        , verdict(w.findChild<VerdictPanel *>(QStringLiteral("verdictPanel")))
        , history(w.findChild<QListWidget *>(QStringLiteral("historyList")))
        , diagram(w.findChild<HandshakeDiagram *>(QStringLiteral("handshakeDiagram")))
    {}
    QLineEdit *address;
    QLineEdit *port;
    QSpinBox *timeout;
    QPushButton *connect;
    VerdictPanel *verdict;
    QListWidget *history;
    HandshakeDiagram *diagram;
};

// Runs to the end and waits for the verdict.
bool runTo(ClientWindow &window, const QString &address, quint16 port, int timeoutMs = 10000)
{
    Ui ui(window);
    ui.address->setText(address);
    ui.port->setText(QString::number(port));
    ui.timeout->setValue(timeoutMs);
    const int before = ui.history->count();
    window.connectToTarget();
    return QTest::qWaitFor([&] { return ui.history->count() > before; }, 15000);
}

// A run whose outcome this machine cannot produce without the network (a name that does not
// resolve, a long scoped link-local address), shown as if ConnectRun had reported it.
void showFakeRun(ClientWindow &window, const RunResult &run)
{
    emit window.run()->finished(run);
}

RunResult hostNotFound()
{
    RunResult run;
    run.target.input = QStringLiteral("no-such-host.invalid");
    run.target.host = run.target.input;
    run.target.port = 12397;
    run.lookupDone = true;
    run.lookupError = QStringLiteral("Host not found");
    return run;
}

RunResult longScopedRefusal()
{
    RunResult run;
    const QString address = QStringLiteral("fe80::1234:5678:9abc:def0%enx00e04c680123");
    run.target.input = address;
    run.target.host = address;
    run.target.literal = QHostAddress(address);
    run.target.port = 12397;
    AttemptResult a;
    a.address = run.target.literal;
    a.port = 12397;
    a.outcome = AttemptResult::Outcome::ConnectFailed;
    a.error = SocketErrorInfo::fromConnectError(ECONNREFUSED);
    run.attempts << a;
    return run;
}

// What the reader sees: visible widgets, except the parts of Qt's own controls that the control
// sizes itself (a spin box's editor, a tab bar's scroll buttons).
bool isCounted(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QTabBar *>(parent))
        return false;
    return w->isVisible() && !w->isWindow() && w->visibleRegion().boundingRect().isValid();
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" %3x%4, needs %5x%6")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
        .arg(w->width())
        .arg(w->height())
        .arg(w->minimumSizeHint().width())
        .arg(w->minimumSizeHint().height());
}

// Every visible part at or above its minimum size hint (an explicit minimum size is the
// author's word for it); wrapped text at least as tall as its width needs.
QStringList squeezed(QWidget &window)
{
    QStringList found;
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!isCounted(w))
            continue;
        const QSizePolicy policy = w->sizePolicy();
        QSize need = w->minimumSizeHint();
        if (w->minimumWidth() > 0 || policy.horizontalPolicy() == QSizePolicy::Ignored)
            need.setWidth(w->minimumWidth());
        if (w->minimumHeight() > 0 || policy.verticalPolicy() == QSizePolicy::Ignored)
            need.setHeight(w->minimumHeight());
        if (w->hasHeightForWidth() && qobject_cast<QLabel *>(w))
            need.setHeight(qMax(need.height(), w->heightForWidth(w->width())));
        if (w->width() < need.width() || w->height() < need.height())
            found << describe(w);
    }
    return found;
}

void settle(QWidget &window)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QTest::qWait(20);
    Q_UNUSED(window)
}

void verifyFits(ClientWindow &window, const QString &state)
{
    settle(window);
    const QRect screen = window.screen()->availableGeometry();
    QVERIFY2(screen.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1: window %2x%3 on a %4x%5 screen")
                            .arg(state)
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(screen.width())
                            .arg(screen.height())));
    auto *verdict = window.findChild<VerdictPanel *>(QStringLiteral("verdictPanel"));
    const QRect inWindow(verdict->mapTo(&window, QPoint(0, 0)), verdict->size());
    QVERIFY2(window.rect().contains(inWindow) &&
                 verdict->visibleRegion() == QRegion(verdict->rect()),
             qPrintable(state + QStringLiteral(": the verdict is not wholly in view")));
    const QStringList tooSmall = squeezed(window);
    QVERIFY2(tooSmall.isEmpty(), qPrintable(state + QStringLiteral(": squeezed: ") +
                                            tooSmall.join(QStringLiteral("; "))));
}

struct SentEvent
{
    QObject *object = nullptr;
    QAccessible::Event type = QAccessible::InvalidEvent;
    QString name; // the object's accessible name when the event was sent
};
QList<SentEvent> g_events;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    g_events << SentEvent{event->object(), event->type(),
                          iface ? iface->text(QAccessible::Name) : QString()};
}

} // namespace

void TestClientLayout::initTestCase()
{
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), kLaptop);
}

void TestClientLayout::cleanup()
{
    QApplication::setPalette(QPalette());
}

void TestClientLayout::fitsALaptopInEveryState_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("English") << QString() << false;
    QTest::newRow("English, dark") << QString() << true;
    QTest::newRow("German") << QStringLiteral("de") << false;
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << true;
    QTest::newRow("a third longer") << QStringLiteral("long") << false;
}

void TestClientLayout::fitsALaptopInEveryState()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    std::unique_ptr<QTranslator> translator;
    if (language == QLatin1String("long")) {
        translator = std::make_unique<LongTranslator>();
    } else if (!language.isEmpty()) {
        translator = std::make_unique<QTranslator>();
        QVERIFY(translator->load(QStringLiteral(BINDLAB_QM_DIR "/bindlab_%1.qm").arg(language)));
    }
    if (translator)
        QCoreApplication::installTranslator(translator.get());
    if (dark)
        QApplication::setPalette(darkPalette());

    GreetingServer server;
    QVERIFY(server.start(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 0));
    FullBacklog silent;
    QVERIFY(silent.port() != 0);
    ClientWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    verifyFits(window, QStringLiteral("idle"));

    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QString::number(silent.port()));
    ui.timeout->setValue(60000);
    window.connectToTarget();
    QTRY_VERIFY(ui.verdict->isBusy());
    verifyFits(window, QStringLiteral("connecting"));
    window.cancel();
    QTRY_VERIFY(!window.run()->isRunning());

    QVERIFY(runTo(window, QStringLiteral("127.0.0.1"), server.serverPort()));
    verifyFits(window, QStringLiteral("greeted"));
    QVERIFY(runTo(window, QStringLiteral("127.0.0.1"), LocalAddresses::freePort()));
    verifyFits(window, QStringLiteral("refused"));
    QVERIFY(runTo(window, QStringLiteral("127.0.0.1"), silent.port(), 300));
    verifyFits(window, QStringLiteral("no answer"));
    ui.address->setText(QStringLiteral("010.0.0.1"));
    window.connectToTarget();
    verifyFits(window, QStringLiteral("invalid input"));
    showFakeRun(window, hostNotFound());
    verifyFits(window, QStringLiteral("host not found"));
    ui.address->setText(QStringLiteral("fe80::1234:5678:9abc:def0%enx00e04c680123"));
    showFakeRun(window, longScopedRefusal());
    verifyFits(window, QStringLiteral("long scoped IPv6"));
    window.findChild<QAction *>(QStringLiteral("presenterAction"))->setChecked(true);
    verifyFits(window, QStringLiteral("presenter mode"));
    window.findChild<QAction *>(QStringLiteral("presenterAction"))->setChecked(false);
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
}

void TestClientLayout::showsProgressWhileConnecting()
{
    FullBacklog silent;
    QVERIFY(silent.port() != 0);
    ClientWindow window;
    window.show();
    Ui ui(window);
    ui.address->setText(QStringLiteral("127.0.0.1"));
    ui.port->setText(QString::number(silent.port()));
    ui.timeout->setValue(60000);
    window.connectToTarget();
    auto *bar = ui.verdict->findChild<QProgressBar *>(QStringLiteral("verdictProgress"));
    auto *step = ui.verdict->findChild<QLabel *>(QStringLiteral("verdictStep"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 60000);
    QTRY_VERIFY(bar->value() > 0);
    QTRY_VERIFY(step->text().contains(QStringLiteral("127.0.0.1:%1").arg(silent.port())));
    QVERIFY(step->text().contains(QStringLiteral("1 of 1")));
    QCOMPARE(ui.connect->text(), QStringLiteral("&Cancel"));
    // The diagram draws the SYN that is out and the answer that has not come yet.
    QCOMPARE(ui.diagram->trace().steps.size(), 2);
    QCOMPARE(ui.diagram->trace().steps.first().label, QStringLiteral("SYN"));
    QCOMPARE(ui.diagram->trace().steps.last().kind, HandshakeTrace::Kind::Silence);
    QTest::mouseClick(ui.connect, Qt::LeftButton);
    QTRY_VERIFY(!window.run()->isRunning());
    QVERIFY(!bar->isVisible());
    QCOMPARE(ui.verdict->outcome(), QStringLiteral("Cancelled"));
}

void TestClientLayout::verdictIsSpokenAfterARun()
{
    ClientWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui ui(window);
    QSignalSpy announced(ui.verdict, &VerdictPanel::announced);
    const QAccessible::UpdateHandler previous = QAccessible::installUpdateHandler(recordEvent);
    g_events.clear();
    const quint16 port = LocalAddresses::freePort();
    const bool finished = runTo(window, QStringLiteral("127.0.0.1"), port);
    QAccessible::installUpdateHandler(previous);
    QVERIFY(finished);

    QAccessibleInterface *verdict = QAccessible::queryAccessibleInterface(ui.verdict);
    QVERIFY(verdict);
    const QString spoken = verdict->text(QAccessible::Name);
    QVERIFY2(spoken.startsWith(QStringLiteral("Refused")), qPrintable(spoken));
    QVERIFY2(spoken.contains(QStringLiteral("Nothing listens on port %1").arg(port)),
             qPrintable(spoken));
    QVERIFY2(spoken.contains(ui.verdict->fix()) && !ui.verdict->fix().isEmpty(),
             qPrintable(spoken));
    QCOMPARE(verdict->role(), QAccessible::StaticText);
    QVERIFY(verdict->state().focusable);
    QCOMPARE(window.focusWidget(), ui.verdict);

    // After the run: the verdict was announced with what it says. Qt hands accessibility
    // events on only while a platform bridge is active (AT-SPI with a screen reader under X11;
    // never on the offscreen platform, and the public API cannot switch it on), so the focus
    // event itself is checked where a bridge is active.
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first().first().toString(), spoken);
    if (!QAccessible::isActive())
        qInfo("No accessibility bridge is active here: the focus event itself is not checked.");
    if (QAccessible::isActive()) {
        bool focusSent = false;
        for (const SentEvent &e : std::as_const(g_events)) {
            if (e.object == ui.verdict && e.type == QAccessible::Focus && e.name == spoken)
                focusSent = true;
        }
        QVERIFY(focusSent);
    }
}

void TestClientLayout::labelsReadTheirVisibleText()
{
    ClientWindow window;
    window.show();
    Ui ui(window);
    QVERIFY(runTo(window, QStringLiteral("127.0.0.1"), LocalAddresses::freePort()));
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(label);
        QString visible = label->text();
        visible.remove(QLatin1Char('&'));
        QCOMPARE(a->text(QAccessible::Name), visible);
    }
    // The diagram takes the focus and reads its story, arrows and all.
    QCOMPARE(ui.diagram->focusPolicy(), Qt::StrongFocus);
    const QString story =
        QAccessible::queryAccessibleInterface(ui.diagram)->text(QAccessible::Description);
    QVERIFY2(story.startsWith(QStringLiteral("SYN → RST. ")), qPrintable(story));
}

void TestClientLayout::verdictGrowsInPresenterMode()
{
    ClientWindow window;
    window.show();
    Ui ui(window);
    auto *outcome = ui.verdict->findChild<QLabel *>(QStringLiteral("verdictOutcome"));
    const qreal normal = outcome->font().pointSizeF();
    window.findChild<QAction *>(QStringLiteral("presenterAction"))->setChecked(true);
    // Larger than the rest of the window, which presenter mode already scales.
    QVERIFY(outcome->font().pointSizeF() > normal * 1.6 * 1.2);
    QVERIFY(outcome->font().pointSizeF() > window.font().pointSizeF() * 1.8);
    window.findChild<QAction *>(QStringLiteral("presenterAction"))->setChecked(false);
    QCOMPARE(outcome->font().pointSizeF(), normal);
}

// The offscreen platform's screen is 800x600 unless told otherwise: make it a laptop's.
int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && dir.isValid()) {
        QFile config(dir.filePath(QStringLiteral("screen.json")));
        if (config.open(QIODevice::WriteOnly)) {
            config.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0,
                "width": %1, "height": %2, "logicalDpi": 96, "dpr": 1}]})")
                             .arg(kLaptop.width())
                             .arg(kLaptop.height())
                             .toUtf8());
            config.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    TestClientLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clientlayout.moc"
