#include "net/PeerText.h"

namespace {

// Decodes one UTF-8 sequence at data[i]; returns the code point and advances i, or returns
// -1 and leaves i on the offending byte. Rejects overlong forms, surrogates and values above
// U+10FFFF, as the standard requires.
char32_t decodeAt(const QByteArray &data, qsizetype &i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(data.at(k)); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    int length;
    char32_t cp;
    char32_t minimum;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
        minimum = 0x10000;
    } else {
        return char32_t(-1);
    }
    if (i + length > data.size())
        return char32_t(-1);
    for (int k = 1; k < length; ++k) {
        const unsigned char c = byte(i + k);
        if ((c & 0xC0) != 0x80)
            return char32_t(-1);
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return char32_t(-1);
    i += length;
    return cp;
}

bool isBidiControl(char32_t cp)
{
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

// Anything that does not draw as itself: controls, format characters (zero-width, bidi),
// line and paragraph separators, and code points with no character assigned.
bool needsEscape(char32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return true;
    if (isBidiControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF)
        return true;
    const QChar::Category category = QChar::category(cp);
    return category == QChar::Other_Format || category == QChar::Other_NotAssigned ||
           category == QChar::Other_PrivateUse;
}

QString hexEscape(char32_t cp)
{
    return QStringLiteral("\\u{%1}").arg(
        QString::number(uint(cp), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

QString escapeCodePoint(char32_t cp, PeerText::Lines lines)
{
    switch (cp) {
    case 0x00:
        return QStringLiteral("\\0");
    case 0x09:
        return QStringLiteral("\\t");
    case 0x0A:
        return lines == PeerText::Lines::Kept ? QStringLiteral("\n") : QStringLiteral("\\n");
    case 0x0D:
        return QStringLiteral("\\r");
    case 0x1B:
        return QStringLiteral("\\e");
    default:
        return hexEscape(cp);
    }
}

} // namespace

namespace PeerText {

QString escape(const QByteArray &bytes, Lines lines)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (lines == Lines::Kept && bytes.at(i) == '\r' && i + 1 < bytes.size() &&
            bytes.at(i + 1) == '\n') {
            out += QLatin1Char('\n');
            i += 2;
            continue;
        }
        const qsizetype start = i;
        const char32_t cp = decodeAt(bytes, i);
        if (cp == char32_t(-1)) {
            out += QStringLiteral("\\x%1").arg(uint(static_cast<unsigned char>(bytes.at(start))), 2,
                                               16, QLatin1Char('0'));
            i = start + 1;
        } else if (cp == U'\\') {
            out += QLatin1String("\\\\");
        } else if (needsEscape(cp)) {
            out += escapeCodePoint(cp, lines);
        } else {
            out += QString::fromUcs4(&cp, 1);
        }
    }
    return out;
}

bool isPlain(const QByteArray &bytes)
{
    // Compared with the backslashes doubled rather than removed: removing them can join the
    // bytes around one into a valid sequence ("\xf0\\\xa9\xa9\xa9" would look plain).
    QString doubled = QString::fromUtf8(bytes);
    doubled.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return escape(bytes) == doubled;
}

} // namespace PeerText
