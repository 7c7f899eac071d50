#include "LocalAddresses.h"
#include "client/ExplainQuery.h"
#include "server/ExplainService.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <functional>

using Outcome = ExplainQuery::Outcome;
using Cause = ExplainMessage::Cause;

namespace {

constexpr quint16 kRefusedPort = 12397; // only a number in the messages; nothing binds it

// A UDP peer that answers every datagram with whatever `reply` makes of it ("" = silence).
class FakeServer final
{
public:
    explicit FakeServer(std::function<QByteArray(const QByteArray &)> reply)
        : m_reply(std::move(reply))
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        bound = socket.bind(QHostAddress(QHostAddress::LocalHost), 0);
        QObject::connect(&socket, &QUdpSocket::readyRead, &socket, [this] {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram question = socket.receiveDatagram();
                ++questions;
                lastQuestion = question.data();
                const QByteArray answer = m_reply(question.data());
                if (!answer.isNull())
                    socket.writeDatagram(question.makeReply(answer));
            }
        });
    }

    QUdpSocket socket;
    bool bound = false;
    int questions = 0;
    QByteArray lastQuestion;

private:
    std::function<QByteArray(const QByteArray &)> m_reply;
};

quint64 nonceOf(const QByteArray &question)
{
    return ExplainMessage::decode(question).question.nonce;
}

} // namespace

class TestExplainQuery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ExplainQuery::Result>(); }
    void answeredByTheService();
    void silenceIsNoAnswerWithinTheBound();
    void nothingOnThePortIsSaidAtOnce();
    void garbageReplyIsNotBindLab();
    void echoIsNotBindLab();
    void invalidAnswerIsMalformed();
    void answerToAnotherQuestionIsIgnored();
    void nothingToAskFailsFromTheEventLoop();
    void cancelSaysNothing();
    void remoteOnlyForOtherHosts();
    void textsForEveryCause();

private:
    static ExplainQuery::Result run(ExplainQuery &query, const QHostAddress &host, quint16 port,
                                    int *emitted = nullptr);
};

ExplainQuery::Result TestExplainQuery::run(ExplainQuery &query, const QHostAddress &host,
                                           quint16 port, int *emitted)
{
    QSignalSpy finished(&query, &ExplainQuery::finished);
    query.ask(host, port);
    if (!finished.wait(5000) && finished.isEmpty()) {
        ExplainQuery::Result none;
        none.outcome = Outcome::Failed;
        none.detail = QStringLiteral("finished() never came");
        return none;
    }
    QTest::qWait(20); // a second finished() would show here
    if (emitted)
        *emitted = int(finished.count());
    return finished.first().first().value<ExplainQuery::Result>();
}

void TestExplainQuery::answeredByTheService()
{
    ExplainService service;
    ExplainMessage::Facts facts;
    facts.listenAddress = QHostAddress(QStringLiteral("192.0.2.2"));
    facts.port = kRefusedPort;
    facts.choiceKey = QStringLiteral("192.0.2.2");
    facts.hostName = QStringLiteral("vm");
    QVERIFY(service.start(facts, 0));

    for (const QHostAddress &host :
         {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        ExplainQuery query;
        query.setExplainPort(service.port());
        int emitted = 0;
        const ExplainQuery::Result r = run(query, host, kRefusedPort, &emitted);
        QCOMPARE(emitted, 1);
        QCOMPARE(ExplainQuery::outcomeCode(r.outcome), QStringLiteral("answered"));
        QVERIFY(r.answered());
        QVERIFY(r.detail.isEmpty());
        QCOMPARE(r.host, host);
        QCOMPARE(r.port, kRefusedPort);
        const Cause expected = host.protocol() == QAbstractSocket::IPv4Protocol
                                   ? Cause::OtherAddressOnly
                                   : Cause::WrongFamily;
        QCOMPARE(r.answer.cause, expected);
        QCOMPARE(r.answer.facts.listenAddress, facts.listenAddress);
        QCOMPARE(r.answer.facts.hostName, QStringLiteral("vm"));
    }
}

void TestExplainQuery::silenceIsNoAnswerWithinTheBound()
{
    FakeServer silent([](const QByteArray &) { return QByteArray(); });
    QVERIFY(silent.bound);
    ExplainQuery query;
    QCOMPARE(query.timeout(), ExplainQuery::kDefaultTimeoutMs);
    query.setTimeout(150);
    query.setExplainPort(silent.socket.localPort());
    int emitted = 0;
    const ExplainQuery::Result r =
        run(query, QHostAddress(QHostAddress::LocalHost), kRefusedPort, &emitted);
    QCOMPARE(emitted, 1);
    QCOMPARE(r.outcome, Outcome::NoAnswer);
    QVERIFY(!r.detail.isEmpty());
    QVERIFY(!query.isRunning());
    // The question went out padded and about the refused address and port.
    QCOMPARE(silent.questions, 1);
    QCOMPARE(silent.lastQuestion.size(), ExplainMessage::kQuestionSize);
    const ExplainMessage::Decoded asked = ExplainMessage::decode(silent.lastQuestion);
    QVERIFY(asked.ok());
    QCOMPARE(asked.question.tried, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(asked.question.port, kRefusedPort);
}

void TestExplainQuery::nothingOnThePortIsSaidAtOnce()
{
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 closed = probe.localPort();
    probe.close();
    ExplainQuery query;
    query.setTimeout(3000);
    query.setExplainPort(closed);
    const ExplainQuery::Result r = run(query, QHostAddress(QHostAddress::LocalHost), kRefusedPort);
    QCOMPARE(r.outcome, Outcome::PortUnreachable);
    QVERIFY(r.detail.contains(QString::number(closed)));
}

void TestExplainQuery::garbageReplyIsNotBindLab()
{
    FakeServer http([](const QByteArray &) { return QByteArray("HTTP/1.0 400 Bad Request\r\n"); });
    ExplainQuery query;
    query.setExplainPort(http.socket.localPort());
    const ExplainQuery::Result r = run(query, QHostAddress(QHostAddress::LocalHost), kRefusedPort);
    QCOMPARE(r.outcome, Outcome::NotBindLab);
    QVERIFY(!r.detail.isEmpty());
    QVERIFY(!r.answered());
}

void TestExplainQuery::echoIsNotBindLab()
{
    FakeServer echo([](const QByteArray &question) { return question; });
    ExplainQuery query;
    query.setExplainPort(echo.socket.localPort());
    const ExplainQuery::Result r = run(query, QHostAddress(QHostAddress::LocalHost), kRefusedPort);
    QCOMPARE(r.outcome, Outcome::NotBindLab);
}

void TestExplainQuery::invalidAnswerIsMalformed()
{
    FakeServer broken([](const QByteArray &question) {
        ExplainMessage::Answer a;
        a.nonce = nonceOf(question);
        a.facts.listenAddress = QHostAddress(QHostAddress::LocalHost);
        a.facts.port = kRefusedPort;
        a.facts.choiceKey = QStringLiteral("loopback");
        a.facts.hostName = QStringLiteral("vmX");
        QByteArray bytes = ExplainMessage::encode(a);
        bytes[bytes.size() - 2] = '\x1b'; // "vm\e": an escape sequence in the hostname
        return bytes;
    });
    ExplainQuery query;
    query.setExplainPort(broken.socket.localPort());
    const ExplainQuery::Result r = run(query, QHostAddress(QHostAddress::LocalHost), kRefusedPort);
    QCOMPARE(r.outcome, Outcome::Malformed);
    QVERIFY(r.answer.facts.hostName.isEmpty());
}

void TestExplainQuery::answerToAnotherQuestionIsIgnored()
{
    FakeServer forger([](const QByteArray &question) {
        ExplainMessage::Answer a;
        a.nonce = nonceOf(question) + 1;
        a.cause = Cause::LoopbackOnly;
        a.facts.listenAddress = QHostAddress(QHostAddress::LocalHost);
        a.facts.port = kRefusedPort;
        a.facts.choiceKey = QStringLiteral("loopback");
        return ExplainMessage::encode(a);
    });
    ExplainQuery query;
    query.setTimeout(150);
    query.setExplainPort(forger.socket.localPort());
    const ExplainQuery::Result r = run(query, QHostAddress(QHostAddress::LocalHost), kRefusedPort);
    QCOMPARE(r.outcome, Outcome::NoAnswer);
}

void TestExplainQuery::nothingToAskFailsFromTheEventLoop()
{
    ExplainQuery query;
    QSignalSpy finished(&query, &ExplainQuery::finished);
    query.ask(QHostAddress(), kRefusedPort);
    QCOMPARE(finished.count(), 0); // never from inside ask()
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<ExplainQuery::Result>().outcome, Outcome::Failed);
}

void TestExplainQuery::cancelSaysNothing()
{
    FakeServer silent([](const QByteArray &) { return QByteArray(); });
    ExplainQuery query;
    query.setTimeout(100);
    query.setExplainPort(silent.socket.localPort());
    QSignalSpy finished(&query, &ExplainQuery::finished);
    query.ask(QHostAddress(QHostAddress::LocalHost), kRefusedPort);
    QVERIFY(query.isRunning());
    query.cancel();
    QVERIFY(!query.isRunning());
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);

    // Asked again at once after a cancel, the new question is the one answered.
    FakeServer echo([](const QByteArray &question) { return question; });
    query.setExplainPort(echo.socket.localPort());
    query.ask(QHostAddress(QHostAddress::LocalHost), kRefusedPort);
    query.cancel();
    query.ask(QHostAddress(QHostAddress::LocalHost), kRefusedPort);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<ExplainQuery::Result>().outcome, Outcome::NotBindLab);
    QCOMPARE(echo.questions, 1);
}

void TestExplainQuery::remoteOnlyForOtherHosts()
{
    const QList<QHostAddress> own = {QHostAddress(QStringLiteral("192.0.2.2")),
                                     QHostAddress(QStringLiteral("fe80::2%eth0"))};
    QVERIFY(ExplainQuery::isRemote(QHostAddress(QStringLiteral("198.18.0.2")), own));
    QVERIFY(ExplainQuery::isRemote(QHostAddress(QStringLiteral("2001:db8::2")), own));
    QVERIFY(!ExplainQuery::isRemote(QHostAddress(QStringLiteral("192.0.2.2")), own));
    QVERIFY(!ExplainQuery::isRemote(QHostAddress(QStringLiteral("::ffff:192.0.2.2")), own));
    QVERIFY(!ExplainQuery::isRemote(QHostAddress(QStringLiteral("fe80::2")), own));
    QVERIFY(!ExplainQuery::isRemote(QHostAddress(QHostAddress::LocalHost), own));
    QVERIFY(!ExplainQuery::isRemote(QHostAddress(QStringLiteral("127.0.1.1")), own));
    QVERIFY(!ExplainQuery::isRemote(QHostAddress(QHostAddress::LocalHostIPv6), own));
    QVERIFY(!ExplainQuery::isRemote(QHostAddress(), own));
}

void TestExplainQuery::textsForEveryCause()
{
    ExplainMessage::Answer a;
    a.facts.listenAddress = QHostAddress(QHostAddress::LocalHost);
    a.facts.port = kRefusedPort;
    a.facts.choiceKey = QStringLiteral("hostname");
    a.facts.hostName = QStringLiteral("vm");
    for (Cause cause : ExplainMessage::allCauses()) {
        a.cause = cause;
        QVERIFY(!ExplainQuery::confirmationText(a).isEmpty());
        QVERIFY(!ExplainQuery::fixText(a).isEmpty());
    }
    a.cause = Cause::LoopbackOnly;
    QCOMPARE(ExplainQuery::confirmationText(a),
             QStringLiteral("Confirmed by the server: it listens on 127.0.0.1 only (what its "
                            "hostname vm resolves to there), so every other host is refused."));
}

QTEST_GUILESS_MAIN(TestExplainQuery)
#include "tst_explainquery.moc"
