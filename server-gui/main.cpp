#include "AppIcon.h"
#include "DisplayCheck.h"
#include "ServerWindow.h"
#include "WindowShot.h"
#include "app/EventLoopProbe.h"
#include "app/HeadlessServer.h"
#include "app/ServerOptions.h"
#include "app/Translations.h"
#include "platform/Console.h"
#include "platform/StopSignals.h"
#include "server/ConnectionLog.h"
#include "server/GreetingServer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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

// The window's totals and its longest event-loop stall, for the benchmark (bench/run.py): the
// window prints nothing, so this is how its served count is checked against the load
// generator's. Only written when BINDLAB_REPORT_ON_EXIT names a file.
// Returns why it could not be written (the system's words), or an empty string.
QString writeExitReport(const QString &path, const ServerWindow &window,
                        const EventLoopProbe &probe)
{
    // The reachability probe's own connections are in the server's and the log's totals;
    // "served" and "accepted" count clients, as in the headless `stopped` event.
    const quint64 selfTests = window.log()->selfTests();
    const QJsonObject report{
        {QStringLiteral("event"), QStringLiteral("stopped")},
        {QStringLiteral("served"), double(window.log()->greeted() - selfTests)},
        {QStringLiteral("accepted"), double(window.log()->total() - selfTests)},
        {QStringLiteral("self_tests"), double(selfTests)},
        {QStringLiteral("server_greeted"), double(window.server()->greeted())},
        {QStringLiteral("server_accepted"), double(window.server()->accepted())},
        {QStringLiteral("log_total"), double(window.log()->total())},
        {QStringLiteral("log_greeted"), double(window.log()->greeted())},
        {QStringLiteral("log_rows"), window.log()->size()},
        {QStringLiteral("max_stall_ms"), probe.maxStallMs()},
        {QStringLiteral("own_stall_ms"), probe.ownStallMs()},
        {QStringLiteral("stalls_over_20ms"), double(probe.stalls())},
        {QStringLiteral("own_stalls_over_20ms"), double(probe.ownStalls())},
        {QStringLiteral("probe_ticks"), double(probe.ticks())}};
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) &&
        file.write(QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n') > 0 &&
        file.commit())
        return {};
    return file.errorString();
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
    const QString reportPath = qEnvironmentVariable("BINDLAB_REPORT_ON_EXIT");
    EventLoopProbe probe;
    // From the moment it listens: start-up (fonts, first paint) is not what load does.
    if (!reportPath.isEmpty())
        QObject::connect(window.server(), &GreetingServer::started, &probe,
                         [&probe] { probe.start(); });
    window.show();
    shot.arm(&window);
    const int code = app->exec();
    if (!reportPath.isEmpty()) {
        // Only the benchmark sets this variable: its name and the system's reason say it all.
        const QString error = writeExitReport(reportPath, window, probe);
        if (!error.isEmpty()) {
            Console::err(QStringLiteral("BINDLAB_REPORT_ON_EXIT=%1: %2").arg(reportPath, error));
            return 1;
        }
    }
    return code;
}
