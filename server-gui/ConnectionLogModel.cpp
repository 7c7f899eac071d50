#include "ConnectionLogModel.h"

#include "net/AddressText.h"
#include "platform/OsError.h"
#include "server/ConnectionLog.h"

#include <QDateTime>

ConnectionLogModel::ConnectionLogModel(const ConnectionLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    // Cleared and refilled between two refreshes, the totals alone could look unchanged.
    connect(log, &ConnectionLog::cleared, this, [this] {
        beginResetModel();
        m_shownTotal = 0;
        m_shownRows = 0;
        endResetModel();
    });
}

int ConnectionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int ConnectionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shownRows || role != Qt::DisplayRole)
        return {};
    const ConnectionRecord &r = m_log->at(m_log->size() - 1 - index.row());
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.timeMsecs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case PeerColumn:
        return AddressText::withPort(r.peer, r.peerPort);
    case LocalColumn:
        return AddressText::withPort(r.local, r.localPort);
    case ResultColumn: {
        const QString result =
            r.greeted ? tr("greeted")
                      : tr("gone before the greeting (%1)").arg(OsError::name(r.osError));
        // Shown, not hidden: the server really served it, but no client was involved.
        return r.selfTest ? tr("%1 (self-test of \"Reachable at\")").arg(result) : result;
    }
    default:
        return {};
    }
}

QVariant ConnectionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PeerColumn:
        return tr("From (peer)");
    case LocalColumn:
        return tr("Arrived at (local)");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

void ConnectionLogModel::refresh()
{
    const quint64 total = m_log->total();
    const int rows = m_log->size();
    if (total == m_shownTotal && rows == m_shownRows)
        return;
    if (total < m_shownTotal || rows < m_shownRows) {
        // Shrunk: a smaller capacity.
        beginResetModel();
        m_shownTotal = total;
        m_shownRows = rows;
        endResetModel();
        return;
    }
    // Newest first: what arrived goes in at the top, so the rows shown before move down with
    // their records (a selection stays on its connection). A reset per tick would make the
    // view rebuild everything several times a second under a flood.
    const quint64 arrived = total - m_shownTotal;
    const int added = rows - m_shownRows;
    if (added > 0) {
        beginInsertRows({}, 0, added - 1);
        m_shownRows = rows;
        endInsertRows();
    }
    m_shownTotal = total;
    // A full log drops its oldest records as new ones come: every row below the inserted ones
    // now shows a different record.
    if (arrived > quint64(added) && m_shownRows > added)
        emit dataChanged(index(added, 0), index(m_shownRows - 1, ColumnCount - 1));
}
