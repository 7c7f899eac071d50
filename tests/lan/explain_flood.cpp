// A flood of explain questions from one host, for tst_lanexplain: valid questions of every
// allowed size mixed with malformed datagrams (random bytes, truncated and oversized questions,
// answers posing as questions). Prints one JSON line: what was sent, what came back, and the
// largest answer relative to the question it answered (the amplification a forged source could
// get; must stay at or below 1).
//
//   bindlab-explain-flood HOST PORT COUNT
#include "net/ExplainMessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

#include <cstdio>

namespace {

struct Tally
{
    quint64 sent = 0;
    quint64 sentValid = 0;
    quint64 sentBytes = 0;
    quint64 answers = 0;
    quint64 answerBytes = 0;
    quint64 strayAnswers = 0; // not for any question sent
    double maxRatio = 0;
};

QByteArray malformed(QRandomGenerator &random, const QByteArray &valid, int kind)
{
    switch (kind) {
    case 0: { // random bytes
        QByteArray bytes(1 + int(random.bounded(1500)), '\0');
        for (char &c : bytes)
            c = char(random.bounded(256));
        return bytes;
    }
    case 1: // a question cut short, below the padded size (cut above it, it is still valid)
        return valid.left(1 + int(random.bounded(ExplainMessage::kQuestionSize - 1)));
    case 2: // a question too long for one datagram
        return valid + QByteArray(ExplainMessage::kMaxDatagramSize, '\0');
    default: { // an answer sent as if it were a question
        ExplainMessage::Answer answer;
        answer.facts.listenAddress = QHostAddress(QHostAddress::LocalHost);
        answer.facts.port = 1;
        answer.facts.choiceKey = QStringLiteral("loopback");
        return ExplainMessage::encode(answer);
    }
    }
}

void drain(QUdpSocket &socket, const QHash<quint64, int> &sizes, Tally &tally)
{
    while (socket.hasPendingDatagrams()) {
        const QNetworkDatagram d = socket.receiveDatagram(ExplainMessage::kMaxDatagramSize + 1);
        const ExplainMessage::Decoded decoded =
            ExplainMessage::decode(d.data(), ExplainMessage::Type::Answer);
        const int asked = decoded.ok() ? sizes.value(decoded.answer.nonce, 0) : 0;
        if (asked == 0) {
            ++tally.strayAnswers;
            std::fprintf(stderr, "stray: %d bytes, %s\n", int(d.data().size()),
                         qPrintable(ExplainMessage::rejectionCode(decoded.rejection)));
            continue;
        }
        ++tally.answers;
        tally.answerBytes += quint64(d.data().size());
        tally.maxRatio = qMax(tally.maxRatio, double(d.data().size()) / asked);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QHostAddress host(args.value(1));
    const quint16 port = quint16(args.value(2).toUInt());
    const int count = args.value(3).toInt();
    if (host.isNull() || port == 0 || count <= 0) {
        std::fprintf(stderr, "usage: bindlab-explain-flood HOST PORT COUNT\n");
        return 2;
    }
    QUdpSocket socket;
    if (!socket.bind(host.protocol() == QAbstractSocket::IPv6Protocol
                         ? QHostAddress(QHostAddress::AnyIPv6)
                         : QHostAddress(QHostAddress::AnyIPv4))) {
        std::fprintf(stderr, "bind: %s\n", qPrintable(socket.errorString()));
        return 1;
    }
    QRandomGenerator random(12397);
    QHash<quint64, int> sizes; // nonce -> size of the question that carried it
    Tally tally;
    for (int i = 0; i < count; ++i) {
        ExplainMessage::Question question{random.generate64() | 1, host, port};
        const int size =
            ExplainMessage::kQuestionSize + int(random.bounded(ExplainMessage::kMaxDatagramSize -
                                                               ExplainMessage::kQuestionSize + 1));
        const QByteArray valid = ExplainMessage::encode(question, size);
        const bool sendValid = i % 2 == 0;
        const QByteArray bytes = sendValid ? valid : malformed(random, valid, (i / 2) % 4);
        if (socket.writeDatagram(bytes, host, port) != bytes.size())
            continue; // a full send buffer drops this one; the tally counts what left
        if (sendValid) {
            sizes.insert(question.nonce, int(bytes.size()));
            ++tally.sentValid;
        }
        ++tally.sent;
        tally.sentBytes += quint64(bytes.size());
        drain(socket, sizes, tally);
    }
    // The last answers are on their way: a short quiet period collects them.
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 1000) {
        if (socket.waitForReadyRead(100))
            drain(socket, sizes, tally);
    }
    const QJsonObject report{{QStringLiteral("sent"), double(tally.sent)},
                             {QStringLiteral("sent_valid"), double(tally.sentValid)},
                             {QStringLiteral("sent_bytes"), double(tally.sentBytes)},
                             {QStringLiteral("answers"), double(tally.answers)},
                             {QStringLiteral("answer_bytes"), double(tally.answerBytes)},
                             {QStringLiteral("stray_answers"), double(tally.strayAnswers)},
                             {QStringLiteral("max_ratio"), tally.maxRatio}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return 0;
}
