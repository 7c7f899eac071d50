#include "client/ServiceHint.h"

#include "platform/ServiceNames.h"

#include <QRegularExpression>

namespace {

struct Guess
{
    const char *code = "";
    const char *name = "";
};

bool startsWith(const QByteArray &bytes, const char *prefix)
{
    return bytes.startsWith(QByteArray(prefix));
}

// "220 " or "220-": the greeting code of FTP and SMTP alike; the text usually says which.
Guess ftpOrSmtp(const QByteArray &b)
{
    const QByteArray firstLine = b.left(b.indexOf('\n')).toUpper();
    if (firstLine.contains("SMTP"))
        return {"smtp", "SMTP"};
    if (firstLine.contains("FTP"))
        return {"ftp", "FTP"};
    return {"ftp-or-smtp", QT_TRANSLATE_NOOP("ServiceHint", "FTP or SMTP")};
}

// MySQL and MariaDB greet with a packet: 3-byte length, sequence 0, protocol version 10.
// An error packet (0xff) comes instead when the server refuses this client's host.
bool looksLikeMySql(const QByteArray &b)
{
    if (b.size() < 5 || b.at(3) != 0)
        return false;
    const int length = quint8(b.at(0)) | quint8(b.at(1)) << 8 | quint8(b.at(2)) << 16;
    const bool plausible = length > 0 && length < 1024;
    return plausible && (b.at(4) == 0x0a || quint8(b.at(4)) == 0xff);
}

// A PostgreSQL error response: 'E', a 4-byte length, then fields such as "SFATAL".
bool looksLikePostgres(const QByteArray &b)
{
    if (b.size() < 11 || b.at(0) != 'E')
        return false;
    const QByteArray severity = b.mid(5, 6);
    return severity == "SFATAL" || severity == "SERROR";
}

Guess guessFromBanner(const QByteArray &b)
{
    static const QRegularExpression httpStatus(QStringLiteral("^HTTP/[0-9](\\.[0-9])? [0-9]{3}"));
    if (startsWith(b, "SSH-"))
        return {"ssh", "SSH"};
    if (startsWith(b, "220 ") || startsWith(b, "220-"))
        return ftpOrSmtp(b);
    if (startsWith(b, "+OK"))
        return {"pop3", "POP3"};
    if (startsWith(b, "* OK"))
        return {"imap", "IMAP"};
    if (httpStatus.match(QString::fromLatin1(b.left(16))).hasMatch())
        return {"http", "HTTP"};
    // TLS records: 0x15 alert or 0x16 handshake, then version 3.x.
    if (b.size() >= 3 && (b.at(0) == 0x15 || b.at(0) == 0x16) && b.at(1) == 0x03 &&
        quint8(b.at(2)) <= 0x04)
        return {"tls", "TLS"};
    if (startsWith(b, "RFB "))
        return {"vnc", "VNC (RFB)"};
    if (looksLikeMySql(b))
        return {"mysql", QT_TRANSLATE_NOOP("ServiceHint", "MySQL or MariaDB")};
    if (looksLikePostgres(b))
        return {"postgresql", "PostgreSQL"};
    return {};
}

} // namespace

ServiceHint ServiceHint::ofBanner(const QByteArray &received)
{
    ServiceHint hint;
    const Guess guess = guessFromBanner(received);
    hint.bannerCode = QString::fromLatin1(guess.code);
    // Protocol names stay as they are; the two with words in them are translated.
    hint.bannerName = tr(guess.name);
    return hint;
}

ServiceHint ServiceHint::of(const QByteArray &received, quint16 port)
{
    ServiceHint hint = ofBanner(received);
    hint.port = port;
    hint.registered = ServiceNames::tcpName(port);
    return hint;
}

QStringList ServiceHint::lines() const
{
    QStringList out;
    if (!bannerCode.isEmpty())
        out << tr("What it sent looks like %1.").arg(bannerName);
    if (!registered.isEmpty())
        out << tr("Port %1 is registered as \"%2\" in this system's service list (a convention, "
                  "not proof of what listens).")
                   .arg(port)
                   .arg(registered);
    return out;
}
