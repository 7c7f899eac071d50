#include "net/SocketErrorInfo.h"
#include "platform/OsError.h"

#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cerrno>

class TestSocketErrorInfo final : public QObject
{
    Q_OBJECT

private slots:
    void namesOsErrors();
    void mapsConnectErrorsLikeQt_data();
    void mapsConnectErrorsLikeQt();
    void listenErrorMatchesQtText();
    void refusalMatchesQtSocket();
};

void TestSocketErrorInfo::namesOsErrors()
{
    using Kind = OsError::Kind;
#ifdef Q_OS_WIN
    // Winsock's names; the whole table is tested on every platform in tst_oserror_windows.
    QCOMPARE(OsError::name(OsError::code(Kind::Refused)), QStringLiteral("WSAECONNREFUSED"));
    QCOMPARE(OsError::name(OsError::code(Kind::TimedOut)), QStringLiteral("WSAETIMEDOUT"));
    QCOMPARE(OsError::name(OsError::code(Kind::HostUnreachable)),
             QStringLiteral("WSAEHOSTUNREACH"));
#else
    QCOMPARE(OsError::name(ECONNREFUSED), QStringLiteral("ECONNREFUSED"));
    QCOMPARE(OsError::name(ETIMEDOUT), QStringLiteral("ETIMEDOUT"));
    QCOMPARE(OsError::name(EHOSTUNREACH), QStringLiteral("EHOSTUNREACH"));
    QCOMPARE(OsError::kind(EADDRINUSE), Kind::AddressInUse);
    QCOMPARE(OsError::code(Kind::Refused), ECONNREFUSED);
#endif
    QCOMPARE(OsError::name(0), QString());
    QCOMPARE(OsError::name(99999), QStringLiteral("E?99999"));
    QCOMPARE(OsError::kind(OsError::code(Kind::AddressInUse)), Kind::AddressInUse);
}

void TestSocketErrorInfo::mapsConnectErrorsLikeQt_data()
{
    // By kind, not errno: <cerrno>'s numbers are not Winsock's on Windows.
    using Kind = OsError::Kind;
    QTest::addColumn<int>("osError");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::newRow("refused") << OsError::code(Kind::Refused)
                             << QStringLiteral("ConnectionRefusedError")
                             << QStringLiteral("Connection refused");
    QTest::newRow("timed out") << OsError::code(Kind::TimedOut) << QStringLiteral("NetworkError")
                               << QStringLiteral("Connection timed out");
    QTest::newRow("host unreachable")
        << OsError::code(Kind::HostUnreachable) << QStringLiteral("NetworkError")
        << QStringLiteral("Host unreachable");
    QTest::newRow("net unreachable")
        << OsError::code(Kind::NetworkUnreachable) << QStringLiteral("NetworkError")
        << QStringLiteral("Network unreachable");
    QTest::newRow("access") << OsError::code(Kind::AccessDenied)
                            << QStringLiteral("SocketAccessError")
                            << QStringLiteral("Permission denied");
}

void TestSocketErrorInfo::mapsConnectErrorsLikeQt()
{
    QFETCH(int, osError);
    QFETCH(QString, name);
    QFETCH(QString, text);
    const SocketErrorInfo info = SocketErrorInfo::fromConnectError(osError);
    QCOMPARE(info.errorName(), name);
    QCOMPARE(info.qtText, text);
    QCOMPARE(info.osError, osError);
}

// The text must be Qt's own, word for word: compare with what QTcpServer says.
void TestSocketErrorInfo::listenErrorMatchesQtText()
{
    QTcpServer first;
    QVERIFY(first.listen(QHostAddress::LocalHost, 0));
    QTcpServer second;
    QVERIFY(!second.listen(QHostAddress::LocalHost, first.serverPort()));
    const SocketErrorInfo info =
        SocketErrorInfo::fromListenError(OsError::code(OsError::Kind::AddressInUse));
    QCOMPARE(info.error, second.serverError());
    QCOMPARE(info.qtText, second.errorString());
    QCOMPARE(info.osErrorName(), OsError::name(OsError::code(OsError::Kind::AddressInUse)));
}

void TestSocketErrorInfo::refusalMatchesQtSocket()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(5000));
    const SocketErrorInfo info =
        SocketErrorInfo::fromConnectError(OsError::code(OsError::Kind::Refused));
    QCOMPARE(info.error, socket.error());
    QCOMPARE(info.qtText, socket.errorString());
}

QTEST_GUILESS_MAIN(TestSocketErrorInfo)
#include "tst_socketerrorinfo.moc"
