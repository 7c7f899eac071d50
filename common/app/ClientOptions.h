#pragma once

#include "client/ExplainQuery.h"

#include <QCoreApplication>
#include <QString>

// bindlab-client's command line, for the window and the headless mode alike.
struct ClientOptions
{
    Q_DECLARE_TR_FUNCTIONS(ClientOptions)

public:
    bool headless = false;
    bool json = false;
    bool connectNow = false; // window: connect at once
    bool presenter = false;  // window: start in presenter mode
    QString demoTarget;      // presenter mode: where the demo connects (else the LAN address)
    QString target;
    QString port; // as typed: the parser validates it together with the address
    int timeoutMs = 5000;
    bool timeoutGiven = false; // else the window uses the remembered one
    // The banner window (--banner-wait): how long to listen once connected.
    int readTimeoutMs = 1000;
    QString sendText;     // --send as typed
    QByteArray sendBytes; // what it stands for (EscapedText)
    QString language;
    // After another host refuses: ask its explain service why (--no-explain turns it off),
    // waiting at most this long for the answer (--explain-timeout).
    bool explain = true;
    int explainTimeoutMs = ExplainQuery::kDefaultTimeoutMs;

    struct Parsed;
    static Parsed parse(const QStringList &arguments);
};

struct ClientOptions::Parsed
{
    ClientOptions options;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
    QString error; // translated; exit code 2
};
