#include "ReachabilityModel.h"

#include "net/AddressText.h"

ReachabilityModel::ReachabilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ReachabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReachabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReachabilityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReachabilityRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        // The whole story of the row where the columns are too narrow for it.
        return row.evidence;
    case ReasonCodeRole:
        return row.reasonCode();
    default:
        return {};
    }
}

QString ReachabilityModel::text(const ReachabilityRow &row, int column)
{
    switch (column) {
    case AddressColumn:
        return row.port == 0 ? AddressText::plain(row.address)
                             : AddressText::withPort(row.address, row.port);
    case InterfaceColumn:
        return row.interfaceName;
    case FamilyColumn:
        return row.family();
    case ReachableColumn:
        return row.reachable ? tr("yes") : tr("no");
    case ReasonColumn:
        return row.reasonText;
    case CheckedColumn:
        if (!row.proved)
            return tr("predicted");
        return row.differsFromPrediction() ? tr("proved, differs from prediction") : tr("proved");
    case EvidenceColumn:
        return row.evidence;
    default:
        return {};
    }
}

QVariant ReachabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case InterfaceColumn:
        return tr("Interface");
    case FamilyColumn:
        return tr("Family");
    case ReachableColumn:
        return tr("Reaches this server");
    case ReasonColumn:
        return tr("Why");
    case CheckedColumn:
        return tr("Checked");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

void ReachabilityModel::setRows(const QList<ReachabilityRow> &rows)
{
    // A handful of rows, replaced a few times a minute at most: a reset is the simple way.
    beginResetModel();
    m_rows = rows;
    endResetModel();
}
