#include "app/ServerOptions.h"

#include <QCommandLineParser>

ServerOptions::Parsed ServerOptions::parse(const QStringList &arguments)
{
    Parsed result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("BindLab server: listens on the address you choose and greets every connection, so "
           "you can see who can reach it."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run without a window, printing one line per event."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("With --headless or --list-binds: print JSON lines."));
    const QCommandLineOption listBinds(QStringLiteral("list-binds"),
                                       tr("Print every bind choice of this machine and exit."));
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        tr("Where to listen: any, any4, any6, loopback, loopback6, hostname, an interface name "
           "or an address (with %scope for link-local)."),
        tr("choice"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("TCP port (default %1).").arg(Defaults::kPort), tr("port"));
    const QCommandLineOption greeting(QStringLiteral("greeting"),
                                      tr("What to send to every client (UTF-8)."), tr("text"));
    const QCommandLineOption start(QStringLiteral("start"), tr("Window: start listening at once."));
    const QCommandLineOption presenter(
        QStringLiteral("presenter"),
        tr("Window: start in presenter mode (large type, the demo's two steps)."));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("Headless: no line per connection, only totals."));
    const QCommandLineOption count(QStringLiteral("count"),
                                   tr("Headless: stop after this many connections."), tr("n"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the interface (en, de, zh_CN); default: the "
                                     "system's."),
                                  tr("language"));
    parser.addOptions({help, version, headless, json, listBinds, bind, port, greeting, start,
                       presenter, quiet, count, lang});
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        result.error =
            tr("Unexpected argument \"%1\". See --help.").arg(parser.positionalArguments().first());
        return result;
    }
    ServerOptions &o = result.options;
    o.headless = parser.isSet(headless);
    o.json = parser.isSet(json);
    o.listBinds = parser.isSet(listBinds);
    o.start = parser.isSet(start);
    o.presenter = parser.isSet(presenter);
    o.quiet = parser.isSet(quiet);
    o.language = parser.value(lang);
    if (parser.isSet(bind)) {
        o.bind = parser.value(bind);
        o.bindGiven = true;
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const int value = parser.value(port).toInt(&ok);
        if (!ok || value < 0 || value > 65535) {
            result.error =
                tr("The port \"%1\" is not a number from 0 to 65535.").arg(parser.value(port));
            return result;
        }
        o.port = quint16(value);
        o.portGiven = true;
    }
    if (parser.isSet(greeting)) {
        o.greeting = parser.value(greeting);
        o.greetingGiven = true;
        if (o.greeting.toUtf8().size() > 65536) {
            result.error = tr("The greeting is longer than 64 KiB.");
            return result;
        }
    }
    if (parser.isSet(count)) {
        bool ok = false;
        o.count = parser.value(count).toULongLong(&ok);
        if (!ok || o.count == 0) {
            result.error = tr("--count takes a whole number of at least 1, not \"%1\".")
                               .arg(parser.value(count));
            return result;
        }
    }
    return result;
}
