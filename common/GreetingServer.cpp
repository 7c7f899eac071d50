#include "GreetingServer.h"

#include "NativeSocket.h"
#include "OsError.h"

#include <QDateTime>
#include <QTcpSocket>

QByteArray GreetingServer::defaultGreeting()
{
    return QByteArrayLiteral("Thank you for connecting!");
}

GreetingServer::GreetingServer(QObject *parent)
    : QTcpServer(parent)
    , m_greeting(defaultGreeting())
{
    qRegisterMetaType<ConnectionRecord>();
}

GreetingServer::~GreetingServer() = default;

bool GreetingServer::start(const BindChoice &choice, quint16 port)
{
    if (isListening())
        stop();
    m_choice = choice;
    m_startError = {};
    m_accepted = 0;
    m_greeted = 0;
    if (!choice.canListen()) {
        m_startError =
            SocketErrorInfo::fromListenError(OsError::code(OsError::Kind::AddressNotAvailable));
        return false;
    }
    // Opened natively so the exact errno of bind()/listen() is known; Qt then owns it.
    const NativeSocket::Opened opened =
        NativeSocket::openListening(choice.address, port, kDefaultBacklog, choice.isDualStack());
    if (opened.descriptor == NativeSocket::kInvalid) {
        m_startError = SocketErrorInfo::fromListenError(opened.osError);
        return false;
    }
    if (!setSocketDescriptor(opened.descriptor)) {
        NativeSocket::close(opened.descriptor);
        m_startError.error = serverError();
        m_startError.qtText = errorString();
        return false;
    }
    emit started();
    return true;
}

void GreetingServer::stop()
{
    if (!isListening())
        return;
    close();
    emit stopped();
}

void GreetingServer::incomingConnection(qintptr descriptor)
{
    ++m_accepted;
    ConnectionRecord record;
    record.serial = m_accepted;
    record.timeMsecs = QDateTime::currentMSecsSinceEpoch();
    const NativeSocket::Endpoint peer = NativeSocket::peerEndpoint(descriptor);
    const NativeSocket::Endpoint local = NativeSocket::localEndpoint(descriptor);
    record.peer = peer.address;
    record.peerPort = peer.port;
    record.local = local.address;
    record.localPort = local.port;

    int osError = 0;
    const qint64 written =
        NativeSocket::send(descriptor, m_greeting.constData(), m_greeting.size(), &osError);
    if (written == m_greeting.size()) {
        NativeSocket::close(descriptor);
        record.greeted = true;
        ++m_greeted;
        emit connectionServed(record);
        return;
    }
    if (written < 0 && OsError::kind(osError) != OsError::Kind::WouldBlock) {
        // The client is already gone (reset before we could greet it).
        NativeSocket::close(descriptor);
        record.osError = osError;
        emit connectionServed(record);
        return;
    }
    finishWithSocket(descriptor, record, qMax<qint64>(0, written));
}

// The kernel took only part of the greeting: let Qt's buffered socket write the rest.
void GreetingServer::finishWithSocket(qintptr descriptor, const ConnectionRecord &record,
                                      qint64 written)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        NativeSocket::close(descriptor);
        delete socket;
        emit connectionServed(record);
        return;
    }
    // Nothing a client sends is ever read; keep Qt from buffering it either.
    socket->setReadBufferSize(1);
    const qint64 remaining = m_greeting.size() - written;
    socket->write(m_greeting.constData() + written, remaining);
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket, record] {
        if (socket->bytesToWrite() > 0)
            return;
        ConnectionRecord done = record;
        done.greeted = true;
        ++m_greeted;
        socket->disconnectFromHost();
        emit connectionServed(done);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, record] {
        if (socket->bytesToWrite() == 0)
            return; // the close after a complete greeting
        emit connectionServed(record);
        socket->abort();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}
