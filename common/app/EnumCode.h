#pragma once

#include <QMetaEnum>
#include <QString>

// The stable codes of JSON and tests ("loopback-only", "bad-ipv6") are the enum's own names in
// kebab case, read from Q_ENUM, so a new value brings its code with it and no table can drift.
namespace EnumCode {

// "LoopbackOnly" -> "loopback-only", "AmbiguousIPv4" -> "ambiguous-ipv4".
QString kebab(const char *enumName);

template<typename Enum> QString of(Enum value)
{
    return kebab(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

} // namespace EnumCode
