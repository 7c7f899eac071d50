#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Text a person types to send once connected ("HEAD / HTTP/1.0\r\n\r\n"), turned into the
// bytes it stands for. Escapes: \r \n \t \\ and \xNN (two hex digits); every other character
// is sent as UTF-8. Anything else after a backslash is an error that names the position,
// rather than a guess at what was meant.
class EscapedText final
{
    Q_DECLARE_TR_FUNCTIONS(EscapedText)

public:
    // Same cap as every read: what is sent is as bounded as what is received.
    static constexpr int kMaxBytes = 64 * 1024;

    struct Parsed
    {
        QByteArray bytes;
        QString error; // translated; empty when the text could be used

        bool ok() const { return error.isEmpty(); }
    };

    static Parsed parse(const QString &text);
};
