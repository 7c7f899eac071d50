#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

// The hidden `--screenshot FILE [--screenshot-after MS] [--screenshot-dark]
// [--screenshot-widget OBJECTNAME]` options of both
// programs, used by scripts/screenshots.sh: the window is grabbed after the delay, saved, and the
// program quits; --screenshot-dark switches to a dark palette first, to check that everything
// still reads. Taken out of the arguments before the real parse, so they never show in --help.
class WindowShot final
{
    Q_DECLARE_TR_FUNCTIONS(WindowShot)

public:
    static WindowShot takeFrom(QStringList *arguments);

    bool requested() const { return !m_file.isEmpty(); }
    QString error() const { return m_error; } // translated; exit code 2
    void arm(QWidget *window) const;

private:
    QString m_file;
    int m_afterMs = 1000;
    bool m_dark = false;
    QString m_widget;
    QString m_error;
};
