#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// What the fuzz targets hold true for every input. A broken promise aborts, which libFuzzer
// records as a crash with the input that caused it (see fuzz/README.md).
namespace FuzzCheck {

inline void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

// Text a person can be shown as it is: no control, format (bidi, zero-width), line or
// paragraph separator characters, and no lone surrogate halves.
inline bool isDisplayable(const QString &text, bool allowNewline = false)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t cp = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            return false;
        }
        if (allowNewline && cp == U'\n')
            continue;
        switch (QChar::category(cp)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
    }
    return true;
}

} // namespace FuzzCheck
