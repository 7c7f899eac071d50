#include "AppIcon.h"

#include <QDirIterator>

namespace AppIcon {

QIcon named(const QString &name)
{
    // Every size goes in, so Qt picks a sharp one for the title bar, the task bar and high-DPI
    // screens alike; an installed theme icon of the same name wins when there is one.
    QIcon embedded;
    QDirIterator it(QStringLiteral(":/icons/hicolor"), {name + QStringLiteral(".png")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        embedded.addFile(it.next());
    return QIcon::fromTheme(name, embedded);
}

} // namespace AppIcon
