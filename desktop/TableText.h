#pragma once

#include <QString>

class QAbstractItemModel;
class QAbstractItemView;

// A table as plain text people can paste anywhere: a header line, then one line per row, cells
// separated by tabs.
namespace TableText {

QString of(const QAbstractItemModel &model);

// Ctrl+C (and the context menu's Copy) in `view` copies its whole model as text, for a bug
// report or a chat; Tab leaves the view, so keyboard users are never trapped in it.
void addCopyAction(QAbstractItemView *view);

} // namespace TableText
