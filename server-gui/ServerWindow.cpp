#include "ServerWindow.h"

#include "AddressText.h"
#include "BindChoiceComboBox.h"
#include "BindChoices.h"
#include "ConnectionLog.h"
#include "ConnectionLogModel.h"
#include "GreetingServer.h"
#include "ReachabilityMap.h"
#include "ReachabilityMapView.h"
#include "ReachabilityModel.h"

#include <QApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

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

} // namespace

ServerWindow::ServerWindow(const ServerOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_server(new GreetingServer(this))
    , m_log(new ConnectionLog(this))
    , m_logModel(new ConnectionLogModel(m_log, this))
    , m_logTimer(new QTimer(this))
    , m_probe(new ReachabilityProbe(this))
    , m_reachModel(new ReachabilityModel(this))
    , m_interfacePoll(new QTimer(this))
{
    setWindowTitle(tr("BindLab Server"));
    buildUi();

    // The probe's own connections are logged like any other, marked so nobody takes them for
    // clients.
    connect(m_server, &GreetingServer::connectionServed, this, [this](ConnectionRecord record) {
        record.selfTest = m_probe->claimConnection(record.peer, record.peerPort);
        m_log->append(record);
    });
    connect(m_probe, &ReachabilityProbe::finished, this, &ServerWindow::onReachabilityProved);
    // Interfaces come and go without any signal: a cheap look every few seconds.
    connect(m_interfacePoll, &QTimer::timeout, this, &ServerWindow::pollInterfaces);
    m_interfacePoll->start(5000);
    connect(m_logTimer, &QTimer::timeout, this, &ServerWindow::refreshLog);
    m_logTimer->start(100);

    m_startWhenReady = options.start;
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

    auto *form = new QFormLayout;
    m_bindCombo = new BindChoiceComboBox;
    m_bindCombo->setObjectName(QStringLiteral("bindCombo"));
    m_bindCombo->setAccessibleName(tr("Listen on"));
    m_refreshButton = new QPushButton(tr("&Refresh"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setToolTip(tr("Read this machine's interfaces and hostname again."));
    auto *bindRow = new QHBoxLayout;
    bindRow->addWidget(m_bindCombo, 1);
    bindRow->addWidget(m_refreshButton);
    auto *bindLabel = new QLabel(tr("&Listen on:"));
    bindLabel->setBuddy(m_bindCombo);
    form->addRow(bindLabel, bindRow);

    m_portSpin = new QSpinBox;
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("0 (any free port)"));
    m_portSpin->setValue(m_options.port);
    m_portSpin->setAccessibleName(tr("Port"));
    auto *portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_portSpin);
    form->addRow(portLabel, m_portSpin);

    m_greetingEdit = new QLineEdit(m_options.greeting);
    m_greetingEdit->setObjectName(QStringLiteral("greetingEdit"));
    m_greetingEdit->setMaxLength(65536);
    m_greetingEdit->setAccessibleName(tr("Greeting"));
    auto *greetingLabel = new QLabel(tr("&Greeting:"));
    greetingLabel->setBuddy(m_greetingEdit);
    form->addRow(greetingLabel, m_greetingEdit);
    layout->addLayout(form);

    m_warningLabel = makeTextLabel(QStringLiteral("warningLabel"));
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { color: #b35900; font-weight: bold; }"));
    layout->addWidget(m_warningLabel);

    m_startButton = new QPushButton(tr("&Start"));
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    layout->addWidget(m_startButton, 0, Qt::AlignLeft);

    m_statusLabel = makeTextLabel(QStringLiteral("statusLabel"));
    m_reachLabel = makeTextLabel(QStringLiteral("reachLabel"));
    m_errorLabel = makeTextLabel(QStringLiteral("errorLabel"));
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_reachLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buildReachabilityPanel(), 1);

    m_totalLabel = makeTextLabel(QStringLiteral("totalLabel"));
    layout->addWidget(m_totalLabel);
    m_logView = new QTableView;
    m_logView->setObjectName(QStringLiteral("logView"));
    m_logView->setModel(m_logModel);
    m_logView->setAccessibleName(tr("Connections"));
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_logView, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About BindLab Server"), this, [this] {
        QMessageBox::about(
            this, tr("About BindLab Server"),
            tr("BindLab Server %1 (Qt %2)\nMakes \"Connection refused\" visible, "
               "reproducible and explained.\nLicence: MIT.")
                .arg(QStringLiteral(BINDLAB_VERSION), QString::fromLatin1(qVersion())));
    });

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
    resize(760, 720);
    updateState();
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
    m_hostnameKnown = true;
    if (first) {
        const BindChoices::Lookup lookup =
            BindChoices::find(m_options.bind, m_bindCombo->choices());
        if (!m_bindCombo->selectKey(lookup.choice.key) && !lookup.error.isEmpty())
            m_errorLabel->setText(lookup.error);
    }
    onChoiceChanged();
    if (m_startWhenReady) {
        m_startWhenReady = false;
        start();
    }
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
}

void ServerWindow::start()
{
    const BindChoice choice = m_bindCombo->currentChoice();
    m_errorLabel->clear();
    m_log->clear();
    m_logModel->refresh();
    m_server->setGreeting(m_greetingEdit->text().toUtf8());
    const quint16 port = quint16(m_portSpin->value());
    if (!m_server->start(choice, port)) {
        m_errorLabel->setText(tr("Cannot listen on %1: %2")
                                  .arg(choice.address.isNull()
                                           ? choice.addressText()
                                           : AddressText::withPort(choice.address, port),
                                       m_server->startError().summary()));
    }
    updateState();
    if (m_server->isListening())
        updateReachability();
}

void ServerWindow::stop()
{
    m_probe->cancel();
    m_server->stop();
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
}

void ServerWindow::refreshLog()
{
    m_logModel->refresh();
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
    m_reachRefreshButton = new QPushButton(tr("Chec&k again"));
    m_reachRefreshButton->setObjectName(QStringLiteral("reachabilityRefreshButton"));
    m_reachRefreshButton->setToolTip(
        tr("Read this machine's addresses again and, while listening, connect to each of them."));
    top->addWidget(m_reachStatusLabel, 1);
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
    // The same rows twice: drawn (doors open or shut, lit by arriving connections) and listed.
    m_mapView = new ReachabilityMapView;
    m_reachTabs = new QTabWidget;
    m_reachTabs->setObjectName(QStringLiteral("reachabilityTabs"));
    m_reachTabs->addTab(m_mapView, tr("&Map"));
    m_reachTabs->addTab(m_reachView, tr("&Table"));
    layout->addWidget(m_reachTabs);
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

void ServerWindow::updateReachability()
{
    m_targets = ReachabilityProbe::localTargets();
    if (!m_server->isListening()) {
        m_probe->cancel();
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
    m_probe->start(m_server->choice(), m_server->serverPort(), m_server->greeting(), m_targets);
    m_reachModel->setRows(m_probe->rows());
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
