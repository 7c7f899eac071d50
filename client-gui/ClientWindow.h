#pragma once

#include "app/ClientOptions.h"
#include "app/PresenterScript.h"
#include "client/RunResult.h"

#include <QMainWindow>

class AttemptTableModel;
class PresenterBar;
class QAction;
class HandshakeDiagram;
class ConnectRun;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStringListModel;
class QTableView;

// The client window: type an address, Connect, and read the greeting or the exact error with
// its explanation. A thin view over TargetParser, ConnectRun, Diagnosis and RunReport.
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
    void restoreSettings();
    void resizeToDefault();
    void setDefaultSectionSizes();
    void rememberTarget(const QString &target);
    void copyReport();
    void updatePreview();
    void onAttemptFinished(const AttemptResult &attempt);
    void onRunFinished(const RunResult &run);
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
    QPushButton *m_connectButton = nullptr;
    QLabel *m_dialLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_greetingView = nullptr;
    QPlainTextEdit *m_detailsView = nullptr;
    QPlainTextEdit *m_diagnosisView = nullptr;
    QTableView *m_attemptsView = nullptr;
    QListWidget *m_historyList = nullptr;
    QSplitter *m_splitter = nullptr;
    HandshakeDiagram *m_handshake = nullptr;
    PresenterBar *m_presenter = nullptr;
    QAction *m_presenterAction = nullptr;
    int m_demoStep = -1; // a PresenterScript::Step while a demo step's run is under way
};
