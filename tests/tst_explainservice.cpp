#include "LocalAddresses.h"
#include "server/BindChoice.h"
#include "server/ExplainRateLimiter.h"
#include "server/ExplainService.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <memory>

using Cause = ExplainMessage::Cause;
using Verdict = ExplainRateLimiter::Verdict;

namespace {

// The TCP port the facts describe. Nothing listens on it in these tests: it is only the number
// a question must name to be answered.
constexpr quint16 kServedPort = 12397;

ExplainMessage::Facts factsAt(const QHostAddress &listen)
{
    ExplainMessage::Facts f;
    f.listenAddress = listen;
    f.port = kServedPort;
    f.choiceKey = QStringLiteral("test");
    f.hostName = QStringLiteral("vm");
    f.hostAddresses = {QHostAddress(QHostAddress::LocalHost)};
    return f;
}

QByteArray questionAbout(const QHostAddress &tried, quint64 nonce, int size = 512,
                         quint16 port = kServedPort)
{
    return ExplainMessage::encode(ExplainMessage::Question{nonce, tried, port}, size);
}

// This machine's first global IPv6 address (fd00::2 here), or null.
QHostAddress lanIPv6()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv6Protocol && !a.isLoopback() && !a.isLinkLocal() &&
            a.scopeId().isEmpty())
            return a;
    }
    return {};
}

// A client socket that sends questions and collects what comes back.
class Asker final
{
public:
    explicit Asker(const QHostAddress &source = QHostAddress(QHostAddress::Any))
    {
        socket.setProxy(QNetworkProxy::NoProxy);
        bound = socket.bind(source, 0);
    }

    bool send(const QByteArray &bytes, const QHostAddress &to, quint16 port)
    {
        return socket.writeDatagram(bytes, to, port) == bytes.size();
    }

    // Loopback delivers at once: whatever the service has answered is already queued here.
    QList<QNetworkDatagram> replies()
    {
        QList<QNetworkDatagram> all;
        while (socket.hasPendingDatagrams())
            all << socket.receiveDatagram();
        return all;
    }

    QUdpSocket socket;
    bool bound = false;
};

} // namespace

class TestExplainService final : public QObject
{
    Q_OBJECT

private slots:
    void causeFor_data();
    void causeFor();
    void factsForBindChoices();
    void limiterBurstThenRefill();
    void limiterGlobalBound();
    void limiterTableStaysBounded();

    void answersEachCause_data();
    void answersEachCause();
    void answerNeverLargerThanQuestion();
    void ignoresWhatItShouldNotAnswer();
    void ratePerSource();
    void floodThenStillAnswered();
    void sourceTableBoundedOnTheWire();
    void portTakenIsReported();
    void stopReleasesThePort();

private:
    // Sends and waits until the service has taken the datagram in (counted as received).
    static bool deliver(ExplainService &service, Asker &asker, const QByteArray &bytes,
                        const QHostAddress &to);
};

bool TestExplainService::deliver(ExplainService &service, Asker &asker, const QByteArray &bytes,
                                 const QHostAddress &to)
{
    const quint64 before = service.counters().received;
    if (!asker.send(bytes, to, service.port()))
        return false;
    return QTest::qWaitFor([&] { return service.counters().received > before; }, 5000);
}

void TestExplainService::causeFor_data()
{
    QTest::addColumn<QHostAddress>("listen");
    QTest::addColumn<QString>("tried");
    QTest::addColumn<Cause>("cause");
    const QHostAddress lo4(QHostAddress::LocalHost), lo6(QHostAddress::LocalHostIPv6);
    const QHostAddress lan4(QStringLiteral("192.0.2.2")), lan6(QStringLiteral("fd00::2"));
    QTest::newRow("lo4 <- lan4") << lo4 << QStringLiteral("192.0.2.2") << Cause::LoopbackOnly;
    QTest::newRow("lo4 <- lan6") << lo4 << QStringLiteral("fd00::2") << Cause::LoopbackOnly;
    QTest::newRow("lo4 <- lo6") << lo4 << QStringLiteral("::1") << Cause::WrongFamily;
    QTest::newRow("lo4 <- lo4") << lo4 << QStringLiteral("127.0.0.1") << Cause::ListeningThere;
    QTest::newRow("lo4 <- 127.0.0.2")
        << lo4 << QStringLiteral("127.0.0.2") << Cause::OtherAddressOnly;
    QTest::newRow("lo6 <- lan6") << lo6 << QStringLiteral("fd00::2") << Cause::LoopbackOnly;
    QTest::newRow("lo6 <- lo4") << lo6 << QStringLiteral("127.0.0.1") << Cause::WrongFamily;
    QTest::newRow("lo6 <- lo6") << lo6 << QStringLiteral("::1") << Cause::ListeningThere;
    QTest::newRow("lan4 <- lo4") << lan4 << QStringLiteral("127.0.0.1") << Cause::OtherAddressOnly;
    QTest::newRow("lan4 <- other lan4")
        << lan4 << QStringLiteral("192.0.2.3") << Cause::OtherAddressOnly;
    QTest::newRow("lan4 <- lan6") << lan4 << QStringLiteral("fd00::2") << Cause::WrongFamily;
    QTest::newRow("lan4 <- lan4") << lan4 << QStringLiteral("192.0.2.2") << Cause::ListeningThere;
    QTest::newRow("lan4 <- mapped lan4")
        << lan4 << QStringLiteral("::ffff:192.0.2.2") << Cause::ListeningThere;
    QTest::newRow("lan6 <- lan4") << lan6 << QStringLiteral("192.0.2.2") << Cause::WrongFamily;
    QTest::newRow("lan6 <- lo6") << lan6 << QStringLiteral("::1") << Cause::OtherAddressOnly;
    QTest::newRow("link-local, scope aside") << QHostAddress(QStringLiteral("fe80::1%lo"))
                                             << QStringLiteral("fe80::1") << Cause::ListeningThere;
    QTest::newRow("any4 <- lan4") << QHostAddress(QHostAddress::AnyIPv4)
                                  << QStringLiteral("192.0.2.2") << Cause::ListeningThere;
    QTest::newRow("any4 <- lan6") << QHostAddress(QHostAddress::AnyIPv4)
                                  << QStringLiteral("fd00::2") << Cause::WrongFamily;
    QTest::newRow("any6 <- lan4") << QHostAddress(QHostAddress::AnyIPv6)
                                  << QStringLiteral("192.0.2.2") << Cause::WrongFamily;
    QTest::newRow("any6 <- lan6") << QHostAddress(QHostAddress::AnyIPv6)
                                  << QStringLiteral("fd00::2") << Cause::ListeningThere;
    QTest::newRow("any <- lan4") << QHostAddress(QHostAddress::Any) << QStringLiteral("192.0.2.2")
                                 << Cause::ListeningThere;
    QTest::newRow("any <- lan6") << QHostAddress(QHostAddress::Any) << QStringLiteral("fd00::2")
                                 << Cause::ListeningThere;
}

void TestExplainService::causeFor()
{
    QFETCH(QHostAddress, listen);
    QFETCH(QString, tried);
    QFETCH(Cause, cause);
    QCOMPARE(ExplainService::causeFor(factsAt(listen), QHostAddress(tried)), cause);
}

void TestExplainService::factsForBindChoices()
{
    const QList<QHostAddress> resolved = {
        QHostAddress(QStringLiteral("127.0.1.1")), QHostAddress(QStringLiteral("::ffff:127.0.1.1")),
        QHostAddress(QHostAddress::AnyIPv4), QHostAddress(QStringLiteral("fd00::2"))};
    const BindChoice hostname = BindChoice::forHostname(QStringLiteral("vm"), resolved, QString());
    const ExplainMessage::Facts f =
        ExplainService::factsFor(hostname, 4000, QStringLiteral("vm"), resolved);
    QCOMPARE(f.listenAddress, QHostAddress(QStringLiteral("127.0.1.1")));
    QCOMPARE(f.port, quint16(4000));
    QCOMPARE(f.choiceKey, QStringLiteral("hostname"));
    QCOMPARE(f.hostName, QStringLiteral("vm"));
    // Duplicates (also as IPv4-mapped) and wildcards are left out.
    QCOMPARE(f.hostAddresses, (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.1.1")),
                                                   QHostAddress(QStringLiteral("fd00::2"))}));
    QVERIFY(!ExplainMessage::encode(ExplainMessage::Answer{1, Cause::LoopbackOnly, f}).isEmpty());

    const ExplainMessage::Facts any =
        ExplainService::factsFor(BindChoice::make(BindChoice::Kind::AnyDualStack), 1, {}, {});
    QCOMPARE(any.listenAddress.protocol(), QAbstractSocket::AnyIPProtocol);
    QCOMPARE(any.choiceKey, QStringLiteral("any"));

    // What cannot travel is left out rather than making the service unable to answer.
    QList<QHostAddress> many;
    for (int i = 1; i <= 20; ++i)
        many << QHostAddress(QStringLiteral("10.0.0.%1").arg(i));
    const ExplainMessage::Facts odd = ExplainService::factsFor(
        BindChoice::forInterfaceAddress(QStringLiteral("e\u202Eth0"),
                                        QHostAddress(QStringLiteral("fe80::1%lo"))),
        1, QStringLiteral("evil\x1b[2J"), many);
    QCOMPARE(odd.hostAddresses.size(), ExplainMessage::kMaxHostAddresses);
    QVERIFY(odd.hostName.isEmpty());
    QVERIFY(
        !ExplainMessage::encode(ExplainMessage::Answer{1, Cause::ListeningThere, odd}).isEmpty());
}

void TestExplainService::limiterBurstThenRefill()
{
    ExplainRateLimiter limiter;
    const QHostAddress a(QStringLiteral("192.0.2.7"));
    for (int i = 0; i < ExplainRateLimiter::kPerSourceBurst; ++i)
        QCOMPARE(limiter.take(a, 1000), Verdict::Allowed);
    QCOMPARE(limiter.take(a, 1000), Verdict::SourceLimited);
    // The same source in its IPv4-mapped form is the same source.
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("::ffff:192.0.2.7")), 1000),
             Verdict::SourceLimited);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.8")), 1000), Verdict::Allowed);
    // One token per 1000 / rate ms.
    QCOMPARE(limiter.take(a, 1000 + 1000 / ExplainRateLimiter::kPerSourcePerSecond - 1),
             Verdict::SourceLimited);
    QCOMPARE(limiter.take(a, 1000 + 1000 / ExplainRateLimiter::kPerSourcePerSecond),
             Verdict::Allowed);
    // A long pause refills to the burst, never beyond it.
    int allowed = 0;
    for (int i = 0; i < 50; ++i)
        allowed += limiter.take(a, 1'000'000) == Verdict::Allowed;
    QCOMPARE(allowed, ExplainRateLimiter::kPerSourceBurst);
}

void TestExplainService::limiterGlobalBound()
{
    ExplainRateLimiter limiter;
    int allowed = 0;
    for (quint32 i = 0; i < ExplainRateLimiter::kGlobalBurst; ++i)
        allowed += limiter.take(QHostAddress(0x0a000000u + i), 5) == Verdict::Allowed;
    QCOMPARE(allowed, ExplainRateLimiter::kGlobalBurst);
    // Not compared with kGlobalBurst: with a random seed, five of these sources can share a
    // four-way set now and then, and one evicts another.
    const int trackedAtTheLimit = limiter.trackedSources();
    QVERIFY(trackedAtTheLimit > 0 && trackedAtTheLimit <= ExplainRateLimiter::kGlobalBurst);
    for (quint32 i = ExplainRateLimiter::kGlobalBurst; i < 1000; ++i)
        QCOMPARE(limiter.take(QHostAddress(0x0a000000u + i), 5), Verdict::GlobalLimited);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("203.0.113.9")), 5), Verdict::GlobalLimited);
    // Past the global limit nothing was remembered about the sources turned away.
    QCOMPARE(limiter.trackedSources(), trackedAtTheLimit);
}

void TestExplainService::limiterTableStaysBounded()
{
    ExplainRateLimiter limiter;
    qint64 now = 0;
    for (quint32 i = 0; i < 100'000; ++i) {
        now += 10; // one global token per question: every source reaches the table
        QCOMPARE(limiter.take(QHostAddress(0x0a000000u + i), now), Verdict::Allowed);
        if (i % 997 == 0)
            QVERIFY(limiter.trackedSources() <= ExplainRateLimiter::kCapacity);
    }
    QCOMPARE(limiter.trackedSources(), ExplainRateLimiter::kCapacity);
}

void TestExplainService::answersEachCause_data()
{
    QTest::addColumn<QHostAddress>("listen");
    QTest::addColumn<QHostAddress>("tried"); // also where the question is sent
    QTest::addColumn<Cause>("cause");
    const QHostAddress lo4(QHostAddress::LocalHost), lo6(QHostAddress::LocalHostIPv6);
    const QHostAddress lan4 = LocalAddresses::lanIPv4(), lan6 = lanIPv6();
    QTest::newRow("127.0.0.1, asked at ::1") << lo4 << lo6 << Cause::WrongFamily;
    QTest::newRow("127.0.0.1, asked at 127.0.0.1") << lo4 << lo4 << Cause::ListeningThere;
    QTest::newRow("127.0.0.1, asked at lan4") << lo4 << lan4 << Cause::LoopbackOnly;
    QTest::newRow("::1, asked at lan6") << lo6 << lan6 << Cause::LoopbackOnly;
    QTest::newRow("::1, asked at 127.0.0.1") << lo6 << lo4 << Cause::WrongFamily;
    QTest::newRow("lan4, asked at 127.0.0.1") << lan4 << lo4 << Cause::OtherAddressOnly;
    QTest::newRow("lan4, asked at lan6") << lan4 << lan6 << Cause::WrongFamily;
    QTest::newRow("lan4, asked at lan4") << lan4 << lan4 << Cause::ListeningThere;
    QTest::newRow("lan6, asked at ::1") << lan6 << lo6 << Cause::OtherAddressOnly;
    QTest::newRow("0.0.0.0, asked at lan4")
        << QHostAddress(QHostAddress::AnyIPv4) << lan4 << Cause::ListeningThere;
    QTest::newRow("0.0.0.0, asked at ::1")
        << QHostAddress(QHostAddress::AnyIPv4) << lo6 << Cause::WrongFamily;
    QTest::newRow("any, asked at ::1")
        << QHostAddress(QHostAddress::Any) << lo6 << Cause::ListeningThere;
}

void TestExplainService::answersEachCause()
{
    QFETCH(QHostAddress, listen);
    QFETCH(QHostAddress, tried);
    QFETCH(Cause, cause);
    if (listen.isNull() || tried.isNull())
        QSKIP("This machine has no LAN address of that family (192.0.2.2 / fd00::2 on eth0).");

    ExplainService service;
    QSignalSpy visitors(&service, &ExplainService::refusedVisitor);
    QVERIFY2(service.start(factsAt(listen), 0), qPrintable(service.statusText()));
    QVERIFY(service.port() != 0);
    QVERIFY(service.statusText().contains(QString::number(service.port())));

    Asker asker;
    QVERIFY(asker.bound);
    const QByteArray question = questionAbout(tried, 777);
    QVERIFY(asker.send(question, tried, service.port()));
    QTRY_COMPARE(visitors.count(), 1);

    const QList<QNetworkDatagram> replies = asker.replies();
    QCOMPARE(replies.size(), 1);
    // Answered from the very address that was asked, as a connected client socket expects.
    QCOMPARE(ExplainMessage::canonical(replies.first().senderAddress()), tried);
    const QByteArray answer = replies.first().data();
    QVERIFY(answer.size() <= question.size());
    const ExplainMessage::Decoded d = ExplainMessage::decode(answer, ExplainMessage::Type::Answer);
    QCOMPARE(d.rejection, ExplainMessage::Rejection::None);
    QCOMPARE(d.answer.nonce, quint64(777));
    QCOMPARE(d.answer.cause, cause);
    QCOMPARE(d.answer.facts.listenAddress, listen);
    QCOMPARE(d.answer.facts.port, kServedPort);
    QCOMPARE(d.answer.facts.hostName, QStringLiteral("vm"));

    const auto visitor = visitors.first().first().value<RefusedVisitor>();
    QCOMPARE(visitor.tried, tried);
    QCOMPARE(visitor.triedPort, kServedPort);
    QCOMPARE(visitor.cause, cause);
    QCOMPARE(visitor.peer, tried); // on this machine the kernel sends from the address dialled
    QCOMPARE(visitor.peerPort, asker.socket.localPort());
    QCOMPARE(visitor.arrivedAt, tried);
    QVERIFY(!ExplainService::refusalText(cause, service.facts()).isEmpty());
    QCOMPARE(service.counters().answered, quint64(1));
}

void TestExplainService::answerNeverLargerThanQuestion()
{
    // The largest facts there can be, so the answer is as large as answers get.
    ExplainMessage::Facts f = factsAt(QHostAddress(QStringLiteral("fd00::2")));
    f.choiceKey = QString(ExplainMessage::kMaxKeyBytes, QLatin1Char('k'));
    f.hostName = QString(ExplainMessage::kMaxHostNameBytes, QLatin1Char('h'));
    f.hostAddresses.clear();
    for (int i = 0; i < ExplainMessage::kMaxHostAddresses; ++i)
        f.hostAddresses << QHostAddress(QStringLiteral("fd00::%1").arg(i + 10));
    ExplainService service;
    QVERIFY(service.start(f, 0));
    Asker asker;
    const QHostAddress to(QHostAddress::LocalHost);
    for (int size : {100, 400, 511, 512, 513, 800, 1200, 1201}) {
        const QByteArray question = size < 512 || size > 1200
                                        ? questionAbout(to, 1).leftJustified(size, '\0', true)
                                        : questionAbout(to, quint64(size), size);
        QVERIFY(deliver(service, asker, question, to));
        for (const QNetworkDatagram &reply : asker.replies()) {
            QVERIFY2(reply.data().size() <= question.size(),
                     qPrintable(QStringLiteral("%1 > %2").arg(reply.data().size()).arg(size)));
            QVERIFY(size >= 512 && size <= 1200);
        }
    }
    QCOMPARE(service.counters().answered, quint64(4));
    QCOMPARE(service.byRejection(ExplainMessage::Rejection::Unpadded), quint64(3));
    QCOMPARE(service.byRejection(ExplainMessage::Rejection::Oversized), quint64(1));
}

void TestExplainService::ignoresWhatItShouldNotAnswer()
{
    ExplainService service;
    QSignalSpy visitors(&service, &ExplainService::refusedVisitor);
    QVERIFY(service.start(factsAt(QHostAddress(QHostAddress::LocalHost)), 0));
    Asker asker;
    const QHostAddress to(QHostAddress::LocalHost);
    ExplainMessage::Answer answer{5, Cause::LoopbackOnly, factsAt(to)};
    // An answer sent to a server is never answered: two servers cannot be set talking.
    QVERIFY(deliver(service, asker, ExplainMessage::encode(answer), to));
    QVERIFY(deliver(service, asker, questionAbout(to, 6, 512, kServedPort + 1), to));
    QVERIFY(deliver(service, asker, QByteArray("GET / HTTP/1.0\r\n\r\n"), to));
    QVERIFY(deliver(service, asker, QByteArray(), to));
    QVERIFY(asker.replies().isEmpty());
    QCOMPARE(visitors.count(), 0);
    const ExplainService::Counters c = service.counters();
    QCOMPARE(c.received, quint64(4));
    QCOMPARE(c.malformed, quint64(3));
    QCOMPARE(c.otherPort, quint64(1));
    QCOMPARE(service.byRejection(ExplainMessage::Rejection::UnexpectedType), quint64(1));
    QCOMPARE(service.byRejection(ExplainMessage::Rejection::NotBindLab), quint64(1));
    QCOMPARE(service.byRejection(ExplainMessage::Rejection::Empty), quint64(1));
}

void TestExplainService::ratePerSource()
{
    qint64 now = 1000;
    ExplainService service;
    service.setClock([&now] { return now; });
    QVERIFY(service.start(factsAt(QHostAddress(QHostAddress::LocalHost)), 0));
    Asker one{QHostAddress(QHostAddress::LocalHost)};
    Asker other{QHostAddress(QStringLiteral("127.0.0.2"))};
    const QHostAddress to(QHostAddress::LocalHost);
    for (int i = 0; i < 25; ++i)
        QVERIFY(deliver(service, one, questionAbout(to, quint64(i)), to));
    QCOMPARE(one.replies().size(), ExplainRateLimiter::kPerSourceBurst);
    QCOMPARE(service.counters().rateLimited, quint64(25 - ExplainRateLimiter::kPerSourceBurst));

    QVERIFY(deliver(service, other, questionAbout(to, 99), to));
    QCOMPARE(other.replies().size(), 1); // its own bucket

    now += 1000;
    for (int i = 0; i < 25; ++i)
        QVERIFY(deliver(service, one, questionAbout(to, quint64(i)), to));
    QCOMPARE(one.replies().size(), ExplainRateLimiter::kPerSourcePerSecond);
}

// Thousands of malformed and valid datagrams from one host, then a question from another
// address and, a second later, from the flooding one: both answered.
void TestExplainService::floodThenStillAnswered()
{
    qint64 now = 0;
    ExplainService service;
    service.setClock([&now] { return now; });
    QVERIFY(service.start(factsAt(QHostAddress(QHostAddress::LocalHost)), 0));
    Asker flooder{QHostAddress(QHostAddress::LocalHost)};
    const QHostAddress to(QHostAddress::LocalHost);
    QRandomGenerator random(3);
    const QByteArray valid = questionAbout(to, 1);
    int sent = 0;
    int validSent = 0;
    // Batches small enough for the socket's receive buffer: what loopback drops when a burst
    // overflows it would not say anything about the service.
    for (int batch = 0; batch < 125; ++batch) {
        for (int i = 0; i < 40; ++i, ++sent) {
            QByteArray bytes = valid;
            if (i % 5 != 0) {
                bytes.resize(int(random.bounded(1400)));
                for (char &c : bytes)
                    c = char(random.bounded(256));
            } else {
                ++validSent;
            }
            flooder.send(bytes, to, service.port());
        }
        QTRY_COMPARE_WITH_TIMEOUT(service.counters().received, quint64(sent), 10000);
        QVERIFY(service.trackedSources() <= ExplainRateLimiter::kCapacity);
    }
    const QList<QNetworkDatagram> floodReplies = flooder.replies();
    QCOMPARE(floodReplies.size(), ExplainRateLimiter::kPerSourceBurst);
    for (const QNetworkDatagram &reply : floodReplies)
        QVERIFY(reply.data().size() <= valid.size());
    const ExplainService::Counters c = service.counters();
    QCOMPARE(c.malformed + c.answered + c.rateLimited, quint64(sent));
    QCOMPARE(c.answered + c.rateLimited, quint64(validSent));

    Asker bystander{QHostAddress(QHostAddress::LocalHostIPv6)};
    const QHostAddress to6(QHostAddress::LocalHostIPv6);
    QVERIFY(bystander.send(questionAbout(to6, 2), to6, service.port()));
    QTRY_COMPARE(bystander.socket.hasPendingDatagrams(), true);
    QCOMPARE(bystander.replies().size(), 1);

    now += 1000;
    QVERIFY(deliver(service, flooder, questionAbout(to, 3), to));
    QCOMPARE(flooder.replies().size(), 1);
}

// Questions from 1,500 loopback addresses, each answered: the table of sources never grows
// past its cap.
void TestExplainService::sourceTableBoundedOnTheWire()
{
    qint64 now = 0;
    ExplainService service;
    // One global token per question, so every source reaches the table.
    service.setClock([&now] { return now += 1000 / ExplainRateLimiter::kGlobalPerSecond; });
    QVERIFY(service.start(factsAt(QHostAddress(QHostAddress::LocalHost)), 0));
    const QHostAddress to(QHostAddress::LocalHost);
    const QByteArray question = questionAbout(to, 4);
    constexpr int kSources = 1500;
    constexpr int kBatch = 50; // within the receive buffer, so loopback drops nothing
    for (int first = 0; first < kSources; first += kBatch) {
        std::vector<std::unique_ptr<Asker>> askers;
        for (int i = first; i < first + kBatch; ++i) {
            const quint32 source = 0x7f010000u + quint32(i) + 1; // 127.1.x.y
            askers.push_back(std::make_unique<Asker>(QHostAddress(source)));
            QVERIFY(askers.back()->bound);
            askers.back()->send(question, to, service.port());
        }
        QTRY_COMPARE(service.counters().received, quint64(first + kBatch));
        QVERIFY(service.trackedSources() <= ExplainRateLimiter::kCapacity);
        for (auto &asker : askers)
            QCOMPARE(asker->replies().size(), 1);
    }
    QCOMPARE(service.counters().answered, quint64(kSources));
    // Full sets evicted their oldest; sets the hash gave fewer sources keep free entries.
    QVERIFY(service.trackedSources() <= ExplainRateLimiter::kCapacity);
    QVERIFY(service.trackedSources() > ExplainRateLimiter::kCapacity / 2);
}

void TestExplainService::portTakenIsReported()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress(QHostAddress::AnyIPv4), 0, QUdpSocket::DontShareAddress));
    ExplainService service;
    QVERIFY(!service.start(factsAt(QHostAddress(QHostAddress::LocalHost)), holder.localPort()));
    QVERIFY(!service.isRunning());
    QCOMPARE(service.startError().error, QAbstractSocket::AddressInUseError);
    QVERIFY(!service.startError().qtText.isEmpty());
    const QString status = service.statusText();
    QVERIFY2(status.contains(QString::number(holder.localPort())) &&
                 status.contains(service.startError().qtText),
             qPrintable(status));
}

void TestExplainService::stopReleasesThePort()
{
    ExplainService service;
    QVERIFY(service.start(factsAt(QHostAddress(QHostAddress::LocalHost)), 0));
    const quint16 port = service.port();
    service.stop();
    QVERIFY(!service.isRunning());
    QUdpSocket after;
    QVERIFY(after.bind(QHostAddress(QHostAddress::Any), port, QUdpSocket::DontShareAddress));
}

QTEST_GUILESS_MAIN(TestExplainService)
#include "tst_explainservice.moc"
