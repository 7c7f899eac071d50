#include "app/EventJson.h"
#include "platform/OsError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The JSON-lines contract of the headless modes: field names, value types and the closed
// vocabularies. Scripts read these lines, so a renamed field is a broken promise.
class TestEventJson final : public QObject
{
    Q_OBJECT

private slots:
    void lineIsOneCompactObject();
    void bindChoice();
    void listening();
    void connectionGreetedAndFailed();
    void serverError();
    void stopped();
    void reachability();
    void notices_data();
    void notices();
    void target();
    void attemptGreeted();
    void attemptRefused();
    void resultOfRun();
    void resultConfirmedByServer();
    void rejected();

private:
    static QStringList keys(const QJsonObject &o)
    {
        QStringList k = o.keys();
        k.sort();
        return k;
    }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
    static AttemptResult greetedAttempt();
    static AttemptResult refusedAttempt();
};

AttemptResult TestEventJson::greetedAttempt()
{
    AttemptResult a;
    a.address = QHostAddress(QHostAddress::LocalHost);
    a.port = 4242;
    a.outcome = AttemptResult::Outcome::Greeting;
    a.localAddress = QHostAddress(QHostAddress::LocalHost);
    a.localPort = 50000;
    a.connectUsecs = 1500;
    a.elapsedUsecs = 2500;
    a.received = QByteArrayLiteral("hi\x1b[31m");
    a.connected = true;
    return a;
}

AttemptResult TestEventJson::refusedAttempt()
{
    AttemptResult a;
    a.address = QHostAddress(QStringLiteral("::1"));
    a.port = 4242;
    a.outcome = AttemptResult::Outcome::ConnectFailed;
    a.error = SocketErrorInfo::fromConnectError(OsError::code(OsError::Kind::Refused));
    a.connectUsecs = 200;
    a.elapsedUsecs = 300;
    return a;
}

void TestEventJson::lineIsOneCompactObject()
{
    const QByteArray line = EventJson::line(EventJson::stopped(1, 2));
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(!line.contains(' '));
    QCOMPARE(QJsonDocument::fromJson(line).object(), EventJson::stopped(1, 2));
}

void TestEventJson::bindChoice()
{
    const QJsonObject o = EventJson::bindChoice(BindChoice::make(BindChoice::Kind::LoopbackIPv4));
    QCOMPARE(keys(o),
             sorted({QStringLiteral("event"), QStringLiteral("key"), QStringLiteral("label"),
                     QStringLiteral("address"), QStringLiteral("interface"),
                     QStringLiteral("reach"), QStringLiteral("loopback_only")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("bind-choice"));
    QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("loopback"));
    QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(o.value(QStringLiteral("interface")).isNull());
    QCOMPARE(o.value(QStringLiteral("loopback_only")).toBool(), true);
    QVERIFY(!o.value(QStringLiteral("label")).toString().isEmpty());
    QVERIFY(!o.value(QStringLiteral("reach")).toString().isEmpty());
}

void TestEventJson::listening()
{
    const QJsonObject o = EventJson::listening(BindChoice::make(BindChoice::Kind::AnyIPv4),
                                               QHostAddress(QHostAddress::AnyIPv4), 4242);
    QCOMPARE(keys(o),
             sorted({QStringLiteral("event"), QStringLiteral("bind"), QStringLiteral("label"),
                     QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("reach"),
                     QStringLiteral("warning")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("listening"));
    QCOMPARE(o.value(QStringLiteral("bind")).toString(), QStringLiteral("any4"));
    QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("0.0.0.0"));
    QCOMPARE(o.value(QStringLiteral("port")).toInt(), 4242);
    // No warning is a null, not an empty string.
    const QJsonValue warning = o.value(QStringLiteral("warning"));
    QVERIFY(warning.isNull() || !warning.toString().isEmpty());
}

void TestEventJson::connectionGreetedAndFailed()
{
    ConnectionRecord r;
    r.timeMsecs = 1700000000000;
    r.peer = QHostAddress(QStringLiteral("::1"));
    r.peerPort = 50001;
    r.local = QHostAddress(QStringLiteral("::1"));
    r.localPort = 4242;
    r.greeted = true;
    QJsonObject o = EventJson::connection(r, 7);
    QCOMPARE(keys(o), sorted({QStringLiteral("event"), QStringLiteral("peer"),
                              QStringLiteral("peer_port"), QStringLiteral("local"),
                              QStringLiteral("local_port"), QStringLiteral("greeted"),
                              QStringLiteral("time_ms"), QStringLiteral("total")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("connection"));
    QCOMPARE(o.value(QStringLiteral("peer")).toString(), QStringLiteral("::1"));
    QCOMPARE(o.value(QStringLiteral("peer_port")).toInt(), 50001);
    QCOMPARE(o.value(QStringLiteral("local_port")).toInt(), 4242);
    QCOMPARE(o.value(QStringLiteral("greeted")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("time_ms")).toDouble(), 1700000000000.0);
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 7);

    r.greeted = false;
    r.osError = OsError::code(OsError::Kind::ConnectionReset);
    o = EventJson::connection(r, 8);
    QCOMPARE(o.value(QStringLiteral("greeted")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("os_error")).toString(), OsError::name(r.osError));
}

void TestEventJson::serverError()
{
    const int inUse = OsError::code(OsError::Kind::AddressInUse);
    QJsonObject o = EventJson::serverError(BindChoice::make(BindChoice::Kind::LoopbackIPv4), 4242,
                                           SocketErrorInfo::fromListenError(inUse), QString());
    QCOMPARE(keys(o),
             sorted({QStringLiteral("event"), QStringLiteral("bind"), QStringLiteral("address"),
                     QStringLiteral("port"), QStringLiteral("error"), QStringLiteral("os_error"),
                     QStringLiteral("message")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("error"));
    QCOMPARE(o.value(QStringLiteral("bind")).toString(), QStringLiteral("loopback"));
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("AddressInUseError"));
    QCOMPARE(o.value(QStringLiteral("os_error")).toString(), OsError::name(inUse));
    // A message of our own replaces Qt's text.
    o = EventJson::serverError(BindChoice(), 4242, SocketErrorInfo(), QStringLiteral("why"));
    QVERIFY(o.value(QStringLiteral("bind")).isNull());
    QVERIFY(o.value(QStringLiteral("address")).isNull());
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("why"));
}

void TestEventJson::stopped()
{
    const QJsonObject o = EventJson::stopped(3, 5);
    QCOMPARE(keys(o), sorted({QStringLiteral("event"), QStringLiteral("served"),
                              QStringLiteral("accepted")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
    QCOMPARE(o.value(QStringLiteral("served")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), 5);
}

void TestEventJson::reachability()
{
    ReachabilityRow row;
    row.address = QHostAddress(QStringLiteral("192.0.2.2"));
    row.interfaceName = QStringLiteral("eth0");
    row.port = 4242;
    row.reason = ReachabilityRow::Reason::LoopbackOnly;
    row.proved = true;
    const QJsonObject o = EventJson::reachability(4242, {row});
    QCOMPARE(keys(o),
             sorted({QStringLiteral("event"), QStringLiteral("port"), QStringLiteral("rows")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("reachability"));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject r = rows.first().toObject();
    QCOMPARE(keys(r), sorted({QStringLiteral("address"), QStringLiteral("interface"),
                              QStringLiteral("family"), QStringLiteral("reachable"),
                              QStringLiteral("reason"), QStringLiteral("text"),
                              QStringLiteral("evidence"), QStringLiteral("os_error"),
                              QStringLiteral("proved"), QStringLiteral("predicted_reachable")}));
    QCOMPARE(r.value(QStringLiteral("address")).toString(), QStringLiteral("192.0.2.2"));
    QCOMPARE(r.value(QStringLiteral("interface")).toString(), QStringLiteral("eth0"));
    QCOMPARE(r.value(QStringLiteral("family")).toString(), QStringLiteral("IPv4"));
    QCOMPARE(r.value(QStringLiteral("reason")).toString(), QStringLiteral("loopback-only"));
    QCOMPARE(r.value(QStringLiteral("proved")).toBool(), true);
}

void TestEventJson::notices_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("fields");
    using K = ServerNotice::Kind;
    const QString reason = QStringLiteral("reason");
    const QStringList where = {QStringLiteral("address"), QStringLiteral("port"),
                               QStringLiteral("interface")};
    QTest::newRow("paused") << int(K::AcceptPaused) << QStringLiteral("paused")
                            << QStringList{reason, QStringLiteral("retry_ms")};
    QTest::newRow("resumed") << int(K::AcceptResumed) << QStringLiteral("resumed")
                             << QStringList{reason, QStringLiteral("paused_ms")};
    QTest::newRow("gone") << int(K::AddressGone) << QStringLiteral("address-gone") << where;
    QTest::newRow("down") << int(K::InterfaceDown) << QStringLiteral("interface-down") << where;
    QTest::newRow("back") << int(K::AddressBack) << QStringLiteral("address-back") << where;
    QTest::newRow("limit") << int(K::SlowClientLimit) << QStringLiteral("limit")
                           << QStringList{QStringLiteral("limit")};
}

void TestEventJson::notices()
{
    QFETCH(int, kind);
    QFETCH(QString, event);
    QFETCH(QStringList, fields);
    ServerNotice n;
    n.kind = ServerNotice::Kind(kind);
    n.osError = OsError::code(OsError::Kind::TooManyOpenFiles);
    n.address = QHostAddress(QHostAddress::LocalHost);
    n.port = 4242;
    n.limit = 16;
    const QJsonObject o = EventJson::notice(n);
    QCOMPARE(o.value(QStringLiteral("event")).toString(), event);
    QCOMPARE(keys(o),
             sorted(fields + QStringList{QStringLiteral("event"), QStringLiteral("message")}));
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
}

void TestEventJson::target()
{
    const TargetParser::Result parsed =
        TargetParser::parse(QStringLiteral("[::1]:4242"), QString(), 12397);
    QVERIFY(parsed.ok());
    const QJsonObject o = EventJson::target(parsed.target);
    QCOMPARE(keys(o),
             sorted({QStringLiteral("event"), QStringLiteral("input"), QStringLiteral("host"),
                     QStringLiteral("port"), QStringLiteral("dial"), QStringLiteral("notes")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("target"));
    QCOMPARE(o.value(QStringLiteral("input")).toString(), QStringLiteral("[::1]:4242"));
    QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("::1"));
    QCOMPARE(o.value(QStringLiteral("port")).toInt(), 4242);
    QCOMPARE(o.value(QStringLiteral("dial")).toString(), QStringLiteral("[::1]:4242"));
    QVERIFY(o.value(QStringLiteral("notes")).isArray());
}

void TestEventJson::attemptGreeted()
{
    const QJsonObject o = EventJson::attempt(greetedAttempt());
    QCOMPARE(keys(o), sorted({QStringLiteral("event"),      QStringLiteral("address"),
                              QStringLiteral("port"),       QStringLiteral("family"),
                              QStringLiteral("outcome"),    QStringLiteral("ok"),
                              QStringLiteral("connected"),  QStringLiteral("connect_ms"),
                              QStringLiteral("elapsed_ms"), QStringLiteral("bytes"),
                              QStringLiteral("error"),      QStringLiteral("os_error"),
                              QStringLiteral("message"),    QStringLiteral("local"),
                              QStringLiteral("local_port"), QStringLiteral("greeting"),
                              QStringLiteral("truncated"),  QStringLiteral("text"),
                              QStringLiteral("service"),    QStringLiteral("sent_bytes"),
                              QStringLiteral("icmp")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("attempt"));
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("greeting"));
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("connect_ms")).toDouble(), 1.5);
    QCOMPARE(o.value(QStringLiteral("elapsed_ms")).toDouble(), 2.5);
    QCOMPARE(o.value(QStringLiteral("bytes")).toInt(), 7);
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    QVERIFY(o.value(QStringLiteral("os_error")).isNull());
    // The peer's bytes never reach a terminal raw.
    QVERIFY(!o.value(QStringLiteral("greeting")).toString().contains(QChar(0x1b)));
    QVERIFY(o.value(QStringLiteral("greeting")).toString().startsWith(QStringLiteral("hi")));
    QCOMPARE(o.value(QStringLiteral("truncated")).toBool(), false);
}

void TestEventJson::attemptRefused()
{
    const QJsonObject o = EventJson::attempt(refusedAttempt());
    QVERIFY(!o.contains(QStringLiteral("greeting")));
    QVERIFY(!o.contains(QStringLiteral("local")));
    QCOMPARE(o.value(QStringLiteral("family")).toString(), QStringLiteral("IPv6"));
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("connect-failed"));
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("connected")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("ConnectionRefusedError"));
    QCOMPARE(o.value(QStringLiteral("os_error")).toString(),
             OsError::name(OsError::code(OsError::Kind::Refused)));
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
}

void TestEventJson::resultOfRun()
{
    RunResult run;
    run.target = TargetParser::parse(QStringLiteral("localhost"), QStringLiteral("4242")).target;
    run.resolved = {QHostAddress(QStringLiteral("::1")), QHostAddress(QHostAddress::LocalHost)};
    run.attempts = {refusedAttempt(), greetedAttempt()};
    run.elapsedUsecs = 3000;
    Diagnosis d;
    d.cause = Diagnosis::Cause::Ok;
    d.summary = QStringLiteral("fine");
    const QJsonObject o = EventJson::result(run, d);
    QCOMPARE(
        keys(o),
        sorted(
            {QStringLiteral("event"),     QStringLiteral("ok"),         QStringLiteral("target"),
             QStringLiteral("host"),      QStringLiteral("address"),    QStringLiteral("port"),
             QStringLiteral("greeting"),  QStringLiteral("elapsed_ms"), QStringLiteral("error"),
             QStringLiteral("os_error"),  QStringLiteral("message"),    QStringLiteral("resolved"),
             QStringLiteral("attempts"),  QStringLiteral("untried"),    QStringLiteral("diagnosis"),
             QStringLiteral("reachable"), QStringLiteral("service"),    QStringLiteral("banner"),
             QStringLiteral("hint"),      QStringLiteral("icmp"),       QStringLiteral("listeners"),
             QStringLiteral("explain")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("localhost"));
    QCOMPARE(o.value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
    QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(o.value(QStringLiteral("port")).toInt(), 4242);
    QCOMPARE(o.value(QStringLiteral("elapsed_ms")).toDouble(), 3.0);
    QCOMPARE(o.value(QStringLiteral("resolved")).toArray(),
             QJsonArray({QStringLiteral("::1"), QStringLiteral("127.0.0.1")}));
    const QJsonArray attempts = o.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 2);
    // Attempts inside a result carry no "event" of their own.
    QVERIFY(!attempts.first().toObject().contains(QStringLiteral("event")));
    QCOMPARE(attempts.first().toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("connect-failed"));
    const QJsonObject diagnosis = o.value(QStringLiteral("diagnosis")).toObject();
    QCOMPARE(keys(diagnosis),
             sorted({QStringLiteral("cause"), QStringLiteral("summary"), QStringLiteral("evidence"),
                     QStringLiteral("steps"), QStringLiteral("confirmed_by_server"),
                     QStringLiteral("server")}));
    QCOMPARE(diagnosis.value(QStringLiteral("cause")).toString(), QStringLiteral("ok"));
    QCOMPARE(diagnosis.value(QStringLiteral("confirmed_by_server")), QJsonValue(false));
    QVERIFY(diagnosis.value(QStringLiteral("server")).isNull());
    // Not asked: nobody refused this run.
    QVERIFY(o.value(QStringLiteral("explain")).isNull());
}

void TestEventJson::resultConfirmedByServer()
{
    RunResult run;
    run.target = TargetParser::parse(QStringLiteral("198.18.0.2"), QStringLiteral("4242")).target;
    run.attempts = {refusedAttempt()};
    ExplainQuery::Result explain;
    explain.outcome = ExplainQuery::Outcome::Answered;
    explain.host = QHostAddress(QStringLiteral("198.18.0.2"));
    explain.port = 4242;
    explain.elapsedUsecs = 2500;
    explain.answer.cause = ExplainMessage::Cause::LoopbackOnly;
    explain.answer.facts.listenAddress = QHostAddress(QHostAddress::LocalHost);
    explain.answer.facts.port = 4242;
    explain.answer.facts.choiceKey = QStringLiteral("hostname");
    explain.answer.facts.hostName = QStringLiteral("lab-server");
    explain.answer.facts.hostAddresses = {QHostAddress(QHostAddress::LocalHost),
                                          QHostAddress(QStringLiteral("::1"))};
    run.explain = explain;
    Diagnosis d;
    d.cause = Diagnosis::Cause::LoopbackOnly;
    d.confirmedByServer = true;
    d.serverAnswer = explain.answer;
    const QJsonObject o = EventJson::result(run, d);

    const QJsonObject e = o.value(QStringLiteral("explain")).toObject();
    QCOMPARE(keys(e),
             sorted({QStringLiteral("outcome"), QStringLiteral("address"), QStringLiteral("port"),
                     QStringLiteral("detail"), QStringLiteral("elapsed_ms")}));
    QCOMPARE(e.value(QStringLiteral("outcome")).toString(), QStringLiteral("answered"));
    QCOMPARE(e.value(QStringLiteral("address")).toString(), QStringLiteral("198.18.0.2"));
    QCOMPARE(e.value(QStringLiteral("port")).toInt(), 4242);
    QCOMPARE(e.value(QStringLiteral("detail")).toString(), QString());
    QCOMPARE(e.value(QStringLiteral("elapsed_ms")).toDouble(), 2.5);

    const QJsonObject diagnosis = o.value(QStringLiteral("diagnosis")).toObject();
    QCOMPARE(diagnosis.value(QStringLiteral("cause")).toString(), QStringLiteral("loopback-only"));
    QCOMPARE(diagnosis.value(QStringLiteral("confirmed_by_server")), QJsonValue(true));
    const QJsonObject server = diagnosis.value(QStringLiteral("server")).toObject();
    QCOMPARE(keys(server), sorted({QStringLiteral("cause"), QStringLiteral("listen"),
                                   QStringLiteral("port"), QStringLiteral("bind"),
                                   QStringLiteral("hostname"), QStringLiteral("resolves_to")}));
    QCOMPARE(server.value(QStringLiteral("cause")).toString(), QStringLiteral("loopback-only"));
    QCOMPARE(server.value(QStringLiteral("listen")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(server.value(QStringLiteral("port")).toInt(), 4242);
    QCOMPARE(server.value(QStringLiteral("bind")).toString(), QStringLiteral("hostname"));
    QCOMPARE(server.value(QStringLiteral("hostname")).toString(), QStringLiteral("lab-server"));
    QCOMPARE(server.value(QStringLiteral("resolves_to")).toArray(),
             QJsonArray({QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));

    // The dual-stack wildcard is "any", as --bind takes it; unanswered questions say how.
    d.serverAnswer.facts.listenAddress = QHostAddress(QHostAddress::Any);
    QCOMPARE(EventJson::serverFacts(d.serverAnswer).value(QStringLiteral("listen")).toString(),
             QStringLiteral("any"));
    explain.outcome = ExplainQuery::Outcome::PortUnreachable;
    QCOMPARE(EventJson::explain(explain).value(QStringLiteral("outcome")).toString(),
             QStringLiteral("port-unreachable"));
}

void TestEventJson::rejected()
{
    const TargetParser::Result parsed = TargetParser::parse(QStringLiteral("127.1"));
    const QJsonObject o = EventJson::rejected(parsed, Diagnosis::ofRejection(parsed));
    QCOMPARE(
        keys(o),
        sorted({QStringLiteral("event"), QStringLiteral("ok"), QStringLiteral("target"),
                QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("greeting"),
                QStringLiteral("error"), QStringLiteral("os_error"), QStringLiteral("reason"),
                QStringLiteral("message"), QStringLiteral("elapsed_ms"), QStringLiteral("attempts"),
                QStringLiteral("diagnosis"), QStringLiteral("reachable")}));
    QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("InvalidInput"));
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("ambiguous-ipv4"));
    QVERIFY(o.value(QStringLiteral("port")).isNull());
    QCOMPARE(o.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("cause")),
             QJsonValue(QStringLiteral("invalid-input")));
}

QTEST_GUILESS_MAIN(TestEventJson)
#include "tst_eventjson.moc"
