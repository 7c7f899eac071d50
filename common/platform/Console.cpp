#include "platform/Console.h"

#include <cstdio>

namespace Console {

// A failed write means the reader is gone (a closed pipe): there is no one left to tell.
void out(const QByteArray &line)
{
    attachToTerminal();
    (void)std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    (void)std::fflush(stdout);
}

void out(const QString &line)
{
    out(line.toUtf8() + '\n');
}

void err(const QString &line)
{
    attachToTerminal();
    const QByteArray bytes = line.toUtf8() + '\n';
    (void)std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    (void)std::fflush(stderr);
}

} // namespace Console
