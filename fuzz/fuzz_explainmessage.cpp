// libFuzzer target: ExplainMessage::decode(), the datagrams of the explain protocol, which
// arrive from anyone. Promises checked for every input: a message is either decoded or
// refused with one named reason, never both; nothing of a refused message is passed on;
// whatever is accepted is the one canonical encoding of what was read (encode(decode(x)) ==
// x), within every limit, with text that can be shown as it is; the server's answer to an
// accepted question is never larger than the question; the same input always gives the same
// answer.
//
// Input: the datagram itself, byte for byte.
#include "FuzzCheck.h"
#include "client/ExplainQuery.h"
#include "net/ExplainMessage.h"
#include "server/ExplainService.h"

#include <cstddef>
#include <cstdint>

namespace {

using Type = ExplainMessage::Type;
using Rejection = ExplainMessage::Rejection;

// The largest facts a server can have, so its answer is as large as answers get.
const ExplainMessage::Facts &largestFacts()
{
    static const ExplainMessage::Facts facts = [] {
        ExplainMessage::Facts f;
        f.listenAddress = QHostAddress(QStringLiteral("fd00::2"));
        f.port = 12397;
        f.choiceKey = QString(ExplainMessage::kMaxKeyBytes, QLatin1Char('k'));
        f.hostName = QString(ExplainMessage::kMaxHostNameBytes, QLatin1Char('h'));
        for (int i = 0; i < ExplainMessage::kMaxHostAddresses; ++i)
            f.hostAddresses << QHostAddress(QStringLiteral("fd00::%1").arg(i + 10));
        return f;
    }();
    return facts;
}

void checkRefused(const ExplainMessage::Decoded &d)
{
    using FuzzCheck::require;
    require(!ExplainMessage::rejectionText(d.rejection, d.version).isEmpty(),
            "every rejection has a text");
    require(FuzzCheck::isDisplayable(ExplainMessage::rejectionText(d.rejection, d.version)),
            "a rejection text can be shown as it is");
    require(d.question.tried.isNull() && d.question.nonce == 0 && d.answer.nonce == 0 &&
                d.answer.facts.choiceKey.isEmpty() && d.answer.facts.hostName.isEmpty() &&
                d.answer.facts.hostAddresses.isEmpty() && d.answer.facts.port == 0,
            "nothing of a refused message is passed on");
}

void checkQuestion(const QByteArray &bytes, const ExplainMessage::Question &q)
{
    using FuzzCheck::require;
    require(bytes.size() >= ExplainMessage::kQuestionSize, "a question is padded");
    require(q.port != 0 && !q.tried.isNull() && q.tried.scopeId().isEmpty(),
            "a question names an address and a port");
    require(ExplainMessage::encode(q, int(bytes.size())) == bytes, "a question has one encoding");
    const ExplainMessage::Cause cause = ExplainService::causeFor(largestFacts(), q.tried);
    require(ExplainMessage::allCauses().contains(cause), "every question has a cause");
    const QByteArray answer =
        ExplainMessage::encode(ExplainMessage::Answer{q.nonce, cause, largestFacts()});
    require(!answer.isEmpty() && answer.size() <= bytes.size(),
            "the answer is never larger than the question");
}

void checkAnswer(const QByteArray &bytes, const ExplainMessage::Answer &a)
{
    using FuzzCheck::require;
    const ExplainMessage::Facts &f = a.facts;
    require(bytes.size() <= ExplainMessage::kMaxAnswerSize, "an answer fits its limit");
    require(ExplainMessage::encode(a) == bytes, "an answer has one encoding");
    require(f.port != 0 && !f.listenAddress.isNull(), "an answer says where it listens");
    require(!f.choiceKey.isEmpty() && f.choiceKey.toUtf8().size() <= ExplainMessage::kMaxKeyBytes,
            "the key is within its limit");
    require(f.hostName.toUtf8().size() <= ExplainMessage::kMaxHostNameBytes,
            "the hostname is within its limit");
    require(f.hostAddresses.size() <= ExplainMessage::kMaxHostAddresses,
            "the addresses are within their limit");
    require(FuzzCheck::isDisplayable(f.choiceKey) && FuzzCheck::isDisplayable(f.hostName),
            "the answer's text can be shown as it is");
    require(FuzzCheck::isDisplayable(ExplainQuery::confirmationText(a)) &&
                FuzzCheck::isDisplayable(ExplainQuery::fixText(a)) &&
                FuzzCheck::isDisplayable(ExplainService::refusalText(a.cause, f)),
            "what is said about an answer can be shown as it is");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using FuzzCheck::require;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ExplainMessage::Decoded d = ExplainMessage::decode(bytes);
    require(d.ok() == (d.rejection == Rejection::None), "ok() means no rejection");
    require(ExplainMessage::allRejections().contains(d.rejection), "the reason is a known one");
    require(!ExplainMessage::rejectionCode(d.rejection).isEmpty(), "every reason has a code");
    if (!d.ok())
        checkRefused(d);
    else if (d.type == Type::Question)
        checkQuestion(bytes, d.question);
    else
        checkAnswer(bytes, d.answer);

    const ExplainMessage::Decoded again = ExplainMessage::decode(bytes);
    require(again.rejection == d.rejection && again.version == d.version &&
                again.question.nonce == d.question.nonce && again.answer.nonce == d.answer.nonce,
            "decode() is deterministic");
    for (Type expected : {Type::Question, Type::Answer}) {
        const ExplainMessage::Decoded typed = ExplainMessage::decode(bytes, expected);
        if (d.ok())
            require(typed.ok() == (d.type == expected) &&
                        (typed.ok() || typed.rejection == Rejection::UnexpectedType),
                    "the other type is refused as unexpected, and only it");
        else
            require(typed.rejection == d.rejection, "a refusal does not depend on the type");
    }
    return 0;
}
