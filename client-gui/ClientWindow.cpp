#include "ClientWindow.h"

#include "AttemptTableModel.h"
#include "HandshakeDiagram.h"
#include "PresenterBar.h"
#include "TableText.h"
#include "client/ConnectRun.h"
#include "client/RunReport.h"
#include "diagnosis/Diagnosis.h"
#include "net/PeerText.h"
#include "net/TargetParser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
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
const QString kDefaultPort = QStringLiteral("12397");
// Tall enough for every result section to show a few lines; never more than the screen has.
constexpr QSize kDefaultSize(820, 960);
constexpr int kMaxRecentTargets = 10;

// QSettings keys (organization BindLab, application bindlab-client).
const QString kRecentTargetsKey = QStringLiteral("recentTargets");
const QString kPortKey = QStringLiteral("port");
const QString kTimeoutKey = QStringLiteral("timeoutMs");
const QString kGeometryKey = QStringLiteral("geometry");
const QString kSplitterKey = QStringLiteral("splitter");

} // namespace

ClientWindow::ClientWindow(const ClientOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_run(new ConnectRun(this))
    , m_attemptModel(new AttemptTableModel(this))
    , m_recentModel(new QStringListModel(this))
{
    setWindowTitle(tr("BindLab Client"));
    buildUi();
    restoreSettings();
    connect(m_run, &ConnectRun::attemptFinished, this, &ClientWindow::onAttemptFinished);
    connect(m_run, &ConnectRun::finished, this, &ClientWindow::onRunFinished);
    m_presenterAction->setChecked(options.presenter);
    if (options.connectNow && !options.target.isEmpty())
        QMetaObject::invokeMethod(this, &ClientWindow::connectToTarget, Qt::QueuedConnection);
}

ClientWindow::~ClientWindow() = default;

void ClientWindow::buildUi()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_presenter = new PresenterBar(this);
    m_presenter->setHalf(PresenterBar::Half::Right); // side by side: the server takes the left
    layout->addWidget(m_presenter);

    auto *form = new QFormLayout;
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
    auto *addressLabel = new QLabel(tr("&Server address:"));
    addressLabel->setBuddy(m_addressEdit);
    form->addRow(addressLabel, m_addressEdit);

    m_portEdit = new QLineEdit;
    m_portEdit->setObjectName(QStringLiteral("portEdit"));
    m_portEdit->setAccessibleName(tr("Port"));
    m_portEdit->setAccessibleDescription(
        tr("The server's TCP port, 1 to 65535; a port in the address itself wins."));
    m_portEdit->setMaxLength(16);
    auto *portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_portEdit);
    form->addRow(portLabel, m_portEdit);

    m_timeoutSpin = new QSpinBox;
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeoutSpin->setRange(1, 600000);
    m_timeoutSpin->setSingleStep(500);
    m_timeoutSpin->setSuffix(tr(" ms"));
    m_timeoutSpin->setValue(m_options.timeoutMs);
    m_timeoutSpin->setAccessibleName(tr("Connect timeout"));
    m_timeoutSpin->setAccessibleDescription(
        tr("How long to wait for each address to accept the connection, in milliseconds."));
    auto *timeoutLabel = new QLabel(tr("&Timeout:"));
    timeoutLabel->setBuddy(m_timeoutSpin);
    form->addRow(timeoutLabel, m_timeoutSpin);
    layout->addLayout(form);

    m_dialLabel = new QLabel;
    m_dialLabel->setObjectName(QStringLiteral("dialLabel"));
    m_dialLabel->setAccessibleName(tr("What will be dialled"));
    m_dialLabel->setAccessibleDescription(
        tr("The exact address and port the typed text becomes, before anything is sent."));
    m_dialLabel->setTextFormat(Qt::PlainText);
    m_dialLabel->setWordWrap(true);
    m_dialLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_dialLabel);

    m_connectButton = new QPushButton(tr("&Connect"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleDescription(
        tr("Connects to the address and port above; while connecting, cancels."));
    m_connectButton->setDefault(true);
    layout->addWidget(m_connectButton, 0, Qt::AlignLeft);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Result"));
    m_statusLabel->setAccessibleDescription(tr("The outcome of the last connection attempt."));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headline = m_statusLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.25);
    m_statusLabel->setFont(headline);
    layout->addWidget(m_statusLabel);

    m_greetingView = makeReadOnlyText(
        QStringLiteral("greetingView"), tr("Greeting"),
        tr("What the server sent, with control characters shown as visible escapes."));
    m_greetingView->setMaximumBlockCount(1000);
    m_detailsView = makeReadOnlyText(
        QStringLiteral("detailsView"), tr("Error details"),
        tr("The exact error: Qt's error name and text, the operating system's error name, the "
           "time it took and every address tried."));
    m_diagnosisView =
        makeReadOnlyText(QStringLiteral("diagnosisView"), tr("Diagnosis"),
                         tr("Why the connection failed, the evidence, and what to do next."));
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
    // Tab leaves the table (arrows move inside it), so keyboard users are never trapped in it.
    m_attemptsView->setTabKeyNavigation(false);
    m_historyList = new QListWidget;
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("History"));
    m_historyList->setAccessibleDescription(
        tr("Earlier runs, newest first. Enter runs the current one again; Ctrl+C copies the "
           "selected rows."));
    m_historyList->setToolTip(tr("Double-click or press Enter to run again."));

    const auto group = [](const QString &title, QWidget *inner) {
        auto *box = new QGroupBox(title);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        boxLayout->addWidget(inner);
        return box;
    };
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("resultSplitter"));
    m_splitter = splitter;
    splitter->addWidget(group(tr("Greeting"), m_greetingView));
    splitter->addWidget(group(tr("Error details"), m_detailsView));
    splitter->addWidget(group(tr("Why, and what to do"), m_diagnosisView));
    m_handshake = new HandshakeDiagram;
    splitter->addWidget(group(tr("On the wire"), m_handshake));
    splitter->addWidget(group(tr("Addresses tried"), m_attemptsView));
    splitter->addWidget(group(tr("History"), m_historyList));
    // The sections' own minimums add up to more than a small or 200 %-scaled screen is tall;
    // below this the splitter folds sections away instead, and dragging brings them back.
    splitter->setMinimumHeight(fontMetrics().height() * 12);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    auto *copyReport = editMenu->addAction(tr("Copy &report"), this, &ClientWindow::copyReport);
    copyReport->setObjectName(QStringLiteral("copyReportAction"));
    copyReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    editMenu->addSeparator();
    auto *reset = editMenu->addAction(tr("Re&set settings"), this, &ClientWindow::resetSettings);
    reset->setObjectName(QStringLiteral("resetSettingsAction"));
    reset->setStatusTip(tr("Forget recent targets, port, timeout and window size."));
    m_presenterAction = m_presenter->addToggleTo(menuBar()->addMenu(tr("&View")));
    connect(m_presenter, &PresenterBar::reproduceRequested, this,
            [this] { runDemoStep(PresenterScript::Step::Bug); });
    connect(m_presenter, &PresenterBar::fixRequested, this,
            [this] { runDemoStep(PresenterScript::Step::Fix); });
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *about = helpMenu->addAction(tr("&About BindLab Client"), this, [this] {
        QMessageBox::about(
            this, tr("About BindLab Client"),
            tr("BindLab Client %1 (Qt %2)\nMakes \"Connection refused\" visible, "
               "reproducible and explained.\nLicence: MIT.")
                .arg(QStringLiteral(BINDLAB_VERSION), QString::fromLatin1(qVersion())));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    auto *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));

    // The table is part of the error report: Ctrl+C in it copies every row as text.
    auto *copyAttempts = new QAction(tr("&Copy"), m_attemptsView);
    copyAttempts->setShortcut(QKeySequence::Copy);
    copyAttempts->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAttempts, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(TableText::of(*m_attemptModel)); });
    m_attemptsView->addAction(copyAttempts);
    m_attemptsView->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Top to bottom, the order the eye reads: what to dial, then what happened, then history.
    const QList<QWidget *> tabOrder = {m_addressEdit,   m_portEdit,     m_timeoutSpin,
                                       m_connectButton, m_greetingView, m_detailsView,
                                       m_diagnosisView, m_attemptsView, m_historyList};
    for (int i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

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
    updatePreview();
    setRunning(false);
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
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        setDefaultSectionSizes();
}

void ClientWindow::resizeToDefault()
{
    resize(kDefaultSize.boundedTo(screen()->availableSize()));
}

void ClientWindow::setDefaultSectionSizes()
{
    // In lines of text, scaled to whatever room there is: the explanation and the diagram get
    // the most, a greeting is a line or two.
    const int line = fontMetrics().height();
    m_splitter->setSizes({2 * line, 6 * line, 6 * line, 11 * line, 4 * line, 4 * line});
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
    setDefaultSectionSizes();
    statusBar()->showMessage(tr("Settings reset: recent targets forgotten, defaults restored."));
}

void ClientWindow::copyReport()
{
    QApplication::clipboard()->setText(m_statusLabel->text() + QLatin1Char('\n') +
                                       m_detailsView->toPlainText() + QLatin1Char('\n') +
                                       m_diagnosisView->toPlainText());
}

void ClientWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
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

void ClientWindow::connectToTarget()
{
    if (m_run->isRunning())
        return;
    m_attemptModel->clear();
    m_greetingView->clear();
    m_detailsView->clear();
    m_diagnosisView->clear();
    m_handshake->clear();
    const TargetParser::Result parsed =
        TargetParser::parse(m_addressEdit->text(), m_portEdit->text());
    if (!parsed.ok()) {
        const Diagnosis diagnosis = Diagnosis::ofRejection(parsed);
        m_statusLabel->setText(tr("Not dialled"));
        m_detailsView->setPlainText(parsed.error);
        m_diagnosisView->setPlainText(RunReport::diagnosisLines(diagnosis).join(QLatin1Char('\n')));
        m_handshake->setTrace(HandshakeTrace::nothingSent(
            PeerText::escape(parsed.target.input.toUtf8()), diagnosis.causeCode(), parsed.error));
        return;
    }
    rememberTarget(m_addressEdit->text().trimmed());
    ConnectAttempt::Limits limits;
    limits.connectTimeoutMs = m_timeoutSpin->value();
    limits.readDeadlineMs = m_options.readTimeoutMs;
    m_statusLabel->setText(tr("Connecting to %1 …").arg(parsed.target.dialText()));
    setRunning(true);
    m_run->start(parsed.target, limits);
}

void ClientWindow::cancel()
{
    m_run->cancel();
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
    setRunning(false);
    if (m_demoStep >= 0) {
        m_presenter->setCaption(
            PresenterScript::clientCaption(PresenterScript::Step(m_demoStep), run.ok()));
        m_demoStep = -1;
    }
    const Diagnosis diagnosis = Diagnosis::ofRun(run, Diagnosis::LocalFacts::gather(run));
    m_statusLabel->setText(RunReport::headline(run));
    if (const AttemptResult *a = run.decisive(); a && a->connected)
        m_greetingView->setPlainText(PeerText::escape(a->received, PeerText::Lines::Kept));
    QStringList details = RunReport::errorFacts(run);
    if (run.ok())
        details << tr("Time: %1").arg(RunReport::milliseconds(run.elapsedUsecs));
    details << RunReport::attemptLines(run);
    m_detailsView->setPlainText(details.join(QLatin1Char('\n')));
    m_diagnosisView->setPlainText(RunReport::diagnosisLines(diagnosis).join(QLatin1Char('\n')));
    if (const AttemptResult *a = run.decisive())
        m_handshake->setTrace(HandshakeTrace::fromAttempt(*a, diagnosis.causeCode()));
    else
        m_handshake->setTrace(
            HandshakeTrace::nothingSent(run.target.host, diagnosis.causeCode(), diagnosis.summary));

    auto *item = new QListWidgetItem(
        tr("%1  %2 → %3 (%4)")
            .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), run.target.dialText(),
                 diagnosis.causeCode(), RunReport::milliseconds(run.elapsedUsecs)));
    item->setData(kTargetRole, run.target.input);
    item->setData(kPortRole, m_portEdit->text());
    m_historyList->insertItem(0, item);
    statusBar()->showMessage(RunReport::headline(run));
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
}
