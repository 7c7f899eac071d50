#include "AppIcon.h"
#include "DisplayCheck.h"
#include "ServerWindow.h"
#include "WindowShot.h"
#include "app/HeadlessServer.h"
#include "app/ServerOptions.h"
#include "app/Translations.h"
#include "platform/Console.h"
#include "platform/StopSignals.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

namespace {

// Decided before any QApplication exists: headless runs must not need a display.
bool needsWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--list-binds" || a == "--help" || a == "-h" ||
            a == "--version" || a == "-v")
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
    if (wantsWindow && !noDisplay) {
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        // Without a window nothing needs GLib's main loop (no GUI toolkit to share it with),
        // and Qt's own poll() dispatcher costs less per wake-up: 0.3 µs of user time per
        // connection in the benchmark, a quarter of what the headless server spent beyond
        // the C floor. Whoever sets the variable themselves keeps their choice.
        if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("bindlab-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("BindLab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BINDLAB_VERSION));
    QStringList arguments = app->arguments();
    const WindowShot shot = WindowShot::takeFrom(&arguments);
    Translations::install(*app, Translations::languageFromArguments(arguments));
    if (!shot.error().isEmpty()) {
        Console::err(shot.error());
        return 2;
    }

    const ServerOptions::Parsed parsed = ServerOptions::parse(arguments);
    if (!parsed.error.isEmpty()) {
        Console::err(parsed.error);
        return 2;
    }
    if (noDisplay) {
        Console::err(DisplayCheck::missingDisplayMessage(QStringLiteral("bindlab-server")));
        return 2;
    }
    if (parsed.showHelp) {
        Console::out(parsed.helpText);
        return 0;
    }
    if (parsed.showVersion) {
        Console::out(QStringLiteral("bindlab-server %1 (Qt %2)")
                         .arg(QStringLiteral(BINDLAB_VERSION), QString::fromLatin1(qVersion())));
        return 0;
    }
    const ServerOptions &options = parsed.options;
    if (options.listBinds) {
        HeadlessServer lister(options);
        return lister.listBinds();
    }
    if (options.headless) {
        HeadlessServer server(options);
        const int code = server.start();
        if (code >= 0)
            return code;
        return app->exec();
    }
    QApplication::setWindowIcon(AppIcon::named(QStringLiteral("bindlab-server")));
    QGuiApplication::setDesktopFileName(QStringLiteral(BINDLAB_DESKTOP_ID));
    ServerWindow window(options);
    // kill, a service manager or Ctrl+C in the terminal closes the window like Quit does.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &window, &QWidget::close);
    window.show();
    shot.arm(&window);
    return app->exec();
}
