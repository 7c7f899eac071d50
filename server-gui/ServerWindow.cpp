#include "ServerWindow.h"

#include "AddressText.h"
#include "BindChoiceComboBox.h"
#include "BindChoices.h"
#include "ConnectionLog.h"
#include "ConnectionLogModel.h"
#include "GreetingServer.h"

#include <QApplication>
#include <QFormLayout>
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
{
    setWindowTitle(tr("BindLab Server"));
    buildUi();

    connect(m_server, &GreetingServer::connectionServed, m_log, &ConnectionLog::append);
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
    resize(760, 560);
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
    if (!m_server->isListening())
        m_reachLabel->setText(tr("Who could connect: %1").arg(choice.reach()));
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
}

void ServerWindow::stop()
{
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
    m_totalLabel->setText(
        tr("Connections: %1 (greeted: %2)").arg(m_log->total()).arg(m_log->greeted()));
}
