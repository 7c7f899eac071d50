#pragma once

#include <QObject>

// Turns SIGINT/SIGTERM (Ctrl+C, kill, a service manager; Ctrl+C and close on Windows) into a
// Qt signal on the main thread, so a headless server can print its totals and exit cleanly.
// One implementation per platform: StopSignals_posix.cpp, StopSignals_win.cpp.
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

signals:
    void stopRequested(int signalNumber);

private:
    struct Private;
    Private *d = nullptr;
};
