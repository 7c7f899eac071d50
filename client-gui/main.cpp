#include "AppIcon.h"
#include "ClientWindow.h"
#include "DisplayCheck.h"
#include "WindowShot.h"
#include "app/ClientOptions.h"
#include "app/HeadlessClient.h"
#include "app/Translations.h"
#include "platform/Console.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

namespace {

// Decided before any QApplication exists: headless runs must not need a display.
bool needsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--help" || a == "-h" || a == "--version" || a == "-v")
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool wantsWindow = needsWindow(argc, argv);
    const bool noDisplay = wantsWindow && !DisplayCheck::canOpenWindows();
    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow && !noDisplay)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bindlab-client"));
    QCoreApplication::setOrganizationName(QStringLiteral("BindLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BINDLAB_VERSION));
    QStringList arguments = app->arguments();
    const WindowShot shot = WindowShot::takeFrom(&arguments);
    Translations::install(*app, Translations::languageFromArguments(arguments));
    if (!shot.error().isEmpty()) {
        Console::err(shot.error());
        return 2;
    }

    const ClientOptions::Parsed parsed = ClientOptions::parse(arguments);
    if (!parsed.error.isEmpty()) {
        Console::err(parsed.error);
        return 2;
    }
    if (noDisplay) {
        Console::err(DisplayCheck::missingDisplayMessage(QStringLiteral("bindlab-client")));
        return 2;
    }
    if (parsed.showHelp) {
        Console::out(parsed.helpText);
        return 0;
    }
    if (parsed.showVersion) {
        Console::out(QStringLiteral("bindlab-client %1 (Qt %2)")
                         .arg(QStringLiteral(BINDLAB_VERSION), QString::fromLatin1(qVersion())));
        return 0;
    }
    if (parsed.options.headless) {
        HeadlessClient client(parsed.options);
        const int code = client.start();
        if (code >= 0)
            return code;
        return app->exec();
    }
    QApplication::setWindowIcon(AppIcon::named(QStringLiteral("bindlab-client")));
    QGuiApplication::setDesktopFileName(QStringLiteral(BINDLAB_DESKTOP_ID));
    ClientWindow window(parsed.options);
    window.show();
    shot.arm(&window);
    return app->exec();
}
