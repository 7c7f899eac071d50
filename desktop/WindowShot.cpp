#include "WindowShot.h"

#include "platform/Console.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace {

// A dark palette like the ones desktop themes set, applied after the window exists, the way a
// theme switch arrives.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

WindowShot WindowShot::takeFrom(QStringList *arguments)
{
    WindowShot shot;
    for (int i = 1; i < arguments->size();) {
        const QString name = arguments->at(i);
        if (name == QLatin1String("--screenshot-dark")) {
            shot.m_dark = true;
            arguments->removeAt(i);
            continue;
        }
        if (name != QLatin1String("--screenshot") && name != QLatin1String("--screenshot-after") &&
            name != QLatin1String("--screenshot-widget")) {
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
        if (name == QLatin1String("--screenshot-widget")) {
            shot.m_widget = value;
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
    if (m_dark)
        QApplication::setPalette(darkPalette());
    QTimer::singleShot(m_afterMs, window, [window, file = m_file, name = m_widget] {
        // One part of the window (the map, the handshake diagram) for the docs, by object name.
        QWidget *target = name.isEmpty() ? window : window->findChild<QWidget *>(name);
        if (!target) {
            Console::err(tr("No part of the window is called %1.").arg(name));
            QCoreApplication::exit(1);
            return;
        }
        const bool saved = target->grab().save(file);
        if (!saved)
            Console::err(tr("Cannot write the screenshot to %1.").arg(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}
