#pragma once

#include "app/Defaults.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// bindlab-server's command line, for the window and the headless mode alike.
struct ServerOptions
{
    Q_DECLARE_TR_FUNCTIONS(ServerOptions)

public:
    bool headless = false;
    bool json = false;
    bool listBinds = false;
    bool start = false;     // window: start listening at once
    bool presenter = false; // window: start in presenter mode
    bool quiet = false;     // headless: no line per connection (benchmarks)
    bool explain = true;    // answer refused clients' questions on UDP (the explain service)
    bool explainGiven = false;
    QString bind = QStringLiteral("any");
    bool bindGiven = false;
    quint16 port = Defaults::kPort;
    bool portGiven = false;
    QString greeting = QString::fromUtf8(Defaults::greeting());
    bool greetingGiven = false;
    quint64 count = 0; // headless: stop after this many connections (0 = never)
    QString language;

    struct Parsed;
    static Parsed parse(const QStringList &arguments);
};

struct ServerOptions::Parsed
{
    ServerOptions options;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
    QString error; // translated; exit code 2
};
