#include "ClientRun.h"

#include "NetLab.h"

#include <QJsonDocument>
#include <QProcess>

ClientRun ClientRun::exec(const QStringList &clientArgs, const QStringList &prefix, int waitMs)
{
    ClientRun run;
    const QStringList args =
        QStringList{QStringLiteral("--headless"), QStringLiteral("--json")} + clientArgs;
    const QString client = qEnvironmentVariable("BINDLAB_CLIENT");
    QProcess p;
    NetLab::diesWithThisProcess(p);
    if (prefix.isEmpty())
        p.start(client, args);
    else
        p.start(prefix.first(), prefix.mid(1) + QStringList{client} + args);
    if (!p.waitForFinished(waitMs)) {
        p.kill();
        p.waitForFinished();
        run.err = p.readAllStandardError();
        return run;
    }
    run.finished = p.exitStatus() == QProcess::NormalExit;
    run.exitCode = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    for (const QByteArray &line : run.out.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("result"))
            run.result = event;
    }
    return run;
}

bool ClientRun::ok() const
{
    return exitCode == 0 && result.value(QStringLiteral("ok")).toBool();
}

QString ClientRun::errorName() const
{
    return result.value(QStringLiteral("error")).toString();
}

QString ClientRun::osError() const
{
    return result.value(QStringLiteral("os_error")).toString();
}

QString ClientRun::cause() const
{
    return result.value(QStringLiteral("diagnosis"))
        .toObject()
        .value(QStringLiteral("cause"))
        .toString();
}

QString ClientRun::greeting() const
{
    return result.value(QStringLiteral("greeting")).toString();
}

QString ClientRun::describe() const
{
    if (!finished)
        return QStringLiteral("the client did not finish: %1").arg(QString::fromLocal8Bit(err));
    if (result.isEmpty())
        return QStringLiteral("exit %1, no result line; stderr: %2")
            .arg(exitCode)
            .arg(QString::fromLocal8Bit(err).trimmed());
    return QStringLiteral("exit %1, %2 %3 \"%4\" after %5 ms, cause %6")
        .arg(exitCode)
        .arg(ok() ? QStringLiteral("greeting") : errorName(), osError(),
             result.value(QStringLiteral("message")).toString())
        .arg(result.value(QStringLiteral("elapsed_ms")).toDouble())
        .arg(cause());
}
