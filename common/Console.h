#pragma once

#include <QByteArray>
#include <QString>

// Line output for the headless modes: written and flushed at once, so a script reading a pipe
// sees each event as it happens.
namespace Console {

void out(const QByteArray &line); // stdout, as given (JSON lines end in '\n' already)
void out(const QString &line);    // stdout, UTF-8, '\n' appended
void err(const QString &line);    // stderr, UTF-8, '\n' appended

} // namespace Console
