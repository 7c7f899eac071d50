#include "ServerWindow.h"

#include "AppMenus.h"
#include "BindChoiceComboBox.h"
#include "ConnectionLogModel.h"
#include "PresenterBar.h"
#include "ReachabilityMapView.h"
#include "ReachabilityModel.h"
#include "ServerVerdictPanel.h"
#include "TableText.h"
#include "net/AddressText.h"
#include "reachability/ReachabilityMap.h"
#include "server/BindChoices.h"
#include "server/ConnectionLog.h"
#include "server/ExplainService.h"
#include "server/GreetingServer.h"
#include "server/ServerSession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkInterface>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace {

QLabel *makeTextLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    // Everything here can hold addresses and errors people want to copy; none of it is HTML.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Warnings and errors keep their hue on any palette: dark text on a light window, light text on
// a dark one (a fixed colour would vanish on one of them).
QColor toneColour(const QPalette &palette, int hue)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHsl(hue, 200, dark ? 175 : 85);
}

constexpr int kWarningHue = 30;
constexpr int kErrorHue = 0;
constexpr QSize kDefaultSize(960, 720);

// QSettings keys (organization BindLab, application bindlab-server).
const QString kBindKey = QStringLiteral("bind");
const QString kPortKey = QStringLiteral("port");
const QString kGreetingKey = QStringLiteral("greeting");
const QString kGeometryKey = QStringLiteral("geometry");
const QString kExplainKey = QStringLiteral("explain");

} // namespace

ServerWindow::ServerWindow(const ServerOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_session(new ServerSession(this))
    , m_server(m_session->server())
    , m_log(new ConnectionLog(this))
    , m_logModel(new ConnectionLogModel(m_log, this))
    , m_logTimer(new QTimer(this))
    , m_reachModel(new ReachabilityModel(this))
    , m_interfacePoll(new QTimer(this))
{
    setWindowTitle(tr("BindLab Server"));
    buildUi();
    restoreSettings();

    // The probe's own connections are logged like any other, marked so nobody takes them for
    // clients.
    connect(m_session, &ServerSession::connectionServed, m_log, &ConnectionLog::append);
    connect(m_session, &ServerSession::refusedVisitor, this, &ServerWindow::onRefusedVisitor);
    connect(m_session, &ServerSession::explainChanged, this, &ServerWindow::updateExplainStatus);
    connect(m_session, &ServerSession::reachabilityProved, this,
            &ServerWindow::onReachabilityProved);
    // Interfaces come and go without any signal: a cheap look every few seconds.
    connect(m_interfacePoll, &QTimer::timeout, this, &ServerWindow::pollInterfaces);
    m_interfacePoll->start(5000);
    // Paused accepting, a vanished address: shown until a notice that all is well replaces it.
    connect(m_session, &ServerSession::notice, this, [this](const ServerNotice &notice) {
        m_errorLabel->setText(notice.isProblem() ? notice.message() : QString());
        statusBar()->showMessage(notice.message());
        updateVerdict();
    });
    connect(m_logTimer, &QTimer::timeout, this, &ServerWindow::refreshLog);
    m_logTimer->start(100);

    m_startWhenReady = options.start;
    m_presenterAction->setChecked(options.presenter);
    refreshChoices();
}

ServerWindow::~ServerWindow()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void ServerWindow::buildUi()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_presenter = new PresenterBar(this);
    layout->addWidget(m_presenter);
    // Read top to bottom: where to listen, then the verdict right under it, then the map and
    // the log sharing what is left.
    layout->addLayout(buildControls());
    layout->addWidget(buildVerdictPanel());
    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("mapLogSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(buildReachabilityPanel());
    m_split->addWidget(buildLogPanel());
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);
    setCentralWidget(central);

    QMenu *viewMenu = AppMenus::build(
        this,
        {tr("BindLab Server"), tr("Copy &log"), QStringLiteral("copyLogAction"),
         tr("Forget the bind choice, port, greeting and window size.")},
        [this] { copyLog(); }, [this] { resetSettings(); });
    m_presenterAction = m_presenter->addToggleTo(viewMenu);
    connect(m_presenter, &PresenterBar::reproduceRequested, this,
            [this] { runDemoStep(PresenterScript::Step::Bug); });
    connect(m_presenter, &PresenterBar::fixRequested, this,
            [this] { runDemoStep(PresenterScript::Step::Fix); });

    // Top to bottom, the order the eye reads: where to listen, Start, then what happened.
    const QList<QWidget *> tabOrder = {m_bindCombo,    m_refreshButton,  m_portSpin,
                                       m_greetingEdit, m_startButton,    m_explainCheck,
                                       m_verdict,      m_applyFixButton, m_reachRefreshButton,
                                       m_reachTabs,    m_reachView,      m_logView};
    for (int i = 1; i < tabOrder.size(); ++i)
        QWidget::setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_refreshButton, &QPushButton::clicked, this, &ServerWindow::refreshChoices);
    connect(m_bindCombo, &BindChoiceComboBox::aboutToShowPopup, this,
            &ServerWindow::refreshChoices);
    connect(m_bindCombo, &QComboBox::currentIndexChanged, this, &ServerWindow::onChoiceChanged);
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (m_server->isListening())
            stop();
        else
            start();
    });
    // After Start or Stop the verdict takes the focus, so a screen reader reads it.
    connect(m_startButton, &QPushButton::clicked, this, &ServerWindow::announceVerdict);
    // Saved only when a person changes it: --no-explain is for one run, not remembered.
    connect(m_explainCheck, &QCheckBox::clicked, this,
            [](bool checked) { QSettings().setValue(kExplainKey, checked); });
    connect(m_applyFixButton, &QPushButton::clicked, this, [this] {
        runDemoStep(PresenterScript::Step::Fix);
        announceVerdict();
    });
    connect(m_presenter, &PresenterBar::activeChanged, this, &ServerWindow::applyPresenterLayout);
    updateState();
}

QLayout *ServerWindow::buildControls()
{
    m_bindCombo = new BindChoiceComboBox;
    m_bindCombo->setObjectName(QStringLiteral("bindCombo"));
    m_bindCombo->setAccessibleName(tr("Listen on"));
    m_bindCombo->setAccessibleDescription(
        tr("The address to listen on: all interfaces, IPv4 or IPv6 only, loopback, this "
           "machine's hostname, or one interface's own address."));
    m_refreshButton = new QPushButton(tr("&Refresh"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Read this machine's interfaces and hostname again."));
    m_refreshButton->setAccessibleDescription(m_refreshButton->toolTip());
    auto *bindLabel = new QLabel(tr("&Listen on:"));
    bindLabel->setBuddy(m_bindCombo);

    m_portSpin = new QSpinBox;
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("0 (any free port)"));
    m_portSpin->setValue(m_options.port);
    m_portSpin->setAccessibleName(tr("Port"));
    m_portSpin->setAccessibleDescription(
        tr("The TCP port to listen on; 0 lets the system pick a free one."));
    auto *portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_portSpin);

    m_greetingEdit = new QLineEdit(m_options.greeting);
    m_greetingEdit->setObjectName(QStringLiteral("greetingEdit"));
    m_greetingEdit->setMaxLength(65536);
    m_greetingEdit->setAccessibleName(tr("Greeting"));
    m_greetingEdit->setAccessibleDescription(
        tr("The text sent to every client that connects, before the connection is closed."));
    auto *greetingLabel = new QLabel(tr("&Greeting:"));
    greetingLabel->setBuddy(m_greetingEdit);

    m_startButton = new QPushButton(tr("&Start"));
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    m_startButton->setAccessibleDescription(
        tr("Starts listening on the chosen address and port; while listening, stops."));

    // Two rows instead of four: the bind choice across the width, then port, greeting and
    // Start, which sits at the end of the row the eye finishes on.
    auto *grid = new QGridLayout;
    grid->addWidget(bindLabel, 0, 0);
    grid->addWidget(m_bindCombo, 0, 1, 1, 3);
    grid->addWidget(m_refreshButton, 0, 4);
    grid->addWidget(portLabel, 1, 0);
    grid->addWidget(m_portSpin, 1, 1);
    grid->addWidget(greetingLabel, 1, 2);
    grid->addWidget(m_greetingEdit, 1, 3);
    grid->addWidget(m_startButton, 1, 4);
    grid->addWidget(buildExplainCheck(), 2, 1, 1, 3);
    grid->setColumnStretch(3, 1);
    return grid;
}

QCheckBox *ServerWindow::buildExplainCheck()
{
    m_explainCheck = new QCheckBox(tr("E&xplain refusals to clients (UDP)"));
    m_explainCheck->setObjectName(QStringLiteral("explainCheck"));
    m_explainCheck->setChecked(m_options.explain);
    m_explainCheck->setToolTip(
        tr("While listening, answer a BindLab client that this machine refused with why (on UDP "
           "at the same port number), and show who was refused in the log and on the map. "
           "Applies at Start: stop the server to change it."));
    m_explainCheck->setAccessibleDescription(m_explainCheck->toolTip());
    return m_explainCheck;
}

QWidget *ServerWindow::buildVerdictPanel()
{
    m_verdict = new ServerVerdictPanel;
    // The labels keep their own text as what a screen reader reads: no accessible name that
    // would replace it.
    m_statusLabel = makeTextLabel(QStringLiteral("statusLabel"));
    m_warningLabel = makeTextLabel(QStringLiteral("warningLabel"));
    m_reachLabel = makeTextLabel(QStringLiteral("reachLabel"));
    m_errorLabel = makeTextLabel(QStringLiteral("errorLabel"));
    m_explainLabel = makeTextLabel(QStringLiteral("explainLabel"));
    QFont bold = m_warningLabel->font();
    bold.setBold(true);
    m_warningLabel->setFont(bold);
    m_errorLabel->setFont(bold);
    applyTones();
    for (QLabel *label :
         {m_statusLabel, m_explainLabel, m_warningLabel, m_reachLabel, m_errorLabel})
        m_verdict->addLine(label);
    m_applyFixButton = new QPushButton;
    m_applyFixButton->setObjectName(QStringLiteral("applyFixButton"));
    m_applyFixButton->setAccessibleDescription(
        tr("Restarts the server on all interfaces, on the same port and with the same greeting, "
           "so the refused clients' next attempts are greeted."));
    m_applyFixButton->setToolTip(m_applyFixButton->accessibleDescription());
    m_applyFixButton->setVisible(false);
    m_verdict->addButton(m_applyFixButton);
    return m_verdict;
}

QWidget *ServerWindow::buildLogPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_totalLabel = makeTextLabel(QStringLiteral("totalLabel"));
    layout->addWidget(m_totalLabel);
    m_logView = new QTableView;
    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setModel(m_logModel);
    m_logView->setAccessibleName(tr("Connections"));
    m_logView->setAccessibleDescription(
        tr("One row per connection: when, from which peer address, to which local address, and "
           "what happened. Ctrl+C copies the table."));
    TableText::addCopyAction(m_logView);
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    // resizeColumnsToContents() measures up to 1,000 rows by default, in and out of view: with a
    // full log that was 4,000 text layouts every refresh, 30-40 ms stalls and twice the CPU
    // per connection under load (bench/run.py). The visible rows are what the reader sees.
    m_logView->horizontalHeader()->setResizeContentsPrecision(0);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Empty, the columns are as wide as their headings, so no heading is cut before the
    // first connection.
    m_logView->resizeColumnsToContents();
    layout->addWidget(m_logView, 1);
    return panel;
}

void ServerWindow::restoreSettings()
{
    const QSettings settings;
    // The command line wins over what was remembered, and that over the defaults. The bind
    // choice is applied once the choices are known (onHostnameResolved).
    bool ok = false;
    const int port = settings.value(kPortKey).toInt(&ok);
    if (!m_options.portGiven && ok && port >= 0 && port <= 65535)
        m_portSpin->setValue(port);
    if (!m_options.greetingGiven && settings.contains(kGreetingKey))
        m_greetingEdit->setText(settings.value(kGreetingKey).toString());
    if (!m_options.explainGiven)
        m_explainCheck->setChecked(settings.value(kExplainKey, true).toBool());
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(kDefaultSize.boundedTo(screen()->availableSize()));
    // Full screen is presenter mode's to decide, not a remembered geometry's.
    setWindowState(windowState() & ~Qt::WindowFullScreen);
}

void ServerWindow::rememberChoices()
{
    QSettings settings;
    settings.setValue(kBindKey, m_bindCombo->currentChoice().key);
    settings.setValue(kPortKey, m_portSpin->value());
    settings.setValue(kGreetingKey, m_greetingEdit->text());
}

void ServerWindow::resetSettings()
{
    QSettings().clear();
    const ServerOptions defaults;
    if (!m_server->isListening()) {
        m_bindCombo->selectKey(defaults.bind);
        m_portSpin->setValue(defaults.port);
        m_greetingEdit->setText(defaults.greeting);
        m_explainCheck->setChecked(defaults.explain);
    }
    if (isMaximized() || isFullScreen())
        showNormal();
    resize(kDefaultSize.boundedTo(screen()->availableSize()));
    statusBar()->showMessage(tr("Settings reset: defaults restored."));
}

void ServerWindow::copyLog()
{
    QStringList lines;
    for (const QLabel *label : {m_statusLabel, m_reachLabel, m_errorLabel, m_totalLabel}) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                                       TableText::of(*m_logModel));
}

void ServerWindow::applyTones()
{
    for (const auto &[label, hue] :
         {std::pair{m_warningLabel, kWarningHue}, std::pair{m_errorLabel, kErrorHue}}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, toneColour(this->palette(), hue));
        label->setPalette(palette);
    }
}

void ServerWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // A theme switch (light to dark or back) arrives as a palette change.
    if (event->type() == QEvent::PaletteChange && m_warningLabel)
        applyTones();
}

void ServerWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

void ServerWindow::refreshChoices()
{
    // The hostname is looked up asynchronously: a slow resolver must not freeze the window.
    if (m_lookupId >= 0)
        return;
    m_lookupId =
        QHostInfo::lookupHost(QHostInfo::localHostName(), this, &ServerWindow::onHostnameResolved);
}

void ServerWindow::onHostnameResolved(const QHostInfo &info)
{
    m_lookupId = -1;
    QHostInfo named = info;
    named.setHostName(QHostInfo::localHostName());
    const bool first = !m_hostnameKnown;
    m_bindCombo->setChoices(BindChoices::enumerate(QNetworkInterface::allInterfaces(), named));
    // Told to refused clients, so one who dialled the name learns what it resolves to here.
    m_session->setHostFacts(named.hostName(), named.addresses());
    m_hostnameKnown = true;
    if (first) {
        // A remembered choice may be gone (another network, a removed interface): then the
        // default, silently. A choice given on the command line is looked up and explained.
        const QString remembered = QSettings().value(kBindKey).toString();
        if (m_options.bindGiven || remembered.isEmpty() || !m_bindCombo->selectKey(remembered))
            selectGivenChoice();
    }
    onChoiceChanged();
    if (m_startWhenReady) {
        m_startWhenReady = false;
        start();
    }
}

void ServerWindow::selectGivenChoice()
{
    const BindChoices::Lookup lookup = BindChoices::find(m_options.bind, m_bindCombo->choices());
    if (!lookup.error.isEmpty()) {
        // Said and kept, and --start waits for the user: listening anywhere else instead would
        // hide the mistake behind a server that seems to work.
        m_errorLabel->setText(lookup.error);
        m_startWhenReady = false;
        return;
    }
    if (m_bindCombo->selectKey(lookup.choice.key))
        return;
    // An address this machine does not have: offered as typed, so Start shows the operating
    // system's exact error, as the headless server does.
    m_bindCombo->setChoices(m_bindCombo->choices() << lookup.choice);
    m_bindCombo->selectKey(lookup.choice.key);
}

void ServerWindow::onChoiceChanged()
{
    const BindChoice choice = m_bindCombo->currentChoice();
    m_warningLabel->setText(choice.warning());
    m_warningLabel->setVisible(!choice.warning().isEmpty());
    if (!m_server->isListening()) {
        m_reachLabel->setText(tr("Who could connect: %1").arg(choice.reach()));
        updateReachability();
    }
    updateVerdict();
}

void ServerWindow::start()
{
    const BindChoice choice = m_bindCombo->currentChoice();
    m_errorLabel->clear();
    m_log->clear();
    m_logModel->refresh();
    m_mapView->clearRefusals();
    m_server->setGreeting(m_greetingEdit->text().toUtf8());
    m_session->setExplainEnabled(m_explainCheck->isChecked());
    rememberChoices();
    const quint16 port = quint16(m_portSpin->value());
    m_targets = ReachabilityProbe::localTargets();
    if (!m_session->start(choice, port, m_targets)) {
        const QString error =
            tr("Cannot listen on %1: %2")
                .arg(choice.address.isNull() ? choice.addressText()
                                             : AddressText::withPort(choice.address, port),
                     m_server->startError().summary());
        const QString hint = m_server->startHint();
        m_errorLabel->setText(hint.isEmpty() ? error : error + QLatin1Char('\n') + hint);
    }
    updateState();
    if (m_server->isListening())
        showProving();
}

void ServerWindow::stop()
{
    m_session->stop();
    refreshLog();
    updateState();
}

void ServerWindow::updateState()
{
    const bool listening = m_server->isListening();
    m_startButton->setText(listening ? tr("&Stop") : tr("&Start"));
    m_bindCombo->setEnabled(!listening);
    m_refreshButton->setEnabled(!listening);
    m_portSpin->setEnabled(!listening);
    m_greetingEdit->setEnabled(!listening);
    m_explainCheck->setEnabled(!listening);
    if (listening) {
        const BindChoice choice = m_server->choice();
        m_statusLabel->setText(
            tr("Listening on %1 (%2).")
                .arg(AddressText::withPort(m_server->serverAddress(), m_server->serverPort()),
                     choice.label()));
        m_reachLabel->setText(tr("Who can connect: %1").arg(choice.reach()));
        statusBar()->showMessage(tr("Listening on port %1").arg(m_server->serverPort()));
    } else {
        m_statusLabel->setText(tr("Not listening."));
        onChoiceChanged();
        statusBar()->showMessage(tr("Stopped"));
    }
    refreshLog();
    updateExplainStatus();
    updateVerdict();
}

void ServerWindow::runDemoStep(PresenterScript::Step step)
{
    // A step is what a presenter would click by hand: choose the bind, (re)start. On the port
    // it listens on now: the room keeps dialling the one it was given.
    if (m_server->isListening()) {
        const quint16 port = m_server->serverPort();
        stop();
        m_portSpin->setValue(port);
    }
    m_bindCombo->selectKey(PresenterScript::serverBindKey(step));
    start();
    const BindChoice choice = m_bindCombo->currentChoice();
    m_presenter->setCaption(m_server->isListening()
                                ? PresenterScript::serverCaption(step, choice.addressText())
                                : m_errorLabel->text());
}

void ServerWindow::refreshLog()
{
    m_logModel->refresh();
    updateProofProgress();
    // Light the map's doors from what arrived since the last refresh, in one batch per tick,
    // so a flood of connections costs the map a few lookups, not a repaint per connection.
    if (m_log->total() < m_mapLitTotal)
        m_mapLitTotal = 0; // the log was cleared by a new Start
    const int fresh = int(qMin<quint64>(m_log->total() - m_mapLitTotal, 64));
    for (int i = qMax(0, m_log->size() - fresh); i < m_log->size(); ++i) {
        if (!m_log->at(i).selfTest)
            m_mapView->light(m_log->at(i));
    }
    m_mapLitTotal = m_log->total();
    m_mapView->countArrivals(m_log->clientsByLocal());
    if (m_logModel->refusedTotal() != m_refusedShown)
        updateExplainStatus();
    if (m_log->total() + m_logModel->refusedTotal() != m_logSizedAt) {
        // Addresses are shown whole (a long scoped IPv6 peer too); the table scrolls sideways
        // rather than eliding them. Only the visible rows are measured: cheap.
        m_logSizedAt = m_log->total() + m_logModel->refusedTotal();
        m_logView->resizeColumnsToContents();
    }
    // Every new text makes the label ask for new geometry, which lays out the whole window
    // again. So the count follows each tick while connections trickle in (the first of a
    // burst shows at once) and a few times a second during a flood, where nobody reads a
    // number that changes ten times a second anyway; the last one always shows.
    const bool arrived = m_log->total() != m_tickTotal;
    m_tickTotal = m_log->total();
    const bool flooding = arrived && m_arrivedLastTick;
    m_arrivedLastTick = arrived;
    if (m_log->total() == m_countShown ||
        (flooding && m_countClock.isValid() && m_countClock.elapsed() < kFloodCountMs))
        return;
    m_countShown = m_log->total();
    m_countClock.start();
    QString total = tr("Connections: %1 (greeted: %2)").arg(m_log->total()).arg(m_log->greeted());
    if (m_log->selfTests() > 0)
        total += QLatin1Char(' ') + tr("Self-tests of \"Reachable at\" among them: %n.", nullptr,
                                       int(m_log->selfTests()));
    m_totalLabel->setText(total);
}

QGroupBox *ServerWindow::buildReachabilityPanel()
{
    auto *group = new QGroupBox(tr("Reachable at"));
    group->setObjectName(QStringLiteral("reachabilityGroup"));
    auto *layout = new QVBoxLayout(group);
    auto *top = new QHBoxLayout;
    m_reachStatusLabel = makeTextLabel(QStringLiteral("reachabilityLabel"));
    // While the proof runs: how many of this machine's addresses have answered so far.
    m_proofProgress = new QProgressBar;
    m_proofProgress->setObjectName(QStringLiteral("proofProgress"));
    m_proofProgress->setAccessibleName(tr("Addresses checked"));
    m_proofProgress->setVisible(false);
    m_reachRefreshButton = new QPushButton(tr("Chec&k again"));
    m_reachRefreshButton->setObjectName(QStringLiteral("reachabilityRefreshButton"));
    m_reachRefreshButton->setToolTip(
        tr("Read this machine's addresses again and, while listening, connect to each of them."));
    m_reachRefreshButton->setAccessibleDescription(m_reachRefreshButton->toolTip());
    top->addWidget(m_reachStatusLabel, 1);
    top->addWidget(m_proofProgress, 0, Qt::AlignTop);
    top->addWidget(m_reachRefreshButton, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_reachView = new QTableView;
    m_reachView->setObjectName(QStringLiteral("reachabilityView"));
    m_reachView->setModel(m_reachModel);
    m_reachView->setAccessibleName(tr("Reachable at"));
    m_reachView->setAccessibleDescription(
        tr("For each address of this machine: whether a connection to it reaches this server, "
           "and why not."));
    m_reachView->verticalHeader()->hide();
    m_reachView->horizontalHeader()->setStretchLastSection(true);
    m_reachView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reachView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reachView->setWordWrap(false);
    TableText::addCopyAction(m_reachView);
    layout->addWidget(buildReachabilityTabs(), 1);
    connect(m_reachModel, &QAbstractItemModel::modelReset, this, [this] {
        const bool listening = m_server->isListening();
        const BindChoice choice = listening ? m_server->choice() : m_bindCombo->currentChoice();
        const quint16 port = listening ? m_server->serverPort() : quint16(m_portSpin->value());
        m_mapView->setMap(ReachabilityMap::build(QHostInfo::localHostName(), choice, listening,
                                                 port, m_reachModel->rows()));
    });

    connect(m_reachRefreshButton, &QPushButton::clicked, this, &ServerWindow::updateReachability);
    connect(m_portSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_server->isListening())
            updateReachability();
    });
    return group;
}

QTabWidget *ServerWindow::buildReachabilityTabs()
{
    // The same rows twice: drawn (doors open or shut, lit by arriving connections) and listed.
    // The map scrolls only when its "+ n more" row is expanded; otherwise it fits its room.
    m_mapView = new ReachabilityMapView;
    auto *mapScroll = new QScrollArea;
    mapScroll->setObjectName(QStringLiteral("reachabilityMapScroll"));
    mapScroll->setWidget(m_mapView);
    mapScroll->setWidgetResizable(true);
    mapScroll->setFrameShape(QFrame::NoFrame);
    mapScroll->setFocusPolicy(Qt::NoFocus);
    m_reachTabs = new QTabWidget;
    m_reachTabs->setObjectName(QStringLiteral("reachabilityTabs"));
    m_reachTabs->setDocumentMode(true);
    m_reachTabs->setAccessibleName(tr("Reachable at: map or table"));
    m_reachTabs->setAccessibleDescription(
        tr("The map draws this machine's addresses as doors, open where this server can be "
           "reached; the table lists the same with the evidence."));
    m_reachTabs->addTab(mapScroll, tr("&Map"));
    m_reachTabs->addTab(m_reachView, tr("&Table"));
    return m_reachTabs;
}

void ServerWindow::updateReachability()
{
    m_targets = ReachabilityProbe::localTargets();
    if (!m_server->isListening()) {
        m_reachRefreshButton->setEnabled(true);
        const BindChoice choice = m_bindCombo->currentChoice();
        m_reachModel->setRows(
            ReachabilityProbe::predict(choice, quint16(m_portSpin->value()), m_targets));
        m_reachStatusLabel->setText(
            tr("Predicted from the bind choice, without connecting. Start proves it by "
               "connecting to each address."));
        m_reachView->resizeColumnsToContents();
        return;
    }
    m_session->proveReachability(m_targets);
    showProving();
}

void ServerWindow::showProving()
{
    m_reachModel->setRows(m_session->reachabilityRows());
    m_reachStatusLabel->setText(
        tr("Checking: connecting to each address of this machine on port %1…")
            .arg(m_server->serverPort()));
    m_reachRefreshButton->setEnabled(false);
}

void ServerWindow::onReachabilityProved(const QList<ReachabilityRow> &rows)
{
    m_reachRefreshButton->setEnabled(true);
    if (!m_server->isListening())
        return;
    m_reachModel->setRows(rows);
    m_reachView->resizeColumnsToContents();
    int reachable = 0;
    int differ = 0;
    for (const ReachabilityRow &row : rows) {
        reachable += row.reachable ? 1 : 0;
        differ += row.differsFromPrediction() ? 1 : 0;
    }
    QString text = tr("Proved at %1 by connecting to each address from this machine: %2 of %3 "
                      "reach this server.")
                       .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")))
                       .arg(reachable)
                       .arg(rows.size());
    if (differ > 0)
        text += QLatin1Char(' ') +
                tr("%n address(es) differ from the prediction; see the evidence.", nullptr, differ);
    m_reachStatusLabel->setText(text);
    updateProofProgress();
    updateVerdict();
    m_verdict->announce();
}

void ServerWindow::pollInterfaces()
{
    if (!isVisible())
        return;
    const QList<ReachabilityProbe::Target> now = ReachabilityProbe::localTargets();
    if (now == m_targets)
        return;
    updateReachability();
}

void ServerWindow::updateVerdict()
{
    using Tone = ServerVerdictPanel::Tone;
    const bool listening = m_server->isListening();
    const bool problem = !m_errorLabel->text().isEmpty();
    m_statusLabel->setVisible(listening);
    m_errorLabel->setVisible(problem);
    // The classic-mistake warning already says who gets in and what to do about it.
    m_reachLabel->setVisible(m_warningLabel->isHidden());
    if (!listening) {
        m_verdict->setVerdict(problem ? Tone::Problem : Tone::Idle,
                              problem ? tr("Not listening: see why below") : tr("Not listening"));
        return;
    }
    if (problem) {
        m_verdict->setVerdict(Tone::Problem, tr("Listening, with a problem"));
        return;
    }
    const BindChoice choice = m_server->choice();
    if (choice.isLoopbackOnly())
        m_verdict->setVerdict(Tone::Limited, tr("Only this machine can connect"));
    else if (choice.kind == BindChoice::Kind::AnyDualStack)
        m_verdict->setVerdict(Tone::Good, tr("Every host can connect"));
    else if (choice.kind == BindChoice::Kind::AnyIPv4)
        m_verdict->setVerdict(Tone::Good, tr("Every host can connect over IPv4"));
    else if (choice.kind == BindChoice::Kind::AnyIPv6)
        m_verdict->setVerdict(Tone::Limited, tr("Only IPv6 hosts can connect"));
    else
        m_verdict->setVerdict(
            Tone::Limited,
            tr("Only hosts that dial %1 can connect").arg(AddressText::plain(choice.address)));
}

void ServerWindow::announceVerdict()
{
    m_verdict->announce();
    if (isActiveWindow())
        m_verdict->setFocus(Qt::OtherFocusReason);
}

void ServerWindow::updateProofProgress()
{
    const bool running = m_session->isProving();
    if (m_proofProgress->isVisible() != running)
        m_proofProgress->setVisible(running);
    if (!running)
        return;
    const QList<ReachabilityRow> rows = m_session->reachabilityRows();
    const auto done = std::count_if(rows.cbegin(), rows.cend(),
                                    [](const ReachabilityRow &row) { return row.proved; });
    m_proofProgress->setRange(0, int(rows.size()));
    m_proofProgress->setValue(int(done));
    m_proofProgress->setFormat(tr("%1 of %2 addresses checked").arg(done).arg(rows.size()));
}

void ServerWindow::applyPresenterLayout(bool presenting)
{
    // On a projector the map and the log tell the story; the table is detail.
    m_reachTabs->tabBar()->setVisible(!presenting);
    if (presenting)
        m_reachTabs->setCurrentIndex(0);
    statusBar()->setVisible(!presenting);
    updateSplitOrientation();
    updateFixButton();
}

void ServerWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateSplitOrientation();
}

void ServerWindow::updateSplitOrientation()
{
    if (!m_split)
        return;
    // Side by side when the room is much wider than tall (a full HD screen, a projector),
    // stacked otherwise (a laptop window, half a screen).
    const QSize room = m_split->size();
    const Qt::Orientation wanted =
        room.width() > 2 * room.height() && room.width() >= 1200 ? Qt::Horizontal : Qt::Vertical;
    if (m_split->orientation() == wanted)
        return;
    m_split->setOrientation(wanted);
    const int length = wanted == Qt::Horizontal ? room.width() : room.height();
    m_split->setSizes({length * 3 / 5, length * 2 / 5});
}

void ServerWindow::onRefusedVisitor(const RefusedVisitor &visitor)
{
    // Shown by the log's next tick, with the connections: a burst of questions costs one
    // refresh, and the explain service's rate limits bound what gets here at all.
    const QString refusal =
        ExplainService::refusalText(visitor.cause, m_session->explainService()->facts());
    m_logModel->appendRefused(visitor, refusal);
    const QString peer = AddressText::withPort(visitor.peer, visitor.peerPort);
    m_mapView->refuse(
        visitor.tried, peer,
        tr("%1 tried %2: %3")
            .arg(peer, AddressText::withPort(visitor.tried, visitor.triedPort), refusal));
}

void ServerWindow::updateExplainStatus()
{
    const bool listening = m_server->isListening();
    m_refusedShown = m_logModel->refusedTotal();
    QString text;
    if (listening && !m_session->isExplainEnabled())
        text = tr("Not explaining refusals: turned off (the checkbox above, or --no-explain).");
    else if (listening)
        text = m_session->explainService()->statusText();
    if (listening && m_refusedShown > 0)
        text += QStringLiteral(" — ") +
                tr("Refused: %n client(s) asked why (see the log).", nullptr, int(m_refusedShown));
    m_explainLabel->setText(text);
    m_explainLabel->setVisible(!text.isEmpty());
    updateFixButton();
}

void ServerWindow::updateFixButton()
{
    // Offered once someone was refused while the server listens where other hosts cannot
    // reach it all: loopback, the hostname, one address, IPv6 only.
    const BindChoice::Kind kind = m_server->choice().kind;
    const bool limited =
        kind != BindChoice::Kind::AnyDualStack && kind != BindChoice::Kind::AnyIPv4;
    const bool wanted = m_server->isListening() && limited && m_logModel->refusedTotal() > 0;
    m_applyFixButton->setText(m_presenter->isActive() ? tr("Apply the fix")
                                                      : tr("Listen on all interfaces"));
    m_applyFixButton->setAccessibleName(m_applyFixButton->text());
    if (m_applyFixButton->isHidden() == wanted)
        m_applyFixButton->setVisible(wanted);
    // The button drawn as the one to press: the fix while it is offered, else Start/Stop.
    m_applyFixButton->setDefault(wanted);
    m_startButton->setDefault(!wanted);
    if (wanted && m_presenter->isActive())
        m_presenter->setCaption(
            tr("%n client(s) refused: the server listens on %1 only. \"Apply the fix\" "
               "listens on all interfaces.",
               nullptr, int(m_logModel->refusedTotal()))
                .arg(m_server->choice().addressText()));
}
