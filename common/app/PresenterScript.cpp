#include "app/PresenterScript.h"

#include <QNetworkInterface>

QString PresenterScript::serverBindKey(Step step)
{
    return step == Step::Bug ? QStringLiteral("hostname") : QStringLiteral("any");
}

QString PresenterScript::buttonText(Step step)
{
    return step == Step::Bug ? tr("1. Reproduce the article's bug") : tr("2. Apply the fix");
}

QString PresenterScript::serverCaption(Step step, const QString &boundAddress)
{
    if (step == Step::Bug)
        return tr("The server binds to this machine's hostname, like the article's "
                  "socket.gethostname(). Here that is %1: only this machine can connect.")
            .arg(boundAddress);
    return tr("The fix: bind to all interfaces (0.0.0.0 / '' in Python). Now every host that "
              "can reach this machine is greeted.");
}

QString PresenterScript::clientCaption(Step step, bool greeted)
{
    if (step == Step::Bug)
        return greeted ? tr("Greeted: the hostname does not resolve to loopback here, so the bug "
                            "does not show on this machine.")
                       : tr("Connection refused: the server listens on loopback only, and we "
                            "came by the network address.");
    return greeted ? tr("Greeted: the server now listens on every interface.")
                   : tr("Still no greeting: check that the server was restarted on all "
                        "interfaces.");
}

QString PresenterScript::demoTarget(const QString &given)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.ip().isLoopback())
                return entry.ip().toString();
        }
    }
    return QStringLiteral("127.0.0.1");
}
