// bindlab-server-bench: bindlab-server's window as bench/run.py measures it, and nothing the
// shipped program needs. The same ServerWindow (bindlab_server_ui) under whatever platform
// plugin the caller chose, plus an EventLoopProbe from the moment it listens; at exit a JSON
// report of the window's totals and its longest event-loop stalls. The window prints nothing,
// so the report is how its served count is checked against the load generator's.
//
//   bindlab-server-bench --report FILE [bindlab-server's window options: --bind, --port, --start]
//
// SIGINT/SIGTERM close the window, as in bindlab-server; the report is written after that.
#include "EventLoopProbe.h"
#include "ServerWindow.h"
#include "app/ServerOptions.h"
#include "platform/Console.h"
#include "platform/StopSignals.h"
#include "server/ConnectionLog.h"
#include "server/GreetingServer.h"
#include "server/ServerSession.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// Client totals as in the headless `stopped` event (the reachability probe's own connections
// left out), the log's and the server's own counters so run.py can check they agree, and the
// probe's stalls. Returns why it could not be written (the system's words), or "".
QString writeReport(const QString &path, const ServerWindow &window, const EventLoopProbe &probe)
{
    const ServerSession &session = *window.session();
    const QJsonObject report{
        {QStringLiteral("event"), QStringLiteral("stopped")},
        {QStringLiteral("served"), double(session.clientsGreeted())},
        {QStringLiteral("accepted"), double(session.clientsAccepted())},
        {QStringLiteral("self_tests"), double(session.selfTests())},
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

// Takes "--report FILE" out of the arguments; the rest are bindlab-server's own.
QString takeReportPath(QStringList *arguments)
{
    const int at = int(arguments->indexOf(QStringLiteral("--report")));
    if (at < 1 || at + 1 >= arguments->size())
        return {};
    const QString path = arguments->at(at + 1);
    arguments->remove(at, 2);
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Its own settings, apart from a real bindlab-server's remembered choices.
    QCoreApplication::setApplicationName(QStringLiteral("bindlab-server-bench"));
    QCoreApplication::setOrganizationName(QStringLiteral("BindLab"));
    QStringList arguments = app.arguments();
    const QString reportPath = takeReportPath(&arguments);
    const ServerOptions::Parsed parsed = ServerOptions::parse(arguments);
    if (reportPath.isEmpty() || !parsed.error.isEmpty() || parsed.options.headless) {
        Console::err(QStringLiteral("usage: bindlab-server-bench --report FILE "
                                    "[bindlab-server window options] %1")
                         .arg(parsed.error));
        return 2;
    }
    ServerWindow window(parsed.options);
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &window, &QWidget::close);
    EventLoopProbe probe;
    // From the moment it listens: start-up (fonts, first paint) is not what load does.
    QObject::connect(window.session(), &ServerSession::started, &probe,
                     [&probe] { probe.start(); });
    window.show();
    const int code = app.exec();
    const QString error = writeReport(reportPath, window, probe);
    if (!error.isEmpty()) {
        Console::err(QStringLiteral("--report %1: %2").arg(reportPath, error));
        return 1;
    }
    return code;
}
