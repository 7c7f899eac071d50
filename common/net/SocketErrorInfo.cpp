#include "net/SocketErrorInfo.h"

#include "platform/OsError.h"

#include <QMetaEnum>

namespace {

// Qt's own strings, looked up in Qt's own translation context so they read exactly like
// QAbstractSocket::errorString() in every language Qt ships. Kept out of lupdate's sight on
// purpose (not literals at the call): they are Qt's, not BindLab's, to translate.
constexpr const char *kEngine = "QNativeSocketEngine";
constexpr const char *kSocket = "QAbstractSocket";

QString qtString(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

SocketErrorInfo make(QAbstractSocket::SocketError error, const char *context, const char *text,
                     int osError)
{
    SocketErrorInfo info;
    info.error = error;
    info.qtText = qtString(context, text);
    info.osError = osError;
    return info;
}

} // namespace

QString SocketErrorInfo::nameOf(QAbstractSocket::SocketError error)
{
    const QMetaEnum meta = QMetaEnum::fromType<QAbstractSocket::SocketError>();
    const char *key = meta.valueToKey(error);
    return key ? QString::fromLatin1(key) : QString::number(int(error));
}

QString SocketErrorInfo::osErrorName() const
{
    return OsError::name(osError);
}

QString SocketErrorInfo::summary() const
{
    if (osError != 0)
        return tr("%1 (%2): %3").arg(errorName(), osErrorName(), qtText);
    return tr("%1: %2").arg(errorName(), qtText);
}

// Mirrors QNativeSocketEnginePrivate::nativeConnect() and the connect-completion path.
SocketErrorInfo SocketErrorInfo::fromConnectError(int osError)
{
    using S = QAbstractSocket;
    switch (OsError::kind(osError)) {
    case OsError::Kind::Refused:
    // Qt reports EINVAL from connect() as a refusal; a link-local address without a scope
    // ends here. The diagnosis says what it really was.
    case OsError::Kind::InvalidArgument:
        return make(S::ConnectionRefusedError, kEngine, "Connection refused", osError);
    case OsError::Kind::TimedOut:
        return make(S::NetworkError, kEngine, "Connection timed out", osError);
    case OsError::Kind::HostUnreachable:
        return make(S::NetworkError, kEngine, "Host unreachable", osError);
    case OsError::Kind::NetworkUnreachable:
        return make(S::NetworkError, kEngine, "Network unreachable", osError);
    case OsError::Kind::AddressInUse:
        return make(S::NetworkError, kEngine, "The bound address is already in use", osError);
    case OsError::Kind::AccessDenied:
        return make(S::SocketAccessError, kEngine, "Permission denied", osError);
    case OsError::Kind::AddressNotAvailable:
        return make(S::SocketAddressNotAvailableError, kEngine, "The address is not available",
                    osError);
    case OsError::Kind::FamilyNotSupported:
        return make(S::UnsupportedSocketOperationError, kEngine, "Protocol type not supported",
                    osError);
    case OsError::Kind::TooManyOpenFiles:
    case OsError::Kind::NoBuffers:
        return make(S::SocketResourceError, kEngine, "Out of resources", osError);
    case OsError::Kind::ConnectionReset:
        return make(S::RemoteHostClosedError, kSocket, "The remote host closed the connection",
                    osError);
    default:
        return make(S::UnknownSocketError, kSocket, "Unknown error", osError);
    }
}

// Mirrors QNativeSocketEnginePrivate::nativeBind() and nativeListen().
SocketErrorInfo SocketErrorInfo::fromListenError(int osError)
{
    using S = QAbstractSocket;
    switch (OsError::kind(osError)) {
    case OsError::Kind::AddressInUse:
        return make(S::AddressInUseError, kEngine, "The bound address is already in use", osError);
    case OsError::Kind::AccessDenied:
        return make(S::SocketAccessError, kEngine, "The address is protected", osError);
    case OsError::Kind::AddressNotAvailable:
        return make(S::SocketAddressNotAvailableError, kEngine, "The address is not available",
                    osError);
    case OsError::Kind::InvalidArgument:
        return make(S::UnsupportedSocketOperationError, kEngine, "Unsupported socket operation",
                    osError);
    case OsError::Kind::FamilyNotSupported:
        return make(S::UnsupportedSocketOperationError, kEngine, "Protocol type not supported",
                    osError);
    case OsError::Kind::TooManyOpenFiles:
    case OsError::Kind::NoBuffers:
        return make(S::SocketResourceError, kEngine, "Out of resources", osError);
    default:
        return make(S::UnknownSocketError, kSocket, "Unknown error", osError);
    }
}

SocketErrorInfo SocketErrorInfo::fromReadError(int osError)
{
    if (OsError::kind(osError) == OsError::Kind::ConnectionReset)
        return remoteClosed(osError);
    if (OsError::kind(osError) == OsError::Kind::TimedOut)
        return make(QAbstractSocket::NetworkError, kEngine, "Connection timed out", osError);
    return make(QAbstractSocket::NetworkError, kSocket, "Network error", osError);
}

SocketErrorInfo SocketErrorInfo::connectTimeout()
{
    // What QAbstractSocket's own connect timer reports; no OS code, our timer decided.
    return make(QAbstractSocket::SocketTimeoutError, kSocket, "Connection timed out", 0);
}

SocketErrorInfo SocketErrorInfo::readTimeout()
{
    return make(QAbstractSocket::SocketTimeoutError, kSocket, "Socket operation timed out", 0);
}

SocketErrorInfo SocketErrorInfo::remoteClosed(int osError)
{
    return make(QAbstractSocket::RemoteHostClosedError, kSocket,
                "The remote host closed the connection", osError);
}

SocketErrorInfo SocketErrorInfo::hostNotFound(const QString &lookupText)
{
    SocketErrorInfo info;
    info.error = QAbstractSocket::HostNotFoundError;
    info.qtText = lookupText.isEmpty() ? qtString(kSocket, "Host not found") : lookupText;
    return info;
}
