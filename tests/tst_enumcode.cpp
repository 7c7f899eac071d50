#include "app/EnumCode.h"
#include "diagnosis/Diagnosis.h"
#include "net/TargetParser.h"
#include "reachability/ReachabilityRow.h"

#include <QTest>

class TestEnumCode final : public QObject
{
    Q_OBJECT

private slots:
    void kebabCodes_data();
    void kebabCodes();
    void codesOfTheVocabularies();
};

// The JSON codes are the enum names in kebab case; acronyms stay whole.
void TestEnumCode::kebabCodes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("one word") << QStringLiteral("Ok") << QStringLiteral("ok");
    QTest::newRow("two") << QStringLiteral("LoopbackOnly") << QStringLiteral("loopback-only");
    QTest::newRow("acronym") << QStringLiteral("AmbiguousIPv4") << QStringLiteral("ambiguous-ipv4");
    QTest::newRow("acronym first") << QStringLiteral("IPv6Only") << QStringLiteral("ipv6-only");
    QTest::newRow("empty") << QString() << QString();
}

void TestEnumCode::kebabCodes()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    const QByteArray latin1 = name.toLatin1();
    QCOMPARE(EnumCode::kebab(latin1.constData()), code);
}

// The codes are the JSON contract: spelled out here, byte for byte.
void TestEnumCode::codesOfTheVocabularies()
{
    QStringList causes;
    for (Diagnosis::Cause c : Diagnosis::allCauses())
        causes << Diagnosis::codeOf(c);
    QCOMPARE(causes,
             QStringList({QStringLiteral("ok"), QStringLiteral("loopback-only"),
                          QStringLiteral("other-address-only"), QStringLiteral("wrong-family"),
                          QStringLiteral("nothing-listening"), QStringLiteral("remote-refused"),
                          QStringLiteral("filtered"), QStringLiteral("host-unreachable"),
                          QStringLiteral("network-unreachable"), QStringLiteral("host-not-found"),
                          QStringLiteral("scope-missing"), QStringLiteral("invalid-input"),
                          QStringLiteral("firewall-rejected"), QStringLiteral("cancelled"),
                          QStringLiteral("unknown")}));
    QStringList reasons;
    for (ReachabilityRow::Reason r : ReachabilityRow::allReasons())
        reasons << ReachabilityRow::codeOf(r);
    QCOMPARE(reasons,
             QStringList({QStringLiteral("reachable"), QStringLiteral("bound-elsewhere"),
                          QStringLiteral("other-family"), QStringLiteral("link-local-needs-scope"),
                          QStringLiteral("loopback-only"), QStringLiteral("filtered-or-timeout"),
                          QStringLiteral("unknown")}));
    using R = TargetParser::Rejection;
    const QList<QPair<R, QString>> rejections = {
        {R::None, QStringLiteral("ok")},
        {R::Empty, QStringLiteral("empty")},
        {R::ControlCharacter, QStringLiteral("control-character")},
        {R::BadCharacter, QStringLiteral("bad-character")},
        {R::NameTooLong, QStringLiteral("name-too-long")},
        {R::LabelTooLong, QStringLiteral("label-too-long")},
        {R::AmbiguousIPv4, QStringLiteral("ambiguous-ipv4")},
        {R::BadIPv4, QStringLiteral("bad-ipv4")},
        {R::BadIPv6, QStringLiteral("bad-ipv6")},
        {R::UnclosedBracket, QStringLiteral("unclosed-bracket")},
        {R::BadPort, QStringLiteral("bad-port")},
        {R::ScopeMissing, QStringLiteral("scope-missing")},
        {R::UnknownScope, QStringLiteral("unknown-scope")},
        {R::ScopeNotAllowed, QStringLiteral("scope-not-allowed")},
        {R::NormalisedForm, QStringLiteral("normalised-form")},
        {R::BadUrl, QStringLiteral("bad-url")}};
    for (const auto &[rejection, code] : rejections)
        QCOMPARE(TargetParser::rejectionCode(rejection), code);
}

QTEST_GUILESS_MAIN(TestEnumCode)
#include "tst_enumcode.moc"
