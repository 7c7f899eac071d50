#include "server/ServerNotice.h"

#include "net/AddressText.h"
#include "platform/OsError.h"

QString ServerNotice::eventName() const
{
    switch (kind) {
    case Kind::AcceptPaused:
        return QStringLiteral("paused");
    case Kind::AcceptResumed:
        return QStringLiteral("resumed");
    case Kind::AddressGone:
        return QStringLiteral("address-gone");
    case Kind::InterfaceDown:
        return QStringLiteral("interface-down");
    case Kind::AddressBack:
        return QStringLiteral("address-back");
    case Kind::SlowClientLimit:
        return QStringLiteral("limit");
    }
    return {};
}

QString ServerNotice::message() const
{
    const QString where = AddressText::withPort(address, port);
    switch (kind) {
    case Kind::AcceptPaused:
        return tr("Accepting paused: %1 (%2). New clients wait in the queue and are served once "
                  "descriptors are free again; retrying in %3 ms.")
            .arg(OsError::name(osError), OsError::description(osError))
            .arg(retryMsecs);
    case Kind::AcceptResumed:
        return tr("Accepting again after %1 ms (paused by %2).")
            .arg(pausedMsecs)
            .arg(OsError::name(osError));
    case Kind::AddressGone:
        if (interfaceName.isEmpty())
            return tr("%1 is no longer an address of this machine: clients connecting to it now "
                      "time out. Stop and Start again to rebind to an address that exists.")
                .arg(where);
        return tr("%1 is no longer an address of this machine (it was on %2): clients "
                  "connecting to it now time out. Stop and Start again to rebind to an address "
                  "that exists.")
            .arg(where, interfaceName);
    case Kind::InterfaceDown:
        return tr("Interface %1, which holds %2, is down: clients cannot reach this server. "
                  "Bring the interface up, or Stop and Start again to rebind elsewhere.")
            .arg(interfaceName, where);
    case Kind::AddressBack:
        return tr("%1 is reachable again.").arg(where);
    case Kind::SlowClientLimit:
        return tr("%1 clients are taking the greeting slowly, the most this server holds at "
                  "once: from now on the one waiting longest is reset to make room.")
            .arg(limit);
    }
    return {};
}

bool ServerNotice::isProblem() const
{
    return kind != Kind::AcceptResumed && kind != Kind::AddressBack;
}
