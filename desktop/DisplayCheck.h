#pragma once

#include <QCoreApplication>
#include <QString>

// Whether a window can be opened at all. On X11/Wayland systems without either (an ssh session,
// CI), QApplication aborts inside its platform plugin; checking first turns that crash into a
// clear message that points to --headless.
class DisplayCheck final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCheck)

public:
    static bool canOpenWindows();
    static QString missingDisplayMessage(const QString &program);
};
