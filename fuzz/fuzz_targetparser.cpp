// libFuzzer target: the address parsers, TargetParser::parse() (what a person types into the
// client) and BindChoices::find() (the server's --bind). Promises checked for every input:
// a result is either a usable target or a specific error, never both; what will be dialled
// is a well-formed host and port; every message can be shown as it is (whatever was typed
// appears only escaped); and the same input always gives the same answer.
//
// Input: byte 0 chooses how the rest is read. Bit 0: as UTF-16 (reaches lone surrogates)
// instead of UTF-8. Bit 1: the text after the last '\n' is the separate port field.
#include "FuzzCheck.h"
#include "net/TargetParser.h"
#include "server/BindChoices.h"

#include <QHostInfo>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

QString decode(const QByteArray &bytes, bool utf16)
{
    if (!utf16)
        return QString::fromUtf8(bytes);
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = QChar(ushort(uchar(bytes.at(2 * i)) | (uchar(bytes.at(2 * i + 1)) << 8)));
    return text;
}

bool isHostCharacter(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.' ||
           u == ':';
}

const QList<BindChoice> &bindChoices()
{
    // A fixed machine, so runs are reproducible: only the fixed choices and a hostname.
    static const QList<BindChoice> choices = [] {
        QHostInfo host;
        host.setHostName(QStringLiteral("vm"));
        host.setAddresses({QHostAddress(QHostAddress::LocalHost)});
        return BindChoices::enumerate({}, host);
    }();
    return choices;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using FuzzCheck::require;
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QByteArray portBytes;
    if (mode & 2) {
        const qsizetype split = rest.lastIndexOf('\n');
        if (split >= 0) {
            portBytes = rest.mid(split + 1);
            rest.truncate(split);
        }
    }
    const QString text = decode(rest, mode & 1);
    const QString field = decode(portBytes, mode & 1);

    const TargetParser::Result r = TargetParser::parse(text, field);
    require(r.ok() == (r.rejection == TargetParser::Rejection::None), "ok() means no rejection");
    require(r.ok() == r.error.isEmpty(), "an error exactly when rejected");
    require(!TargetParser::rejectionCode(r.rejection).isEmpty(), "every rejection has a code");
    require(FuzzCheck::isDisplayable(r.error), "the error can be shown as it is");
    for (const QString &note : r.target.notes)
        require(FuzzCheck::isDisplayable(note), "every note can be shown as it is");
    if (r.ok()) {
        const Target &t = r.target;
        require(t.port >= 1, "a target has a port");
        require(!t.host.isEmpty(), "a target has a host");
        const QString beforeScope = t.host.section(QLatin1Char('%'), 0, 0);
        require(std::all_of(beforeScope.cbegin(), beforeScope.cend(), isHostCharacter),
                "the host is lower-case ASCII, an address literal or an ACE name");
        require(t.isLiteral() || t.host.size() <= TargetParser::kMaxNameLength,
                "a name fits the DNS limit");
        if (t.isLiteral())
            require(QHostAddress(t.host).isEqual(t.literal, QHostAddress::StrictConversion) ||
                        !t.literal.scopeId().isEmpty(),
                    "the host text is the literal it names");
    }
    const TargetParser::Result again = TargetParser::parse(text, field);
    require(again.rejection == r.rejection && again.target.host == r.target.host &&
                again.target.port == r.target.port && again.error == r.error,
            "parse() is deterministic");

    const BindChoices::Lookup lookup = BindChoices::find(text, bindChoices());
    require(FuzzCheck::isDisplayable(lookup.error), "a bind error can be shown as it is");
    if (lookup.error.isEmpty())
        require(lookup.choice.canListen(), "a bind choice without error can be listened on");
    return 0;
}
