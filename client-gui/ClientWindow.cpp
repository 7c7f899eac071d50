#include "ClientWindow.h"

#include "AppMenus.h"
#include "AttemptTableModel.h"
#include "HandshakeDiagram.h"
#include "PresenterBar.h"
#include "TableText.h"
#include "VerdictPanel.h"
#include "app/Defaults.h"
#include "client/ConnectRun.h"
#include "client/RunReport.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/Verdict.h"
#include "net/AddressText.h"
#include "net/EscapedText.h"
#include "net/PeerText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *makeReadOnlyText(const QString &objectName, const QString &accessibleName,
                                 const QString &description)
{
    // A plain-text view: whatever a peer sent can never be rendered as HTML here.
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setAccessibleDescription(description);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    return view;
}

constexpr int kTargetRole = Qt::UserRole;
constexpr int kPortRole = Qt::UserRole + 1;

// What the window starts with when nothing was given or remembered, and after "Reset settings".
const QString kDefaultAddress = QStringLiteral("127.0.0.1");
const QString kDefaultPort = QString::number(Defaults::kPort);
constexpr int kMaxRecentTargets = 10;
// How much of a greeting the verdict quotes; the Greeting tab shows all of it.
constexpr int kGreetingQuoteChars = 160;
constexpr int kProgressIntervalMs = 100;

// QSettings keys (organization BindLab, application bindlab-client).
const QString kRecentTargetsKey = QStringLiteral("recentTargets");
const QString kPortKey = QStringLiteral("port");
const QString kTimeoutKey = QStringLiteral("timeoutMs");
const QString kGeometryKey = QStringLiteral("geometry");
const QString kDetailTabKey = QStringLiteral("detailTab");

} // namespace

ClientWindow::ClientWindow(const ClientOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_run(new ConnectRun(this))
    , m_attemptModel(new AttemptTableModel(this))
    , m_recentModel(new QStringListModel(this))
{
    setWindowTitle(tr("BindLab Client"));
    m_run->setExplainEnabled(options.explain);
    m_run->setExplainTimeout(options.explainTimeoutMs);
    buildUi();
    restoreSettings();
    m_presenterAction->setChecked(options.presenter);
    if (options.connectNow && !options.target.isEmpty())
        QMetaObject::invokeMethod(this, &ClientWindow::connectToTarget, Qt::QueuedConnection);
}

ClientWindow::~ClientWindow() = default;

// Top to bottom, the order the eye reads: what to dial, the verdict, then the evidence.
void ClientWindow::buildUi()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_presenter = new PresenterBar(this);
    m_presenter->setHalf(PresenterBar::Half::Right); // side by side: the server takes the left
    layout->addWidget(m_presenter);
    layout->addLayout(buildInputs());
    m_verdict = new VerdictPanel;
    layout->addWidget(m_verdict);
    // The evidence takes the room that is left; the verdict keeps what its text needs.
    layout->addWidget(buildDetailTabs(), 1);
    setCentralWidget(central);
    buildMenus();
    setReadingOrder();
    connectSignals();
    updatePreview();
    showIdle();
    setRunning(false);
}

void ClientWindow::buildServiceFields()
{
    // Any TCP service, not only BindLab's: how long to listen for its banner once connected,
    // and what to say first to a service that waits for the client (HTTP, most databases).
    m_bannerWaitSpin = new QSpinBox;
    m_bannerWaitSpin->setObjectName(QStringLiteral("bannerWaitSpin"));
    m_bannerWaitSpin->setRange(1, 60000);
    m_bannerWaitSpin->setSingleStep(250);
    m_bannerWaitSpin->setSuffix(tr(" ms"));
    m_bannerWaitSpin->setValue(m_options.readTimeoutMs);
    m_bannerWaitSpin->setAccessibleName(tr("Banner wait"));
    m_bannerWaitSpin->setAccessibleDescription(
        tr("Once connected, how long to listen for what the service says, in milliseconds."));

    m_sendEdit = new QLineEdit(m_options.sendText);
    m_sendEdit->setObjectName(QStringLiteral("sendEdit"));
    m_sendEdit->setPlaceholderText(
        tr("optional, e.g. HEAD / HTTP/1.0\\r\\n\\r\\n")); // NOLINT(modernize-raw-string-literal):
                                                           // one form for lupdate and tr()
    m_sendEdit->setAccessibleName(tr("Send once connected"));
    m_sendEdit->setAccessibleDescription(
        tr("Text sent once connected, with \\r, \\n, \\t, \\\\ and \\xNN escapes; empty sends "
           "nothing."));
}

QGridLayout *ClientWindow::buildInputs()
{
    m_addressEdit = new QLineEdit;
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setAccessibleName(tr("Server address"));
    m_addressEdit->setAccessibleDescription(
        tr("The server to connect to: a host name, an IPv4 or IPv6 address, host:port, "
           "[IPv6]:port or an IPv6 address with %scope. Recent targets are offered as you type."));
    auto *completer = new QCompleter(m_recentModel, m_addressEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_addressEdit->setCompleter(completer);
    m_addressEdit->setPlaceholderText(tr("host name, IPv4, IPv6, host:port or [IPv6]:port"));
    m_addressEdit->setMaxLength(TargetParser::kMaxInputLength);

    m_portEdit = new QLineEdit;
    m_portEdit->setObjectName(QStringLiteral("portEdit"));
    m_portEdit->setAccessibleName(tr("Port"));
    m_portEdit->setAccessibleDescription(
        tr("The server's TCP port, 1 to 65535; a port in the address itself wins."));
    m_portEdit->setMaxLength(16);

    m_timeoutSpin = new QSpinBox;
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeoutSpin->setRange(1, 600000);
    m_timeoutSpin->setSingleStep(500);
    m_timeoutSpin->setSuffix(tr(" ms"));
    m_timeoutSpin->setValue(m_options.timeoutMs);
    m_timeoutSpin->setAccessibleName(tr("Connect timeout"));
    m_timeoutSpin->setAccessibleDescription(
        tr("How long to wait for each address to accept the connection, in milliseconds."));

    buildServiceFields();

    m_connectButton = new QPushButton(tr("&Connect"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleDescription(
        tr("Connects to the address and port above; while connecting, cancels."));
    m_connectButton->setDefault(true);

    // Its visible text is what a screen reader reads; the description only adds the purpose.
    m_dialLabel = new QLabel;
    m_dialLabel->setObjectName(QStringLiteral("dialLabel"));
    m_dialLabel->setAccessibleDescription(
        tr("The exact address and port the typed text becomes, before anything is sent."));
    m_dialLabel->setTextFormat(Qt::PlainText);
    m_dialLabel->setWordWrap(true);
    m_dialLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The address has a row of its own, so a long scoped IPv6 address stays readable even in
    // presenter type on a small screen; port, timeout and Connect share the next.
    auto *grid = new QGridLayout;
    const auto addField = [grid](const QString &text, QWidget *field, int row, int column,
                                 int span) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        grid->addWidget(label, row, column);
        grid->addWidget(field, row, column + 1, 1, span);
    };
    addField(tr("&Server address:"), m_addressEdit, 0, 0, 5);
    addField(tr("&Port:"), m_portEdit, 1, 0, 1);
    addField(tr("&Timeout:"), m_timeoutSpin, 1, 2, 1);
    grid->addWidget(m_connectButton, 1, 5);
    addField(tr("&Listen for:"), m_bannerWaitSpin, 2, 0, 1);
    addField(tr("Sen&d:"), m_sendEdit, 2, 2, 3);
    grid->addWidget(m_dialLabel, 3, 1, 1, 5);
    grid->setColumnStretch(4, 1);
    return grid;
}

QTabWidget *ClientWindow::buildDetailTabs()
{
    // Created before its pages, so Tab reaches the tab bar first and then the page shown.
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->setAccessibleName(tr("Details"));
    m_detailTabs->setAccessibleDescription(
        tr("The evidence behind the verdict: the wire, the greeting, the diagnosis, the exact "
           "errors, the addresses tried and earlier runs."));
    m_detailTabs->setDocumentMode(true);

    m_handshake = new HandshakeDiagram;
    // The diagram is never squeezed below what reads: past that it scrolls.
    auto *diagramArea = new QScrollArea;
    diagramArea->setObjectName(QStringLiteral("diagramArea"));
    diagramArea->setWidget(m_handshake);
    diagramArea->setWidgetResizable(true);
    diagramArea->setFrameShape(QFrame::NoFrame);
    diagramArea->setFocusPolicy(Qt::NoFocus);

    m_greetingView = makeReadOnlyText(
        QStringLiteral("greetingView"), tr("Greeting"),
        tr("What the server sent, with control characters shown as visible escapes."));
    m_greetingView->setMaximumBlockCount(1000);
    m_diagnosisView =
        makeReadOnlyText(QStringLiteral("diagnosisView"), tr("Diagnosis"),
                         tr("Why the connection failed, the evidence, and every next step."));
    m_detailsView = makeReadOnlyText(
        QStringLiteral("detailsView"), tr("Error details"),
        tr("The exact error: Qt's error name and text, the operating system's error name, the "
           "time it took and every address tried."));

    m_detailTabs->addTab(diagramArea, tr("On the &wire"));
    m_detailTabs->addTab(m_greetingView, tr("&Greeting"));
    m_detailTabs->addTab(m_diagnosisView, tr("W&hy, and what to do"));
    m_detailTabs->addTab(m_detailsView, tr("&Error details"));
    m_detailTabs->addTab(buildAttemptsView(), tr("&Addresses tried"));
    m_detailTabs->addTab(buildHistoryList(), tr("H&istory"));
    setGreeting({});
    return m_detailTabs;
}

QTableView *ClientWindow::buildAttemptsView()
{
    m_attemptsView = new QTableView;
    m_attemptsView->setObjectName(QStringLiteral("attemptsView"));
    m_attemptsView->setAccessibleName(tr("Addresses tried"));
    m_attemptsView->setAccessibleDescription(
        tr("One row per address tried: its outcome, Qt's and the operating system's error, and "
           "the time it took."));
    m_attemptsView->setModel(m_attemptModel);
    m_attemptsView->verticalHeader()->hide();
    m_attemptsView->horizontalHeader()->setStretchLastSection(true);
    m_attemptsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The table is part of the error report: Ctrl+C in it copies every row as text.
    TableText::addCopyAction(m_attemptsView);
    return m_attemptsView;
}

QListWidget *ClientWindow::buildHistoryList()
{
    m_historyList = new QListWidget;
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("History"));
    m_historyList->setAccessibleDescription(
        tr("Earlier runs, newest first. Enter runs the current one again; Ctrl+C copies the "
           "selected rows."));
    m_historyList->setToolTip(tr("Double-click or press Enter to run again."));
    // History rows are for pasting into a chat or a bug report as much as for re-running.
    m_historyList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyList->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *rerunAction = new QAction(tr("Run &again"), m_historyList);
    connect(rerunAction, &QAction::triggered, this,
            [this] { rerun(m_historyList->currentItem()); });
    auto *copyHistory = new QAction(tr("&Copy"), m_historyList);
    copyHistory->setShortcut(QKeySequence::Copy);
    copyHistory->setShortcutContext(Qt::WidgetShortcut);
    connect(copyHistory, &QAction::triggered, this, [this] {
        QStringList rows;
        for (int i = 0; i < m_historyList->count(); ++i) {
            if (m_historyList->item(i)->isSelected())
                rows << m_historyList->item(i)->text();
        }
        QApplication::clipboard()->setText(rows.join(QLatin1Char('\n')));
    });
    m_historyList->addAction(rerunAction);
    m_historyList->addAction(copyHistory);
    return m_historyList;
}

void ClientWindow::buildMenus()
{
    QMenu *viewMenu = AppMenus::build(
        this,
        {tr("BindLab Client"), tr("Copy &report"), QStringLiteral("copyReportAction"),
         tr("Forget recent targets, port, timeout and window size.")},
        [this] { copyReport(); }, [this] { resetSettings(); });
    m_presenterAction = m_presenter->addToggleTo(viewMenu);
    // In presenter mode the verdict is what the room reads: it grows beyond the rest.
    connect(m_presenterAction, &QAction::toggled, m_verdict, &VerdictPanel::setProminent);
    connect(m_presenter, &PresenterBar::reproduceRequested, this,
            [this] { runDemoStep(PresenterScript::Step::Bug); });
    connect(m_presenter, &PresenterBar::fixRequested, this,
            [this] { runDemoStep(PresenterScript::Step::Fix); });
}

void ClientWindow::setReadingOrder()
{
    // What to dial, then the verdict, then the evidence: the tab bar and the page shown follow
    // in the order they were made, and hidden pages drop out of the chain by themselves.
    const QList<QWidget *> order = {
        m_addressEdit, m_portEdit,
        m_timeoutSpin, m_bannerWaitSpin,
        m_sendEdit,    m_connectButton,
        m_verdict,     m_verdict->findChild<QPushButton *>(QStringLiteral("copyCommandButton"))};
    for (int i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void ClientWindow::connectSignals()
{
    connect(m_run, &ConnectRun::lookupFinished, this, &ClientWindow::onLookupFinished);
    connect(m_run, &ConnectRun::attemptStarted, this, &ClientWindow::onAttemptStarted);
    connect(m_run, &ConnectRun::attemptFinished, this, &ClientWindow::onAttemptFinished);
    connect(m_run, &ConnectRun::finished, this, &ClientWindow::onRunFinished);
    connect(m_run, &ConnectRun::explainStarted, this, &ClientWindow::onExplainStarted);
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &ClientWindow::onProgressTick);
    connect(m_addressEdit, &QLineEdit::textChanged, this, &ClientWindow::updatePreview);
    connect(m_portEdit, &QLineEdit::textChanged, this, &ClientWindow::updatePreview);
    connect(m_addressEdit, &QLineEdit::returnPressed, this, &ClientWindow::connectToTarget);
    connect(m_portEdit, &QLineEdit::returnPressed, this, &ClientWindow::connectToTarget);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        if (m_run->isRunning())
            cancel();
        else
            connectToTarget();
    });
    connect(m_historyList, &QListWidget::itemActivated, this, &ClientWindow::rerun);
    connect(m_verdict, &VerdictPanel::commandCopied, this, [this](const QString &command) {
        statusBar()->showMessage(tr("Copied: %1").arg(command));
    });
}

void ClientWindow::restoreSettings()
{
    const QSettings settings;
    QStringList recent = settings.value(kRecentTargetsKey).toStringList();
    recent.removeAll(QString());
    m_recentModel->setStringList(recent.mid(0, kMaxRecentTargets));
    // The command line wins over what was remembered, and that over the defaults.
    m_addressEdit->setText(!m_options.target.isEmpty() ? m_options.target
                                                       : recent.value(0, kDefaultAddress));
    m_portEdit->setText(!m_options.port.isEmpty()
                            ? m_options.port
                            : settings.value(kPortKey, kDefaultPort).toString());
    bool ok = false;
    const int timeout = settings.value(kTimeoutKey).toInt(&ok);
    if (!m_options.timeoutGiven && ok && timeout >= m_timeoutSpin->minimum() &&
        timeout <= m_timeoutSpin->maximum())
        m_timeoutSpin->setValue(timeout);
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resizeToDefault();
    m_detailTabs->setCurrentIndex(settings.value(kDetailTabKey, 0).toInt());
}

void ClientWindow::resizeToDefault()
{
    // A share of the screen, so a large screen gives the verdict and the diagram more room
    // and a laptop's 1024x768 still holds the whole window.
    const QSize screenSize = screen()->availableSize();
    const QSize wanted(qBound(760, screenSize.width() * 3 / 4, 1280),
                       qBound(600, screenSize.height() * 7 / 8, 960));
    resize(wanted.boundedTo(screenSize));
}

void ClientWindow::showIdle()
{
    Verdict idle;
    idle.outcome = tr("Ready");
    idle.cause = tr("Type the server's address and press Connect; the verdict appears here.");
    m_verdict->setVerdict(idle);
}

void ClientWindow::rememberTarget(const QString &target)
{
    QStringList recent = m_recentModel->stringList();
    recent.removeAll(target);
    recent.prepend(target);
    recent = recent.mid(0, kMaxRecentTargets);
    m_recentModel->setStringList(recent);
    QSettings settings;
    settings.setValue(kRecentTargetsKey, recent);
    settings.setValue(kPortKey, m_portEdit->text());
    settings.setValue(kTimeoutKey, m_timeoutSpin->value());
}

void ClientWindow::resetSettings()
{
    QSettings().clear();
    m_recentModel->setStringList({});
    m_addressEdit->setText(kDefaultAddress);
    m_portEdit->setText(kDefaultPort);
    m_timeoutSpin->setValue(ClientOptions().timeoutMs);
    if (isMaximized() || isFullScreen())
        showNormal();
    resizeToDefault();
    m_detailTabs->setCurrentIndex(0);
    statusBar()->showMessage(tr("Settings reset: recent targets forgotten, defaults restored."));
}

void ClientWindow::copyReport()
{
    QStringList lines = {m_verdict->spokenText()};
    if (!m_verdict->command().isEmpty())
        lines << m_verdict->command();
    lines << m_detailsView->toPlainText() << m_diagnosisView->toPlainText();
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ClientWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kDetailTabKey, m_detailTabs->currentIndex());
    QMainWindow::closeEvent(event);
}

void ClientWindow::updatePreview()
{
    const TargetParser::Result parsed =
        TargetParser::parse(m_addressEdit->text(), m_portEdit->text());
    if (parsed.ok()) {
        QString text = tr("Will dial %1").arg(parsed.target.dialText());
        for (const QString &note : parsed.target.notes)
            text += QLatin1Char('\n') + note;
        m_dialLabel->setText(text);
    } else {
        m_dialLabel->setText(tr("Will not dial: %1").arg(parsed.error));
    }
}

void ClientWindow::clearResults()
{
    m_attemptModel->clear();
    setGreeting({});
    m_detailsView->clear();
    m_diagnosisView->clear();
    m_handshake->clear();
}

void ClientWindow::connectToTarget()
{
    if (m_run->isRunning())
        return;
    clearResults();
    const TargetParser::Result parsed =
        TargetParser::parse(m_addressEdit->text(), m_portEdit->text());
    if (!parsed.ok()) {
        showRejection(parsed);
        return;
    }
    const EscapedText::Parsed send = EscapedText::parse(m_sendEdit->text());
    if (!send.ok()) {
        showSendError(send.error);
        return;
    }
    rememberTarget(m_addressEdit->text().trimmed());
    ConnectAttempt::Limits limits;
    limits.connectTimeoutMs = m_timeoutSpin->value();
    limits.readDeadlineMs = m_bannerWaitSpin->value();
    limits.send = send.bytes;
    m_runTimeoutMs = limits.connectTimeoutMs;
    m_addressCount = parsed.target.isLiteral() ? 1 : 0;
    m_attemptNumber = 0;
    m_dialling.clear();
    m_verdict->showBusy(tr("Connecting"), tr("To %1 …").arg(parsed.target.dialText()));
    statusBar()->showMessage(tr("Connecting to %1 …").arg(parsed.target.dialText()));
    setRunning(true);
    m_runClock.start();
    m_progressTimer.start();
    m_run->start(parsed.target, limits);
    onProgressTick();
}

void ClientWindow::showSendError(const QString &error)
{
    Verdict verdict;
    verdict.tone = Verdict::Tone::Failure;
    verdict.outcome = tr("Not dialled");
    verdict.cause = error;
    verdict.fix = tr("After a backslash write r, n, t, another backslash, or x and two hex "
                     "digits.");
    m_verdict->setVerdict(verdict);
    m_detailsView->setPlainText(error);
    statusBar()->showMessage(tr("Not dialled"));
    m_sendEdit->setFocus();
    m_verdict->announce();
}

void ClientWindow::showRejection(const TargetParser::Result &parsed)
{
    const Diagnosis diagnosis = Diagnosis::ofRejection(parsed);
    m_verdict->setVerdict(Verdict::of(diagnosis, parsed.target));
    m_detailsView->setPlainText(parsed.error);
    m_diagnosisView->setPlainText(RunReport::diagnosisLines(diagnosis).join(QLatin1Char('\n')));
    m_handshake->setTrace(HandshakeTrace::nothingSent(
        PeerText::escape(parsed.target.input.toUtf8()), diagnosis.causeCode(), parsed.error));
    statusBar()->showMessage(tr("Not dialled"));
    m_verdict->announce();
}

void ClientWindow::cancel()
{
    m_run->cancel();
}

void ClientWindow::onLookupFinished(const QList<QHostAddress> &addresses)
{
    m_addressCount = int(addresses.size());
}

void ClientWindow::onAttemptStarted(const QHostAddress &address, quint16 port)
{
    ++m_attemptNumber;
    m_dialling = AddressText::withPort(address, port);
    m_attemptClock.start();
    // Drawn live: the SYN is out and nothing has come back yet.
    HandshakeTrace waiting;
    waiting.clientLabel = tr("This machine");
    waiting.serverLabel = m_dialling;
    waiting.steps << HandshakeTrace::Step{HandshakeTrace::Kind::Packet,
                                          HandshakeTrace::Party::Client,
                                          HandshakeTrace::Party::Server, tr("SYN"), 0}
                  << HandshakeTrace::Step{HandshakeTrace::Kind::Silence,
                                          HandshakeTrace::Party::Server,
                                          HandshakeTrace::Party::Client, tr("no answer yet"), 0};
    waiting.caption = tr("SYN sent to %1, waiting for an answer.").arg(m_dialling);
    m_handshake->setTrace(waiting);
    onProgressTick();
}

void ClientWindow::onExplainStarted(const QHostAddress &address, quint16 port)
{
    // The refusal is in: the wire shows it while the server is asked why.
    if (const AttemptResult *a = m_run->result().decisive())
        m_handshake->setTrace(
            HandshakeTrace::fromAttempt(*a, Diagnosis::codeOf(Diagnosis::Cause::RemoteRefused)));
    m_dialling = AddressText::withPort(address, port);
    // The question has its own short bound, after the connect time.
    m_runTimeoutMs =
        int(qMax<qint64>(m_runTimeoutMs, m_runClock.elapsed() + m_run->explainTimeout()));
    onProgressTick();
}

void ClientWindow::onProgressTick()
{
    if (!m_run->isRunning())
        return;
    if (m_run->isAsking()) {
        m_verdict->setProgress(m_runClock.elapsed(), m_runTimeoutMs,
                               tr("Refused by %1. Asking the server why …").arg(m_dialling));
        return;
    }
    const QString step = m_dialling.isEmpty() ? tr("Looking up the name …")
                                              : tr("Trying %1 (address %2 of %3)")
                                                    .arg(m_dialling)
                                                    .arg(m_attemptNumber)
                                                    .arg(qMax(m_addressCount, m_attemptNumber));
    m_verdict->setProgress(m_runClock.elapsed(), m_runTimeoutMs, step);
    if (!m_dialling.isEmpty() && m_handshake->trace().steps.size() == 2 &&
        m_handshake->trace().steps.last().kind == HandshakeTrace::Kind::Silence) {
        HandshakeTrace live = m_handshake->trace();
        live.steps.last().atUsecs = m_attemptClock.nsecsElapsed() / 1000;
        m_handshake->setTrace(live);
    }
}

void ClientWindow::onAttemptFinished(const AttemptResult &attempt)
{
    m_attemptModel->append(attempt);
    // Addresses and error names are shown whole (a long scoped IPv6 address too); the table
    // scrolls sideways rather than eliding them.
    m_attemptsView->resizeColumnsToContents();
}

void ClientWindow::runDemoStep(PresenterScript::Step step)
{
    if (m_run->isRunning())
        return;
    // Both steps dial the same network address: what changes between them is the server.
    m_addressEdit->setText(PresenterScript::demoTarget(m_options.demoTarget));
    m_demoStep = int(step);
    m_presenter->setCaption(tr("Connecting to %1 …").arg(m_addressEdit->text()));
    connectToTarget();
    if (!m_run->isRunning())
        m_demoStep = -1;
}

void ClientWindow::onRunFinished(const RunResult &run)
{
    m_progressTimer.stop();
    setRunning(false);
    if (m_demoStep >= 0) {
        m_presenter->setCaption(
            PresenterScript::clientCaption(PresenterScript::Step(m_demoStep), run.ok()));
        m_demoStep = -1;
    }
    const Diagnosis diagnosis = Diagnosis::ofRun(run, Diagnosis::LocalFacts::gather(run));
    const AttemptResult *decisive = run.decisive();
    Verdict verdict = Verdict::of(diagnosis, run.target,
                                  decisive ? decisive->service() : AttemptResult::Service::None);
    if (decisive && decisive->connected) {
        const QString greeting = PeerText::escape(decisive->received, PeerText::Lines::Kept);
        setGreeting(greeting);
        if (run.ok()) {
            const QString quote = PeerText::escape(decisive->received);
            verdict.fix = tr("It said: %1")
                              .arg(quote.size() > kGreetingQuoteChars
                                       ? quote.left(kGreetingQuoteChars) + QStringLiteral("…")
                                       : quote);
        }
    }
    m_verdict->setVerdict(verdict);
    showDetails(run, diagnosis);
    addHistoryRow(run, diagnosis);
    statusBar()->showMessage(RunReport::headline(run));
    m_verdict->announce();
}

void ClientWindow::showDetails(const RunResult &run, const Diagnosis &diagnosis)
{
    QStringList details = RunReport::errorFacts(run);
    if (run.ok())
        details << tr("Time: %1").arg(RunReport::milliseconds(run.elapsedUsecs));
    details << RunReport::attemptLines(run);
    details << explainLines(run, diagnosis);
    m_detailsView->setPlainText(details.join(QLatin1Char('\n')));
    m_diagnosisView->setPlainText(RunReport::diagnosisLines(diagnosis).join(QLatin1Char('\n')));
    if (const AttemptResult *a = run.decisive())
        m_handshake->setTrace(HandshakeTrace::fromAttempt(*a, diagnosis.causeCode()));
    else
        m_handshake->setTrace(
            HandshakeTrace::nothingSent(run.target.host, diagnosis.causeCode(), diagnosis.summary));
}

QStringList ClientWindow::explainLines(const RunResult &run, const Diagnosis &diagnosis)
{
    if (!run.explain)
        return {};
    const ExplainQuery::Result &e = *run.explain;
    QStringList lines = {
        tr("Asked the server why at UDP %1: %2 after %3 ms.")
            .arg(AddressText::withPort(e.host, e.port), ExplainQuery::outcomeCode(e.outcome))
            .arg(QString::number(double(e.elapsedUsecs) / 1000.0, 'f', 3))};
    if (!e.detail.isEmpty())
        lines << e.detail;
    if (!diagnosis.confirmedByServer)
        return lines;
    const ExplainMessage::Facts &f = diagnosis.serverAnswer.facts;
    lines << tr("Confirmed by the server (%1).")
                 .arg(ExplainMessage::causeCode(diagnosis.serverAnswer.cause))
          << tr("It listens on: %1, TCP port %2").arg(ExplainMessage::listenText(f)).arg(f.port)
          << tr("Its bind choice: %1").arg(PeerText::escape(f.choiceKey.toUtf8()));
    // A server that names no hostname has nothing to say about what it resolves to.
    if (f.hostName.isEmpty())
        return lines;
    QStringList resolved;
    for (const QHostAddress &r : f.hostAddresses)
        resolved << AddressText::plain(r);
    lines << tr("Its hostname: %1").arg(PeerText::escape(f.hostName.toUtf8()))
          << tr("Which resolves there to: %1")
                 .arg(resolved.isEmpty() ? tr("no address") : resolved.join(QLatin1String(", ")));
    return lines;
}

void ClientWindow::addHistoryRow(const RunResult &run, const Diagnosis &diagnosis)
{
    auto *item = new QListWidgetItem(
        tr("%1  %2 → %3 (%4)")
            .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), run.target.dialText(),
                 diagnosis.causeCode(), RunReport::milliseconds(run.elapsedUsecs)));
    item->setData(kTargetRole, run.target.input);
    item->setData(kPortRole, m_portEdit->text());
    m_historyList->insertItem(0, item);
}

void ClientWindow::setGreeting(const QString &escaped)
{
    m_greetingView->setPlainText(escaped);
    // An empty greeting takes no room: its tab is there only when something was received.
    m_detailTabs->setTabVisible(m_detailTabs->indexOf(m_greetingView), !escaped.isEmpty());
}

void ClientWindow::rerun(QListWidgetItem *item)
{
    if (!item || m_run->isRunning())
        return;
    m_addressEdit->setText(item->data(kTargetRole).toString());
    m_portEdit->setText(item->data(kPortRole).toString());
    connectToTarget();
}

void ClientWindow::setRunning(bool running)
{
    m_connectButton->setText(running ? tr("&Cancel") : tr("&Connect"));
    m_addressEdit->setReadOnly(running);
    m_portEdit->setReadOnly(running);
    m_timeoutSpin->setEnabled(!running);
    m_bannerWaitSpin->setEnabled(!running);
    m_sendEdit->setReadOnly(running);
}
