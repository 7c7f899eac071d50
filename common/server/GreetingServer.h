#pragma once

#include "net/SocketErrorInfo.h"
#include "platform/NativeSocket.h"
#include "server/BindChoice.h"
#include "server/ConnectionRecord.h"
#include "server/ListenAddressWatcher.h"
#include "server/ServerNotice.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

class PendingGreeting;
class QSocketNotifier;
class QTimer;

// The server core: listens on one bind choice and, for every connection, writes the greeting
// and closes. It never reads what clients send.
// The greeting is written straight onto the accepted descriptor; only when the kernel takes
// part of it (a full send buffer) does a PendingGreeting finish the job. That keeps the common
// case as cheap as a plain C server, which the benchmark checks.
// It owns its listening socket instead of going through QTcpServer: Qt 6.4 classes EMFILE from
// accept() as a temporary error after any earlier "try again" and then spins at 100 % CPU
// without a signal. Here accept() reports its exact errno, and running out of descriptors
// pauses accepting (once reported), retries with a growing delay and resumes (reported again).
class GreetingServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GreetingServer)

public:
    static constexpr quint16 kDefaultPort = 12397;
    static constexpr int kDefaultBacklog = 4096;
    // Slow readers held at once; never more than half the descriptor limit either, so they
    // alone cannot exhaust the process. When the quota is full the oldest is reset: a reader
    // that takes its greeting finishes in a round trip, a stalled holder never does.
    static constexpr int kMaxSlowClients = 256;
    static constexpr int kDefaultWriteDeadlineMs = 15000;
    // Connections taken per wake-up: a flood must not starve timers, signals and the window.
    static constexpr int kAcceptBatch = 64;
    static constexpr int kFirstRetryMs = 100;
    static constexpr int kMaxRetryMs = 3200;

    static QByteArray defaultGreeting();

    explicit GreetingServer(QObject *parent = nullptr);
    ~GreetingServer() override;

    void setGreeting(const QByteArray &greeting) { m_greeting = greeting; }
    QByteArray greeting() const { return m_greeting; }

    // 0 (the default) derives the limit from the descriptor limit; read at start().
    void setSlowClientLimit(int limit) { m_slowClientLimitSetting = limit; }
    int slowClientLimit() const { return m_slowClientLimit; }
    int slowClients() const { return int(m_pending.size()); }
    // How long a slow reader may take for the rest of the greeting before it is reset.
    void setWriteDeadline(int msecs) { m_writeDeadlineMs = msecs; }
    int writeDeadline() const { return m_writeDeadlineMs; }
    // How often the listening address is checked for still being on an interface that is up.
    void setAddressCheckInterval(int msecs);

    // Whether connectionServed() is emitted. Without records every connection is counted,
    // greeted and closed, nothing else: no peer address, no clock, no signal (a --quiet
    // server, the benchmark's lean path). On by default; may change at any time.
    void setRecordsWanted(bool wanted) { m_recordsWanted = wanted; }
    bool recordsWanted() const { return m_recordsWanted; }

    // Port 0 picks a free port (tests); serverPort() then says which.
    bool start(const BindChoice &choice, quint16 port);
    void stop();

    bool isListening() const { return m_listening != NativeSocket::kInvalid; }
    // Where it listens, as the system reports it; null and 0 while not listening.
    QHostAddress serverAddress() const { return m_local.address; }
    quint16 serverPort() const { return m_local.port; }
    // The listening socket, for options its accepted sockets inherit (a send buffer size);
    // kInvalid while not listening. It stays the server's: never closed from outside.
    NativeSocket::Descriptor socketDescriptor() const { return m_listening; }

    BindChoice choice() const { return m_choice; }
    SocketErrorInfo startError() const { return m_startError; }
    // What to do about startError(), in words specific to this bind choice and port; "" when
    // the error says it all.
    QString startHint() const { return m_startHint; }
    quint64 accepted() const { return m_accepted; }
    quint64 greeted() const { return m_greeted; }
    bool isAcceptingPaused() const { return m_paused; }

signals:
    void connectionServed(const ConnectionRecord &record);
    void notice(const ServerNotice &notice);
    void started();
    void stopped();

private:
    void acceptPending();
    bool takeConnection(qintptr listening, int *osError);
    void holdAccepting(int osError);
    void retryAccepting();
    void endPause();
    void serveWithoutRecord(qintptr descriptor);
    void serve(qintptr descriptor, const NativeSocket::Endpoint &peer);
    // After the first send(): what it wrote, or -1 and its errno.
    void finishServing(qintptr descriptor, const NativeSocket::Endpoint &peer, qint64 written,
                       int osError);
    void finishSlowly(qintptr descriptor, const ConnectionRecord &record, qint64 written);
    void onSlowFinished(PendingGreeting *pending, const ConnectionRecord &record);
    void emitServed(const ConnectionRecord &record);
    void onAddressStateChanged(ListenAddressWatcher::State state, const QString &interfaceName);
    void shutDown();
    static QString hintFor(const BindChoice &choice, quint16 port, const SocketErrorInfo &error);

    QByteArray m_greeting;
    BindChoice m_choice;
    SocketErrorInfo m_startError;
    QString m_startHint;
    quint64 m_accepted = 0;
    quint64 m_greeted = 0;
    bool m_recordsWanted = true;

    qintptr m_listening = NativeSocket::kInvalid;
    NativeSocket::Endpoint m_local;      // what the listening socket is bound to
    NativeSocket::Endpoint m_fixedLocal; // port 0 while listening on a wildcard address
    QSocketNotifier *m_acceptNotifier = nullptr;
    QTimer *m_retryTimer = nullptr;
    bool m_paused = false;
    int m_pauseError = 0;
    int m_retryMs = kFirstRetryMs;
    QElapsedTimer m_pausedClock;

    int m_slowClientLimitSetting = 0;
    int m_slowClientLimit = kMaxSlowClients;
    QList<PendingGreeting *> m_pending; // oldest first
    bool m_limitReported = false;
    int m_writeDeadlineMs = kDefaultWriteDeadlineMs;

    ListenAddressWatcher *m_watcher = nullptr;
};
