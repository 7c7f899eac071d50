#include "JsonLines.h"

#include <QJsonDocument>
#include <QtGlobal>

namespace JsonLines {

QList<QJsonObject> parse(const QByteArray &out)
{
    QList<QJsonObject> events;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object line: %s", line.constData());
        events << doc.object();
    }
    return events;
}

} // namespace JsonLines
