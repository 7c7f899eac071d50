#include "platform/OsError.h"
#include "server/PendingGreeting.h"

#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Hands over each accepted descriptor untouched, as GreetingServer does.
class DescriptorServer final : public QTcpServer
{
public:
    QList<qintptr> descriptors;

protected:
    void incomingConnection(qintptr descriptor) override { descriptors << descriptor; }
};

} // namespace

class TestPendingGreeting final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void slowReaderGetsEveryByte();
    void deadlineResetsANonReader();
    void abortEndsItOnce();

private:
    // A connected client and the server side's descriptor, over loopback on a free port.
    qintptr connectClient(QTcpSocket &client);
    static QByteArray payload(qsizetype size);

    DescriptorServer *m_server = nullptr;
};

void TestPendingGreeting::init()
{
    m_server = new DescriptorServer;
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

void TestPendingGreeting::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

qintptr TestPendingGreeting::connectClient(QTcpSocket &client)
{
    client.setProxy(QNetworkProxy::NoProxy);
    client.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    if (!client.waitForConnected(10000))
        return -1;
    if (!QTest::qWaitFor([this] { return !m_server->descriptors.isEmpty(); }, 10000))
        return -1;
    return m_server->descriptors.takeFirst();
}

QByteArray TestPendingGreeting::payload(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    return bytes;
}

// More than the kernel buffers hold, read by a client that takes a little at a time: the
// greeting is still delivered whole and counted as greeted.
void TestPendingGreeting::slowReaderGetsEveryByte()
{
    QTcpSocket client;
    client.setReadBufferSize(4096);
    const qintptr descriptor = connectClient(client);
    QVERIFY(descriptor >= 0);

    ConnectionRecord record;
    record.serial = 7;
    const QByteArray rest = payload(qsizetype(16) * 1024 * 1024);
    auto *pending = new PendingGreeting(record);
    QPointer<PendingGreeting> alive(pending);
    QSignalSpy finished(pending, &PendingGreeting::finished);
    QVERIFY(pending->begin(descriptor, rest, 60000));

    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, &client, [&] { received += client.read(4096); });
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState ||
                                 received.size() == rest.size(),
                             60000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    received += client.readAll();
    QCOMPARE(received.size(), rest.size());
    QVERIFY(received == rest);
    const auto done = finished.first().first().value<ConnectionRecord>();
    QCOMPARE(done.serial, quint64(7));
    QVERIFY(done.greeted);
    QCOMPARE(done.osError, 0);
    QTRY_VERIFY(alive.isNull()); // it deletes itself
}

// A client that never reads: the deadline ends it, not greeted, and the connection is reset
// rather than left to drain.
void TestPendingGreeting::deadlineResetsANonReader()
{
    QTcpSocket client;
    client.setReadBufferSize(1024);
    const qintptr descriptor = connectClient(client);
    QVERIFY(descriptor >= 0);

    auto *pending = new PendingGreeting(ConnectionRecord{});
    QSignalSpy finished(pending, &PendingGreeting::finished);
    QVERIFY(pending->begin(descriptor, payload(qsizetype(32) * 1024 * 1024), 200));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    const auto done = finished.first().first().value<ConnectionRecord>();
    QVERIFY(!done.greeted);
    QCOMPARE(done.osError, OsError::code(OsError::Kind::TimedOut));
    QSignalSpy errors(&client, &QTcpSocket::errorOccurred);
    client.setReadBufferSize(0);
    client.readAll();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 30000);
    QCOMPARE(finished.size(), 1);
}

void TestPendingGreeting::abortEndsItOnce()
{
    QTcpSocket client;
    const qintptr descriptor = connectClient(client);
    QVERIFY(descriptor >= 0);

    auto *pending = new PendingGreeting(ConnectionRecord{});
    QSignalSpy finished(pending, &PendingGreeting::finished);
    QVERIFY(pending->begin(descriptor, payload(qsizetype(32) * 1024 * 1024), 60000));
    const int reason = OsError::code(OsError::Kind::NoBuffers);
    pending->abort(reason);
    pending->abort(OsError::code(OsError::Kind::TimedOut)); // ignored: it already ended
    QCOMPARE(finished.size(), 1);
    const auto done = finished.first().first().value<ConnectionRecord>();
    QVERIFY(!done.greeted);
    QCOMPARE(done.osError, reason);
}

QTEST_GUILESS_MAIN(TestPendingGreeting)
#include "tst_pendinggreeting.moc"
