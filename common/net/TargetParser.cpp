#include "net/TargetParser.h"

#include "net/AddressText.h"
#include "net/PeerText.h"

#include <QNetworkInterface>
#include <QUrl>
#include <cctype>

namespace {

using Rejection = TargetParser::Rejection;

QString quoted(const QString &text)
{
    return QLatin1Char('"') + PeerText::escape(text.toUtf8()) + QLatin1Char('"');
}

bool isControl(QChar c)
{
    const ushort u = c.unicode();
    // Line and paragraph separators break a line like \n does (U+2029 found by fuzzing).
    return u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) ||
           c.category() == QChar::Other_Format || c.category() == QChar::Separator_Line ||
           c.category() == QChar::Separator_Paragraph;
}

bool isDecimal(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isHexNumber(const QString &s)
{
    if (s.size() < 3 || !s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return false;
    for (QChar c : s.mid(2)) {
        if (!std::isxdigit(static_cast<unsigned char>(c.toLatin1())))
            return false;
    }
    return true;
}

// The classic inet_aton() reading of a numeric host: parts in decimal, octal (leading 0) or
// hex (0x), the last part filling the remaining bytes. Returns a null address when even that
// reading fails; used only to tell the user what the resolver would have dialled.
QHostAddress atonReading(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 4)
        return {};
    QList<quint64> values;
    for (const QString &part : parts) {
        bool ok = false;
        quint64 v;
        if (isHexNumber(part))
            v = part.mid(2).toULongLong(&ok, 16);
        else if (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            v = part.toULongLong(&ok, 8);
        else
            v = part.toULongLong(&ok, 10);
        if (!ok)
            return {};
        values << v;
    }
    quint64 address = 0;
    for (int i = 0; i < values.size() - 1; ++i) {
        if (values[i] > 255)
            return {};
        address |= values[i] << (8 * (3 - i));
    }
    const int lastBytes = 4 - (int(values.size()) - 1);
    const quint64 last = values.last();
    if (lastBytes < 8 && last >= (quint64(1) << (8 * lastBytes)))
        return {};
    address |= last;
    return QHostAddress(quint32(address));
}

TargetParser::Result reject(TargetParser::Result r, Rejection why, const QString &error)
{
    r.rejection = why;
    r.error = error;
    return r;
}

} // namespace

QString TargetParser::rejectionCode(Rejection rejection)
{
    switch (rejection) {
    case Rejection::None:
        return QStringLiteral("ok");
    case Rejection::Empty:
        return QStringLiteral("empty");
    case Rejection::ControlCharacter:
        return QStringLiteral("control-character");
    case Rejection::BadCharacter:
        return QStringLiteral("bad-character");
    case Rejection::NameTooLong:
        return QStringLiteral("name-too-long");
    case Rejection::LabelTooLong:
        return QStringLiteral("label-too-long");
    case Rejection::AmbiguousIPv4:
        return QStringLiteral("ambiguous-ipv4");
    case Rejection::BadIPv4:
        return QStringLiteral("bad-ipv4");
    case Rejection::BadIPv6:
        return QStringLiteral("bad-ipv6");
    case Rejection::UnclosedBracket:
        return QStringLiteral("unclosed-bracket");
    case Rejection::BadPort:
        return QStringLiteral("bad-port");
    case Rejection::ScopeMissing:
        return QStringLiteral("scope-missing");
    case Rejection::UnknownScope:
        return QStringLiteral("unknown-scope");
    case Rejection::ScopeNotAllowed:
        return QStringLiteral("scope-not-allowed");
    case Rejection::NormalisedForm:
        return QStringLiteral("normalised-form");
    case Rejection::BadUrl:
        return QStringLiteral("bad-url");
    }
    return {};
}

bool TargetParser::scopeExists(const QString &scope)
{
    bool numeric = false;
    const int index = scope.toInt(&numeric);
    if (numeric)
        return QNetworkInterface::interfaceFromIndex(index).isValid();
    return QNetworkInterface::interfaceFromName(scope).isValid();
}

// One pass over the typed text, each step an early and specific rejection in the order the
// checks must run: long, but split it and that order is no longer visible in one place.
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
TargetParser::Result TargetParser::parse(const QString &text, const QString &fieldPort,
                                         quint16 defaultPort)
{
    Result r;
    r.target.input = text;

    if (text.size() > kMaxInputLength)
        return reject(r, Rejection::NameTooLong,
                      tr("The address is %1 characters long; no host name or address is longer "
                         "than %2.")
                          .arg(text.size())
                          .arg(kMaxNameLength));
    // Surrounding white space is what a paste brings along; anything inside is an error.
    QString s = text.trimmed();
    if (s.isEmpty())
        return reject(r, Rejection::Empty,
                      tr("No address given. Type a host name, an IPv4 or IPv6 address, or "
                         "host:port."));
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        // A pair is one character beyond U+FFFF; half of one is not text at all (it can only
        // come from UTF-16 input) and would be shown raw in the notes (found by fuzzing).
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, s.at(i + 1));
            if (QChar::category(cp) == QChar::Other_Format)
                return reject(r, Rejection::ControlCharacter,
                              tr("The address %1 contains a control character at position %2. "
                                 "Resolvers cut or rewrite such input, so it is not dialled.")
                                  .arg(quoted(s))
                                  .arg(i + 1));
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return reject(r, Rejection::BadCharacter,
                          tr("The address %1 contains a broken character (half of a UTF-16 "
                             "surrogate pair) at position %2.")
                              .arg(quoted(s))
                              .arg(i + 1));
        if (isControl(c))
            return reject(r, Rejection::ControlCharacter,
                          tr("The address %1 contains a control character at position %2. "
                             "Resolvers cut or rewrite such input, so it is not dialled.")
                              .arg(quoted(s))
                              .arg(i + 1));
    }

    QString host;
    QString addressPort;
    bool hasAddressPort = false;

    if (s.contains(QLatin1String("://"))) {
        const QUrl url(s, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return reject(r, Rejection::BadUrl,
                          tr("%1 looks like a URL but has no usable host.").arg(quoted(s)));
        host = url.host(QUrl::FullyDecoded);
        // QUrl keeps an IPv6 scope outside host(); put it back.
        if (s.contains(QLatin1Char('%')) && s.contains(QLatin1Char('['))) {
            const int open = int(s.indexOf(QLatin1Char('[')));
            const int close = int(s.indexOf(QLatin1Char(']'), open));
            if (close > open)
                host = s.mid(open + 1, close - open - 1);
        }
        if (url.port() != -1) {
            addressPort = QString::number(url.port());
            hasAddressPort = true;
        } else {
            const int authorityEnd =
                int(s.indexOf(QLatin1Char('/'), s.indexOf(QLatin1String("://")) + 3));
            const QString authority = s.left(authorityEnd < 0 ? s.size() : authorityEnd);
            if (authority.endsWith(QLatin1Char(':')))
                return reject(r, Rejection::BadPort,
                              tr("The URL %1 has a colon but no port.").arg(quoted(s)));
        }
        r.target.notes << tr("Taken from the URL: host %1%2. The scheme \"%3\"%4 is not used: "
                             "BindLab speaks plain TCP.")
                              .arg(host,
                                   hasAddressPort ? tr(", port %1").arg(addressPort) : QString(),
                                   url.scheme(),
                                   url.path().isEmpty() || url.path() == QLatin1String("/")
                                       ? QString()
                                       : tr(" and the path"));
    } else if (s.startsWith(QLatin1Char('['))) {
        const int close = int(s.indexOf(QLatin1Char(']')));
        if (close < 0)
            return reject(
                r, Rejection::UnclosedBracket,
                tr("The address %1 opens a bracket \"[\" but never closes it.").arg(quoted(s)));
        host = s.mid(1, close - 1);
        const QString rest = s.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return reject(
                    r, Rejection::BadCharacter,
                    tr("Unexpected text %1 after \"]\": write [address]:port.").arg(quoted(rest)));
            addressPort = rest.mid(1);
            hasAddressPort = true;
        }
        QHostAddress probe;
        if (!probe.setAddress(host.section(QLatin1Char('%'), 0, 0)) ||
            probe.protocol() != QAbstractSocket::IPv6Protocol)
            return reject(r, Rejection::BadIPv6,
                          tr("Brackets are for IPv6 addresses; %1 is not one.").arg(quoted(host)));
    } else if (s.contains(QLatin1Char(']'))) {
        return reject(r, Rejection::BadCharacter,
                      tr("The address %1 closes a bracket \"]\" it never opened.").arg(quoted(s)));
    } else if (s.count(QLatin1Char(':')) == 1) {
        host = s.section(QLatin1Char(':'), 0, 0);
        addressPort = s.section(QLatin1Char(':'), 1);
        hasAddressPort = true;
        if (host.isEmpty())
            return reject(r, Rejection::Empty,
                          tr("The address %1 has a port but no host.").arg(quoted(s)));
    } else {
        host = s;
    }

    // The port: the one inside the address wins over the field, and the user is told.
    quint16 port = defaultPort;
    r.target.portSource = Target::PortSource::Default;
    const auto parsePort = [](const QString &t, quint16 *out) {
        if (!isDecimal(t) || t.size() > 5)
            return false;
        const int v = t.toInt();
        if (v < 1 || v > 65535)
            return false;
        *out = quint16(v);
        return true;
    };
    quint16 fieldValue = 0;
    const QString field = fieldPort.trimmed();
    if (!field.isEmpty() && !parsePort(field, &fieldValue))
        return reject(r, Rejection::BadPort,
                      tr("The port %1 is not a number from 1 to 65535.").arg(quoted(field)));
    if (!field.isEmpty()) {
        port = fieldValue;
        r.target.portSource = Target::PortSource::Field;
    }
    if (hasAddressPort) {
        quint16 addressValue = 0;
        if (addressPort.isEmpty())
            return reject(r, Rejection::BadPort,
                          tr("The address %1 ends in \":\" but names no port.").arg(quoted(s)));
        if (!parsePort(addressPort, &addressValue))
            return reject(r, Rejection::BadPort,
                          tr("The port %1 in the address is not a number from 1 to 65535.")
                              .arg(quoted(addressPort)));
        if (!field.isEmpty() && fieldValue != addressValue)
            r.target.notes << tr("The address names port %1 and the port field says %2: port "
                                 "%1 from the address is used.")
                                  .arg(addressValue)
                                  .arg(fieldValue);
        port = addressValue;
        r.target.portSource = Target::PortSource::Address;
    }
    r.target.port = port;

    // IPv6, with or without a scope.
    if (host.contains(QLatin1Char(':')) || host.contains(QLatin1Char('%'))) {
        const QString bare = host.section(QLatin1Char('%'), 0, 0);
        const bool hasScope = host.contains(QLatin1Char('%'));
        const QString scope = host.section(QLatin1Char('%'), 1);
        QHostAddress address;
        if (!address.setAddress(bare) || address.protocol() != QAbstractSocket::IPv6Protocol) {
            if (hasScope && !bare.contains(QLatin1Char(':')))
                return reject(r, Rejection::ScopeNotAllowed,
                              tr("A scope (%%1) belongs only on an IPv6 link-local address, not "
                                 "on %2.")
                                  .arg(PeerText::escape(scope.toUtf8()), quoted(bare)));
            return reject(r, Rejection::BadIPv6,
                          tr("%1 is not a valid IPv6 address.").arg(quoted(bare)));
        }
        if (hasScope && scope.isEmpty())
            return reject(r, Rejection::ScopeMissing,
                          tr("%1 ends in \"%\" but names no interface.").arg(quoted(host)));
        if (address.isLinkLocal() && !hasScope)
            return reject(r, Rejection::ScopeMissing,
                          tr("%1 is a link-local IPv6 address: it exists on every interface, so "
                             "the interface must be named, as in %1%%2.")
                              .arg(bare, QStringLiteral("eth0")));
        if (hasScope) {
            if (!scopeExists(scope))
                return reject(r, Rejection::UnknownScope,
                              tr("No interface %1 on this machine: the scope of a link-local "
                                 "address must name one of its interfaces.")
                                  .arg(quoted(scope)));
            if (address.isLinkLocal())
                address.setScopeId(scope);
            else
                r.target.notes << tr("The scope %%1 is ignored: only link-local addresses "
                                     "need one.")
                                      .arg(scope);
        }
        const QHostAddress v4 = AddressText::mappedIPv4(address);
        if (!v4.isNull())
            r.target.notes << tr("%1 is an IPv4-mapped IPv6 address: it reaches the IPv4 "
                                 "address %2.")
                                  .arg(AddressText::plain(address), v4.toString());
        if (address == QHostAddress(QHostAddress::AnyIPv6))
            r.target.notes << tr(":: means \"all addresses\" when a server binds; as a "
                                 "destination the system sends it to this machine itself, like "
                                 "::1.");
        r.target.literal = address;
        r.target.host = AddressText::plain(address);
        return r;
    }

    // Numeric forms: a name's last label is never all digits, so this is meant as IPv4.
    QString name = host;
    if (name.endsWith(QLatin1Char('.')) && name.size() > 1) {
        name.chop(1);
        r.target.notes << tr("The trailing dot is dropped: %1 is dialled as %2.")
                              .arg(PeerText::escape(host.toUtf8()), name);
    }
    const QString lastLabel = name.section(QLatin1Char('.'), -1);
    if (isDecimal(lastLabel) || isHexNumber(lastLabel)) {
        const QStringList parts = name.split(QLatin1Char('.'));
        bool canonical = parts.size() == 4;
        for (const QString &part : parts) {
            if (!isDecimal(part) || (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
                canonical = false;
        }
        if (canonical) {
            for (const QString &part : parts) {
                if (part.size() > 3 || part.toInt() > 255)
                    return reject(r, Rejection::BadIPv4,
                                  tr("%1 is not an IPv4 address: %2 is out of range (each part "
                                     "is 0 to 255).")
                                      .arg(quoted(name), part));
            }
            QHostAddress address(name);
            if (address == QHostAddress(QHostAddress::AnyIPv4))
                r.target.notes << tr("0.0.0.0 means \"all interfaces\" when a server binds; as "
                                     "a destination the system sends it to this machine "
                                     "itself, like 127.0.0.1.");
            r.target.literal = address;
            r.target.host = address.toString();
            return r;
        }
        if (parts.size() > 4)
            return reject(r, Rejection::BadIPv4,
                          tr("%1 is not an IPv4 address: it has %2 parts, an IPv4 address has "
                             "4.")
                              .arg(quoted(name))
                              .arg(parts.size()));
        const QHostAddress reading = atonReading(name);
        if (reading.isNull())
            return reject(r, Rejection::BadIPv4,
                          tr("%1 is not an IPv4 address: write four numbers from 0 to 255, "
                             "separated by dots.")
                              .arg(quoted(name)));
        return reject(r, Rejection::AmbiguousIPv4,
                      tr("%1 is an old shorthand (octal, hex, or fewer than four parts) that "
                         "the system would dial as %2. Type %2 if that is what you mean.")
                          .arg(quoted(name), reading.toString()));
    }

    // A name: letters, digits, hyphens, underscores and dots, or an international name.
    const QString folded = name.normalized(QString::NormalizationForm_KC);
    if (folded != name)
        return reject(r, Rejection::NormalisedForm,
                      tr("%1 contains full-width or look-alike characters; the resolver would "
                         "read it as %2. Type %2 if that is what you mean.")
                          .arg(quoted(name), quoted(folded)));
    bool ascii = true;
    for (QChar c : name) {
        if (c.unicode() > 0x7F) {
            ascii = false;
            continue;
        }
        const bool allowed = c.isLetterOrNumber() || c == QLatin1Char('-') ||
                             c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!allowed)
            return reject(r, Rejection::BadCharacter,
                          tr("%1 is not a valid host name: the character %2 is not allowed.")
                              .arg(quoted(name), quoted(QString(c))));
    }
    QString dialName = name.toLower();
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(name);
        if (ace.isEmpty())
            return reject(r, Rejection::BadCharacter,
                          tr("%1 is not a valid international host name.").arg(quoted(name)));
        dialName = QString::fromLatin1(ace);
        r.target.notes << tr("The international name %1 is dialled as %2.").arg(name, dialName);
    }
    if (dialName.size() > kMaxNameLength)
        return reject(r, Rejection::NameTooLong,
                      tr("The host name is %1 characters long; the limit is %2.")
                          .arg(dialName.size())
                          .arg(kMaxNameLength));
    for (const QString &label : dialName.split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return reject(r, Rejection::BadCharacter,
                          tr("%1 has an empty part between dots.").arg(quoted(name)));
        if (label.size() > kMaxLabelLength)
            return reject(r, Rejection::LabelTooLong,
                          tr("The part %1 of the host name is %2 characters long; the limit is "
                             "%3.")
                              .arg(quoted(label.left(20) + QStringLiteral("…")))
                              .arg(label.size())
                              .arg(kMaxLabelLength));
    }
    r.target.host = dialName;
    return r;
}
