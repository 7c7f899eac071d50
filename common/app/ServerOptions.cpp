#include "app/ServerOptions.h"

#include <QCommandLineParser>

namespace {

// Every option of bindlab-server, declared once for the parser and for reading the values.
struct ServerFlags
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help.")};
    const QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version.")};
    const QCommandLineOption headless{QStringLiteral("headless"),
                                      tr("Run without a window, printing one line per event.")};
    const QCommandLineOption json{QStringLiteral("json"),
                                  tr("With --headless or --list-binds: print JSON lines.")};
    const QCommandLineOption listBinds{QStringLiteral("list-binds"),
                                       tr("Print every bind choice of this machine and exit.")};
    const QCommandLineOption bind{
        QStringLiteral("bind"),
        tr("Where to listen: any, any4, any6, loopback, loopback6, hostname, an interface name "
           "or an address (with %scope for link-local)."),
        tr("choice")};
    const QCommandLineOption port{QStringLiteral("port"),
                                  tr("TCP port (default %1).").arg(Defaults::kPort), tr("port")};
    const QCommandLineOption greeting{QStringLiteral("greeting"),
                                      tr("What to send to every client (UTF-8)."), tr("text")};
    const QCommandLineOption start{QStringLiteral("start"), tr("Window: start listening at once.")};
    const QCommandLineOption presenter{
        QStringLiteral("presenter"),
        tr("Window: start in presenter mode (large type, the demo's two steps).")};
    const QCommandLineOption quiet{QStringLiteral("quiet"),
                                   tr("Headless: no line per connection, only totals.")};
    const QCommandLineOption noExplain{
        QStringLiteral("no-explain"),
        tr("Do not answer refused clients' questions on UDP (the explain service).")};
    const QCommandLineOption count{QStringLiteral("count"),
                                   tr("Headless: stop after this many connections."), tr("n")};
    const QCommandLineOption lang{QStringLiteral("lang"),
                                  tr("Language of the interface (en, de, zh_CN); default: the "
                                     "system's."),
                                  tr("language")};
};

// Values that need checking; returns a translated error, or "" when all are usable.
QString readChecked(const QCommandLineParser &parser, const ServerFlags &f, ServerOptions &o)
{
    if (parser.isSet(f.port)) {
        bool ok = false;
        const int value = parser.value(f.port).toInt(&ok);
        if (!ok || value < 0 || value > 65535)
            return ServerOptions::tr("The port \"%1\" is not a number from 0 to 65535.")
                .arg(parser.value(f.port));
        o.port = quint16(value);
        o.portGiven = true;
    }
    if (parser.isSet(f.greeting)) {
        o.greeting = parser.value(f.greeting);
        o.greetingGiven = true;
        if (o.greeting.toUtf8().size() > 65536)
            return ServerOptions::tr("The greeting is longer than 64 KiB.");
    }
    if (parser.isSet(f.count)) {
        bool ok = false;
        o.count = parser.value(f.count).toULongLong(&ok);
        if (!ok || o.count == 0)
            return ServerOptions::tr("--count takes a whole number of at least 1, not \"%1\".")
                .arg(parser.value(f.count));
    }
    return {};
}

} // namespace

ServerOptions::Parsed ServerOptions::parse(const QStringList &arguments)
{
    Parsed result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("BindLab server: listens on the address you choose and greets every connection, so "
           "you can see who can reach it."));
    const ServerFlags f;
    parser.addOptions({f.help, f.version, f.headless, f.json, f.listBinds, f.bind, f.port,
                       f.greeting, f.start, f.presenter, f.quiet, f.noExplain, f.count, f.lang});
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(f.help);
    result.showVersion = parser.isSet(f.version);
    if (!parser.positionalArguments().isEmpty()) {
        result.error =
            tr("Unexpected argument \"%1\". See --help.").arg(parser.positionalArguments().first());
        return result;
    }
    ServerOptions &o = result.options;
    o.headless = parser.isSet(f.headless);
    o.json = parser.isSet(f.json);
    o.listBinds = parser.isSet(f.listBinds);
    o.start = parser.isSet(f.start);
    o.presenter = parser.isSet(f.presenter);
    o.quiet = parser.isSet(f.quiet);
    o.explainGiven = parser.isSet(f.noExplain);
    o.explain = !o.explainGiven;
    o.language = parser.value(f.lang);
    if (parser.isSet(f.bind)) {
        o.bind = parser.value(f.bind);
        o.bindGiven = true;
    }
    result.error = readChecked(parser, f, o);
    return result;
}
