#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One run of `bindlab-client --headless --json` (BINDLAB_CLIENT), on this machine or inside a
// lab (`prefix` is NetLab::inside({})), and the "result" line it ended with.
class ClientRun final
{
public:
    static ClientRun exec(const QStringList &clientArgs, const QStringList &prefix = {},
                          int waitMs = 30000);

    bool finished = false;
    int exitCode = -1;
    QJsonObject result; // empty when no result line arrived
    QByteArray out;
    QByteArray err;

    bool ok() const;
    QString errorName() const; // SocketError name, e.g. ConnectionRefusedError
    QString osError() const;   // e.g. ECONNREFUSED
    QString cause() const;     // diagnosis.cause
    QString greeting() const;
    // One line for failure messages: what happened, in the client's own words.
    QString describe() const;
};
