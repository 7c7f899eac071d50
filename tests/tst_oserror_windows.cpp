#include "platform/OsError.h"
#include "platform/OsErrorTable_win.h"

#include <QHash>
#include <QSet>
#include <QTest>

// The Windows error table is plain data, so it is checked here on every platform; the
// mingw-w64 test in tests/cross checks its numbers against <winerror.h>.
class TestOsErrorWindows final : public QObject
{
    Q_OBJECT

private slots:
    void knownCodes_data();
    void knownCodes();
    void everyKindHasACode();
    void codesAndNamesAreUnique();
    void namesAreWinsockNames();
    void kindsAgreeWithPosix();
    void osErrorUsesTheTableOnWindows();
};

using Kind = OsError::Kind;

void TestOsErrorWindows::knownCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Kind>("kind");
    const auto row = [](int code, const char *name, Kind kind) {
        QTest::newRow(name) << code << QString::fromLatin1(name) << kind;
    };
    // Numbers as Microsoft documents them (Windows Sockets Error Codes).
    row(10061, "WSAECONNREFUSED", Kind::Refused);
    row(10060, "WSAETIMEDOUT", Kind::TimedOut);
    row(10065, "WSAEHOSTUNREACH", Kind::HostUnreachable);
    row(10064, "WSAEHOSTDOWN", Kind::HostUnreachable);
    row(10051, "WSAENETUNREACH", Kind::NetworkUnreachable);
    row(10050, "WSAENETDOWN", Kind::NetworkUnreachable);
    row(10048, "WSAEADDRINUSE", Kind::AddressInUse);
    row(10049, "WSAEADDRNOTAVAIL", Kind::AddressNotAvailable);
    row(10013, "WSAEACCES", Kind::AccessDenied);
    row(10054, "WSAECONNRESET", Kind::ConnectionReset);
    row(10053, "WSAECONNABORTED", Kind::ConnectionReset);
    row(10022, "WSAEINVAL", Kind::InvalidArgument);
    row(10047, "WSAEAFNOSUPPORT", Kind::FamilyNotSupported);
    row(10024, "WSAEMFILE", Kind::TooManyOpenFiles);
    row(10055, "WSAENOBUFS", Kind::NoBuffers);
    row(10035, "WSAEWOULDBLOCK", Kind::WouldBlock);
    row(10036, "WSAEINPROGRESS", Kind::InProgress);
    row(10037, "WSAEALREADY", Kind::InProgress);
    row(10038, "WSAENOTSOCK", Kind::Other);
    row(10056, "WSAEISCONN", Kind::Other);
    row(10057, "WSAENOTCONN", Kind::Other);
    row(10093, "WSANOTINITIALISED", Kind::Other);
}

void TestOsErrorWindows::knownCodes()
{
    QFETCH(int, code);
    QFETCH(QString, name);
    QFETCH(Kind, kind);
    const OsErrorTableWin::Entry *entry = OsErrorTableWin::find(code);
    QVERIFY(entry);
    QCOMPARE(QString::fromLatin1(entry->name), name);
    QCOMPARE(entry->kind, kind);
}

void TestOsErrorWindows::everyKindHasACode()
{
    QCOMPARE(OsErrorTableWin::codeOf(Kind::None), 0);
    for (int k = int(Kind::None) + 1; k <= int(Kind::Other); ++k) {
        const auto kind = Kind(k);
        const int code = OsErrorTableWin::codeOf(kind);
        QVERIFY2(code != 0, qPrintable(QStringLiteral("no code for kind %1").arg(k)));
        QCOMPARE(OsErrorTableWin::find(code)->kind, kind);
    }
    // The code the diagnosis and tests use for each kind is the usual one, not a rare relative.
    QCOMPARE(OsErrorTableWin::codeOf(Kind::Refused), OsErrorTableWin::kWsaEconnrefused);
    QCOMPARE(OsErrorTableWin::codeOf(Kind::HostUnreachable), OsErrorTableWin::kWsaEhostunreach);
    QCOMPARE(OsErrorTableWin::codeOf(Kind::ConnectionReset), OsErrorTableWin::kWsaEconnreset);
    QCOMPARE(OsErrorTableWin::codeOf(Kind::InProgress), OsErrorTableWin::kWsaEinprogress);
    QVERIFY(!OsErrorTableWin::find(0));
    QVERIFY(!OsErrorTableWin::find(111)); // ECONNREFUSED on Linux means nothing to Winsock
}

void TestOsErrorWindows::codesAndNamesAreUnique()
{
    QSet<int> codes;
    QSet<QString> names;
    for (const OsErrorTableWin::Entry &e : OsErrorTableWin::entries()) {
        QVERIFY2(!codes.contains(e.code), e.name);
        QVERIFY2(!names.contains(QString::fromLatin1(e.name)), e.name);
        codes.insert(e.code);
        names.insert(QString::fromLatin1(e.name));
    }
    QCOMPARE(qsizetype(codes.size()), qsizetype(OsErrorTableWin::entries().size()));
}

void TestOsErrorWindows::namesAreWinsockNames()
{
    for (const OsErrorTableWin::Entry &e : OsErrorTableWin::entries()) {
        const QString name = QString::fromLatin1(e.name);
        QVERIFY2(name.startsWith(QLatin1String("WSA")), e.name);
        // Winsock's socket errors are WSABASEERR (10000) plus the BSD errno they mirror.
        QVERIFY2(e.code > 10000 && e.code < 10200, e.name);
        QVERIFY2(e.kind != Kind::None, e.name);
    }
}

void TestOsErrorWindows::kindsAgreeWithPosix()
{
#ifdef Q_OS_WIN
    QSKIP("OsError is the Windows table itself here; the POSIX names exist on other platforms.");
#else
    // The same BSD error must mean the same to the diagnosis on every platform:
    // WSAECONNREFUSED and ECONNREFUSED are both Refused.
    QHash<QString, Kind> posix;
    for (int code = 1; code < 256; ++code) {
        const QString name = OsError::name(code);
        if (!name.startsWith(QLatin1String("E?")))
            posix.insert(name, OsError::kind(code));
    }
    QVERIFY(posix.contains(QStringLiteral("ECONNREFUSED")));
    int compared = 0;
    for (const OsErrorTableWin::Entry &e : OsErrorTableWin::entries()) {
        const QString bsd =
            QString::fromLatin1(e.name).mid(3); // "WSAECONNREFUSED" -> "ECONNREFUSED"
        if (!posix.contains(bsd))
            continue;
        QVERIFY2(posix.value(bsd) == e.kind, e.name);
        ++compared;
    }
    QVERIFY(compared >= 20);
#endif
}

void TestOsErrorWindows::osErrorUsesTheTableOnWindows()
{
#ifndef Q_OS_WIN
    QSKIP("OsError names Windows codes only on Windows; the table itself is tested above.");
#else
    QCOMPARE(OsError::name(10061), QStringLiteral("WSAECONNREFUSED"));
    QCOMPARE(OsError::kind(10061), Kind::Refused);
    QCOMPARE(OsError::code(Kind::Refused), 10061);
    QCOMPARE(OsError::name(0), QString());
    QCOMPARE(OsError::name(99999), QStringLiteral("E?99999"));
    QVERIFY(!OsError::description(10061).isEmpty());
#endif
}

QTEST_GUILESS_MAIN(TestOsErrorWindows)
#include "tst_oserror_windows.moc"
