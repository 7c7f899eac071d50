#include "platform/ListeningSockets.h"

#include <QCoreApplication>

namespace ListeningSockets {

QString ownerText(const Listener &listener)
{
    switch (listener.owner) {
    case Owner::Known:
        return QCoreApplication::translate("ListeningSockets", "%1 (PID %2)")
            .arg(listener.program)
            .arg(listener.pid);
    case Owner::Hidden:
        return QCoreApplication::translate(
            "ListeningSockets",
            "a program this user may not inspect (another user's process; an administrator can "
            "see which)");
    case Owner::Unknown:
        break;
    }
    return QCoreApplication::translate("ListeningSockets", "a program BindLab cannot name here");
}

} // namespace ListeningSockets
