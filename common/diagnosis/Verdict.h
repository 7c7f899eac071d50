#pragma once

#include "client/AttemptResult.h"
#include "diagnosis/Diagnosis.h"
#include "net/Target.h"

#include <QCoreApplication>
#include <QString>

// A diagnosis as a person reads it at a glance, from across a room: the outcome in a word or
// two, the cause in one sentence, the fix in one sentence and, where one helps, a command to
// copy. The full account (evidence, every step) stays in Diagnosis and RunReport.
class Verdict final
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)

public:
    // What the verdict means for the reader; the window picks colour and symbol from it.
    enum class Tone {
        Success, // it worked
        Failure, // a definite "no": refused, not found, not dialled
        Silence, // no answer, or an answer that was not a greeting
        Neutral  // nothing decided: cancelled, unknown, idle
    };

    Tone tone = Tone::Neutral;
    QString outcome; // "Greeted", "Refused", "No answer", …
    QString cause;   // one sentence
    QString fix;     // one sentence; empty when there is nothing to do
    QString command; // a command line to copy; empty when none helps

    // `service` says what a reachable service did in its banner window; it only matters when
    // the cause is ok (a greeting is BindLab's answer, any other completed handshake is
    // "Reachable").
    static Verdict of(const Diagnosis &diagnosis, const Target &target,
                      AttemptResult::Service service = AttemptResult::Service::Greeted);
    static QString outcomeOf(Diagnosis::Cause cause);
    static Tone toneOf(Diagnosis::Cause cause);

private:
    static QString causeOf(const Diagnosis &diagnosis, const Target &target);
    static QString reachableCause(AttemptResult::Service service, const Target &target);
    static QString commandOf(Diagnosis::Cause cause, const Target &target);
};
