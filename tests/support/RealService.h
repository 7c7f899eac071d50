#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real third-party server on a free loopback port, for tests of the client against programs
// people really run: OpenSSH's sshd, a banner service (it greets at once and keeps the
// connection open), and Python's http.server, a silent one (it waits for a request). The
// process is killed when this object goes, and also if the test process dies (Linux).
class RealService final
{
    Q_DISABLE_COPY_MOVE(RealService)

public:
    enum class Kind { Sshd, HttpServer };

    explicit RealService(Kind kind);
    ~RealService();

    // Starts the server and waits until it listens. False with skipReason set when this machine
    // cannot run it (not installed, not root): the test skips; with failure set when it should
    // have run and did not: the test fails.
    bool start();
    QString skipReason() const { return m_skipReason; }
    QString failure() const { return m_failure; }
    quint16 port() const { return m_port; }

private:
    bool startSshd();
    bool startHttpServer();
    bool launch(const QString &program, const QStringList &arguments);
    bool waitListening(int timeoutMs);

    Kind m_kind;
    QProcess m_process;
    QTemporaryDir m_dir;
    QString m_skipReason;
    QString m_failure;
    quint16 m_port = 0;
};
