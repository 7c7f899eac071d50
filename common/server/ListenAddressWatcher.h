#pragma once

#include <QHostAddress>
#include <QList>
#include <QNetworkInterface>
#include <QObject>
#include <QTimer>

// Watches whether the one address a server listens on is still on an interface that is up.
// The kernel keeps a listening socket open when its address is removed or its interface goes
// down, and Qt reports nothing: the server looks fine while clients time out. A light poll of
// the interface list (a netlink query every few seconds) is enough to say so.
class ListenAddressWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenAddressWatcher)

public:
    static constexpr int kDefaultIntervalMs = 3000;

    enum class State {
        Present,       // on an interface that is up and running
        InterfaceDown, // still configured, but its interface is down or has no carrier
        Gone           // on no interface at all
    };
    Q_ENUM(State)

    struct Finding
    {
        State state = State::Present;
        QString interfaceName; // where it is (Present, InterfaceDown)
    };

    explicit ListenAddressWatcher(QObject *parent = nullptr);

    // Wildcards are on every interface and cannot go away: watching one does nothing.
    static bool isWatchable(const QHostAddress &address);
    // Pure: where the address is in this list of interfaces. An empty list means the list
    // could not be read (no descriptor free for the query), not that everything is gone.
    static Finding find(const QHostAddress &address, const QList<QNetworkInterface> &interfaces);

    // Reports only changes from "present", the first check right after the event loop runs.
    void watch(const QHostAddress &address);
    void stop();
    bool isWatching() const { return m_timer.isActive(); }
    State state() const { return m_state; }
    void setInterval(int msecs) { m_timer.setInterval(msecs); }

public slots:
    void checkNow();

signals:
    // interfaceName: where the address is, or where it was last seen when it is gone.
    void stateChanged(ListenAddressWatcher::State state, const QString &interfaceName);

private:
    QTimer m_timer;
    QHostAddress m_address;
    State m_state = State::Present;
    QString m_lastInterface;
};
