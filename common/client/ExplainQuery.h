#pragma once

#include "net/ExplainMessage.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>

class QTimer;
class QUdpSocket;

// After another host refused a connection, asks that host's explain service why
// (docs/explain-protocol.md): one padded question on UDP at the refused port, one answer or
// nothing within a short bound. Without an answer (no BindLab server, explain turned off, UDP
// filtered, a reply that is not an answer to this question) the result says which, and the
// caller's diagnosis stays as it was.
class ExplainQuery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainQuery)

public:
    static constexpr int kDefaultTimeoutMs = 500;
    // Replies from the asked host that are not this question's answer (a stale nonce) are
    // skipped; this many end the wait early.
    static constexpr int kMaxStrayReplies = 16;

    enum class Outcome {
        Answered,
        NoAnswer,        // nothing within the bound: not BindLab, explain off, or UDP dropped
        PortUnreachable, // an ICMP error came back: nothing listens on that UDP port
        NotBindLab,      // something answered, but not in BindLab's format
        Malformed,       // BindLab's mark, but not a valid answer
        Failed           // could not ask at all (no socket, an address that cannot be asked)
    };

    struct Result
    {
        Outcome outcome = Outcome::NoAnswer;
        ExplainMessage::Answer answer; // when answered
        QHostAddress host;
        quint16 port = 0;
        QString detail; // translated: what went wrong, "" when answered
        qint64 elapsedUsecs = 0;

        bool answered() const { return outcome == Outcome::Answered; }
    };

    explicit ExplainQuery(QObject *parent = nullptr);
    ~ExplainQuery() override;

    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }
    // The UDP port to ask at; 0 (the default) asks at the refused port itself.
    void setExplainPort(quint16 port) { m_explainPort = port; }

    // Asks about a refusal at refusedAt:port; finished() follows exactly once, always from the
    // event loop, also when the question cannot be sent. cancel() or a new ask() ends the one
    // under way without a signal.
    void ask(const QHostAddress &refusedAt, quint16 port);
    void cancel();
    bool isRunning() const { return m_socket != nullptr; }
    Result result() const { return m_result; }

    // True when a refusal at `address` came from another host, the only case worth asking:
    // this machine's own socket table already says why it refuses.
    static bool isRemote(const QHostAddress &address, const QList<QHostAddress> &ownAddresses);

    // "answered", "no-answer", "port-unreachable", "not-bindlab", "malformed", "failed"
    static QString outcomeCode(Outcome outcome);
    // The server's word for the verdict: "Confirmed by the server: it listens on 127.0.0.1
    // only, so every other host is refused."
    static QString confirmationText(const ExplainMessage::Answer &answer);
    // What to change on that server, in its own terms.
    static QString fixText(const ExplainMessage::Answer &answer);

signals:
    void finished(const ExplainQuery::Result &result);

private:
    void sendQuestion();
    void readReplies();
    void onError();
    void finishUnreachable();
    void finish(Outcome outcome, const QString &detail = {});
    void release();

    int m_timeoutMs = kDefaultTimeoutMs;
    quint16 m_explainPort = 0;
    quint64 m_nonce = 0;
    QHostAddress m_tried;
    quint16 m_triedPort = 0;
    int m_strayReplies = 0;
    QUdpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    Result m_result;
};

Q_DECLARE_METATYPE(ExplainQuery::Result)
