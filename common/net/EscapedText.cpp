#include "net/EscapedText.h"

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

EscapedText::Parsed EscapedText::parse(const QString &text)
{
    Parsed parsed;
    QString literal; // plain characters waiting to be encoded as UTF-8 in one go
    const auto flush = [&] {
        parsed.bytes += literal.toUtf8();
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\')) {
            literal += c;
            continue;
        }
        // Positions are counted from 1, as a person counts characters.
        const qsizetype position = i + 1;
        if (i + 1 >= text.size()) {
            parsed.error = tr("The text ends with a lone backslash (character %1); write \\\\ "
                              "to send a backslash.")
                               .arg(position);
            return parsed;
        }
        const QChar e = text.at(++i);
        flush();
        if (e == QLatin1Char('r')) {
            parsed.bytes += '\r';
        } else if (e == QLatin1Char('n')) {
            parsed.bytes += '\n';
        } else if (e == QLatin1Char('t')) {
            parsed.bytes += '\t';
        } else if (e == QLatin1Char('\\')) {
            parsed.bytes += '\\';
        } else if (e == QLatin1Char('x')) {
            const int high = i + 1 < text.size() ? hexValue(text.at(i + 1)) : -1;
            const int low = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
            if (high < 0 || low < 0) {
                parsed.error =
                    tr("\\x at character %1 needs two hex digits, as in \\x0d.").arg(position);
                return parsed;
            }
            parsed.bytes += char(high * 16 + low);
            i += 2;
        } else {
            parsed.error = tr("\\%1 at character %2 is not an escape BindLab knows; use \\r, "
                              "\\n, \\t, \\\\ or \\xNN.")
                               .arg(e)
                               .arg(position);
            return parsed;
        }
    }
    flush();
    if (parsed.bytes.size() > kMaxBytes) {
        parsed.error = tr("The text is %1 bytes long; at most %2 bytes can be sent.")
                           .arg(parsed.bytes.size())
                           .arg(kMaxBytes);
        parsed.bytes.clear();
    }
    return parsed;
}
