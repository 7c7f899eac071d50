#pragma once

#include "reachability/ReachabilityRow.h"

#include <QAbstractTableModel>

// The "Reachable at" rows as a table: one row per address of this machine, predicted or
// proved. Plain text only; the evidence may quote bytes another program sent, already escaped.
class ReachabilityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReachabilityModel)

public:
    enum Column {
        AddressColumn,
        InterfaceColumn,
        FamilyColumn,
        ReachableColumn,
        ReasonColumn,
        CheckedColumn,
        EvidenceColumn,
        ColumnCount
    };
    // The reason code ("loopback-only"), on every column: for tests and for copying.
    static constexpr int ReasonCodeRole = Qt::UserRole + 1;

    explicit ReachabilityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<ReachabilityRow> &rows);
    const QList<ReachabilityRow> &rows() const { return m_rows; }

private:
    static QString text(const ReachabilityRow &row, int column);

    QList<ReachabilityRow> m_rows;
};
