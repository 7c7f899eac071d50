#pragma once

#include "app/PresenterScript.h"
#include "app/ServerOptions.h"
#include "reachability/ReachabilityProbe.h"

#include <QElapsedTimer>
#include <QMainWindow>

class BindChoiceComboBox;
class QCheckBox;
struct RefusedVisitor;
class ConnectionLog;
class ConnectionLogModel;
class GreetingServer;
class QGroupBox;
class QHostInfo;
class QLabel;
class QLayout;
class QProgressBar;
class QSplitter;
class ServerVerdictPanel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class ReachabilityMapView;
class QTabWidget;
class PresenterBar;
class QAction;
class ReachabilityModel;
class QTimer;
class ServerSession;

// The server window: pick where to listen, Start, and watch who arrives where. A thin view:
// listening, serving, self-tests and logging live in ServerSession and ConnectionLog.
class ServerWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerWindow)

public:
    explicit ServerWindow(const ServerOptions &options = {}, QWidget *parent = nullptr);
    ~ServerWindow() override;

    ServerSession *session() const { return m_session; }
    GreetingServer *server() const { return m_server; }
    ConnectionLog *log() const { return m_log; }

public slots:
    void refreshChoices();
    void start();
    void stop();
    // Forgets what was remembered (bind choice, port, greeting, geometry) and, unless
    // listening, shows the defaults again.
    void resetSettings();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    QLayout *buildControls();
    QCheckBox *buildExplainCheck();
    QWidget *buildVerdictPanel();
    QWidget *buildLogPanel();
    QTabWidget *buildReachabilityTabs();
    void updateVerdict();
    void announceVerdict();
    void updateProofProgress();
    void applyPresenterLayout(bool presenting);
    void updateSplitOrientation();
    void restoreSettings();
    void rememberChoices();
    void copyLog();
    void applyTones();
    void onHostnameResolved(const QHostInfo &info);
    // The choice --bind named; an unusable one is an error shown in the window.
    void selectGivenChoice();
    void onChoiceChanged();
    void updateState();
    void refreshLog();
    void runDemoStep(PresenterScript::Step step);
    QGroupBox *buildReachabilityPanel();
    void updateReachability();
    void showProving();
    void onReachabilityProved(const QList<ReachabilityRow> &rows);
    void pollInterfaces();
    void onRefusedVisitor(const RefusedVisitor &visitor);
    void updateExplainStatus();
    void updateFixButton();

    ServerOptions m_options;
    ServerSession *m_session = nullptr;
    GreetingServer *m_server = nullptr; // the session's
    ConnectionLog *m_log = nullptr;
    ConnectionLogModel *m_logModel = nullptr;
    QTimer *m_logTimer = nullptr;

    BindChoiceComboBox *m_bindCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QLineEdit *m_greetingEdit = nullptr;
    QPushButton *m_startButton = nullptr;
    QCheckBox *m_explainCheck = nullptr;
    QLabel *m_explainLabel = nullptr;
    QPushButton *m_applyFixButton = nullptr;
    quint64 m_refusedShown = ~quint64(0); // refused visitors counted in m_explainLabel
    QLabel *m_warningLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_reachLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QTableView *m_logView = nullptr;
    ServerVerdictPanel *m_verdict = nullptr;
    QSplitter *m_split = nullptr;
    QProgressBar *m_proofProgress = nullptr;

    // "Reachable at": predicted from the choice before Start, proved by the session after it.
    ReachabilityModel *m_reachModel = nullptr;
    QTableView *m_reachView = nullptr;
    ReachabilityMapView *m_mapView = nullptr;
    QTabWidget *m_reachTabs = nullptr;
    quint64 m_mapLitTotal = 0;
    PresenterBar *m_presenter = nullptr;
    QAction *m_presenterAction = nullptr;
    QLabel *m_reachStatusLabel = nullptr;
    QPushButton *m_reachRefreshButton = nullptr;
    QTimer *m_interfacePoll = nullptr;
    QList<ReachabilityProbe::Target> m_targets;

    quint64 m_logSizedAt = 0; // log total when the columns were last fitted to their contents
    // The connection count under a flood: see refreshLog().
    static constexpr int kFloodCountMs = 500;
    quint64 m_tickTotal = 0;
    bool m_arrivedLastTick = false;
    quint64 m_countShown = ~quint64(0);
    QElapsedTimer m_countClock;
    int m_lookupId = -1;
    bool m_hostnameKnown = false;
    bool m_startWhenReady = false;
};
