#include "ServerProcess.h"

#include "NetLab.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

ServerProcess::ServerProcess(const QString &bind, const QStringList &prefix,
                             const QStringList &extraArgs)
{
    NetLab::diesWithThisProcess(m_process);
    const QStringList args = QStringList{QStringLiteral("--headless"), QStringLiteral("--json"),
                                         QStringLiteral("--bind"),     bind,
                                         QStringLiteral("--port"),     QStringLiteral("0")} +
                             extraArgs;
    const QString server = qEnvironmentVariable("BINDLAB_SERVER");
    if (prefix.isEmpty())
        m_process.start(server, args);
    else
        m_process.start(prefix.first(), prefix.mid(1) + QStringList{server} + args);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QJsonObject ServerProcess::nextEvent(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_process.canReadLine())
            return QJsonDocument::fromJson(m_process.readLine()).object();
        if (m_process.state() == QProcess::NotRunning || deadline.hasExpired())
            return {};
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

bool ServerProcess::waitListening(int timeoutMs)
{
    if (m_port != 0)
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject event = nextEvent(int(qMax<qint64>(1, deadline.remainingTime())));
        const QString kind = event.value(QStringLiteral("event")).toString();
        if (kind == QLatin1String("listening")) {
            m_port = quint16(event.value(QStringLiteral("port")).toInt());
            m_address = event.value(QStringLiteral("address")).toString();
            return m_port != 0;
        }
        if (kind == QLatin1String("error")) {
            m_failure = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
            return false;
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_failure = QStringLiteral("bindlab-server ended (exit %1): %2")
                            .arg(m_process.exitCode())
                            .arg(QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
    }
    m_failure = QStringLiteral("no \"listening\" line within %1 ms").arg(timeoutMs);
    return false;
}

QJsonObject ServerProcess::waitConnection(int timeoutMs)
{
    return waitEvent(QStringLiteral("connection"), timeoutMs);
}

QJsonObject ServerProcess::waitEvent(const QString &kind, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject event = nextEvent(int(qMax<qint64>(1, deadline.remainingTime())));
        if (event.isEmpty())
            return {};
        if (event.value(QStringLiteral("event")).toString() == kind)
            return event;
    }
    return {};
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}
