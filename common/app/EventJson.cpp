#include "app/EventJson.h"

#include "app/EnumCode.h"
#include "client/ServiceHint.h"
#include "net/AddressText.h"
#include "net/PeerText.h"
#include "platform/OsError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue milliseconds(qint64 usecs)
{
    return QJsonValue(double(usecs) / 1000.0);
}

void putError(QJsonObject &o, const SocketErrorInfo &error)
{
    o.insert(QStringLiteral("error"),
             error.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(error.errorName()));
    o.insert(QStringLiteral("os_error"), orNull(error.osErrorName()));
    o.insert(QStringLiteral("message"), orNull(error.qtText));
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QJsonValue icmp(const IcmpReport &report)
{
    if (!report.received)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("type"), report.type},
                       {QStringLiteral("code"), report.code},
                       {QStringLiteral("ipv6"), report.ipv6},
                       {QStringLiteral("from"), orNull(AddressText::plain(report.from))},
                       {QStringLiteral("meaning"), report.meaningCode()},
                       {QStringLiteral("text"), report.describe()}};
}

QJsonValue hint(const AttemptResult &a)
{
    if (!a.connected)
        return QJsonValue(QJsonValue::Null);
    const ServiceHint h = ServiceHint::of(a.received, a.port);
    return QJsonObject{{QStringLiteral("banner"), orNull(h.bannerCode)},
                       {QStringLiteral("registered"), orNull(h.registered)},
                       {QStringLiteral("lines"), strings(h.lines())}};
}

// Who holds the port on this machine, when the diagnosis read its socket table.
QJsonArray listeners(const QList<ListeningSockets::Listener> &list)
{
    QJsonArray array;
    for (const ListeningSockets::Listener &l : list) {
        const bool known = l.owner == ListeningSockets::Owner::Known;
        array.append(QJsonObject{{QStringLiteral("address"), AddressText::plain(l.address)},
                                 {QStringLiteral("port"), int(l.port)},
                                 {QStringLiteral("owner"), EnumCode::of(l.owner)},
                                 {QStringLiteral("program"),
                                  known ? QJsonValue(l.program) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("pid"), known ? QJsonValue(double(l.pid))
                                                               : QJsonValue(QJsonValue::Null)}});
    }
    return array;
}

} // namespace

namespace EventJson {

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject bindChoice(const BindChoice &choice)
{
    return {{QStringLiteral("event"), QStringLiteral("bind-choice")},
            {QStringLiteral("key"), choice.key},
            {QStringLiteral("label"), choice.label()},
            {QStringLiteral("address"), orNull(AddressText::plain(choice.address))},
            {QStringLiteral("interface"), orNull(choice.interfaceName)},
            {QStringLiteral("reach"), choice.reach()},
            {QStringLiteral("loopback_only"), choice.isLoopbackOnly()}};
}

QJsonObject listening(const BindChoice &choice, const QHostAddress &address, quint16 port)
{
    return {{QStringLiteral("event"), QStringLiteral("listening")},
            {QStringLiteral("bind"), choice.key},
            {QStringLiteral("label"), choice.label()},
            {QStringLiteral("address"), AddressText::plain(address)},
            {QStringLiteral("port"), int(port)},
            {QStringLiteral("reach"), choice.reach()},
            {QStringLiteral("warning"), orNull(choice.warning())}};
}

QJsonObject connection(const ConnectionRecord &record, quint64 total)
{
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("connection")},
                  {QStringLiteral("peer"), AddressText::plain(record.peer)},
                  {QStringLiteral("peer_port"), int(record.peerPort)},
                  {QStringLiteral("local"), AddressText::plain(record.local)},
                  {QStringLiteral("local_port"), int(record.localPort)},
                  {QStringLiteral("greeted"), record.greeted},
                  {QStringLiteral("time_ms"), double(record.timeMsecs)},
                  {QStringLiteral("total"), double(total)}};
    if (!record.greeted)
        o.insert(QStringLiteral("os_error"), orNull(OsError::name(record.osError)));
    return o;
}

QJsonObject serverError(const BindChoice &choice, quint16 port, const SocketErrorInfo &error,
                        const QString &message)
{
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("error")},
                  {QStringLiteral("bind"), orNull(choice.key)},
                  {QStringLiteral("address"), orNull(AddressText::plain(choice.address))},
                  {QStringLiteral("port"), int(port)}};
    putError(o, error);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

QJsonObject stopped(quint64 served, quint64 accepted)
{
    return {{QStringLiteral("event"), QStringLiteral("stopped")},
            {QStringLiteral("served"), double(served)},
            {QStringLiteral("accepted"), double(accepted)}};
}

QJsonObject reachability(quint16 port, const QList<ReachabilityRow> &rows)
{
    QJsonArray array;
    for (const ReachabilityRow &r : rows) {
        array.append(QJsonObject{{QStringLiteral("address"), AddressText::plain(r.address)},
                                 {QStringLiteral("interface"), orNull(r.interfaceName)},
                                 {QStringLiteral("family"), r.family()},
                                 {QStringLiteral("reachable"), r.reachable},
                                 {QStringLiteral("reason"), r.reasonCode()},
                                 {QStringLiteral("text"), orNull(r.reasonText)},
                                 {QStringLiteral("evidence"), r.evidence},
                                 {QStringLiteral("os_error"), orNull(r.osError)},
                                 {QStringLiteral("proved"), r.proved},
                                 {QStringLiteral("predicted_reachable"), r.predictedReachable}});
    }
    return {{QStringLiteral("event"), QStringLiteral("reachability")},
            {QStringLiteral("port"), int(port)},
            {QStringLiteral("rows"), array}};
}

QJsonObject notice(const ServerNotice &n)
{
    QJsonObject o{{QStringLiteral("event"), n.eventName()}};
    switch (n.kind) {
    case ServerNotice::Kind::AcceptPaused:
        o.insert(QStringLiteral("reason"), OsError::name(n.osError));
        o.insert(QStringLiteral("retry_ms"), n.retryMsecs);
        break;
    case ServerNotice::Kind::AcceptResumed:
        o.insert(QStringLiteral("reason"), OsError::name(n.osError));
        o.insert(QStringLiteral("paused_ms"), double(n.pausedMsecs));
        break;
    case ServerNotice::Kind::AddressGone:
    case ServerNotice::Kind::InterfaceDown:
    case ServerNotice::Kind::AddressBack:
        o.insert(QStringLiteral("address"), AddressText::plain(n.address));
        o.insert(QStringLiteral("port"), int(n.port));
        o.insert(QStringLiteral("interface"), orNull(n.interfaceName));
        break;
    case ServerNotice::Kind::SlowClientLimit:
        o.insert(QStringLiteral("limit"), n.limit);
        break;
    }
    o.insert(QStringLiteral("message"), n.message());
    return o;
}

QJsonObject explain(const ExplainService &service, bool enabled)
{
    return {{QStringLiteral("event"), QStringLiteral("explain")},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("running"), service.isRunning()},
            {QStringLiteral("port"),
             service.isRunning() ? QJsonValue(int(service.port())) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), service.statusText()}};
}

QJsonObject refused(const RefusedVisitor &v, const ExplainMessage::Facts &facts)
{
    return {{QStringLiteral("event"), QStringLiteral("refused")},
            {QStringLiteral("peer"), AddressText::plain(v.peer)},
            {QStringLiteral("peer_port"), int(v.peerPort)},
            {QStringLiteral("local"), orNull(AddressText::plain(v.arrivedAt))},
            {QStringLiteral("tried"), AddressText::plain(v.tried)},
            {QStringLiteral("tried_port"), int(v.triedPort)},
            {QStringLiteral("cause"), ExplainMessage::causeCode(v.cause)},
            {QStringLiteral("text"), ExplainService::refusalText(v.cause, facts)},
            {QStringLiteral("time_ms"), double(v.timeMsecs)}};
}

QJsonObject target(const Target &target)
{
    return {{QStringLiteral("event"), QStringLiteral("target")},
            {QStringLiteral("input"), PeerText::escape(target.input.toUtf8())},
            {QStringLiteral("host"), target.host},
            {QStringLiteral("port"), int(target.port)},
            {QStringLiteral("dial"), target.dialText()},
            {QStringLiteral("notes"), strings(target.notes)}};
}

QJsonObject attempt(const AttemptResult &a)
{
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("attempt")},
                  {QStringLiteral("address"), AddressText::plain(a.address)},
                  {QStringLiteral("port"), int(a.port)},
                  {QStringLiteral("family"), AddressText::family(a.address)},
                  {QStringLiteral("outcome"), AttemptResult::outcomeCode(a.outcome)},
                  {QStringLiteral("ok"), a.ok()},
                  {QStringLiteral("connected"), a.connected},
                  {QStringLiteral("service"),
                   a.connected ? QJsonValue(AttemptResult::serviceCode(a.service()))
                               : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("sent_bytes"), double(a.sentBytes)},
                  {QStringLiteral("icmp"), icmp(a.icmp)},
                  {QStringLiteral("connect_ms"), milliseconds(qMax<qint64>(0, a.connectUsecs))},
                  {QStringLiteral("elapsed_ms"), milliseconds(a.elapsedUsecs)},
                  {QStringLiteral("bytes"), int(a.received.size())}};
    // A reset is worth its facts even on a reachable service.
    const bool showError = !a.ok() || a.outcome == AttemptResult::Outcome::ResetAfterData;
    putError(o, showError ? a.error : SocketErrorInfo{});
    if (a.connected) {
        o.insert(QStringLiteral("local"), AddressText::plain(a.localAddress));
        o.insert(QStringLiteral("local_port"), int(a.localPort));
        o.insert(QStringLiteral("greeting"), PeerText::escape(a.received));
        o.insert(QStringLiteral("truncated"),
                 a.outcome == AttemptResult::Outcome::GreetingTruncated);
    }
    o.insert(QStringLiteral("text"), a.outcomeText());
    return o;
}

QJsonObject connected(const AttemptResult &a)
{
    return {{QStringLiteral("event"), QStringLiteral("connected")},
            {QStringLiteral("address"), AddressText::plain(a.address)},
            {QStringLiteral("port"), int(a.port)},
            {QStringLiteral("local"), AddressText::plain(a.localAddress)},
            {QStringLiteral("local_port"), int(a.localPort)},
            {QStringLiteral("connect_ms"), milliseconds(qMax<qint64>(0, a.connectUsecs))}};
}

QJsonObject diagnosis(const Diagnosis &d)
{
    return {{QStringLiteral("cause"), d.causeCode()},
            {QStringLiteral("summary"), d.summary},
            {QStringLiteral("evidence"), strings(d.evidence)},
            {QStringLiteral("steps"), strings(d.steps)},
            {QStringLiteral("confirmed_by_server"), d.confirmedByServer},
            {QStringLiteral("server"), d.confirmedByServer ? QJsonValue(serverFacts(d.serverAnswer))
                                                           : QJsonValue(QJsonValue::Null)}};
}

QJsonObject result(const RunResult &run, const Diagnosis &d)
{
    const AttemptResult *a = run.decisive();
    const bool reachable = a && a->connected;
    QJsonObject o{
        {QStringLiteral("event"), QStringLiteral("result")},
        {QStringLiteral("ok"), run.ok()},
        {QStringLiteral("reachable"), reachable},
        {QStringLiteral("service"), reachable ? QJsonValue(AttemptResult::serviceCode(a->service()))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("banner"),
         reachable ? QJsonValue(PeerText::escape(a->received)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hint"), a ? hint(*a) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("icmp"), a ? icmp(a->icmp) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("target"), PeerText::escape(run.target.input.toUtf8())},
        {QStringLiteral("host"), run.target.host},
        {QStringLiteral("address"),
         a ? QJsonValue(AddressText::plain(a->address)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("port"), int(run.target.port)},
        {QStringLiteral("greeting"), a && a->connected ? QJsonValue(PeerText::escape(a->received))
                                                       : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("elapsed_ms"), milliseconds(run.elapsedUsecs)}};
    putError(o, run.ok() ? SocketErrorInfo{} : run.error());
    if (!run.lookupError.isEmpty())
        o.insert(QStringLiteral("message"), run.lookupError);
    QJsonArray resolved;
    for (const QHostAddress &r : run.resolved)
        resolved.append(AddressText::plain(r));
    o.insert(QStringLiteral("resolved"), resolved);
    QJsonArray attempts;
    for (const AttemptResult &each : run.attempts) {
        QJsonObject item = attempt(each);
        item.remove(QStringLiteral("event"));
        attempts.append(item);
    }
    o.insert(QStringLiteral("attempts"), attempts);
    QJsonArray untried;
    for (const QHostAddress &u : run.untried)
        untried.append(AddressText::plain(u));
    o.insert(QStringLiteral("untried"), untried);
    o.insert(QStringLiteral("listeners"), listeners(d.listeners));
    o.insert(QStringLiteral("explain"),
             run.explain ? QJsonValue(explain(*run.explain)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("diagnosis"), diagnosis(d));
    return o;
}

QJsonObject rejected(const TargetParser::Result &parsed, const Diagnosis &d)
{
    QJsonObject o{{QStringLiteral("event"), QStringLiteral("result")},
                  {QStringLiteral("ok"), false},
                  {QStringLiteral("reachable"), false},
                  {QStringLiteral("target"), PeerText::escape(parsed.target.input.toUtf8())},
                  {QStringLiteral("address"), QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("port"), QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("greeting"), QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("error"), QStringLiteral("InvalidInput")},
                  {QStringLiteral("os_error"), QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("reason"), TargetParser::rejectionCode(parsed.rejection)},
                  {QStringLiteral("message"), parsed.error},
                  {QStringLiteral("elapsed_ms"), 0},
                  {QStringLiteral("attempts"), QJsonArray()},
                  {QStringLiteral("diagnosis"), diagnosis(d)}};
    return o;
}

QJsonObject serverFacts(const ExplainMessage::Answer &answer)
{
    const ExplainMessage::Facts &f = answer.facts;
    // The dual-stack wildcard has no address form of its own: "any", as --bind takes it.
    const bool dualStack = f.listenAddress.protocol() == QAbstractSocket::AnyIPProtocol;
    QJsonArray resolvesTo;
    for (const QHostAddress &r : f.hostAddresses)
        resolvesTo.append(AddressText::plain(r));
    return {{QStringLiteral("cause"), ExplainMessage::causeCode(answer.cause)},
            {QStringLiteral("listen"),
             dualStack ? QStringLiteral("any") : AddressText::plain(f.listenAddress)},
            {QStringLiteral("port"), int(f.port)},
            {QStringLiteral("bind"), PeerText::escape(f.choiceKey.toUtf8())},
            {QStringLiteral("hostname"), PeerText::escape(f.hostName.toUtf8())},
            {QStringLiteral("resolves_to"), resolvesTo}};
}

QJsonObject explain(const ExplainQuery::Result &e)
{
    return {{QStringLiteral("outcome"), ExplainQuery::outcomeCode(e.outcome)},
            {QStringLiteral("address"), AddressText::plain(e.host)},
            {QStringLiteral("port"), int(e.port)},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("elapsed_ms"), milliseconds(e.elapsedUsecs)}};
}

} // namespace EventJson
