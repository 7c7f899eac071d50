#include "AttemptTableModel.h"

#include "client/RunReport.h"
#include "net/AddressText.h"

AttemptTableModel::AttemptTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AttemptTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int AttemptTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_attempts.size())
        return {};
    const AttemptResult &a = m_attempts.at(index.row());
    if (role == Qt::ToolTipRole)
        return a.outcomeText();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AddressColumn:
        return AddressText::withPort(a.address, a.port);
    case OutcomeColumn:
        return AttemptResult::outcomeCode(a.outcome);
    case ErrorColumn:
        return a.ok() ? QString() : a.error.errorName();
    case OsErrorColumn:
        return a.ok() ? QString() : a.error.osErrorName();
    case TimeColumn:
        return RunReport::milliseconds(a.elapsedUsecs);
    default:
        return {};
    }
}

QVariant AttemptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case OutcomeColumn:
        return tr("Outcome");
    case ErrorColumn:
        return tr("Qt error");
    case OsErrorColumn:
        return tr("OS error");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

void AttemptTableModel::clear()
{
    beginResetModel();
    m_attempts.clear();
    endResetModel();
}

void AttemptTableModel::append(const AttemptResult &attempt)
{
    const int row = int(m_attempts.size());
    beginInsertRows({}, row, row);
    m_attempts << attempt;
    endInsertRows();
}
