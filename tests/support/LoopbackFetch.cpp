#include "LoopbackFetch.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

namespace LoopbackFetch {

Result fetch(const QHostAddress &address, quint16 port, int timeoutMs)
{
    Result result;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { result.connected = true; });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop,
                     [&] { result.data += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        if (!result.connected)
            result.error = socket.errorString();
        loop.quit();
    });
    socket.connectToHost(address, port);
    guard.start(timeoutMs);
    loop.exec();
    result.data += socket.readAll();
    return result;
}

} // namespace LoopbackFetch
