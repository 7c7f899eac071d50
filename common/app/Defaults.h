#pragma once

#include <QByteArray>
#include <QtGlobal>

// What both programs assume when the user says nothing: one place, so the server's default,
// the client's default and every help text agree.
namespace Defaults {

// BindLab's port: unassigned by IANA and far from the usual development ports.
inline constexpr quint16 kPort = 12397;

// What the server sends to every client unless told otherwise (UTF-8).
inline QByteArray greeting()
{
    return QByteArrayLiteral("Thank you for connecting!");
}

} // namespace Defaults
