#include "app/EnumCode.h"

namespace EnumCode {

QString kebab(const char *enumName)
{
    const QLatin1String name(enumName);
    QString code;
    code.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c(name.at(i));
        // A word starts at a capital that follows a small letter or digit: "IPv4" stays whole.
        if (c.isUpper() && i > 0 && !QChar(name.at(i - 1)).isUpper())
            code += QLatin1Char('-');
        code += c.toLower();
    }
    return code;
}

} // namespace EnumCode
