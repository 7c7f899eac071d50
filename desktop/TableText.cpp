#include "TableText.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QStringList>

namespace TableText {

QString of(const QAbstractItemModel &model)
{
    QStringList lines;
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.headerData(c, Qt::Horizontal).toString();
    lines << cells.join(QLatin1Char('\t'));
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c) {
            // A tab or line break inside a cell would split it; a space keeps the columns.
            QString cell = model.index(r, c).data().toString();
            cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << cell;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void addCopyAction(QAbstractItemView *view)
{
    auto *copy = new QAction(QCoreApplication::translate("TableText", "&Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(of(*view->model())); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setTabKeyNavigation(false);
}

} // namespace TableText
