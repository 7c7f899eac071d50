#include "net/TargetParser.h"

#include "app/EnumCode.h"
#include "net/AddressText.h"
#include "net/PeerText.h"

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
    // Line and paragraph separators (U+2028, U+2029) break a line like \n does.
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

// Each step either fills in the result and says "go on", or records why not and says "stop".
bool fail(TargetParser::Result &r, Rejection why, const QString &error)
{
    r.rejection = why;
    r.error = error;
    return false;
}

// Where the host and the port were found in the typed text.
struct HostPort
{
    QString host;
    QString port;
    bool hasPort = false;
};

bool checkLength(const QString &text, TargetParser::Result &r)
{
    if (text.size() <= TargetParser::kMaxInputLength)
        return true;
    return fail(r, Rejection::NameTooLong,
                TargetParser::tr("The address is %1 characters long; no host name or address "
                                 "is longer than %2.")
                    .arg(text.size())
                    .arg(TargetParser::kMaxNameLength));
}

bool checkNotEmpty(const QString &s, TargetParser::Result &r)
{
    if (!s.isEmpty())
        return true;
    return fail(r, Rejection::Empty,
                TargetParser::tr("No address given. Type a host name, an IPv4 or IPv6 address, "
                                 "or host:port."));
}

bool failControl(const QString &s, int i, TargetParser::Result &r)
{
    return fail(r, Rejection::ControlCharacter,
                TargetParser::tr("The address %1 contains a control character at position %2. "
                                 "Resolvers cut or rewrite such input, so it is not dialled.")
                    .arg(quoted(s))
                    .arg(i + 1));
}

bool checkCharacters(const QString &s, TargetParser::Result &r)
{
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        // A pair is one character beyond U+FFFF; half of one is not text at all (it can only
        // come from UTF-16 input) and would be shown raw in the notes.
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, s.at(i + 1));
            if (QChar::category(cp) == QChar::Other_Format)
                return failControl(s, i, r);
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return fail(r, Rejection::BadCharacter,
                        TargetParser::tr("The address %1 contains a broken character (half of a "
                                         "UTF-16 surrogate pair) at position %2.")
                            .arg(quoted(s))
                            .arg(i + 1));
        if (isControl(c))
            return failControl(s, i, r);
    }
    return true;
}

// scheme://host[:port][/path]: only the host and the port are used, and the user is told.
bool splitUrl(const QString &s, HostPort &parts, TargetParser::Result &r)
{
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(r, Rejection::BadUrl,
                    TargetParser::tr("%1 looks like a URL but has no usable host.").arg(quoted(s)));
    parts.host = url.host(QUrl::FullyDecoded);
    // QUrl keeps an IPv6 scope outside host(); put it back.
    if (s.contains(QLatin1Char('%')) && s.contains(QLatin1Char('['))) {
        const int open = int(s.indexOf(QLatin1Char('[')));
        const int close = int(s.indexOf(QLatin1Char(']'), open));
        if (close > open)
            parts.host = s.mid(open + 1, close - open - 1);
    }
    if (url.port() != -1) {
        parts.port = QString::number(url.port());
        parts.hasPort = true;
    } else {
        const int authorityEnd =
            int(s.indexOf(QLatin1Char('/'), s.indexOf(QLatin1String("://")) + 3));
        const QString authority = s.left(authorityEnd < 0 ? s.size() : authorityEnd);
        if (authority.endsWith(QLatin1Char(':')))
            return fail(r, Rejection::BadPort,
                        TargetParser::tr("The URL %1 has a colon but no port.").arg(quoted(s)));
    }
    const bool hasPath = !url.path().isEmpty() && url.path() != QLatin1String("/");
    r.target.notes << TargetParser::tr("Taken from the URL: host %1%2. The scheme \"%3\"%4 is "
                                       "not used: BindLab speaks plain TCP.")
                          .arg(parts.host,
                               parts.hasPort ? TargetParser::tr(", port %1").arg(parts.port)
                                             : QString(),
                               url.scheme(),
                               hasPath ? TargetParser::tr(" and the path") : QString());
    return true;
}

// [IPv6]:port, the only way to write a port after an IPv6 address.
bool splitBracketed(const QString &s, HostPort &parts, TargetParser::Result &r)
{
    const int close = int(s.indexOf(QLatin1Char(']')));
    if (close < 0)
        return fail(r, Rejection::UnclosedBracket,
                    TargetParser::tr("The address %1 opens a bracket \"[\" but never closes it.")
                        .arg(quoted(s)));
    parts.host = s.mid(1, close - 1);
    const QString rest = s.mid(close + 1);
    if (!rest.isEmpty()) {
        if (!rest.startsWith(QLatin1Char(':')))
            return fail(r, Rejection::BadCharacter,
                        TargetParser::tr("Unexpected text %1 after \"]\": write [address]:port.")
                            .arg(quoted(rest)));
        parts.port = rest.mid(1);
        parts.hasPort = true;
    }
    QHostAddress probe;
    if (!probe.setAddress(parts.host.section(QLatin1Char('%'), 0, 0)) ||
        probe.protocol() != QAbstractSocket::IPv6Protocol)
        return fail(r, Rejection::BadIPv6,
                    TargetParser::tr("Brackets are for IPv6 addresses; %1 is not one.")
                        .arg(quoted(parts.host)));
    return true;
}

// URL, [IPv6]:port, host:port (one colon: two or more make it IPv6), or the host alone.
bool splitHostAndPort(const QString &s, HostPort &parts, TargetParser::Result &r)
{
    if (s.contains(QLatin1String("://")))
        return splitUrl(s, parts, r);
    if (s.startsWith(QLatin1Char('[')))
        return splitBracketed(s, parts, r);
    if (s.contains(QLatin1Char(']')))
        return fail(r, Rejection::BadCharacter,
                    TargetParser::tr("The address %1 closes a bracket \"]\" it never opened.")
                        .arg(quoted(s)));
    if (s.count(QLatin1Char(':')) != 1) {
        parts.host = s;
        return true;
    }
    parts.host = s.section(QLatin1Char(':'), 0, 0);
    parts.port = s.section(QLatin1Char(':'), 1);
    parts.hasPort = true;
    if (parts.host.isEmpty())
        return fail(r, Rejection::Empty,
                    TargetParser::tr("The address %1 has a port but no host.").arg(quoted(s)));
    return true;
}

bool readPortNumber(const QString &text, quint16 *out)
{
    if (!isDecimal(text) || text.size() > 5)
        return false;
    const int v = text.toInt();
    if (v < 1 || v > 65535)
        return false;
    *out = quint16(v);
    return true;
}

// The port inside the address wins over the field, and the user is told.
bool choosePort(const QString &s, const HostPort &parts, const QString &fieldPort,
                quint16 defaultPort, TargetParser::Result &r)
{
    r.target.portSource = Target::PortSource::Default;
    quint16 port = defaultPort;
    quint16 fieldValue = 0;
    const QString field = fieldPort.trimmed();
    if (!field.isEmpty() && !readPortNumber(field, &fieldValue))
        return fail(
            r, Rejection::BadPort,
            TargetParser::tr("The port %1 is not a number from 1 to 65535.").arg(quoted(field)));
    if (!field.isEmpty()) {
        port = fieldValue;
        r.target.portSource = Target::PortSource::Field;
    }
    if (parts.hasPort) {
        quint16 addressValue = 0;
        if (parts.port.isEmpty())
            return fail(
                r, Rejection::BadPort,
                TargetParser::tr("The address %1 ends in \":\" but names no port.").arg(quoted(s)));
        if (!readPortNumber(parts.port, &addressValue))
            return fail(r, Rejection::BadPort,
                        TargetParser::tr("The port %1 in the address is not a number from 1 to "
                                         "65535.")
                            .arg(quoted(parts.port)));
        if (!field.isEmpty() && fieldValue != addressValue)
            r.target.notes << TargetParser::tr("The address names port %1 and the port field "
                                               "says %2: port %1 from the address is used.")
                                  .arg(addressValue)
                                  .arg(fieldValue);
        port = addressValue;
        r.target.portSource = Target::PortSource::Address;
    }
    r.target.port = port;
    return true;
}

bool looksLikeIPv6(const QString &host)
{
    return host.contains(QLatin1Char(':')) || host.contains(QLatin1Char('%'));
}

// The scope names an interface of this machine, and only a link-local address keeps it.
bool applyScope(QHostAddress &address, const QString &host, TargetParser::Result &r)
{
    const bool hasScope = host.contains(QLatin1Char('%'));
    const QString scope = host.section(QLatin1Char('%'), 1);
    if (hasScope && scope.isEmpty())
        return fail(r, Rejection::ScopeMissing,
                    TargetParser::tr("%1 ends in \"%\" but names no interface.").arg(quoted(host)));
    if (address.isLinkLocal() && !hasScope)
        return fail(r, Rejection::ScopeMissing,
                    TargetParser::tr("%1 is a link-local IPv6 address: it exists on every "
                                     "interface, so the interface must be named, as in %1%%2.")
                        .arg(host, QStringLiteral("eth0")));
    if (!hasScope)
        return true;
    if (!AddressText::isKnownScope(scope))
        return fail(r, Rejection::UnknownScope,
                    TargetParser::tr("No interface %1 on this machine: the scope of a link-local "
                                     "address must name one of its interfaces.")
                        .arg(quoted(scope)));
    if (address.isLinkLocal())
        address.setScopeId(scope);
    else
        r.target.notes << TargetParser::tr("The scope %%1 is ignored: only link-local "
                                           "addresses need one.")
                              .arg(scope);
    return true;
}

// IPv6, with or without a scope; also where a scope on anything else is caught.
bool readIPv6(const QString &host, TargetParser::Result &r)
{
    const QString bare = host.section(QLatin1Char('%'), 0, 0);
    QHostAddress address;
    if (!address.setAddress(bare) || address.protocol() != QAbstractSocket::IPv6Protocol) {
        if (host.contains(QLatin1Char('%')) && !bare.contains(QLatin1Char(':')))
            return fail(r, Rejection::ScopeNotAllowed,
                        TargetParser::tr("A scope (%%1) belongs only on an IPv6 link-local "
                                         "address, not on %2.")
                            .arg(PeerText::escape(host.section(QLatin1Char('%'), 1).toUtf8()),
                                 quoted(bare)));
        return fail(r, Rejection::BadIPv6,
                    TargetParser::tr("%1 is not a valid IPv6 address.").arg(quoted(bare)));
    }
    if (!applyScope(address, host, r))
        return false;
    const QHostAddress v4 = AddressText::mappedIPv4(address);
    if (!v4.isNull())
        r.target.notes << TargetParser::tr("%1 is an IPv4-mapped IPv6 address: it reaches the "
                                           "IPv4 address %2.")
                              .arg(AddressText::plain(address), v4.toString());
    if (address == QHostAddress(QHostAddress::AnyIPv6))
        r.target.notes << TargetParser::tr(":: means \"all addresses\" when a server binds; as a "
                                           "destination the system sends it to this machine "
                                           "itself, like ::1.");
    r.target.literal = address;
    r.target.host = AddressText::plain(address);
    return true;
}

QString withoutTrailingDot(const QString &host, TargetParser::Result &r)
{
    if (!host.endsWith(QLatin1Char('.')) || host.size() <= 1)
        return host;
    const QString name = host.chopped(1);
    r.target.notes << TargetParser::tr("The trailing dot is dropped: %1 is dialled as %2.")
                          .arg(PeerText::escape(host.toUtf8()), name);
    return name;
}

// A name's last label is never all digits, so such text is meant as IPv4.
bool looksLikeIPv4(const QString &name)
{
    const QString lastLabel = name.section(QLatin1Char('.'), -1);
    return isDecimal(lastLabel) || isHexNumber(lastLabel);
}

bool isDottedQuad(const QStringList &parts)
{
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (!isDecimal(part) || (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
            return false;
    }
    return true;
}

// Four plain decimal parts are dialled; every other numeric form is one the resolver would
// silently rewrite (octal, hex, fewer parts), so it is refused with what it would become.
bool readIPv4(const QString &name, TargetParser::Result &r)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    if (isDottedQuad(parts)) {
        for (const QString &part : parts) {
            if (part.size() > 3 || part.toInt() > 255)
                return fail(r, Rejection::BadIPv4,
                            TargetParser::tr("%1 is not an IPv4 address: %2 is out of range "
                                             "(each part is 0 to 255).")
                                .arg(quoted(name), part));
        }
        const QHostAddress address(name);
        if (address == QHostAddress(QHostAddress::AnyIPv4))
            r.target.notes << TargetParser::tr("0.0.0.0 means \"all interfaces\" when a server "
                                               "binds; as a destination the system sends it to "
                                               "this machine itself, like 127.0.0.1.");
        r.target.literal = address;
        r.target.host = address.toString();
        return true;
    }
    if (parts.size() > 4)
        return fail(r, Rejection::BadIPv4,
                    TargetParser::tr("%1 is not an IPv4 address: it has %2 parts, an IPv4 "
                                     "address has 4.")
                        .arg(quoted(name))
                        .arg(parts.size()));
    const QHostAddress reading = atonReading(name);
    if (reading.isNull())
        return fail(r, Rejection::BadIPv4,
                    TargetParser::tr("%1 is not an IPv4 address: write four numbers from 0 to "
                                     "255, separated by dots.")
                        .arg(quoted(name)));
    return fail(r, Rejection::AmbiguousIPv4,
                TargetParser::tr("%1 is an old shorthand (octal, hex, or fewer than four parts) "
                                 "that the system would dial as %2. Type %2 if that is what you "
                                 "mean.")
                    .arg(quoted(name), reading.toString()));
}

// Letters, digits, hyphens, underscores and dots; anything else may only be international.
bool checkNameCharacters(const QString &name, bool *ascii, TargetParser::Result &r)
{
    *ascii = true;
    for (QChar c : name) {
        if (c.unicode() > 0x7F) {
            *ascii = false;
            continue;
        }
        const bool allowed = c.isLetterOrNumber() || c == QLatin1Char('-') ||
                             c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!allowed)
            return fail(r, Rejection::BadCharacter,
                        TargetParser::tr("%1 is not a valid host name: the character %2 is not "
                                         "allowed.")
                            .arg(quoted(name), quoted(QString(c))));
    }
    return true;
}

bool checkNameLengths(const QString &name, const QString &dialName, TargetParser::Result &r)
{
    if (dialName.size() > TargetParser::kMaxNameLength)
        return fail(r, Rejection::NameTooLong,
                    TargetParser::tr("The host name is %1 characters long; the limit is %2.")
                        .arg(dialName.size())
                        .arg(TargetParser::kMaxNameLength));
    for (const QString &label : dialName.split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return fail(r, Rejection::BadCharacter,
                        TargetParser::tr("%1 has an empty part between dots.").arg(quoted(name)));
        if (label.size() > TargetParser::kMaxLabelLength)
            return fail(r, Rejection::LabelTooLong,
                        TargetParser::tr("The part %1 of the host name is %2 characters long; "
                                         "the limit is %3.")
                            .arg(quoted(label.left(20) + QStringLiteral("…")))
                            .arg(label.size())
                            .arg(TargetParser::kMaxLabelLength));
    }
    return true;
}

// A host name, dialled lower-case, an international one in its ASCII (punycode) form.
bool readName(const QString &name, TargetParser::Result &r)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC);
    if (folded != name)
        return fail(r, Rejection::NormalisedForm,
                    TargetParser::tr("%1 contains full-width or look-alike characters; the "
                                     "resolver would read it as %2. Type %2 if that is what you "
                                     "mean.")
                        .arg(quoted(name), quoted(folded)));
    bool ascii = true;
    if (!checkNameCharacters(name, &ascii, r))
        return false;
    QString dialName = name.toLower();
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(name);
        if (ace.isEmpty())
            return fail(
                r, Rejection::BadCharacter,
                TargetParser::tr("%1 is not a valid international host name.").arg(quoted(name)));
        dialName = QString::fromLatin1(ace);
        r.target.notes
            << TargetParser::tr("The international name %1 is dialled as %2.").arg(name, dialName);
    }
    if (!checkNameLengths(name, dialName, r))
        return false;
    r.target.host = dialName;
    return true;
}

} // namespace

QString TargetParser::rejectionCode(Rejection rejection)
{
    if (rejection == Rejection::None)
        return QStringLiteral("ok");
    return EnumCode::of(rejection);
}

// The checks run in this order, each an early and specific rejection: the text itself, where
// host and port are, the port, then what the host is (IPv6, IPv4, or a name).
TargetParser::Result TargetParser::parse(const QString &text, const QString &fieldPort,
                                         quint16 defaultPort)
{
    Result r;
    r.target.input = text;
    // Surrounding white space is what a paste brings along; anything inside is an error.
    const QString s = text.trimmed();
    if (!checkLength(text, r) || !checkNotEmpty(s, r) || !checkCharacters(s, r))
        return r;
    HostPort parts;
    if (!splitHostAndPort(s, parts, r) || !choosePort(s, parts, fieldPort, defaultPort, r))
        return r;
    if (looksLikeIPv6(parts.host)) {
        readIPv6(parts.host, r);
        return r;
    }
    const QString name = withoutTrailingDot(parts.host, r);
    if (looksLikeIPv4(name))
        readIPv4(name, r);
    else
        readName(name, r);
    return r;
}
