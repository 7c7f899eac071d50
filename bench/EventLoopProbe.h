#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <ctime>

// Measures how late the event loop runs: a precise timer ticks every few milliseconds, and the
// longest gap beyond the interval is the worst stall a user would have felt (a frozen window,
// late accepts). bindlab-server-bench starts it once the window listens and reports it at exit.
// A gap has two possible causes: this process was busy, or the machine gave its CPU to someone
// else. The CPU the process used during each gap tells them apart (ownStallMs; std::clock(),
// which is process CPU time on Linux and macOS but wall time on Windows, where the two agree).
class EventLoopProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopProbe)

public:
    static constexpr int kDefaultIntervalMs = 5;
    // A stall longer than this is one a person notices in a window.
    static constexpr int kStallThresholdMs = 20;

    explicit EventLoopProbe(QObject *parent = nullptr);

    void start(int intervalMs = kDefaultIntervalMs);
    void stop();

    // The longest lateness of a tick, whatever the cause.
    double maxStallMs() const { return double(m_maxStallNs) / 1e6; }
    // The longest lateness this process's own work can explain: per gap, the lesser of the
    // lateness and the CPU time the process used in it.
    double ownStallMs() const { return double(m_maxOwnNs) / 1e6; }
    // Ticks that came more than kStallThresholdMs late, and those of them the process's own
    // work explains.
    quint64 stalls() const { return m_stalls; }
    quint64 ownStalls() const { return m_ownStalls; }
    quint64 ticks() const { return m_ticks; }

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::clock_t m_lastCpu = 0;
    qint64 m_intervalNs = 0;
    qint64 m_maxStallNs = 0;
    qint64 m_maxOwnNs = 0;
    quint64 m_stalls = 0;
    quint64 m_ownStalls = 0;
    quint64 m_ticks = 0;
};
