#include "server/PendingGreeting.h"

#include "platform/NativeSocket.h"
#include "platform/OsError.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

PendingGreeting::PendingGreeting(const ConnectionRecord &record, QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_record(record)
{}

bool PendingGreeting::begin(qintptr descriptor, const QByteArray &rest, int deadlineMs)
{
    m_socket->setProxy(QNetworkProxy::NoProxy);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        NativeSocket::close(descriptor);
        return false;
    }
    m_socket->setReadBufferSize(4096);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_discarded >= kDiscardCap)
            return; // left unread: the kernel's window now holds the client back
        m_discarded += m_socket->skip(m_socket->bytesAvailable());
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() > 0)
            return;
        finish(true, 0);
        m_socket->disconnectFromHost();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &PendingGreeting::onError);
    QTimer::singleShot(deadlineMs, this, [this] { abort(OsError::code(OsError::Kind::TimedOut)); });
    m_socket->write(rest);
    return true;
}

void PendingGreeting::abort(int osError)
{
    if (m_done)
        return; // a deadline after the greeting went out, or a second abort
    finish(false, osError);
    NativeSocket::setResetOnClose(m_socket->socketDescriptor());
    m_socket->abort();
}

void PendingGreeting::onError()
{
    if (m_done)
        return; // the close after a complete greeting, or after abort()
    // Qt keeps errno to itself; SO_ERROR still holds it unless a failed write consumed it.
    const qintptr descriptor = m_socket->socketDescriptor();
    int osError = descriptor >= 0 ? NativeSocket::pendingError(descriptor) : 0;
    if (osError == 0 && m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        osError = OsError::code(OsError::Kind::ConnectionReset);
    abort(osError);
}

void PendingGreeting::finish(bool greeted, int osError)
{
    if (m_done)
        return;
    m_done = true;
    m_record.greeted = greeted;
    m_record.osError = osError;
    emit finished(m_record);
    deleteLater();
}
