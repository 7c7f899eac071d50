#include "EventLoopProbe.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

// The stall probe the benchmark reads from the window. Only lower bounds are asserted: a
// blocked event loop must show at least as long a stall as it was blocked, however loaded the
// machine is; nothing here depends on how fast the machine is.
class TestEventLoopProbe final : public QObject
{
    Q_OBJECT

private slots:
    void ticksWhileTheLoopRuns();
    void busyHandlerIsAStallOfOwnWork();
    void sleepingHandlerIsAStallButNotOwnWork();
    void startResets();
};

namespace {

constexpr int kBlockMs = 80;

void spinFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    volatile quint64 sink = 0;
    while (clock.elapsed() < ms)
        sink = sink + 1;
}

} // namespace

void TestEventLoopProbe::ticksWhileTheLoopRuns()
{
    EventLoopProbe probe;
    probe.start();
    QTRY_VERIFY(probe.ticks() >= 3);
    QVERIFY(probe.maxStallMs() >= probe.ownStallMs());
}

void TestEventLoopProbe::busyHandlerIsAStallOfOwnWork()
{
    EventLoopProbe probe;
    probe.start();
    QTRY_VERIFY(probe.ticks() >= 1);
    spinFor(kBlockMs);
    const quint64 before = probe.ticks();
    QTRY_VERIFY(probe.ticks() > before);
    QVERIFY2(probe.maxStallMs() >= kBlockMs - EventLoopProbe::kDefaultIntervalMs,
             qPrintable(QString::number(probe.maxStallMs())));
    QVERIFY(probe.stalls() >= 1);
    QVERIFY(probe.ownStallMs() <= probe.maxStallMs());
}

void TestEventLoopProbe::sleepingHandlerIsAStallButNotOwnWork()
{
#ifdef Q_OS_WIN
    QSKIP("std::clock() counts wall time on Windows, so a sleep looks like own work there");
#endif
    EventLoopProbe probe;
    probe.start();
    QTRY_VERIFY(probe.ticks() >= 1);
    // Blocked without using the CPU: what another process taking the CPU looks like.
    QThread::msleep(kBlockMs);
    const quint64 before = probe.ticks();
    QTRY_VERIFY(probe.ticks() > before);
    QVERIFY(probe.maxStallMs() >= kBlockMs - EventLoopProbe::kDefaultIntervalMs);
    QVERIFY2(
        probe.ownStallMs() < probe.maxStallMs(),
        qPrintable(QStringLiteral("own %1 of %2").arg(probe.ownStallMs()).arg(probe.maxStallMs())));
}

void TestEventLoopProbe::startResets()
{
    EventLoopProbe probe;
    probe.start();
    QTRY_VERIFY(probe.ticks() >= 1);
    QThread::msleep(kBlockMs);
    QTRY_VERIFY(probe.stalls() >= 1);
    probe.stop();
    probe.start();
    QCOMPARE(probe.ticks(), quint64(0));
    QCOMPARE(probe.stalls(), quint64(0));
    QCOMPARE(probe.maxStallMs(), 0.0);
}

QTEST_GUILESS_MAIN(TestEventLoopProbe)
#include "tst_eventloopprobe.moc"
