#pragma once

#include "server/ConnectionRecord.h"

#include <QHash>
#include <QObject>
#include <deque>

// The server's log: the newest records (bounded, so a server left running for days keeps a
// flat memory profile) and exact totals since Start. Views poll it on a timer, so a flood of
// connections costs one repaint per interval rather than one per connection.
class ConnectionLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionLog)

public:
    static constexpr int kDefaultCapacity = 1000;

    explicit ConnectionLog(QObject *parent = nullptr);

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    void append(ConnectionRecord record);
    void clear();

    int size() const { return int(m_records.size()); }
    // 0 is the oldest record kept.
    const ConnectionRecord &at(int row) const { return m_records.at(size_t(row)); }

    quint64 total() const { return m_total; }
    quint64 greeted() const { return m_greeted; }
    // Of total(): the server's own reachability probe, not clients.
    quint64 selfTests() const { return m_selfTests; }
    // Records that fell off the front since the last clear(): total() - dropped() == size().
    quint64 dropped() const { return m_total - quint64(m_records.size()); }
    // Client connections (self-tests left out) per local address they arrived on, exact since
    // the last clear() however many records fell off.
    const QHash<QHostAddress, quint64> &clientsByLocal() const { return m_clientsByLocal; }

signals:
    void cleared();

private:
    std::deque<ConnectionRecord> m_records;
    int m_capacity = kDefaultCapacity;
    quint64 m_total = 0;
    quint64 m_greeted = 0;
    quint64 m_selfTests = 0;
    QHash<QHostAddress, quint64> m_clientsByLocal;
};
