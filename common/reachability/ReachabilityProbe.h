#pragma once

#include "client/AttemptResult.h"
#include "client/ConnectAttempt.h"
#include "platform/NativeSocket.h"
#include "reachability/ReachabilityRow.h"
#include "server/BindChoice.h"

#include <QList>
#include <QNetworkInterface>
#include <QObject>

// "Who can reach me", proved from the server side: connects to each of this machine's own
// addresses on the server's port and checks that the answer is this server's greeting.
// predict() says the same from the bind choice alone, without connecting, so a window can
// show it before Start and compare it with the proof afterwards.
//
// The probe's connections arrive at the server like any other. The probe remembers the source
// endpoint of each of its connections (known as soon as connect() is called, so before the
// server can accept it); the server's owner asks claimConnection() for each accepted peer and
// marks the ones that are self-tests.
class ReachabilityProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReachabilityProbe)

public:
    // One address of this machine to try, with the interface that carries it.
    struct Target
    {
        QHostAddress address; // link-local IPv6 carries its scope
        QString interfaceName;

        bool operator==(const Target &other) const
        {
            return address == other.address && address.scopeId() == other.address.scopeId() &&
                   interfaceName == other.interfaceName;
        }
        bool operator!=(const Target &other) const { return !(*this == other); }
    };

    // Short on purpose: every target is this machine itself, which answers in well under a
    // millisecond unless a local firewall drops the packets.
    static constexpr int kConnectTimeoutMs = 1000;
    static constexpr int kReadDeadlineMs = 1000;

    // Every address of every up interface, loopback included; link-local IPv6 gets its
    // interface as scope when the system left it out.
    static QList<Target> localTargets(const QList<QNetworkInterface> &interfaces);
    static QList<Target> localTargets();

    // What a server listening on `choice` should let through at each target. Pure.
    static QList<ReachabilityRow> predict(const BindChoice &choice, quint16 port,
                                          const QList<Target> &targets);
    // The proved row for one target, from what the connection to it saw. Pure.
    static ReachabilityRow judge(const ReachabilityRow &predicted, const AttemptResult &attempt,
                                 const QByteArray &greeting);

    explicit ReachabilityProbe(QObject *parent = nullptr);
    ~ReachabilityProbe() override;

    void setLimits(const ConnectAttempt::Limits &limits) { m_limits = limits; }

    // Connects to every target at once; finished() follows when all have answered (within
    // connect timeout + read deadline). A running probe is cancelled first.
    void start(const BindChoice &choice, quint16 port, const QByteArray &greeting,
               const QList<Target> &targets);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    // Predicted rows until start() proves them one by one.
    QList<ReachabilityRow> rows() const { return m_rows; }

    // True when the server's peer is one of this probe's own connections. Each connection is
    // claimed once, so a later client that happens to reuse the port is not mistaken for one.
    bool claimConnection(const QHostAddress &peer, quint16 peerPort);

signals:
    void finished(const QList<ReachabilityRow> &rows);

private:
    void onAttemptFinished(int row, const AttemptResult &result);
    void rememberSource(const NativeSocket::Endpoint &source);
    void forgetSource(const NativeSocket::Endpoint &source);

    ConnectAttempt::Limits m_limits;
    QList<ReachabilityRow> m_rows;
    QList<ConnectAttempt *> m_attempts;
    QList<NativeSocket::Endpoint> m_sources;
    QByteArray m_greeting;
    int m_pending = 0;
};
