#pragma once

#include "BindChoice.h"
#include "ConnectionRecord.h"
#include "SocketErrorInfo.h"

#include <QByteArray>
#include <QTcpServer>

// The server core: listens on one bind choice and, for every connection, writes the greeting
// and closes. It never reads what clients send.
// The greeting is written straight onto the accepted descriptor; only when the kernel takes
// part of it (a full send buffer) does a QTcpSocket finish the job. That keeps the common
// case as cheap as a plain C server, which the benchmark checks.
class GreetingServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GreetingServer)

public:
    static constexpr quint16 kDefaultPort = 12397;
    static constexpr int kDefaultBacklog = 4096;
    static QByteArray defaultGreeting();

    explicit GreetingServer(QObject *parent = nullptr);
    ~GreetingServer() override;

    void setGreeting(const QByteArray &greeting) { m_greeting = greeting; }
    QByteArray greeting() const { return m_greeting; }

    // Port 0 picks a free port (tests); serverPort() then says which.
    bool start(const BindChoice &choice, quint16 port);
    void stop();

    BindChoice choice() const { return m_choice; }
    SocketErrorInfo startError() const { return m_startError; }
    quint64 accepted() const { return m_accepted; }
    quint64 greeted() const { return m_greeted; }

signals:
    void connectionServed(const ConnectionRecord &record);
    void started();
    void stopped();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void finishWithSocket(qintptr descriptor, const ConnectionRecord &record, qint64 written);

    QByteArray m_greeting;
    BindChoice m_choice;
    SocketErrorInfo m_startError;
    quint64 m_accepted = 0;
    quint64 m_greeted = 0;
};
