#include "AppMenus.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

QMenu *AppMenus::build(QMainWindow *window, const Texts &texts,
                       const std::function<void()> &copyAll, const std::function<void()> &reset)
{
    addFileMenu(window);
    addEditMenu(window, texts, copyAll, reset);
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    addHelpMenu(window, texts.programName);
    return view;
}

void AppMenus::addFileMenu(QMainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
}

void AppMenus::addEditMenu(QMainWindow *window, const Texts &texts,
                           const std::function<void()> &copyAll, const std::function<void()> &reset)
{
    QMenu *edit = window->menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(texts.copyAll, window, copyAll);
    copy->setObjectName(texts.copyAllObjectName);
    // Ctrl+C stays with the focused table or list; the whole result is one modifier away.
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    QAction *resetAction = edit->addAction(tr("Re&set settings"), window, reset);
    resetAction->setObjectName(QStringLiteral("resetSettingsAction"));
    resetAction->setStatusTip(texts.resetTip);
}

void AppMenus::addHelpMenu(QMainWindow *window, const QString &programName)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    QAction *about =
        help->addAction(tr("&About %1").arg(programName), window, [window, programName] {
            QMessageBox::about(
                window, tr("About %1").arg(programName),
                tr("%1 %2 (Qt %3)\nMakes \"Connection refused\" visible, reproducible and "
                   "explained.\nLicence: MIT.")
                    .arg(programName, QStringLiteral(BINDLAB_VERSION),
                         QString::fromLatin1(qVersion())));
        });
    about->setObjectName(QStringLiteral("aboutAction"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
}
