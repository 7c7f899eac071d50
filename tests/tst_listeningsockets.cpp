#include "platform/ListeningSockets.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTest>

// The socket table names the program that listens, where the platform tells (Linux, Windows),
// and says when it cannot rather than guess.
class TestListeningSockets final : public QObject
{
    Q_OBJECT

private slots:
    void namesThisProcess();
    void nothingListening();
    void ownerTexts();
};

void TestListeningSockets::namesThisProcess()
{
#if !defined(Q_OS_LINUX) && !defined(Q_OS_WIN)
    QSKIP("this platform's table is the probe, which cannot name owners");
#endif
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const ListeningSockets::Table table = ListeningSockets::onPort(server.serverPort());
    QVERIFY(table.known);
    QCOMPARE(table.listeners.size(), 1);
    const ListeningSockets::Listener &l = table.listeners.first();
    QCOMPARE(l.address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(l.owner, ListeningSockets::Owner::Known);
    QCOMPARE(l.pid, QCoreApplication::applicationPid());
    // Linux keeps 15 characters of the name; Windows the image's file name, with ".exe".
    QVERIFY2(QStringLiteral("tst_listeningsockets").startsWith(l.program.left(15)) ||
                 l.program.startsWith(QLatin1String("tst_listeningsockets")),
             qPrintable(l.program));
    QVERIFY(ListeningSockets::ownerText(l).contains(QString::number(l.pid)));
}

void TestListeningSockets::nothingListening()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    QVERIFY(ListeningSockets::onPort(port).listeners.isEmpty());
}

void TestListeningSockets::ownerTexts()
{
    ListeningSockets::Listener l;
    l.owner = ListeningSockets::Owner::Known;
    l.pid = 11213;
    l.program = QStringLiteral("sshd");
    QCOMPARE(ListeningSockets::ownerText(l), QStringLiteral("sshd (PID 11213)"));
    l.owner = ListeningSockets::Owner::Hidden;
    QVERIFY(ListeningSockets::ownerText(l).contains(QLatin1String("may not inspect")));
    QVERIFY(!ListeningSockets::ownerText(l).contains(QLatin1String("sshd")));
}

QTEST_GUILESS_MAIN(TestListeningSockets)
#include "tst_listeningsockets.moc"
