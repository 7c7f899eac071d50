#include "DisplayCheck.h"

bool DisplayCheck::canOpenWindows()
{
    // An explicit platform (offscreen, vnc, eglfs, …) is the user's choice: trust it.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

QString DisplayCheck::missingDisplayMessage(const QString &program)
{
    return tr("%1: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are not set). "
              "Run it with --headless, or with QT_QPA_PLATFORM=offscreen.")
        .arg(program);
}
