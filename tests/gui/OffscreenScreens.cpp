#include "OffscreenScreens.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

void useOffscreenScreens(const QList<QRect> &screens)
{
    QJsonArray list;
    QStringList sizes;
    for (int i = 0; i < screens.size(); ++i) {
        const QRect &r = screens.at(i);
        sizes << QStringLiteral("%1x%2").arg(r.width()).arg(r.height());
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("screen%1").arg(i)},
                                {QStringLiteral("x"), r.x()},
                                {QStringLiteral("y"), r.y()},
                                {QStringLiteral("width"), r.width()},
                                {QStringLiteral("height"), r.height()},
                                {QStringLiteral("logicalDpi"), 96},
                                {QStringLiteral("logicalBaseDpi"), 96},
                                {QStringLiteral("dpr"), 1}});
    }
    // In the build tree (XDG_RUNTIME_DIR is the tests' own there), named for its screens, so
    // runs overwrite rather than pile up.
    const QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR", QDir::tempPath());
    // A fresh build tree has no runtime directory yet; Qt makes it only when it first needs it.
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/screens-%1.json").arg(sizes.join(QLatin1Char('-')));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), list}}).toJson());
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(path));
}
