#pragma once

#include <QByteArray>
#include <QString>

// Line output for the headless modes: written and flushed at once, so a script reading a pipe
// sees each event as it happens.
namespace Console {

void out(const QByteArray &line); // stdout, as given (JSON lines end in '\n' already)
void out(const QString &line);    // stdout, UTF-8, '\n' appended
void err(const QString &line);    // stderr, UTF-8, '\n' appended

// Makes stdout and stderr reach the terminal the program was started from. Only Windows
// needs it (the programs are GUI-subsystem executables there, which get no console); out()
// and err() call it before their first write. Elsewhere it does nothing.
void attachToTerminal();

} // namespace Console
