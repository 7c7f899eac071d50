#pragma once

#include "client/AttemptResult.h"

#include <QAbstractTableModel>
#include <QList>

// The attempts of the current run, one row per address tried, as they finish.
class AttemptTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptTableModel)

public:
    enum Column {
        AddressColumn,
        OutcomeColumn,
        ErrorColumn,
        OsErrorColumn,
        TimeColumn,
        ColumnCount
    };

    explicit AttemptTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void append(const AttemptResult &attempt);
    const AttemptResult &at(int row) const { return m_attempts.at(row); }

private:
    QList<AttemptResult> m_attempts;
};
