// libFuzzer target: PeerText::escape(), the one way bytes from a peer reach a screen.
// Promises checked for every input: the result is displayable, escaping is reversible (so
// two different greetings never look the same), isPlain() agrees with escape(), and the
// multi-line form differs only in keeping line breaks.
#include "FuzzCheck.h"
#include "net/PeerText.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Encoded by hand: QString::fromUcs4() would drop a U+FEFF as a byte order mark.
bool appendUtf8(QByteArray *out, char32_t cp)
{
    if (cp < 0x80) {
        *out += char(cp);
    } else if (cp < 0x800) {
        *out += char(0xC0 | (cp >> 6));
        *out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return false;
        *out += char(0xE0 | (cp >> 12));
        *out += char(0x80 | ((cp >> 6) & 0x3F));
        *out += char(0x80 | (cp & 0x3F));
    } else if (cp <= 0x10FFFF) {
        *out += char(0xF0 | (cp >> 18));
        *out += char(0x80 | ((cp >> 12) & 0x3F));
        *out += char(0x80 | ((cp >> 6) & 0x3F));
        *out += char(0x80 | (cp & 0x3F));
    } else {
        return false;
    }
    return true;
}

// The inverse of PeerText::escape(Lines::Escaped), written from its documented format.
std::optional<QByteArray> unescape(const QString &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\')) {
            qsizetype end = i + 1;
            if (c.isHighSurrogate() && end < text.size() && text.at(end).isLowSurrogate())
                ++end;
            out += text.mid(i, end - i).toUtf8();
            i = end - 1;
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        switch (text.at(i).unicode()) {
        case '\\':
            out += '\\';
            break;
        case '0':
            out += '\0';
            break;
        case 't':
            out += '\t';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 'e':
            out += '\x1b';
            break;
        case 'x': {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int hi = hexValue(text.at(i + 1));
            const int lo = hexValue(text.at(i + 2));
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += char(hi * 16 + lo);
            i += 2;
            break;
        }
        case 'u': {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('{'))
                return std::nullopt;
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0)
                return std::nullopt;
            bool ok = false;
            const uint cp = text.mid(i + 2, close - i - 2).toUInt(&ok, 16);
            if (!ok)
                return std::nullopt;
            if (!appendUtf8(&out, char32_t(cp)))
                return std::nullopt;
            i = close;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using FuzzCheck::require;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString escaped = PeerText::escape(bytes);
    require(FuzzCheck::isDisplayable(escaped), "escape() output is displayable");
    require(!escaped.contains(QChar(0xFFFD)) || bytes.contains("\xef\xbf\xbd"),
            "escape() never invents a replacement character");
    const std::optional<QByteArray> back = unescape(escaped);
    require(back.has_value(), "escape() output follows its own escape format");
    require(*back == bytes, "escape() is reversible");
    require(PeerText::escape(bytes) == escaped, "escape() is deterministic");

    const QString kept = PeerText::escape(bytes, PeerText::Lines::Kept);
    require(FuzzCheck::isDisplayable(kept, true), "escape(Kept) output is displayable");
    QByteArray flattened = bytes;
    flattened.replace("\r\n", "\n");
    QString keptAsOneLine = kept;
    keptAsOneLine.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    require(keptAsOneLine == PeerText::escape(flattened),
            "escape(Kept) differs only in keeping line breaks");

    if (PeerText::isPlain(bytes)) {
        QString doubled = QString::fromUtf8(bytes);
        doubled.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        require(escaped == doubled, "plain bytes are shown as they are");
    }
    return 0;
}
