#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// The two datagrams of the explain protocol (docs/explain-protocol.md): a client's question
// "I was refused at ADDRESS:PORT, why?" and a BindLab server's answer with where it listens
// and the cause in the client's own words. Whatever arrives is hostile: decode() bounds every
// length, checks every field and the text's UTF-8, accepts only the one canonical encoding
// (so encode(decode(x)) == x) and says exactly why anything else was refused.
class ExplainMessage final
{
    Q_DECLARE_TR_FUNCTIONS(ExplainMessage)

public:
    static constexpr quint8 kVersion = 1;
    static constexpr int kMagicSize = 4;
    static constexpr int kHeaderSize = kMagicSize + 1 + 1 + 8; // magic, version, type, nonce
    // Every question is padded to at least this size, which the largest possible answer fits
    // in: an answer can never carry more bytes than its question.
    static constexpr int kQuestionSize = 512;
    // Below the IPv6 minimum MTU less headers: one datagram, never fragmented.
    static constexpr int kMaxDatagramSize = 1200;
    static constexpr int kMaxKeyBytes = 64;
    static constexpr int kMaxHostNameBytes = 253;
    static constexpr int kMaxHostAddresses = 8;
    static constexpr int kMaxAddressField = 1 + 16; // family byte, IPv6 address
    static constexpr int kMaxAnswerSize = kHeaderSize + 1 + kMaxAddressField + 2 + 1 +
                                          kMaxKeyBytes + 1 + kMaxHostNameBytes + 1 +
                                          kMaxHostAddresses * kMaxAddressField;
    static_assert(kMaxAnswerSize <= kQuestionSize, "an answer must always fit in a question");

    enum class Type : quint8 { Question = 1, Answer = 2 };

    // The server's reason, in the vocabulary of the client's diagnosis.
    enum class Cause : quint8 {
        LoopbackOnly = 1,
        OtherAddressOnly = 2,
        WrongFamily = 3,
        ListeningThere = 4 // it listens at the address asked about: something on the way refused
    };

    // Closed vocabulary of why bytes are not a message; codes for counters, JSON and tests.
    enum class Rejection {
        None,
        Empty,
        Oversized,
        NotBindLab,
        Truncated,
        UnsupportedVersion,
        UnknownType,
        UnexpectedType,
        Unpadded,
        BadPadding,
        BadFamily,
        BadAddress,
        BadPort,
        BadCause,
        BadTextLength,
        InvalidUtf8,
        UnsafeText,
        TooManyAddresses,
        TrailingBytes
    };
    static constexpr int kRejectionCount = int(Rejection::TrailingBytes) + 1;

    struct Question
    {
        quint64 nonce = 0;
        QHostAddress tried; // the address the client was refused at
        quint16 port = 0;   // the TCP port it was refused at
    };

    // Where a server listens, as it tells a client that asks.
    struct Facts
    {
        // QHostAddress::Any for the dual-stack wildcard; 0.0.0.0 and :: are single-family.
        QHostAddress listenAddress;
        quint16 port = 0;
        QString choiceKey; // the bind choice's key, as --bind takes it
        QString hostName;  // the server machine's name ("" when it has none to tell)
        QList<QHostAddress> hostAddresses; // what that name resolves to on the server
    };

    struct Answer
    {
        quint64 nonce = 0; // the question's, so a client can tell its answer from a forgery
        Cause cause = Cause::ListeningThere;
        Facts facts;
    };

    struct Decoded
    {
        Rejection rejection = Rejection::None;
        int version = 0; // as found, also when unsupported; 0 before the version byte
        Type type = Type::Question;
        Question question; // when type is Question
        Answer answer;     // when type is Answer

        bool ok() const { return rejection == Rejection::None; }
    };

    // Exactly `size` bytes (kQuestionSize..kMaxDatagramSize), or empty when the question
    // cannot be sent (no usable address, port 0, size out of range).
    static QByteArray encode(const Question &question, int size = kQuestionSize);
    // At most kMaxAnswerSize bytes, or empty when a field breaks a limit above.
    static QByteArray encode(const Answer &answer);

    static Decoded decode(const QByteArray &bytes);
    // As decode(), and a message of the other type is refused as UnexpectedType: a server
    // never answers an answer, so two servers cannot be made to talk to each other forever.
    static Decoded decode(const QByteArray &bytes, Type expected);

    // True when `text` can travel in a field of at most `maxBytes` (UTF-8, nothing unsafe).
    static bool fitsField(const QString &text, int maxBytes);

    // The form addresses take on the wire: IPv4-mapped IPv6 as IPv4, no scope.
    static QHostAddress canonical(const QHostAddress &address);

    static QString rejectionCode(Rejection rejection);
    // One translated sentence; `version` is Decoded::version, named for UnsupportedVersion.
    static QString rejectionText(Rejection rejection, int version = 0);
    static QList<Rejection> allRejections();

    // "loopback-only", "other-address-only", "wrong-family", "listening-there"
    static QString causeCode(Cause cause);
    static QList<Cause> allCauses();

    // "127.0.0.1", "every address, IPv4 and IPv6", "every IPv4 address (0.0.0.0)"
    static QString listenText(const Facts &facts);
};
