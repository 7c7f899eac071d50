#include "reachability/ReachabilityRow.h"

#include "app/EnumCode.h"
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
    return EnumCode::of(reason);
}

QList<ReachabilityRow::Reason> ReachabilityRow::allReasons()
{
    const QMetaEnum meta = QMetaEnum::fromType<Reason>();
    QList<Reason> reasons;
    for (int i = 0; i < meta.keyCount(); ++i)
        reasons << Reason(meta.value(i));
    return reasons;
}
