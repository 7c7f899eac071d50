#pragma once

#include <QAbstractTableModel>

class ConnectionLog;

// The connection log as a table, newest first. It is refreshed by the window on a timer, not
// per connection, so a flood of connections never floods the event loop with row inserts.
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

    // Picks up what the log gained since the last call; cheap when nothing changed.
    void refresh();

private:
    const ConnectionLog *m_log = nullptr;
    quint64 m_shownTotal = 0;
    int m_shownRows = 0;
};
