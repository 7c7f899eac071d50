#include "TestPeer.h"

#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

TestPeer::TestPeer(Mode mode, const QByteArray &payload, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_payload(payload)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestPeer::onNewConnection);
}

bool TestPeer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

void TestPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        socket->setParent(this);
        serve(socket);
    }
}

void TestPeer::serve(QTcpSocket *socket)
{
    const auto resetNow = [socket] {
        // Qt has no linger option; a zero linger turns the close into a reset.
        const linger hard{1, 0};
        ::setsockopt(socket->socketDescriptor(), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char *>(&hard), sizeof hard);
        socket->abort();
    };
    switch (m_mode) {
    case Mode::Greet:
        socket->write(m_payload);
        socket->disconnectFromHost();
        break;
    case Mode::Silent:
        break;
    case Mode::Drip: {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x", 1); });
        timer->start(intervalMs);
        break;
    }
    case Mode::Flood: {
        const QByteArray chunk(64 * 1024, 'F');
        const auto more = [socket, chunk] {
            if (socket->bytesToWrite() < 1024 * 1024)
                socket->write(chunk);
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
        break;
    }
    case Mode::ResetAtOnce:
        resetNow();
        break;
    case Mode::ResetAfter:
        socket->write(m_payload);
        socket->flush();
        QTimer::singleShot(50, socket, resetNow);
        break;
    case Mode::CloseEmpty:
        socket->disconnectFromHost();
        break;
    }
}
