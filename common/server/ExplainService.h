#pragma once

#include "net/ExplainMessage.h"
#include "net/SocketErrorInfo.h"
#include "server/BindChoice.h"
#include "server/ExplainRateLimiter.h"
#include "server/RefusedVisitor.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <array>
#include <functional>

class QNetworkDatagram;
class QUdpSocket;

// Beside a listening server, on UDP at the same port number on every interface, answers a
// BindLab client's "I was refused at ADDRESS:PORT, why?" from the facts it was started with
// (docs/explain-protocol.md). Safe to leave on: an answer is never larger than its question,
// at most ExplainRateLimiter's rates are answered, per-source state is a fixed table, and
// anything malformed is dropped and counted, never logged one by one.
// Each question within the limits is a refused visitor the server could not have seen
// otherwise; questions over the limits are only counted.
class ExplainService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainService)

public:
    // Datagrams handled per wake-up, so a flood cannot starve the TCP server and the window.
    static constexpr int kDatagramsPerWakeup = 64;

    struct Counters
    {
        quint64 received = 0;
        quint64 answered = 0;
        quint64 malformed = 0;    // byRejection() says why
        quint64 otherPort = 0;    // a well-formed question about a port this server is not on
        quint64 rateLimited = 0;  // per source or overall
        quint64 unanswerable = 0; // from a source no reply can go to, or a failed send
    };

    explicit ExplainService(QObject *parent = nullptr);
    ~ExplainService() override;

    // What a server listening on `choice` at `port` tells a client; `hostName` and
    // `hostAddresses` are this machine's name and what it resolves to here (duplicates and
    // anything beyond ExplainMessage's limits are left out).
    static ExplainMessage::Facts factsFor(const BindChoice &choice, quint16 port,
                                          const QString &hostName,
                                          const QList<QHostAddress> &hostAddresses);
    // Why a connection to `tried` was refused by a server listening as `facts` says.
    static ExplainMessage::Cause causeFor(const ExplainMessage::Facts &facts,
                                          const QHostAddress &tried);

    // Binds UDP `udpPort` (normally facts.port; 0 picks a free one) on every interface, IPv4
    // and IPv6. False with startError() when it cannot: the server then runs without it.
    bool start(const ExplainMessage::Facts &facts, quint16 udpPort);
    void stop();

    bool isRunning() const { return !m_sockets.isEmpty(); }
    quint16 port() const { return m_port; }
    ExplainMessage::Facts facts() const { return m_facts; }
    SocketErrorInfo startError() const { return m_startError; }
    // "Explaining refusals on UDP 12397", or why not.
    QString statusText() const;
    // "refused: bound to 127.0.0.1 only": the visitor's story for a log line.
    static QString refusalText(ExplainMessage::Cause cause, const ExplainMessage::Facts &facts);

    Counters counters() const { return m_counters; }
    quint64 byRejection(ExplainMessage::Rejection rejection) const;
    int trackedSources() const { return m_limiter.trackedSources(); }

    // Tests drive the rate limits with their own clock (monotonic milliseconds).
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }

signals:
    void refusedVisitor(const RefusedVisitor &visitor);

private:
    bool bindSockets(quint16 udpPort);
    QUdpSocket *bindOne(const QHostAddress &address, quint16 port);
    void readPending(QUdpSocket *socket);
    void handle(QUdpSocket *socket, const QNetworkDatagram &datagram);
    bool isAnswerable(const QNetworkDatagram &datagram) const;
    qint64 now() const;

    ExplainMessage::Facts m_facts;
    QList<QUdpSocket *> m_sockets;
    quint16 m_port = 0;
    quint16 m_wantedPort = 0;
    SocketErrorInfo m_startError;
    QString m_startProblem; // set instead of m_startError when the facts cannot be told

    Counters m_counters;
    std::array<quint64, ExplainMessage::kRejectionCount> m_rejections{};
    ExplainRateLimiter m_limiter;
    QElapsedTimer m_monotonic;
    std::function<qint64()> m_clock;
};
