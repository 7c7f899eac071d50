#pragma once

#include <QIcon>
#include <QString>

// A program's icon at every size rendered at build time from resources/<name>.svg and embedded
// under :/icons/hicolor/<size>/apps/<name>.png.
namespace AppIcon {

QIcon named(const QString &name);

} // namespace AppIcon
