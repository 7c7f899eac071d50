#pragma once

#include <QByteArray>
#include <QString>

// The one way bytes from a peer become text on a screen, in a terminal, in JSON or in a log.
// A greeting is whatever the other end sent: it may hold terminal escape sequences, bidi
// overrides that reorder what a reader sees, NUL, or bytes that are not UTF-8. Each of those
// is shown as a visible escape, so what is displayed is exactly, and only, what arrived.
namespace PeerText {

enum class Lines {
    Escaped, // one line: \n, \r and \t become visible escapes too (terminal, JSON, log rows)
    Kept     // \n (and \r\n) stay line breaks, for a multi-line plain-text view
};

// Valid UTF-8 printable text passes unchanged, except "\" which is doubled so that escapes
// stay unambiguous. Invalid bytes become \xNN; control, format and bidi characters become
// \u{XXXX} (\0, \t, \n, \r, \e for the common ones).
QString escape(const QByteArray &bytes, Lines lines = Lines::Escaped);

// True when escape() would change nothing but backslashes: the bytes are plain text.
bool isPlain(const QByteArray &bytes);

} // namespace PeerText
