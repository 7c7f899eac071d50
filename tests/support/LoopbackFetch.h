#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

// Connects, reads to the end and returns what arrived, while the event loop keeps running, so
// a server in the same process (the one under test) can accept and greet.
namespace LoopbackFetch {

struct Result
{
    bool connected = false;
    QByteArray data;
    QString error; // QAbstractSocket::errorString() when the connect failed
};

Result fetch(const QHostAddress &address, quint16 port, int timeoutMs = 5000);

} // namespace LoopbackFetch
