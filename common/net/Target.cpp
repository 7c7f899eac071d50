#include "net/Target.h"

#include "net/AddressText.h"

QString Target::dialText() const
{
    if (isLiteral())
        return AddressText::withPort(literal, port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}
