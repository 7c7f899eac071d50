#pragma once

#include "client/AttemptResult.h"
#include "client/RunResult.h"
#include "diagnosis/Diagnosis.h"
#include "net/TargetParser.h"
#include "reachability/ReachabilityRow.h"
#include "server/BindChoice.h"
#include "server/ConnectionRecord.h"
#include "server/ExplainService.h"
#include "server/RefusedVisitor.h"
#include "server/ServerNotice.h"

#include <QJsonObject>

// The JSON-lines contract of the headless modes: one object per line, each with an "event".
// Kept in one place so the server, the client and the tests agree on every field name.
namespace EventJson {

QByteArray line(const QJsonObject &object);

QJsonObject bindChoice(const BindChoice &choice);
QJsonObject listening(const BindChoice &choice, const QHostAddress &address, quint16 port);
QJsonObject connection(const ConnectionRecord &record, quint64 total);
QJsonObject serverError(const BindChoice &choice, quint16 port, const SocketErrorInfo &error,
                        const QString &message);
QJsonObject stopped(quint64 served, quint64 accepted);
QJsonObject reachability(quint16 port, const QList<ReachabilityRow> &rows);
QJsonObject notice(const ServerNotice &notice);
// Whether refused clients can ask why: after `listening`, and when it changes.
QJsonObject explain(const ExplainService &service, bool enabled);
// A client this machine refused asked the explain service why.
QJsonObject refused(const RefusedVisitor &visitor, const ExplainMessage::Facts &facts);

QJsonObject target(const Target &target);
QJsonObject attempt(const AttemptResult &attempt);
// The handshake completed: reachable, before the banner window ends.
QJsonObject connected(const AttemptResult &attempt);
QJsonObject diagnosis(const Diagnosis &diagnosis);
QJsonObject result(const RunResult &run, const Diagnosis &diagnosis);
QJsonObject rejected(const TargetParser::Result &parsed, const Diagnosis &diagnosis);
// What a refusing host's BindLab server said about itself (diagnosis "server").
QJsonObject serverFacts(const ExplainMessage::Answer &answer);
// How the question to the refusing host went (result "explain").
QJsonObject explain(const ExplainQuery::Result &explain);

} // namespace EventJson
