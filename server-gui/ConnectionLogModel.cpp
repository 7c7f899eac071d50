#include "ConnectionLogModel.h"

#include "net/AddressText.h"
#include "platform/OsError.h"
#include "server/ConnectionLog.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace {

// A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; people know them as a.b.c.d.
QString endpointText(const QHostAddress &address, quint16 port)
{
    const QHostAddress v4 = AddressText::mappedIPv4(address);
    return AddressText::withPort(v4.isNull() ? address : v4, port);
}

QString timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("HH:mm:ss.zzz"));
}

// Red on light and dark palettes alike (a fixed colour would vanish on one of them).
QColor refusedColour()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHsl(0, 200, dark ? 175 : 85);
}

// A cross in a circle, drawn rather than a glyph so every font shows it: the shape marks a
// refusal where the colour cannot be told.
QIcon refusedIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromHsl(0, 200, 95));
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(11, 11), QPointF(21, 21));
    p.drawLine(QPointF(11, 21), QPointF(21, 11));
    return QIcon(pixmap);
}

} // namespace

ConnectionLogModel::ConnectionLogModel(const ConnectionLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    // Cleared and refilled between two refreshes, the totals alone could look unchanged.
    connect(log, &ConnectionLog::cleared, this, [this] {
        beginResetModel();
        m_refused.clear();
        m_refusedTotal = 0;
        m_shownTotal = 0;
        m_shownRows = 0;
        endResetModel();
    });
}

void ConnectionLogModel::appendRefused(const RefusedVisitor &visitor, const QString &refusal)
{
    m_refused.push_back(RefusedRow{visitor, refusal, m_log->total()});
    ++m_refusedTotal;
    while (int(m_refused.size()) > kRefusedCapacity)
        m_refused.pop_front();
}

quint64 ConnectionLogModel::combinedTotal() const
{
    return m_log->total() + m_refusedTotal;
}

int ConnectionLogModel::combinedRows() const
{
    return m_log->size() + int(m_refused.size());
}

// Walks the refused rows from the newest: each sits below the connections logged after it
// and the refused rows that came after it. At most kRefusedCapacity steps.
const ConnectionLogModel::RefusedRow *ConnectionLogModel::refusedAt(int row,
                                                                    int *newerRefused) const
{
    const auto count = int(m_refused.size());
    for (int i = count - 1; i >= 0; --i) {
        const RefusedRow &r = m_refused.at(size_t(i));
        const quint64 newerLogged = qMin<quint64>(
            m_log->total() - qMin(r.afterLogTotal, m_log->total()), quint64(m_log->size()));
        const int position = int(newerLogged) + (count - 1 - i);
        if (position == row)
            return &r;
        if (position > row) {
            *newerRefused = count - 1 - i;
            return nullptr;
        }
    }
    *newerRefused = count;
    return nullptr;
}

bool ConnectionLogModel::isRefusedRow(int row) const
{
    int newer = 0;
    return row >= 0 && row < m_shownRows && refusedAt(row, &newer) != nullptr;
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
    if (!index.isValid() || index.row() >= m_shownRows)
        return {};
    int newerRefused = 0;
    if (const RefusedRow *refused = refusedAt(index.row(), &newerRefused))
        return refusedData(*refused, index.column(), role);
    if (role != Qt::DisplayRole)
        return {};
    return recordData(index.row() - newerRefused, index.column());
}

QVariant ConnectionLogModel::refusedData(const RefusedRow &row, int column, int role)
{
    if (role == Qt::ForegroundRole)
        return refusedColour();
    // At the row's start: the first column stays in view when the table scrolls sideways.
    if (role == Qt::DecorationRole && column == TimeColumn) {
        static const QIcon icon = refusedIcon();
        return icon;
    }
    if (role == Qt::ToolTipRole)
        return tr("This client was refused by this machine and asked the server why. The "
                  "address it tried is what its question says.");
    if (role != Qt::DisplayRole)
        return {};
    const RefusedVisitor &v = row.visitor;
    switch (column) {
    case TimeColumn:
        return timeText(v.timeMsecs);
    case PeerColumn:
        return AddressText::withPort(v.peer, v.peerPort);
    case LocalColumn:
        return tr("tried %1").arg(AddressText::withPort(v.tried, v.triedPort));
    case ResultColumn:
        return row.refusal;
    default:
        return {};
    }
}

// `row` counts connections only, newest first.
QVariant ConnectionLogModel::recordData(int row, int column) const
{
    const ConnectionRecord &r = m_log->at(m_log->size() - 1 - row);
    switch (column) {
    case TimeColumn:
        return timeText(r.timeMsecs);
    case PeerColumn:
        return endpointText(r.peer, r.peerPort);
    case LocalColumn:
        return endpointText(r.local, r.localPort);
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
    const quint64 total = combinedTotal();
    const int rows = combinedRows();
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
