#include "ConnectionLog.h"

ConnectionLog::ConnectionLog(QObject *parent)
    : QObject(parent)
{}

void ConnectionLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    while (int(m_records.size()) > m_capacity)
        m_records.pop_front();
}

void ConnectionLog::append(const ConnectionRecord &record)
{
    ++m_total;
    if (record.greeted)
        ++m_greeted;
    if (record.selfTest)
        ++m_selfTests;
    if (int(m_records.size()) >= m_capacity)
        m_records.pop_front();
    m_records.push_back(record);
}

void ConnectionLog::clear()
{
    m_records.clear();
    m_total = 0;
    m_greeted = 0;
    m_selfTests = 0;
    emit cleared();
}
