#pragma once

#include <QString>

class QAbstractItemModel;

// A table as plain text people can paste anywhere: a header line, then one line per row, cells
// separated by tabs.
namespace TableText {

QString of(const QAbstractItemModel &model);

} // namespace TableText
