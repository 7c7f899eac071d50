#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the service at a port might be: a guess from the first bytes it sent ("SSH-", "220 ",
// an HTTP status line, a TLS alert …) and the name the system's service database registers for
// the port. Worded as hints everywhere, never as facts: any program can send any bytes on any
// port.
class ServiceHint final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceHint)

public:
    QString bannerCode; // "ssh", "http", "tls", "ftp-or-smtp", … ; "" when nothing matched
    QString bannerName; // the same for people: "SSH", "HTTP", "FTP or SMTP"
    QString registered; // the service database's name for the port; "" when none
    quint16 port = 0;

    bool isEmpty() const { return bannerCode.isEmpty() && registered.isEmpty(); }
    // One line each, translated: "Looks like SSH (the banner starts with "SSH-")."
    QStringList lines() const;

    static ServiceHint of(const QByteArray &received, quint16 port);
    // Only the banner half, so tests need no service database.
    static ServiceHint ofBanner(const QByteArray &received);
};
