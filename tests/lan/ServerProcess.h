#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// A headless bindlab-server (BINDLAB_SERVER) on port 0, on this machine or inside a lab
// (`prefix` is NetLab::inside({})). Starting does not wait, so several can start at once;
// waitListening() reads the port back from its "listening" JSON line.
class ServerProcess final
{
    Q_DISABLE_COPY_MOVE(ServerProcess)

public:
    // `extraArgs` follow the bind and port, e.g. {"--no-explain"}.
    explicit ServerProcess(const QString &bind, const QStringList &prefix = {},
                           const QStringList &extraArgs = {});
    ~ServerProcess();

    bool waitListening(int timeoutMs = 10000);
    quint16 port() const { return m_port; }
    // The address it listens on, as the server printed it.
    QString address() const { return m_address; }
    // What went wrong when waitListening() failed: the server's error event or its stderr.
    QString failure() const { return m_failure; }
    // The next "connection" event it printed (who came, on which local address), or empty.
    QJsonObject waitConnection(int timeoutMs = 5000);
    // The next event named `kind` ("refused", "explain", …), skipping others, or empty.
    QJsonObject waitEvent(const QString &kind, int timeoutMs = 5000);
    qint64 processId() const { return m_process.processId(); }
    void stop();

private:
    QJsonObject nextEvent(int timeoutMs);

    QProcess m_process;
    quint16 m_port = 0;
    QString m_address;
    QString m_failure;
};
