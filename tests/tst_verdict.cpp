#include "diagnosis/Verdict.h"

#include <QTest>

// The verdict a window shows first: every cause has its few words and one sentence, the tone
// tells success from failure from silence, and a command is offered where one helps.
class TestVerdict final : public QObject
{
    Q_OBJECT

private slots:
    void everyCauseHasWordsAndATone();
    void refusedHereOffersTheServerCommand();
    void greetedNeedsNoFix();
    void unknownKeepsTheDiagnosisSummary();
};

namespace {

Target loopbackTarget(quint16 port)
{
    Target t;
    t.input = QStringLiteral("127.0.0.1");
    t.host = t.input;
    t.literal = QHostAddress(QHostAddress::LocalHost);
    t.port = port;
    return t;
}

} // namespace

void TestVerdict::everyCauseHasWordsAndATone()
{
    for (const Diagnosis::Cause cause : Diagnosis::allCauses()) {
        Diagnosis d;
        d.cause = cause;
        d.summary = QStringLiteral("summary");
        const Verdict v = Verdict::of(d, loopbackTarget(9));
        const QString code = Diagnosis::codeOf(cause);
        QVERIFY2(!v.outcome.isEmpty() && v.outcome.size() <= 20, qPrintable(code));
        QVERIFY2(!v.cause.isEmpty(), qPrintable(code));
        // One sentence: a single full stop, at the end.
        QVERIFY2(v.cause.count(QLatin1String(". ")) == 0,
                 qPrintable(code + QLatin1Char(' ') + v.cause));
    }
    QCOMPARE(Verdict::toneOf(Diagnosis::Cause::Ok), Verdict::Tone::Success);
    QCOMPARE(Verdict::toneOf(Diagnosis::Cause::NothingListening), Verdict::Tone::Failure);
    QCOMPARE(Verdict::toneOf(Diagnosis::Cause::Filtered), Verdict::Tone::Silence);
    QCOMPARE(Verdict::toneOf(Diagnosis::Cause::Cancelled), Verdict::Tone::Neutral);
    QCOMPARE(Verdict::outcomeOf(Diagnosis::Cause::LoopbackOnly), QStringLiteral("Refused"));
    QCOMPARE(Verdict::outcomeOf(Diagnosis::Cause::Filtered), QStringLiteral("No answer"));
}

void TestVerdict::refusedHereOffersTheServerCommand()
{
    Diagnosis d;
    d.cause = Diagnosis::Cause::LoopbackOnly;
    d.steps << QStringLiteral("Bind the server to all interfaces.") << QStringLiteral("Second.");
    Target t = loopbackTarget(4242);
    t.host = QStringLiteral("192.0.2.2");
    const Verdict v = Verdict::of(d, t);
    QCOMPARE(v.outcome, QStringLiteral("Refused"));
    QVERIFY(v.cause.contains(QStringLiteral("192.0.2.2")));
    // The first step is the fix; the others stay in the full diagnosis.
    QCOMPARE(v.fix, QStringLiteral("Bind the server to all interfaces."));
    QCOMPARE(v.command, QStringLiteral("bindlab-server --bind any --port 4242 --start"));
}

void TestVerdict::greetedNeedsNoFix()
{
    Diagnosis d;
    d.cause = Diagnosis::Cause::Ok;
    const Verdict v = Verdict::of(d, loopbackTarget(12397));
    QCOMPARE(v.tone, Verdict::Tone::Success);
    QCOMPARE(v.outcome, QStringLiteral("Greeted"));
    QVERIFY(v.cause.contains(QStringLiteral("127.0.0.1:12397")));
    QVERIFY(v.fix.isEmpty());
    QVERIFY(v.command.isEmpty());
}

void TestVerdict::unknownKeepsTheDiagnosisSummary()
{
    Diagnosis d;
    d.cause = Diagnosis::Cause::Unknown;
    d.summary =
        QStringLiteral("The connection failed with X; BindLab has no rule that explains it.");
    const Verdict v = Verdict::of(d, loopbackTarget(9));
    QCOMPARE(v.cause, d.summary);
    QCOMPARE(v.outcome, QStringLiteral("Failed"));
}

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
