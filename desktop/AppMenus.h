#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QMainWindow;
class QMenu;

// The menu bar both windows share: File (Quit), Edit (copy everything, reset settings), View
// (left for the window's own toggles) and Help (About, About Qt). Only the words differ.
class AppMenus final
{
    Q_DECLARE_TR_FUNCTIONS(AppMenus)

public:
    struct Texts
    {
        QString programName; // "BindLab Client", for the About entry and box
        QString copyAll;     // "Copy &report": the Edit entry that copies the whole result
        QString copyAllObjectName;
        QString resetTip; // what "Reset settings" forgets
    };

    // Builds the four menus into `window`'s menu bar and returns the View menu.
    static QMenu *build(QMainWindow *window, const Texts &texts,
                        const std::function<void()> &copyAll, const std::function<void()> &reset);

private:
    static void addFileMenu(QMainWindow *window);
    static void addEditMenu(QMainWindow *window, const Texts &texts,
                            const std::function<void()> &copyAll,
                            const std::function<void()> &reset);
    static void addHelpMenu(QMainWindow *window, const QString &programName);
};
