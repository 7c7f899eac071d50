#include "EventLoopProbe.h"

EventLoopProbe::EventLoopProbe(QObject *parent)
    : QObject(parent)
{
    // A coarse timer may fire 5 % late by design; that would read as a stall that never was.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::onTick);
}

void EventLoopProbe::start(int intervalMs)
{
    m_intervalNs = qint64(qMax(1, intervalMs)) * 1000000;
    m_maxStallNs = 0;
    m_maxOwnNs = 0;
    m_stalls = 0;
    m_ownStalls = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastNs = 0;
    m_lastCpu = std::clock();
    m_timer.start(qMax(1, intervalMs));
}

void EventLoopProbe::stop()
{
    m_timer.stop();
}

void EventLoopProbe::onTick()
{
    // The gap between two ticks, not the lateness against a schedule: Qt skips ticks it
    // missed, so a schedule would hide a long stall behind the ticks that never came.
    const qint64 nowNs = m_clock.nsecsElapsed();
    const std::clock_t cpu = std::clock(); // process CPU time (POSIX); wall time on Windows
    const qint64 stallNs = nowNs - m_lastNs - m_intervalNs;
    const qint64 cpuNs = qint64(double(cpu - m_lastCpu) * 1e9 / CLOCKS_PER_SEC);
    const qint64 ownNs = qMin(stallNs, cpuNs);
    m_lastNs = nowNs;
    m_lastCpu = cpu;
    ++m_ticks;
    m_maxStallNs = qMax(m_maxStallNs, stallNs);
    m_maxOwnNs = qMax(m_maxOwnNs, ownNs);
    const qint64 thresholdNs = qint64(kStallThresholdMs) * 1000000;
    if (stallNs > thresholdNs)
        ++m_stalls;
    if (ownNs > thresholdNs)
        ++m_ownStalls;
}
