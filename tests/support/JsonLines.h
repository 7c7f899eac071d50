#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// The headless programs' output, one JSON object per line, as the tests read it. A line that is
// not a JSON object ends the test at once: the contract is every line, not most of them.
namespace JsonLines {

QList<QJsonObject> parse(const QByteArray &out);

} // namespace JsonLines
