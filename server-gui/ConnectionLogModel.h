#pragma once

#include "server/RefusedVisitor.h"

#include <QAbstractTableModel>
#include <deque>

class ConnectionLog;

// The connection log as a table, newest first. It is refreshed by the window on a timer, not
// per connection, so a flood of connections never floods the event loop with row inserts.
// Refused visitors (clients the kernel turned away, who asked the explain service why) are
// rows of their own among the connections, in the order they came, marked by a cross and
// the refusal in words, not by colour alone. They are kept here, not in the ConnectionLog:
// the log counts connections the server accepted, and a refusal is not one.
class ConnectionLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionLogModel)

public:
    enum Column { TimeColumn, PeerColumn, LocalColumn, ResultColumn, ColumnCount };

    explicit ConnectionLogModel(const ConnectionLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // At most this many refused visitors are kept (the newest); refusedTotal() counts all.
    static constexpr int kRefusedCapacity = 200;

    // A refused visitor arrived; `refusal` is the story ("refused: bound to 127.0.0.1 only").
    // Shown at the next refresh(), above every connection logged before it.
    void appendRefused(const RefusedVisitor &visitor, const QString &refusal);
    // Since the log was last cleared.
    quint64 refusedTotal() const { return m_refusedTotal; }
    bool isRefusedRow(int row) const;

    // Picks up what the log gained since the last call; cheap when nothing changed.
    void refresh();

private:
    struct RefusedRow
    {
        RefusedVisitor visitor;
        QString refusal;
        quint64 afterLogTotal = 0; // connections logged before it came
    };
    // The refused visitor shown at `row`, or nullptr when a connection is; `newerRefused`
    // then says how many refused rows are above it.
    const RefusedRow *refusedAt(int row, int *newerRefused) const;
    static QVariant refusedData(const RefusedRow &row, int column, int role);
    QVariant recordData(int row, int column) const;
    quint64 combinedTotal() const;
    int combinedRows() const;

    const ConnectionLog *m_log = nullptr;
    std::deque<RefusedRow> m_refused;
    quint64 m_refusedTotal = 0;
    quint64 m_shownTotal = 0;
    int m_shownRows = 0;
};
