#include "platform/Console.h"

#include <cstdio>
#include <cstdlib>
#include <windows.h>

namespace {

// Redirected output (a pipe or a file: scripts, CI) or a console already: nothing to do.
bool reachesSomething(DWORD which)
{
    const HANDLE handle = ::GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE &&
           ::GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

UINT g_previousCodePage = 0;

void restoreCodePage()
{
    // The console belongs to the shell that started us: leave it as it was.
    ::SetConsoleOutputCP(g_previousCodePage);
}

} // namespace

namespace Console {

// bindlab-*.exe are GUI-subsystem programs, so double-clicking them opens no console window.
// Started from cmd or PowerShell, they are given no console either, and without this their
// headless output, --help and errors would go nowhere.
void attachToTerminal()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const bool outFine = reachesSomething(STD_OUTPUT_HANDLE);
    const bool errFine = reachesSomething(STD_ERROR_HANDLE);
    if (outFine && errFine)
        return;
    if (!::AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer: there is no terminal to write to
    // Console::out() writes UTF-8 (arrows, umlauts, Chinese in the translations).
    g_previousCodePage = ::GetConsoleOutputCP();
    if (::SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreCodePage);
    if (!outFine)
        (void)std::freopen("CONOUT$", "w", stdout);
    if (!errFine)
        (void)std::freopen("CONOUT$", "w", stderr);
}

} // namespace Console
