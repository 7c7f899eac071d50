#include "reachability/ReachabilityRow.h"

#include "net/AddressText.h"

QString ReachabilityRow::family() const
{
    return AddressText::family(address);
}

QString ReachabilityRow::line() const
{
    const QString where =
        interfaceName.isEmpty()
            ? AddressText::withPort(address, port)
            : tr("%1 (%2)").arg(AddressText::withPort(address, port), interfaceName);
    if (reachable) {
        if (reasonText.isEmpty())
            return tr("Reachable at %1 — yes").arg(where);
        return tr("Reachable at %1 — yes: %2").arg(where, reasonText);
    }
    if (osError.isEmpty())
        return tr("Reachable at %1 — no: %2").arg(where, reasonText);
    return tr("Reachable at %1 — no: %2 (%3)").arg(where, reasonText, osError);
}

QString ReachabilityRow::codeOf(Reason reason)
{
    switch (reason) {
    case Reason::Reachable:
        return QStringLiteral("reachable");
    case Reason::BoundElsewhere:
        return QStringLiteral("bound-elsewhere");
    case Reason::OtherFamily:
        return QStringLiteral("other-family");
    case Reason::LinkLocalNeedsScope:
        return QStringLiteral("link-local-needs-scope");
    case Reason::LoopbackOnly:
        return QStringLiteral("loopback-only");
    case Reason::FilteredOrTimeout:
        return QStringLiteral("filtered-or-timeout");
    case Reason::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QList<ReachabilityRow::Reason> ReachabilityRow::allReasons()
{
    return {Reason::Reachable,    Reason::BoundElsewhere,
            Reason::OtherFamily,  Reason::LinkLocalNeedsScope,
            Reason::LoopbackOnly, Reason::FilteredOrTimeout,
            Reason::Unknown};
}
