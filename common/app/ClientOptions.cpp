#include "app/ClientOptions.h"

#include "app/Defaults.h"
#include "net/EscapedText.h"

#include <QCommandLineParser>

namespace {

constexpr int kMaxExplainTimeoutMs = 10000;

bool parseMs(const QString &text, int *out, int max = 600000)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > max)
        return false;
    *out = value;
    return true;
}

// The text to send once connected, with its escapes; false with the reason when unusable.
bool parseSend(const QString &text, ClientOptions *o, QString *error)
{
    o->sendText = text;
    const EscapedText::Parsed parsed = EscapedText::parse(text);
    if (!parsed.ok()) {
        *error = ClientOptions::tr("--send: %1").arg(parsed.error);
        return false;
    }
    o->sendBytes = parsed.bytes;
    return true;
}

// A name the option had before, still accepted but not offered.
QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// Every option of bindlab-client, declared once for the parser and for reading the values.
struct ClientFlags
{
    Q_DECLARE_TR_FUNCTIONS(ClientOptions)

public:
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help.")};
    const QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version.")};
    const QCommandLineOption headless{QStringLiteral("headless"),
                                      tr("Run without a window: connect once, print, exit.")};
    const QCommandLineOption json{QStringLiteral("json"), tr("With --headless: print JSON lines.")};
    const QCommandLineOption connectNow{QStringLiteral("connect"),
                                        tr("Window: fill in TARGET and PORT and connect at once.")};
    const QCommandLineOption timeout{QStringLiteral("timeout"),
                                     tr("Longest wait for the connection, in ms (default 5000)."),
                                     tr("ms")};
    const QCommandLineOption bannerWait{
        QStringLiteral("banner-wait"),
        tr("Once connected, how long to listen for what the service sends, in ms (default "
           "1000)."),
        tr("ms")};
    const QCommandLineOption readTimeout =
        hidden(QCommandLineOption(QStringLiteral("read-timeout"), QString(), tr("ms")));
    const QCommandLineOption send{
        QStringLiteral("send"),
        tr("Text to send once connected; \\r, \\n, \\t, \\\\ and \\xNN are escapes, "
           "e.g. \"HEAD / HTTP/1.0\\r\\n\\r\\n\"."),
        tr("text")};
    const QCommandLineOption lang{QStringLiteral("lang"),
                                  tr("Language of the interface (en, de, zh_CN); default: the "
                                     "system's."),
                                  tr("language")};
    const QCommandLineOption presenter{
        QStringLiteral("presenter"),
        tr("Window: start in presenter mode (large type, the demo's two steps).")};
    const QCommandLineOption demoTarget{
        QStringLiteral("demo-target"),
        tr("Presenter mode: the address the demo connects to (default: this machine's network "
           "address)."),
        tr("address")};
    const QCommandLineOption noExplain{
        QStringLiteral("no-explain"),
        tr("When another host refuses, do not ask its server why (no UDP question is sent).")};
    const QCommandLineOption explainTimeout{
        QStringLiteral("explain-timeout"),
        tr("When another host refuses, how long to wait for its server's answer to why, in ms "
           "(default %1).")
            .arg(ExplainQuery::kDefaultTimeoutMs),
        tr("ms")};
};

// Values that need checking; returns a translated error, or "" when all are usable.
QString readChecked(const QCommandLineParser &parser, const ClientFlags &f, ClientOptions &o)
{
    if (parser.isSet(f.timeout) && !parseMs(parser.value(f.timeout), &o.timeoutMs))
        return ClientOptions::tr("--timeout takes milliseconds from 1 to 600000, not \"%1\".")
            .arg(parser.value(f.timeout));
    o.timeoutGiven = parser.isSet(f.timeout);
    for (const QCommandLineOption *wait : {&f.readTimeout, &f.bannerWait}) {
        if (parser.isSet(*wait) && !parseMs(parser.value(*wait), &o.readTimeoutMs))
            return ClientOptions::tr("--%1 takes milliseconds from 1 to 600000, not \"%2\".")
                .arg(wait->names().first(), parser.value(*wait));
    }
    if (parser.isSet(f.explainTimeout) &&
        !parseMs(parser.value(f.explainTimeout), &o.explainTimeoutMs, kMaxExplainTimeoutMs))
        return ClientOptions::tr("--explain-timeout takes milliseconds from 1 to %1, not \"%2\".")
            .arg(kMaxExplainTimeoutMs)
            .arg(parser.value(f.explainTimeout));
    o.explain = !parser.isSet(f.noExplain);
    QString error;
    if (parser.isSet(f.send))
        parseSend(parser.value(f.send), &o, &error);
    return error;
}

} // namespace

ClientOptions::Parsed ClientOptions::parse(const QStringList &arguments)
{
    Parsed result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("BindLab client: connects to a server, shows its greeting or the exact error, and "
           "explains why."));
    const ClientFlags f;
    parser.addOptions({f.help, f.version, f.headless, f.json, f.connectNow, f.timeout, f.bannerWait,
                       f.readTimeout, f.send, f.lang, f.presenter, f.demoTarget, f.noExplain,
                       f.explainTimeout});
    // Only names in the help text: the parser never matches them, so they can be translated.
    parser.addPositionalArgument(tr("target", "positional argument name in --help"),
                                 tr("Host name or address, optionally with :port."));
    parser.addPositionalArgument(tr("port", "positional argument name in --help"),
                                 tr("TCP port (default %1).").arg(Defaults::kPort),
                                 tr("[port]", "positional argument syntax in --help"));
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(f.help);
    result.showVersion = parser.isSet(f.version);
    ClientOptions &o = result.options;
    o.headless = parser.isSet(f.headless);
    o.json = parser.isSet(f.json);
    o.connectNow = parser.isSet(f.connectNow);
    o.presenter = parser.isSet(f.presenter);
    o.demoTarget = parser.value(f.demoTarget);
    o.language = parser.value(f.lang);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        result.error = tr("Too many arguments: give a target and at most one port.");
        return result;
    }
    if (!positional.isEmpty())
        o.target = positional.at(0);
    if (positional.size() > 1)
        o.port = positional.at(1);
    result.error = readChecked(parser, f, o);
    if (result.error.isEmpty() && o.headless && o.target.isEmpty() && !result.showHelp &&
        !result.showVersion)
        result.error = tr("No target given. Usage: bindlab-client --headless TARGET [PORT]");
    return result;
}
