#pragma once

#include "server/BindChoice.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QList>
#include <QNetworkInterface>

// Every bind choice this machine offers right now, and the lookup of one by its key.
// Enumeration is a pure function of the interfaces and the hostname lookup, so tests can feed
// it any machine; current() reads the live machine.
class BindChoices final
{
    Q_DECLARE_TR_FUNCTIONS(BindChoices)

public:
    struct Lookup
    {
        BindChoice choice;
        QString error; // set when the key names nothing usable
    };

    // The fixed choices first (any, any4, any6, loopback, loopback6, hostname), then each up
    // interface's own addresses. Interfaces nobody can reach the server through (down, without
    // addresses, peer-to-peer links, bare tunnels) are left out: see InterfaceFilter.
    static QList<BindChoice> enumerate(const QList<QNetworkInterface> &interfaces,
                                       const QHostInfo &hostname);

    // Live: QNetworkInterface::allInterfaces() and a blocking lookup of the hostname. The
    // lookup is the machine's own name, normally answered from /etc/hosts; windows resolve
    // it asynchronously and call enumerate() themselves.
    static QList<BindChoice> current();

    // any | any4 | any6 | loopback | loopback6 | hostname | INTERFACE | ADDRESS[%scope]
    // An ADDRESS not on this machine is returned as a ForeignAddress choice so that listening
    // on it reports the operating system's exact error.
    static Lookup find(const QString &key, const QList<BindChoice> &choices);

    static QStringList keywords();
};
