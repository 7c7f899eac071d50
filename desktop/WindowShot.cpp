#include "WindowShot.h"

#include "Console.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

WindowShot WindowShot::takeFrom(QStringList *arguments)
{
    WindowShot shot;
    for (int i = 1; i < arguments->size();) {
        const QString name = arguments->at(i);
        if (name != QLatin1String("--screenshot") && name != QLatin1String("--screenshot-after")) {
            ++i;
            continue;
        }
        if (i + 1 >= arguments->size()) {
            shot.m_error = tr("%1 needs a value.").arg(name);
            return shot;
        }
        const QString value = arguments->at(i + 1);
        arguments->remove(i, 2);
        if (name == QLatin1String("--screenshot")) {
            shot.m_file = value;
            continue;
        }
        bool ok = false;
        shot.m_afterMs = value.toInt(&ok);
        if (!ok || shot.m_afterMs < 0 || shot.m_afterMs > 600000) {
            shot.m_error = tr("--screenshot-after takes milliseconds from 0 to 600000, not \"%1\".")
                               .arg(value);
            return shot;
        }
    }
    return shot;
}

void WindowShot::arm(QWidget *window) const
{
    if (!requested())
        return;
    QTimer::singleShot(m_afterMs, window, [window, file = m_file] {
        const bool saved = window->grab().save(file);
        if (!saved)
            Console::err(tr("Cannot write the screenshot to %1.").arg(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}
