#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// The two steps of the classic demo, as both windows present them in presenter mode: first
// reproduce the article's bug (bind the hostname, connect from the LAN address or a second
// host: refused), then apply the fix (bind all interfaces, connect again: greeted).
class PresenterScript final
{
    Q_DECLARE_TR_FUNCTIONS(PresenterScript)

public:
    enum class Step { Bug, Fix };

    // The bind key each step uses on the server.
    static QString serverBindKey(Step step);
    // What the server window says while the step is on screen.
    static QString serverCaption(Step step, const QString &boundAddress);
    // What the client window says after the step's connect.
    static QString clientCaption(Step step, bool greeted);
    static QString buttonText(Step step);

    // Where the client connects in the demo: a given target, else this machine's first LAN
    // IPv4 address (never loopback: loopback would hide the bug), else 127.0.0.1.
    static QString demoTarget(const QString &given);
};
