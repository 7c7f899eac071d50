#pragma once

#include "app/ClientOptions.h"
#include "app/PresenterScript.h"
#include "client/RunResult.h"
#include "net/TargetParser.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

class AttemptTableModel;
class Diagnosis;
class HandshakeDiagram;
class ConnectRun;
class PresenterBar;
class QAction;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTabWidget;
class QTableView;
class VerdictPanel;

// The client window: type an address, Connect, and read the verdict first (outcome, cause,
// fix), with the evidence behind it in tabs: the wire, the greeting, the diagnosis, the errors,
// the addresses tried and the history. A thin view over TargetParser, ConnectRun, Diagnosis,
// Verdict and RunReport.
class ClientWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientWindow)

public:
    explicit ClientWindow(const ClientOptions &options = {}, QWidget *parent = nullptr);
    ~ClientWindow() override;

    ConnectRun *run() const { return m_run; }

public slots:
    void connectToTarget();
    void cancel();
    // Forgets everything remembered (recent targets, port, timeout, geometry) and shows the
    // defaults again.
    void resetSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QGridLayout *buildInputs();
    QTabWidget *buildDetailTabs();
    QTableView *buildAttemptsView();
    QListWidget *buildHistoryList();
    void buildMenus();
    void setReadingOrder();
    void connectSignals();

    void restoreSettings();
    void resizeToDefault();
    void showIdle();
    void rememberTarget(const QString &target);
    void copyReport();
    void updatePreview();
    void clearResults();
    void buildServiceFields();
    void showSendError(const QString &error);
    void showRejection(const TargetParser::Result &parsed);
    void onLookupFinished(const QList<QHostAddress> &addresses);
    void onAttemptStarted(const QHostAddress &address, quint16 port);
    void onAttemptFinished(const AttemptResult &attempt);
    void onExplainStarted(const QHostAddress &address, quint16 port);
    void onProgressTick();
    void onRunFinished(const RunResult &run);
    void showDetails(const RunResult &run, const Diagnosis &diagnosis);
    static QStringList explainLines(const RunResult &run, const Diagnosis &diagnosis);
    void addHistoryRow(const RunResult &run, const Diagnosis &diagnosis);
    void setGreeting(const QString &escaped);
    void runDemoStep(PresenterScript::Step step);
    void setRunning(bool running);
    void rerun(QListWidgetItem *item);

    ClientOptions m_options;
    ConnectRun *m_run = nullptr;
    AttemptTableModel *m_attemptModel = nullptr;
    QStringListModel *m_recentModel = nullptr; // recent targets, newest first, for the completer

    QLineEdit *m_addressEdit = nullptr;
    QLineEdit *m_portEdit = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QSpinBox *m_bannerWaitSpin = nullptr;
    QLineEdit *m_sendEdit = nullptr;
    QPushButton *m_connectButton = nullptr;
    QLabel *m_dialLabel = nullptr;
    VerdictPanel *m_verdict = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    QPlainTextEdit *m_greetingView = nullptr;
    QPlainTextEdit *m_detailsView = nullptr;
    QPlainTextEdit *m_diagnosisView = nullptr;
    QTableView *m_attemptsView = nullptr;
    QListWidget *m_historyList = nullptr;
    HandshakeDiagram *m_handshake = nullptr;
    PresenterBar *m_presenter = nullptr;
    QAction *m_presenterAction = nullptr;

    // While a run is under way: its clock, the time it is allowed, and where it has got to.
    QTimer m_progressTimer;
    QElapsedTimer m_runClock;
    QElapsedTimer m_attemptClock;
    int m_runTimeoutMs = 0;
    int m_addressCount = 0;
    int m_attemptNumber = 0;
    QString m_dialling;  // the address:port being tried, empty while looking up
    int m_demoStep = -1; // a PresenterScript::Step while a demo step's run is under way
};
