#include "net/ExplainMessage.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using R = ExplainMessage::Rejection;
using Cause = ExplainMessage::Cause;
using Type = ExplainMessage::Type;

Q_DECLARE_METATYPE(ExplainMessage::Rejection)
Q_DECLARE_METATYPE(ExplainMessage::Type)

// The wire layout written out by hand, independently of the codec, as docs/explain-protocol.md
// describes it: the tests check the codec against the document, not against itself.
namespace Wire {

QByteArray header(quint8 version, quint8 type, quint64 nonce = 0x0102030405060708ULL)
{
    QByteArray b("BLEX");
    b.append(char(version));
    b.append(char(type));
    for (int shift = 56; shift >= 0; shift -= 8)
        b.append(char((nonce >> shift) & 0xff));
    return b;
}

QByteArray port(quint16 p)
{
    return QByteArray(1, char(p >> 8)) + QByteArray(1, char(p & 0xff));
}

QByteArray v4(const char *text)
{
    const quint32 a = QHostAddress(QString::fromLatin1(text)).toIPv4Address();
    QByteArray b(1, '\x04');
    for (int shift = 24; shift >= 0; shift -= 8)
        b.append(char((a >> shift) & 0xff));
    return b;
}

QByteArray v6(const char *text)
{
    const Q_IPV6ADDR a = QHostAddress(QString::fromLatin1(text)).toIPv6Address();
    return QByteArray(1, '\x06') + QByteArray(reinterpret_cast<const char *>(a.c), 16);
}

QByteArray text(const QByteArray &utf8)
{
    return QByteArray(1, char(utf8.size())) + utf8;
}

QByteArray question(const QByteArray &address, quint16 p, int size = 512, quint8 version = 1)
{
    QByteArray b = header(version, 1) + address + port(p);
    if (b.size() < size)
        b.append(QByteArray(size - b.size(), '\0'));
    return b;
}

QByteArray answer(quint8 cause, const QByteArray &listen, quint16 p, const QByteArray &key,
                  const QByteArray &host, const QList<QByteArray> &addresses)
{
    QByteArray b = header(1, 2) + QByteArray(1, char(cause)) + listen + port(p) + text(key) +
                   text(host) + QByteArray(1, char(addresses.size()));
    for (const QByteArray &a : addresses)
        b += a;
    return b;
}

QByteArray loopbackAnswer()
{
    return answer(1, v4("127.0.0.1"), 12397, "hostname", "vm", {v4("127.0.0.1")});
}

} // namespace Wire

class TestExplainMessage final : public QObject
{
    Q_OBJECT

private slots:
    void questionWireLayout();
    void answerWireLayout();
    void questionRoundTrip_data();
    void questionRoundTrip();
    void answerRoundTrip_data();
    void answerRoundTrip();
    void largestAnswerFitsTheSmallestQuestion();
    void encodeRefusesWhatDecodeWouldRefuse();
    void rejects_data();
    void rejects();
    void everyRejectionIsTestedAndNamed();
    void unsupportedVersionNamesIt();
    void everyPrefixIsRefused();
    void garbageAndMutationsNeverCrash();

private:
    QSet<int> m_met; // rejections rejects() has seen
};

void TestExplainMessage::questionWireLayout()
{
    const ExplainMessage::Question q{0x0102030405060708ULL,
                                     QHostAddress(QStringLiteral("192.0.2.2")), 12397};
    QCOMPARE(ExplainMessage::encode(q), Wire::question(Wire::v4("192.0.2.2"), 12397));
    QCOMPARE(ExplainMessage::encode(q, 1200).size(), 1200);
}

void TestExplainMessage::answerWireLayout()
{
    ExplainMessage::Answer a;
    a.nonce = 0x0102030405060708ULL;
    a.cause = Cause::LoopbackOnly;
    a.facts.listenAddress = QHostAddress(QHostAddress::LocalHost);
    a.facts.port = 12397;
    a.facts.choiceKey = QStringLiteral("hostname");
    a.facts.hostName = QStringLiteral("vm");
    a.facts.hostAddresses = {QHostAddress(QHostAddress::LocalHost)};
    QCOMPARE(ExplainMessage::encode(a), Wire::loopbackAnswer());

    a.facts.listenAddress = QHostAddress(QHostAddress::Any);
    a.facts.hostAddresses.clear();
    a.cause = Cause::ListeningThere;
    QCOMPARE(ExplainMessage::encode(a),
             Wire::answer(4, QByteArray(1, '\0'), 12397, "hostname", "vm", {}));
}

void TestExplainMessage::questionRoundTrip_data()
{
    QTest::addColumn<QString>("tried");
    QTest::addColumn<QString>("onWire");
    QTest::addColumn<int>("size");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.2") << QStringLiteral("192.0.2.2") << 512;
    QTest::newRow("ipv6") << QStringLiteral("fd00::2") << QStringLiteral("fd00::2") << 512;
    QTest::newRow("mapped travels as ipv4")
        << QStringLiteral("::ffff:192.0.2.2") << QStringLiteral("192.0.2.2") << 700;
    QTest::newRow("scope is left at home")
        << QStringLiteral("fe80::1%lo") << QStringLiteral("fe80::1") << 1200;
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1") << 512;
}

void TestExplainMessage::questionRoundTrip()
{
    QFETCH(QString, tried);
    QFETCH(QString, onWire);
    QFETCH(int, size);
    const ExplainMessage::Question q{0xfeedfacecafebeefULL, QHostAddress(tried), 65535};
    const QByteArray bytes = ExplainMessage::encode(q, size);
    QCOMPARE(bytes.size(), size);
    const ExplainMessage::Decoded d = ExplainMessage::decode(bytes, Type::Question);
    QCOMPARE(d.rejection, R::None);
    QCOMPARE(d.version, 1);
    QCOMPARE(d.type, Type::Question);
    QCOMPARE(d.question.nonce, q.nonce);
    QCOMPARE(d.question.tried, QHostAddress(onWire));
    QCOMPARE(d.question.port, quint16(65535));
    QCOMPARE(ExplainMessage::encode(d.question, size), bytes);
}

void TestExplainMessage::answerRoundTrip_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<QHostAddress>("listen");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QList<QHostAddress>>("addresses");
    const QList<QHostAddress> none;
    QTest::newRow("dual-stack") << 4 << QHostAddress(QHostAddress::Any) << QStringLiteral("any")
                                << QStringLiteral("vm") << none;
    QTest::newRow("any4") << 3 << QHostAddress(QHostAddress::AnyIPv4) << QStringLiteral("any4")
                          << QStringLiteral("") << none;
    QTest::newRow("any6") << 3 << QHostAddress(QHostAddress::AnyIPv6) << QStringLiteral("any6")
                          << QStringLiteral("vm") << none;
    QTest::newRow("loopback6") << 1 << QHostAddress(QHostAddress::LocalHostIPv6)
                               << QStringLiteral("loopback6") << QStringLiteral("vm")
                               << QList<QHostAddress>{QHostAddress(QStringLiteral("::1"))};
    QTest::newRow("interface") << 2 << QHostAddress(QStringLiteral("192.0.2.2"))
                               << QStringLiteral("192.0.2.2") << QStringLiteral("gäste-rechner.lan")
                               << QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.2")),
                                                      QHostAddress(QStringLiteral("fd00::2"))};
    QTest::newRow("chinese hostname")
        << 1 << QHostAddress(QStringLiteral("127.0.0.1")) << QStringLiteral("hostname")
        << QStringLiteral("实验室")
        << QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1"))};
}

void TestExplainMessage::answerRoundTrip()
{
    QFETCH(int, cause);
    QFETCH(QHostAddress, listen);
    QFETCH(QString, key);
    QFETCH(QString, host);
    QFETCH(QList<QHostAddress>, addresses);
    ExplainMessage::Answer a;
    a.nonce = 42;
    a.cause = Cause(cause);
    a.facts = {listen, 12397, key, host, addresses};
    const QByteArray bytes = ExplainMessage::encode(a);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.size() <= ExplainMessage::kMaxAnswerSize);
    const ExplainMessage::Decoded d = ExplainMessage::decode(bytes, Type::Answer);
    QCOMPARE(d.rejection, R::None);
    QCOMPARE(d.answer.nonce, quint64(42));
    QCOMPARE(d.answer.cause, Cause(cause));
    QCOMPARE(d.answer.facts.listenAddress, listen);
    QCOMPARE(d.answer.facts.listenAddress.protocol(), listen.protocol());
    QCOMPARE(d.answer.facts.port, quint16(12397));
    QCOMPARE(d.answer.facts.choiceKey, key);
    QCOMPARE(d.answer.facts.hostName, host);
    QCOMPARE(d.answer.facts.hostAddresses, addresses);
    QCOMPARE(ExplainMessage::encode(d.answer), bytes);
}

void TestExplainMessage::largestAnswerFitsTheSmallestQuestion()
{
    ExplainMessage::Answer a;
    a.facts.listenAddress = QHostAddress(QStringLiteral("fd00::2"));
    a.facts.port = 1;
    a.facts.choiceKey = QString(ExplainMessage::kMaxKeyBytes, QLatin1Char('k'));
    a.facts.hostName = QString(ExplainMessage::kMaxHostNameBytes, QLatin1Char('h'));
    for (int i = 0; i < ExplainMessage::kMaxHostAddresses; ++i)
        a.facts.hostAddresses << QHostAddress(QStringLiteral("fd00::%1").arg(i + 10));
    const QByteArray bytes = ExplainMessage::encode(a);
    QCOMPARE(bytes.size(), ExplainMessage::kMaxAnswerSize);
    QVERIFY(bytes.size() <= ExplainMessage::kQuestionSize);
    QVERIFY(ExplainMessage::decode(bytes).ok());
}

void TestExplainMessage::encodeRefusesWhatDecodeWouldRefuse()
{
    using Q = ExplainMessage::Question;
    QVERIFY(ExplainMessage::encode(Q{1, QHostAddress(), 80}).isEmpty());
    QVERIFY(ExplainMessage::encode(Q{1, QHostAddress(QHostAddress::Any), 80}).isEmpty());
    QVERIFY(ExplainMessage::encode(Q{1, QHostAddress(QHostAddress::AnyIPv4), 80}).isEmpty());
    QVERIFY(ExplainMessage::encode(Q{1, QHostAddress(QStringLiteral("224.0.0.1")), 80}).isEmpty());
    QVERIFY(ExplainMessage::encode(Q{1, QHostAddress(QHostAddress::LocalHost), 0}).isEmpty());
    QVERIFY(ExplainMessage::encode(Q{1, QHostAddress(QHostAddress::LocalHost), 80}, 511).isEmpty());
    QVERIFY(
        ExplainMessage::encode(Q{1, QHostAddress(QHostAddress::LocalHost), 80}, 1201).isEmpty());

    ExplainMessage::Answer good;
    good.facts = {QHostAddress(QHostAddress::LocalHost),
                  80,
                  QStringLiteral("loopback"),
                  QStringLiteral("vm"),
                  {}};
    QVERIFY(!ExplainMessage::encode(good).isEmpty());
    auto refused = [&](auto change) {
        ExplainMessage::Answer a = good;
        change(a);
        return ExplainMessage::encode(a).isEmpty();
    };
    QVERIFY(refused([](auto &a) { a.facts.choiceKey.clear(); }));
    QVERIFY(refused([](auto &a) { a.facts.choiceKey = QString(65, QLatin1Char('k')); }));
    QVERIFY(refused([](auto &a) { a.facts.hostName = QString(254, QLatin1Char('h')); }));
    QVERIFY(refused([](auto &a) { a.facts.hostName = QStringLiteral("evil\u202Etxt.exe"); }));
    QVERIFY(refused([](auto &a) { a.facts.hostName = QStringLiteral("a\x1b[31m"); }));
    QVERIFY(refused([](auto &a) { a.facts.hostName = QString(QChar(0xd800)); }));
    QVERIFY(refused([](auto &a) { a.facts.port = 0; }));
    QVERIFY(refused([](auto &a) { a.facts.listenAddress = QHostAddress(); }));
    QVERIFY(
        refused([](auto &a) { a.facts.listenAddress = QHostAddress(QStringLiteral("ff02::1")); }));
    QVERIFY(
        refused([](auto &a) { a.facts.hostAddresses = {QHostAddress(QHostAddress::AnyIPv6)}; }));
    QVERIFY(refused([](auto &a) { a.cause = Cause(9); }));
    QVERIFY(refused([](auto &a) {
        for (int i = 0; i < 9; ++i)
            a.facts.hostAddresses << QHostAddress(QStringLiteral("10.0.0.%1").arg(i + 1));
    }));
    // A multi-byte character counts in bytes: 32 × "é" is 64 bytes and fits, 33 do not.
    QVERIFY(!refused([](auto &a) { a.facts.choiceKey = QString(32, QChar(0xe9)); }));
    QVERIFY(refused([](auto &a) { a.facts.choiceKey = QString(33, QChar(0xe9)); }));
}

void TestExplainMessage::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Type>("expected");
    QTest::addColumn<R>("rejection");
    using namespace Wire;
    const QByteArray q = question(v4("192.0.2.2"), 12397);
    const QByteArray a = loopbackAnswer();
    auto keyAnswer = [](const QByteArray &key) {
        return answer(1, v4("127.0.0.1"), 80, key, "vm", {});
    };
    auto hostAnswer = [](const QByteArray &host) {
        return answer(1, v4("127.0.0.1"), 80, "hostname", host, {});
    };
    const Type Q = Type::Question;
    const Type A = Type::Answer;

    QTest::newRow("empty") << QByteArray() << Q << R::Empty;
    QTest::newRow("oversized") << question(v4("192.0.2.2"), 80, 1201) << Q << R::Oversized;
    QTest::newRow("http") << QByteArray("GET / HTTP/1.0\r\n\r\n") << Q << R::NotBindLab;
    QTest::newRow("one wrong byte") << QByteArray("X") << Q << R::NotBindLab;
    QTest::newRow("dns-like") << QByteArray::fromHex("abcd01000001000000000000") << A
                              << R::NotBindLab;
    QTest::newRow("magic prefix only") << QByteArray("BLE") << Q << R::Truncated;
    QTest::newRow("magic only") << QByteArray("BLEX") << Q << R::Truncated;
    QTest::newRow("header cut") << header(1, 1).left(10) << Q << R::Truncated;
    QTest::newRow("address cut") << (header(1, 1) + v6("fd00::2").left(9)) << Q << R::Truncated;
    QTest::newRow("answer key cut") << a.left(a.indexOf("hostname") + 3) << A << R::Truncated;
    QTest::newRow("answer address cut") << a.left(a.size() - 1) << A << R::Truncated;
    QTest::newRow("version 2") << question(v4("192.0.2.2"), 80, 512, 2) << Q
                               << R::UnsupportedVersion;
    QTest::newRow("version 0, short") << QByteArray("BLEX\x00", 5) << Q << R::UnsupportedVersion;
    QTest::newRow("type 3") << (header(1, 3) + QByteArray(500, '\0')) << Q << R::UnknownType;
    QTest::newRow("type 0") << (header(1, 0) + QByteArray(500, '\0')) << Q << R::UnknownType;
    QTest::newRow("answer to a server") << a << Q << R::UnexpectedType;
    QTest::newRow("question to a client") << q << A << R::UnexpectedType;
    QTest::newRow("unpadded") << question(v4("192.0.2.2"), 80, 100) << Q << R::Unpadded;
    QTest::newRow("just short") << q.left(511) << Q << R::Unpadded;
    QByteArray dirty = q;
    dirty[511] = '\x01';
    QTest::newRow("padding not zero") << dirty << Q << R::BadPadding;
    QTest::newRow("family 5") << question(QByteArray("\x05\x7f\x00\x00\x01", 5), 80) << Q
                              << R::BadFamily;
    QTest::newRow("family any in question")
        << question(QByteArray(1, '\0'), 80) << Q << R::BadFamily;
    QTest::newRow("tried 0.0.0.0") << question(v4("0.0.0.0"), 80) << Q << R::BadAddress;
    QTest::newRow("tried ::") << question(v6("::"), 80) << Q << R::BadAddress;
    QTest::newRow("tried multicast") << question(v4("224.0.0.1"), 80) << Q << R::BadAddress;
    QTest::newRow("tried broadcast") << question(v4("255.255.255.255"), 80) << Q << R::BadAddress;
    QTest::newRow("tried mapped") << question(v6("::ffff:192.0.2.2"), 80) << Q << R::BadAddress;
    QTest::newRow("listen multicast")
        << answer(1, v6("ff02::1"), 80, "k", "", {}) << A << R::BadAddress;
    QTest::newRow("host address ::")
        << answer(1, v4("127.0.0.1"), 80, "k", "", {v6("::")}) << A << R::BadAddress;
    QTest::newRow("question port 0") << question(v4("192.0.2.2"), 0) << Q << R::BadPort;
    QTest::newRow("answer port 0") << answer(1, v4("127.0.0.1"), 0, "k", "", {}) << A << R::BadPort;
    QTest::newRow("cause 0") << answer(0, v4("127.0.0.1"), 80, "k", "", {}) << A << R::BadCause;
    QTest::newRow("cause 5") << answer(5, v4("127.0.0.1"), 80, "k", "", {}) << A << R::BadCause;
    QTest::newRow("key empty") << keyAnswer("") << A << R::BadTextLength;
    QTest::newRow("key 65 bytes") << keyAnswer(QByteArray(65, 'k')) << A << R::BadTextLength;
    QTest::newRow("host 254 bytes") << hostAnswer(QByteArray(254, 'h')) << A << R::BadTextLength;
    QTest::newRow("invalid byte") << keyAnswer("\xff") << A << R::InvalidUtf8;
    QTest::newRow("overlong slash") << keyAnswer("\xc0\xaf") << A << R::InvalidUtf8;
    QTest::newRow("utf-8 surrogate") << hostAnswer("\xed\xa0\x80") << A << R::InvalidUtf8;
    QTest::newRow("cut sequence") << hostAnswer("vm\xe5\xae") << A << R::InvalidUtf8;
    QTest::newRow("beyond unicode") << hostAnswer("\xf4\x90\x80\x80") << A << R::InvalidUtf8;
    QTest::newRow("escape sequence") << keyAnswer("a\x1b[31m") << A << R::UnsafeText;
    QTest::newRow("nul") << hostAnswer(QByteArray("v\0m", 3)) << A << R::UnsafeText;
    QTest::newRow("newline") << hostAnswer("vm\nfake line") << A << R::UnsafeText;
    QTest::newRow("bidi override") << hostAnswer("vm\xe2\x80\xae") << A << R::UnsafeText;
    QTest::newRow("byte order mark") << hostAnswer("\xef\xbb\xbfvm") << A << R::UnsafeText;
    QTest::newRow("c1 control") << hostAnswer("\xc2\x9b") << A << R::UnsafeText;
    QTest::newRow("paragraph separator") << hostAnswer("\xe2\x80\xa9") << A << R::UnsafeText;
    QList<QByteArray> nine;
    for (int i = 0; i < 9; ++i)
        nine << v4("203.0.113.1");
    QTest::newRow("nine addresses")
        << answer(1, v4("127.0.0.1"), 80, "k", "", nine) << A << R::TooManyAddresses;
    QTest::newRow("count 255, nothing after")
        << (answer(1, v4("127.0.0.1"), 80, "k", "", {}).chopped(1) + "\xff") << A
        << R::TooManyAddresses;
    QTest::newRow("trailing byte") << (a + QByteArray(1, '\0')) << A << R::TrailingBytes;
    QTest::newRow("answer padded like a question")
        << (a + QByteArray(512 - a.size(), '\0')) << A << R::TrailingBytes;
}

void TestExplainMessage::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Type, expected);
    QFETCH(R, rejection);
    const ExplainMessage::Decoded d = ExplainMessage::decode(bytes, expected);
    QCOMPARE(ExplainMessage::rejectionCode(d.rejection), ExplainMessage::rejectionCode(rejection));
    m_met.insert(int(d.rejection));
    QVERIFY(!d.ok());
    // Nothing of a refused message is passed on as if it had been read.
    QCOMPARE(d.question.nonce, quint64(0));
    QVERIFY(d.question.tried.isNull());
    QVERIFY(d.answer.facts.choiceKey.isEmpty());
    QVERIFY(d.answer.facts.hostAddresses.isEmpty());
    QVERIFY(!ExplainMessage::rejectionText(d.rejection, d.version).isEmpty());
}

void TestExplainMessage::everyRejectionIsTestedAndNamed()
{
    QSet<QString> codes;
    for (R r : ExplainMessage::allRejections()) {
        const QString code = ExplainMessage::rejectionCode(r);
        QVERIFY2(!code.isEmpty(), qPrintable(QString::number(int(r))));
        codes.insert(code);
        QCOMPARE(ExplainMessage::rejectionText(r).isEmpty(), r == R::None);
    }
    QCOMPARE(codes.size(), ExplainMessage::kRejectionCount);
    QCOMPARE(ExplainMessage::allRejections().size(), ExplainMessage::kRejectionCount);

    // rejects() ran before (slots run in order) and met every reason at least once.
    for (R r : ExplainMessage::allRejections()) {
        if (r != R::None)
            QVERIFY2(m_met.contains(int(r)), qPrintable(ExplainMessage::rejectionCode(r)));
    }
    for (Cause c : ExplainMessage::allCauses())
        QVERIFY(!ExplainMessage::causeCode(c).isEmpty());
}

void TestExplainMessage::unsupportedVersionNamesIt()
{
    const ExplainMessage::Decoded d =
        ExplainMessage::decode(Wire::question(Wire::v4("203.0.113.1"), 80, 512, 7));
    QCOMPARE(d.rejection, R::UnsupportedVersion);
    QCOMPARE(d.version, 7);
    const QString text = ExplainMessage::rejectionText(d.rejection, d.version);
    QVERIFY2(text.contains(QLatin1String("7")) && text.contains(QLatin1String("1")),
             qPrintable(text));
}

void TestExplainMessage::everyPrefixIsRefused()
{
    const QByteArray a = Wire::loopbackAnswer();
    for (int n = 0; n < a.size(); ++n)
        QVERIFY2(!ExplainMessage::decode(a.left(n)).ok(), qPrintable(QString::number(n)));
    const QByteArray q = Wire::question(Wire::v6("fd00::2"), 80);
    for (int n = 0; n < q.size(); ++n)
        QVERIFY2(!ExplainMessage::decode(q.left(n)).ok(), qPrintable(QString::number(n)));
}

// Random bytes and valid messages with a byte changed: decode() never crashes, and whatever it
// accepts is the one canonical encoding of what it read.
void TestExplainMessage::garbageAndMutationsNeverCrash()
{
    QRandomGenerator random(17); // fixed: a failure can be reproduced
    const QList<QByteArray> seeds = {Wire::loopbackAnswer(),
                                     Wire::question(Wire::v6("fd00::2"), 80),
                                     Wire::answer(4, QByteArray(1, '\0'), 1, "any", "",
                                                  {Wire::v6("fd00::2"), Wire::v4("203.0.113.1")})};
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes;
        if (i % 2 == 0) {
            bytes.resize(int(random.bounded(1300)));
            for (char &c : bytes)
                c = char(random.bounded(256));
            if (i % 4 == 0 && bytes.size() >= 6)
                bytes.replace(0, 6, QByteArray("BLEX\x01", 5).append(char(1 + random.bounded(2))));
        } else {
            bytes = seeds.at(int(random.bounded(seeds.size())));
            const int changes = 1 + int(random.bounded(3));
            for (int c = 0; c < changes; ++c)
                bytes[int(random.bounded(bytes.size()))] = char(random.bounded(256));
        }
        const ExplainMessage::Decoded d = ExplainMessage::decode(bytes);
        if (!d.ok())
            continue;
        ++accepted;
        const QByteArray again = d.type == Type::Question
                                     ? ExplainMessage::encode(d.question, int(bytes.size()))
                                     : ExplainMessage::encode(d.answer);
        QCOMPARE(again, bytes);
    }
    QVERIFY(accepted > 0); // the mutations do reach the accepting paths
}

QTEST_GUILESS_MAIN(TestExplainMessage)
#include "tst_explainmessage.moc"
