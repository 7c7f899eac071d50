#include "RealService.h"

#include "LocalAddresses.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace {

const QString kSshd = QStringLiteral("/usr/sbin/sshd");

} // namespace

RealService::RealService(Kind kind)
    : m_kind(kind)
{}

RealService::~RealService()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool RealService::start()
{
    m_port = LocalAddresses::freePort();
    if (m_port == 0) {
        m_failure = QStringLiteral("no free loopback port");
        return false;
    }
    if (!m_dir.isValid()) {
        m_failure = QStringLiteral("no temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    if (!(m_kind == Kind::Sshd ? startSshd() : startHttpServer()))
        return false;
    return waitListening(10000);
}

bool RealService::startSshd()
{
    if (!QFile::exists(kSshd)) {
        m_skipReason = QStringLiteral("%1 is not installed (scripts/install-deps.sh installs "
                                      "openssh-server)")
                           .arg(kSshd);
        return false;
    }
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) {
        m_skipReason = QStringLiteral("sshd runs as root only; run ctest as root, as CI does");
        return false;
    }
#endif
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty()) {
        m_skipReason = QStringLiteral("ssh-keygen is not installed");
        return false;
    }
    // sshd refuses to start without its privilege-separation directory.
    QDir().mkpath(QStringLiteral("/run/sshd"));
    const QString key = m_dir.filePath(QStringLiteral("host_ed25519"));
    QProcess keygenRun;
    keygenRun.start(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                             QStringLiteral("-N"), QString(), QStringLiteral("-f"), key});
    if (!keygenRun.waitForFinished(20000) || keygenRun.exitCode() != 0) {
        m_failure = QStringLiteral("ssh-keygen failed: %1")
                        .arg(QString::fromLocal8Bit(keygenRun.readAllStandardError()));
        return false;
    }
    // No configuration file at all: nothing of this machine's sshd set-up applies.
    return launch(kSshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-p"),
                          QString::number(m_port), QStringLiteral("-o"),
                          QStringLiteral("ListenAddress=127.0.0.1"), QStringLiteral("-f"),
                          QStringLiteral("/dev/null"), QStringLiteral("-h"), key});
}

bool RealService::startHttpServer()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        m_skipReason = QStringLiteral("python3 is not installed");
        return false;
    }
    // Serves the empty temporary directory, so nothing of this machine is ever listed.
    m_process.setWorkingDirectory(m_dir.path());
    return launch(python,
                  {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                   QStringLiteral("127.0.0.1"), QString::number(m_port)});
}

bool RealService::launch(const QString &program, const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    m_process.setChildProcessModifier([parent] {
        // A test that dies must not leave a server behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
#endif
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        m_failure = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    return true;
}

bool RealService::waitListening(int timeoutMs)
{
    // Connect until it accepts: neither program says on a pipe, in time, that it listens.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_failure = QStringLiteral("the server exited: %1")
                            .arg(QString::fromLocal8Bit(m_process.readAll()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return true;
        }
        QThread::msleep(50);
    }
    m_failure = QStringLiteral("the server did not listen on port %1 within %2 ms: %3")
                    .arg(m_port)
                    .arg(timeoutMs)
                    .arg(QString::fromLocal8Bit(m_process.readAll()));
    return false;
}
