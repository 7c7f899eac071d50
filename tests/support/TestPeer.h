#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A server that misbehaves on purpose, on loopback, for the client's tests: it greets, stays
// silent, drips, floods, resets or closes without data.
class TestPeer final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Greet,       // send payload, close
        Silent,      // accept and never send
        Drip,        // send one byte every intervalMs, never close
        Flood,       // send without end
        ResetAtOnce, // accept and reset
        ResetAfter,  // send payload, then reset
        CloseEmpty   // accept and close without data
    };

    explicit TestPeer(Mode mode, const QByteArray &payload = {}, QObject *parent = nullptr);

    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return m_accepted; }
    int intervalMs = 100;

private:
    void onNewConnection();
    void serve(QTcpSocket *socket);

    Mode m_mode;
    QByteArray m_payload;
    QTcpServer m_server;
    int m_accepted = 0;
};
