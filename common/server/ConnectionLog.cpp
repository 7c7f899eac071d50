#include "server/ConnectionLog.h"

#include <utility>

ConnectionLog::ConnectionLog(QObject *parent)
    : QObject(parent)
{}

void ConnectionLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    while (int(m_records.size()) > m_capacity)
        m_records.pop_front();
}

void ConnectionLog::append(ConnectionRecord record)
{
    ++m_total;
    if (record.greeted)
        ++m_greeted;
    if (record.selfTest) {
        ++m_selfTests;
    } else {
        ++m_clientsByLocal[record.local];
    }
    if (int(m_records.size()) >= m_capacity)
        m_records.pop_front();
    m_records.push_back(std::move(record));
}

void ConnectionLog::clear()
{
    m_records.clear();
    m_total = 0;
    m_greeted = 0;
    m_selfTests = 0;
    m_clientsByLocal.clear();
    emit cleared();
}
