#include "platform/OsError.h"

#include "platform/OsErrorTable_win.h"

#include <winsock2.h>

namespace OsError {

QString name(int code)
{
    if (code == 0)
        return {};
    if (const OsErrorTableWin::Entry *e = OsErrorTableWin::find(code))
        return QString::fromLatin1(e->name);
    return QStringLiteral("E?%1").arg(code);
}

QString description(int code)
{
    if (code == 0)
        return {};
    wchar_t *buffer = nullptr;
    const DWORD flags =
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS;
    // English first, like strerror() in the C locale; a system without English messages
    // installed answers ERROR_RESOURCE_LANG_NOT_FOUND, and then its own language will do.
    DWORD length =
        FormatMessageW(flags, nullptr, DWORD(code), MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US),
                       reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
    if (length == 0)
        length = FormatMessageW(flags, nullptr, DWORD(code), 0, reinterpret_cast<LPWSTR>(&buffer),
                                0, nullptr);
    if (length == 0 || !buffer)
        return QStringLiteral("Unknown error %1").arg(code);
    // FormatMessage ends its text with ".\r\n"; the callers put it on one line.
    const QString text = QString::fromWCharArray(buffer, int(length)).trimmed();
    LocalFree(buffer);
    return text;
}

Kind kind(int code)
{
    if (code == 0)
        return Kind::None;
    if (const OsErrorTableWin::Entry *e = OsErrorTableWin::find(code))
        return e->kind;
    return Kind::Other;
}

int code(Kind kind)
{
    return OsErrorTableWin::codeOf(kind);
}

} // namespace OsError
