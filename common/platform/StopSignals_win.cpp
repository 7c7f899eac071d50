#include "platform/StopSignals.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>

#include <csignal>

#include <windows.h>

namespace {

// Windows calls the handler on a thread of its own; the handler only posts to the main thread
// (queued), where StopSignals emits. One instance is active at a time, as on POSIX.
QMutex g_mutex;
StopSignals *g_active = nullptr;
HANDLE g_finished = nullptr; // set when the active instance is destroyed

int signalFor(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        return SIGINT;
    default: // the console was closed, the user logs off, the machine shuts down
        return SIGTERM;
    }
}

BOOL WINAPI onConsoleEvent(DWORD event)
{
    HANDLE finished = nullptr;
    {
        const QMutexLocker lock(&g_mutex);
        if (!g_active)
            return FALSE; // not ours to handle: the default handler ends the process
        const int number = signalFor(event);
        StopSignals *target = g_active;
        QMetaObject::invokeMethod(
            target, [target, number] { emit target->stopRequested(number); }, Qt::QueuedConnection);
        finished = g_finished;
    }
    // For a closed console Windows ends the process as soon as the handler returns, so wait
    // (less than the 5 s Windows allows) for the main thread to print its totals and finish.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        WaitForSingleObject(finished, 4000);
    return TRUE;
}

// QProcess::terminate() and similar tools ask a Windows program to stop by posting WM_CLOSE:
// to its windows, and to its main thread for one without windows, such as a headless server.
// Qt drops such a thread message; this filter turns it into the same stop as Ctrl+C.
class ThreadCloseFilter final : public QAbstractNativeEventFilter
{
public:
    explicit ThreadCloseFilter(StopSignals *owner)
        : m_owner(owner)
    {}

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override
    {
        Q_UNUSED(result);
        if (eventType != "windows_generic_MSG" && eventType != "windows_dispatcher_MSG")
            return false;
        const MSG *msg = static_cast<const MSG *>(message);
        if (msg->message != WM_CLOSE || msg->hwnd != nullptr)
            return false;
        StopSignals *owner = m_owner;
        QMetaObject::invokeMethod(
            owner, [owner] { emit owner->stopRequested(SIGTERM); }, Qt::QueuedConnection);
        return true;
    }

private:
    StopSignals *m_owner = nullptr;
};

} // namespace

struct StopSignals::Private
{
    bool installed = false;
    ThreadCloseFilter *closeFilter = nullptr;
};

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    const QMutexLocker lock(&g_mutex);
    if (!g_finished)
        g_finished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    else
        ResetEvent(g_finished);
    g_active = this;
    d->installed = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
    if (QCoreApplication *app = QCoreApplication::instance()) {
        d->closeFilter = new ThreadCloseFilter(this);
        app->installNativeEventFilter(d->closeFilter);
    }
}

StopSignals::~StopSignals()
{
    {
        const QMutexLocker lock(&g_mutex);
        if (g_active == this)
            g_active = nullptr;
        if (g_finished)
            SetEvent(g_finished);
    }
    if (d->installed)
        SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    if (d->closeFilter) {
        if (QCoreApplication *app = QCoreApplication::instance())
            app->removeNativeEventFilter(d->closeFilter);
        delete d->closeFilter;
    }
    delete d;
}
