#include "net/ExplainMessage.h"

#include "net/AddressText.h"

#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace {

using Rejection = ExplainMessage::Rejection;

constexpr char kMagic[ExplainMessage::kMagicSize] = {'B', 'L', 'E', 'X'};
constexpr quint8 kFamilyAny = 0; // the dual-stack wildcard, no address bytes follow
constexpr quint8 kFamilyIPv4 = 4;
constexpr quint8 kFamilyIPv6 = 6;

bool isUnsafe(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi overrides, zero-width characters, a BOM
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

// Strict UTF-8 (no overlong forms, no surrogates, no BOM removed) without the characters that
// would change how a line reads: the rule for every text field, both ways.
Rejection checkText(const QByteArray &utf8, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder.decode(utf8);
    if (decoder.hasError())
        return Rejection::InvalidUtf8;
    const QList<uint> codePoints = decoded.toUcs4();
    for (uint cp : codePoints) {
        if (isUnsafe(char32_t(cp)))
            return Rejection::UnsafeText;
    }
    if (text)
        *text = decoded;
    return Rejection::None;
}

// The UTF-8 of `text` when it can travel in a field of minBytes..maxBytes; a lone surrogate
// would not survive the conversion, so it does not fit either.
std::optional<QByteArray> fieldBytes(const QString &text, int minBytes, int maxBytes)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() < minBytes || utf8.size() > maxBytes ||
        checkText(utf8, nullptr) != Rejection::None || QString::fromUtf8(utf8) != text)
        return std::nullopt;
    return utf8;
}

bool isSendable(const QHostAddress &address)
{
    return !address.isNull() && !address.isMulticast() && !address.isBroadcast() &&
           address != QHostAddress(QHostAddress::AnyIPv4) &&
           address != QHostAddress(QHostAddress::AnyIPv6);
}

class Writer final
{
public:
    QByteArray bytes;

    void byte(quint8 value) { bytes.append(char(value)); }
    void u16(quint16 value)
    {
        byte(quint8(value >> 8));
        byte(quint8(value & 0xff));
    }
    void u64(quint64 value)
    {
        for (int shift = 56; shift >= 0; shift -= 8)
            byte(quint8((value >> shift) & 0xff));
    }
    void header(ExplainMessage::Type type, quint64 nonce)
    {
        bytes.append(kMagic, ExplainMessage::kMagicSize);
        byte(ExplainMessage::kVersion);
        byte(quint8(type));
        u64(nonce);
    }
    // The caller has made the address canonical.
    void address(const QHostAddress &address)
    {
        if (address.protocol() == QAbstractSocket::AnyIPProtocol) {
            byte(kFamilyAny);
        } else if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            byte(kFamilyIPv4);
            const quint32 v4 = address.toIPv4Address();
            u16(quint16(v4 >> 16));
            u16(quint16(v4 & 0xffff));
        } else {
            byte(kFamilyIPv6);
            const Q_IPV6ADDR v6 = address.toIPv6Address();
            bytes.append(reinterpret_cast<const char *>(v6.c), 16);
        }
    }
    bool text(const QString &value, int minBytes, int maxBytes)
    {
        const std::optional<QByteArray> utf8 = fieldBytes(value, minBytes, maxBytes);
        if (!utf8)
            return false;
        byte(quint8(utf8->size()));
        bytes.append(*utf8);
        return true;
    }
};

// Reads fields in order; the first failure sticks, and later reads return nothing.
class Reader final
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}

    Rejection failure = Rejection::None;

    bool failed() const { return failure != Rejection::None; }
    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_bytes.size() - m_pos; }

    void fail(Rejection why)
    {
        if (!failed())
            failure = why;
    }
    QByteArray take(qsizetype n)
    {
        if (failed())
            return {};
        if (remaining() < n) {
            fail(Rejection::Truncated);
            return {};
        }
        const QByteArray part = m_bytes.mid(m_pos, n);
        m_pos += n;
        return part;
    }
    quint8 byte()
    {
        const QByteArray b = take(1);
        return b.isEmpty() ? 0 : quint8(b.at(0));
    }
    quint16 u16()
    {
        const QByteArray b = take(2);
        return b.size() < 2 ? 0 : quint16(quint8(b.at(0)) << 8 | quint8(b.at(1)));
    }
    quint64 u64()
    {
        const QByteArray b = take(8);
        quint64 value = 0;
        for (char c : b)
            value = value << 8 | quint8(c);
        return value;
    }
    QHostAddress address(bool allowAny);
    QString text(int minBytes, int maxBytes);

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

QHostAddress Reader::address(bool allowAny)
{
    const quint8 family = byte();
    if (failed())
        return {};
    if (family == kFamilyAny && allowAny)
        return QHostAddress(QHostAddress::Any);
    if (family == kFamilyIPv4) {
        const QByteArray b = take(4);
        if (failed())
            return {};
        return QHostAddress(quint32(quint8(b.at(0))) << 24 | quint32(quint8(b.at(1))) << 16 |
                            quint32(quint8(b.at(2))) << 8 | quint32(quint8(b.at(3))));
    }
    if (family == kFamilyIPv6) {
        const QByteArray b = take(16);
        if (failed())
            return {};
        const QHostAddress a(reinterpret_cast<const quint8 *>(b.constData()));
        // One encoding per address: an IPv4-mapped address travels as IPv4.
        if (!AddressText::mappedIPv4(a).isNull())
            fail(Rejection::BadAddress);
        return a;
    }
    fail(Rejection::BadFamily);
    return {};
}

QString Reader::text(int minBytes, int maxBytes)
{
    const quint8 length = byte();
    if (failed())
        return {};
    if (length < minBytes || length > maxBytes) {
        fail(Rejection::BadTextLength);
        return {};
    }
    const QByteArray utf8 = take(length);
    if (failed())
        return {};
    QString value;
    const Rejection why = checkText(utf8, &value);
    if (why != Rejection::None)
        fail(why);
    return value;
}

// Magic, version, type and nonce; the version is reported even when it is refused.
void readHeader(Reader &in, const QByteArray &bytes, ExplainMessage::Decoded &d)
{
    const qsizetype magicBytes = qMin<qsizetype>(bytes.size(), ExplainMessage::kMagicSize);
    if (bytes.left(magicBytes) != QByteArray(kMagic, magicBytes)) {
        in.fail(Rejection::NotBindLab);
        return;
    }
    in.take(ExplainMessage::kMagicSize);
    d.version = in.byte();
    if (in.failed())
        return;
    if (d.version != ExplainMessage::kVersion) {
        in.fail(Rejection::UnsupportedVersion);
        return;
    }
    const quint8 type = in.byte();
    if (!in.failed() && type != quint8(ExplainMessage::Type::Question) &&
        type != quint8(ExplainMessage::Type::Answer)) {
        in.fail(Rejection::UnknownType);
        return;
    }
    d.type = ExplainMessage::Type(type);
    const quint64 nonce = in.u64();
    d.question.nonce = nonce;
    d.answer.nonce = nonce;
}

void readQuestion(Reader &in, const QByteArray &bytes, ExplainMessage::Question &q)
{
    q.tried = in.address(false);
    q.port = in.u16();
    if (in.failed())
        return;
    if (!isSendable(q.tried))
        in.fail(Rejection::BadAddress);
    else if (q.port == 0)
        in.fail(Rejection::BadPort);
    else if (bytes.size() < ExplainMessage::kQuestionSize)
        in.fail(Rejection::Unpadded);
    if (in.failed())
        return;
    const QByteArray padding = in.take(in.remaining());
    if (std::any_of(padding.cbegin(), padding.cend(), [](char c) { return c != '\0'; }))
        in.fail(Rejection::BadPadding);
}

std::optional<ExplainMessage::Cause> causeOf(quint8 value)
{
    for (ExplainMessage::Cause cause : ExplainMessage::allCauses()) {
        if (quint8(cause) == value)
            return cause;
    }
    return std::nullopt;
}

void readAnswer(Reader &in, ExplainMessage::Answer &a)
{
    const std::optional<ExplainMessage::Cause> cause = causeOf(in.byte());
    if (!in.failed() && !cause)
        in.fail(Rejection::BadCause);
    a.cause = cause.value_or(ExplainMessage::Cause::ListeningThere);
    ExplainMessage::Facts &f = a.facts;
    f.listenAddress = in.address(true);
    if (!in.failed() && f.listenAddress.isMulticast())
        in.fail(Rejection::BadAddress);
    f.port = in.u16();
    if (!in.failed() && f.port == 0)
        in.fail(Rejection::BadPort);
    f.choiceKey = in.text(1, ExplainMessage::kMaxKeyBytes);
    f.hostName = in.text(0, ExplainMessage::kMaxHostNameBytes);
    const quint8 count = in.byte();
    if (!in.failed() && count > ExplainMessage::kMaxHostAddresses)
        in.fail(Rejection::TooManyAddresses);
    for (int i = 0; i < count && !in.failed(); ++i) {
        const QHostAddress resolved = in.address(false);
        if (!in.failed() && !isSendable(resolved))
            in.fail(Rejection::BadAddress);
        f.hostAddresses.append(resolved);
    }
    if (!in.failed() && in.remaining() > 0)
        in.fail(Rejection::TrailingBytes);
}

} // namespace

bool ExplainMessage::fitsField(const QString &text, int maxBytes)
{
    return fieldBytes(text, 0, maxBytes).has_value();
}

QHostAddress ExplainMessage::canonical(const QHostAddress &address)
{
    const QHostAddress v4 = AddressText::mappedIPv4(address);
    if (!v4.isNull())
        return v4;
    QHostAddress plain = address;
    plain.setScopeId(QString());
    return plain;
}

QByteArray ExplainMessage::encode(const Question &question, int size)
{
    const QHostAddress tried = canonical(question.tried);
    if (!isSendable(tried) || tried.protocol() == QAbstractSocket::AnyIPProtocol ||
        question.port == 0 || size < kQuestionSize || size > kMaxDatagramSize)
        return {};
    Writer out;
    out.header(Type::Question, question.nonce);
    out.address(tried);
    out.u16(question.port);
    out.bytes.append(QByteArray(size - out.bytes.size(), '\0'));
    return out.bytes;
}

QByteArray ExplainMessage::encode(const Answer &answer)
{
    const Facts &f = answer.facts;
    const QHostAddress listen = f.listenAddress.protocol() == QAbstractSocket::AnyIPProtocol
                                    ? f.listenAddress
                                    : canonical(f.listenAddress);
    if (listen.isNull() || listen.isMulticast() || f.port == 0 ||
        f.hostAddresses.size() > kMaxHostAddresses || !allCauses().contains(answer.cause))
        return {};
    Writer out;
    out.header(Type::Answer, answer.nonce);
    out.byte(quint8(answer.cause));
    out.address(listen);
    out.u16(f.port);
    if (!out.text(f.choiceKey, 1, kMaxKeyBytes) || !out.text(f.hostName, 0, kMaxHostNameBytes))
        return {};
    out.byte(quint8(f.hostAddresses.size()));
    for (const QHostAddress &resolved : f.hostAddresses) {
        const QHostAddress c = canonical(resolved);
        if (!isSendable(c) || c.protocol() == QAbstractSocket::AnyIPProtocol)
            return {};
        out.address(c);
    }
    return out.bytes;
}

ExplainMessage::Decoded ExplainMessage::decode(const QByteArray &bytes)
{
    Decoded d;
    if (bytes.isEmpty()) {
        d.rejection = Rejection::Empty;
        return d;
    }
    if (bytes.size() > kMaxDatagramSize) {
        d.rejection = Rejection::Oversized;
        return d;
    }
    Reader in(bytes);
    readHeader(in, bytes, d);
    if (!in.failed()) {
        if (d.type == Type::Question)
            readQuestion(in, bytes, d.question);
        else
            readAnswer(in, d.answer);
    }
    d.rejection = in.failure;
    if (!d.ok()) {
        // Nothing half-read leaks out of a refused message but its version and type.
        d.question = Question();
        d.answer = Answer();
    }
    return d;
}

ExplainMessage::Decoded ExplainMessage::decode(const QByteArray &bytes, Type expected)
{
    Decoded d = decode(bytes);
    if (d.ok() && d.type != expected) {
        d.rejection = Rejection::UnexpectedType;
        d.question = Question();
        d.answer = Answer();
    }
    return d;
}

QString ExplainMessage::rejectionCode(Rejection rejection)
{
    switch (rejection) {
    case Rejection::None:
        return QStringLiteral("none");
    case Rejection::Empty:
        return QStringLiteral("empty");
    case Rejection::Oversized:
        return QStringLiteral("oversized");
    case Rejection::NotBindLab:
        return QStringLiteral("not-bindlab");
    case Rejection::Truncated:
        return QStringLiteral("truncated");
    case Rejection::UnsupportedVersion:
        return QStringLiteral("unsupported-version");
    case Rejection::UnknownType:
        return QStringLiteral("unknown-type");
    case Rejection::UnexpectedType:
        return QStringLiteral("unexpected-type");
    case Rejection::Unpadded:
        return QStringLiteral("unpadded");
    case Rejection::BadPadding:
        return QStringLiteral("bad-padding");
    case Rejection::BadFamily:
        return QStringLiteral("bad-family");
    case Rejection::BadAddress:
        return QStringLiteral("bad-address");
    case Rejection::BadPort:
        return QStringLiteral("bad-port");
    case Rejection::BadCause:
        return QStringLiteral("bad-cause");
    case Rejection::BadTextLength:
        return QStringLiteral("bad-text-length");
    case Rejection::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    case Rejection::UnsafeText:
        return QStringLiteral("unsafe-text");
    case Rejection::TooManyAddresses:
        return QStringLiteral("too-many-addresses");
    case Rejection::TrailingBytes:
        return QStringLiteral("trailing-bytes");
    }
    return {};
}

QString ExplainMessage::rejectionText(Rejection rejection, int version)
{
    switch (rejection) {
    case Rejection::None:
        return {};
    case Rejection::Empty:
        return tr("The datagram is empty.");
    case Rejection::Oversized:
        return tr("The datagram is larger than %1 bytes.").arg(kMaxDatagramSize);
    case Rejection::NotBindLab:
        return tr("The datagram does not start with BindLab's mark: it is not a BindLab "
                  "explain message.");
    case Rejection::Truncated:
        return tr("The message ends in the middle of a field.");
    case Rejection::UnsupportedVersion:
        return tr("The message is of version %1; this BindLab speaks version %2.")
            .arg(version)
            .arg(kVersion);
    case Rejection::UnknownType:
        return tr("The message is neither a question nor an answer.");
    case Rejection::UnexpectedType:
        return tr("The message is of the other kind: a question where an answer was expected, "
                  "or the reverse.");
    case Rejection::Unpadded:
        return tr("The question is shorter than %1 bytes: it is not padded.").arg(kQuestionSize);
    case Rejection::BadPadding:
        return tr("The question's padding is not all zero bytes.");
    case Rejection::BadFamily:
        return tr("An address field names an unknown address family.");
    case Rejection::BadAddress:
        return tr("An address field holds an address that cannot be meant (a wildcard, "
                  "multicast, broadcast or IPv4-mapped address).");
    case Rejection::BadPort:
        return tr("A port field is 0.");
    case Rejection::BadCause:
        return tr("The answer names an unknown cause.");
    case Rejection::BadTextLength:
        return tr("A text field is empty or longer than its limit.");
    case Rejection::InvalidUtf8:
        return tr("A text field is not valid UTF-8.");
    case Rejection::UnsafeText:
        return tr("A text field holds control or formatting characters.");
    case Rejection::TooManyAddresses:
        return tr("The answer lists more than %1 addresses for the hostname.")
            .arg(kMaxHostAddresses);
    case Rejection::TrailingBytes:
        return tr("The answer has bytes after its last field.");
    }
    return {};
}

QList<ExplainMessage::Rejection> ExplainMessage::allRejections()
{
    return {Rejection::None,         Rejection::Empty,          Rejection::Oversized,
            Rejection::NotBindLab,   Rejection::Truncated,      Rejection::UnsupportedVersion,
            Rejection::UnknownType,  Rejection::UnexpectedType, Rejection::Unpadded,
            Rejection::BadPadding,   Rejection::BadFamily,      Rejection::BadAddress,
            Rejection::BadPort,      Rejection::BadCause,       Rejection::BadTextLength,
            Rejection::InvalidUtf8,  Rejection::UnsafeText,     Rejection::TooManyAddresses,
            Rejection::TrailingBytes};
}

QString ExplainMessage::causeCode(Cause cause)
{
    switch (cause) {
    case Cause::LoopbackOnly:
        return QStringLiteral("loopback-only");
    case Cause::OtherAddressOnly:
        return QStringLiteral("other-address-only");
    case Cause::WrongFamily:
        return QStringLiteral("wrong-family");
    case Cause::ListeningThere:
        return QStringLiteral("listening-there");
    }
    return {};
}

QList<ExplainMessage::Cause> ExplainMessage::allCauses()
{
    return {Cause::LoopbackOnly, Cause::OtherAddressOnly, Cause::WrongFamily,
            Cause::ListeningThere};
}

QString ExplainMessage::listenText(const Facts &facts)
{
    const QHostAddress &a = facts.listenAddress;
    if (a.protocol() == QAbstractSocket::AnyIPProtocol)
        return tr("every address, IPv4 and IPv6");
    if (a == QHostAddress(QHostAddress::AnyIPv4))
        return tr("every IPv4 address (0.0.0.0)");
    if (a == QHostAddress(QHostAddress::AnyIPv6))
        return tr("every IPv6 address (::)");
    return AddressText::plain(a);
}
