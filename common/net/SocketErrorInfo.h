#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>

// The exact facts of one socket failure, as BindLab shows them everywhere: Qt's SocketError
// name and text, and the operating system's own error code and name.
// The OS code is read from the socket (SO_ERROR or the failing call); the SocketError then
// follows the mapping Qt's native socket engine applies to that code, so the pair is what a
// plain QTcpSocket would have reported, plus the errno Qt keeps to itself.
class SocketErrorInfo final
{
    Q_DECLARE_TR_FUNCTIONS(SocketErrorInfo)

public:
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    QString qtText;  // Qt's own wording, as QAbstractSocket::errorString() would give it
    int osError = 0; // 0 when the failure did not come from the OS (a timer of ours, a lookup)

    bool isNull() const { return error == QAbstractSocket::UnknownSocketError && osError == 0; }

    // "ConnectionRefusedError"
    QString errorName() const { return nameOf(error); }
    // "ECONNREFUSED", or "" when there is no OS code
    QString osErrorName() const;
    // One line with every fact: "ConnectionRefusedError (ECONNREFUSED): Connection refused"
    QString summary() const;

    static QString nameOf(QAbstractSocket::SocketError error);

    static SocketErrorInfo fromConnectError(int osError);
    static SocketErrorInfo fromListenError(int osError);
    static SocketErrorInfo fromReadError(int osError);
    static SocketErrorInfo connectTimeout();
    static SocketErrorInfo readTimeout();
    static SocketErrorInfo remoteClosed(int osError = 0);
    static SocketErrorInfo hostNotFound(const QString &lookupText);
};
