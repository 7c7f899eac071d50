#include "ConnectionLogModel.h"

#include "AddressText.h"
#include "ConnectionLog.h"
#include "OsError.h"

#include <QDateTime>

ConnectionLogModel::ConnectionLogModel(const ConnectionLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{}

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
    if (m_log->total() == m_shownTotal && m_log->size() == m_shownRows)
        return;
    // At most a thousand rows: a reset is simpler than tracking the ring's moving window, and
    // it happens at most a few times a second.
    beginResetModel();
    m_shownTotal = m_log->total();
    m_shownRows = m_log->size();
    endResetModel();
}
