#include "client/RunReport.h"

#include "client/ServiceHint.h"
#include "net/AddressText.h"
#include "net/PeerText.h"

QString RunReport::milliseconds(qint64 usecs)
{
    return tr("%1 ms").arg(QString::number(double(usecs) / 1000.0, 'f', 3));
}

QString RunReport::headline(const RunResult &run)
{
    if (run.ok())
        return tr("Reachable: %1 accepted the connection")
            .arg(AddressText::withPort(run.decisive()->address, run.decisive()->port));
    if (run.cancelled)
        return tr("Cancelled");
    if (!run.lookupError.isEmpty())
        return tr("Host not found: %1").arg(run.target.host);
    const AttemptResult *a = run.decisive();
    if (!a)
        return tr("Nothing was tried");
    if (a->outcome == AttemptResult::Outcome::ConnectTimedOut)
        return tr("No answer (timed out)");
    return a->error.qtText;
}

QStringList RunReport::errorFacts(const RunResult &run)
{
    QStringList lines;
    const SocketErrorInfo error = run.error();
    if (run.ok() || error.isNull())
        return lines;
    lines << tr("Qt error: %1").arg(error.errorName());
    lines << tr("Qt text: %1").arg(error.qtText);
    lines << tr("OS error: %1")
                 .arg(error.osError ? error.osErrorName()
                                    : tr("none (decided by BindLab's timer or the resolver)"));
    lines << tr("Time: %1").arg(milliseconds(run.elapsedUsecs));
    return lines;
}

QStringList RunReport::attemptLines(const RunResult &run)
{
    QStringList lines;
    if (!run.target.isLiteral() && run.lookupDone && run.lookupError.isEmpty()) {
        QStringList resolved;
        for (const QHostAddress &a : run.resolved)
            resolved << AddressText::plain(a);
        lines << tr("%1 resolved to %2").arg(run.target.host, resolved.join(QLatin1String(", ")));
    }
    for (int i = 0; i < run.attempts.size(); ++i)
        lines << tr("Attempt %1: %2").arg(i + 1).arg(run.attempts.at(i).outcomeText());
    for (const QHostAddress &u : run.untried)
        lines << tr("Not tried: %1").arg(AddressText::withPort(u, run.target.port));
    return lines;
}

QStringList RunReport::diagnosisLines(const Diagnosis &d)
{
    QStringList lines;
    lines << tr("Diagnosis (%1): %2").arg(d.causeCode(), d.summary);
    for (const QString &e : d.evidence)
        lines << tr("  Evidence: %1").arg(e);
    for (int i = 0; i < d.steps.size(); ++i)
        lines << tr("  Next step %1: %2").arg(i + 1).arg(d.steps.at(i));
    return lines;
}

QStringList RunReport::lines(const RunResult &run, const Diagnosis &diagnosis)
{
    QStringList lines;
    // The answer to "can I reach it?" comes first; what the service did follows.
    if (run.ok()) {
        const AttemptResult *a = run.decisive();
        lines
            << tr("%1 (in %2).").arg(headline(run), milliseconds(qMax<qint64>(0, a->connectUsecs)));
        lines << a->serviceText();
        if (!a->received.isEmpty())
            lines << tr("Received: %1").arg(PeerText::escape(a->received));
        if (a->outcome == AttemptResult::Outcome::GreetingTruncated)
            lines << tr("(cut at %n byte(s))", nullptr, int(a->received.size()));
        lines << ServiceHint::of(a->received, a->port).lines();
    }
    lines << tr("Target: %1").arg(run.target.dialText());
    for (const QString &note : run.target.notes)
        lines << tr("Note: %1").arg(note);
    if (run.ok()) {
        lines << tr("Time: %1").arg(milliseconds(run.elapsedUsecs));
    } else {
        lines << tr("Failed: %1").arg(headline(run));
        lines << errorFacts(run);
    }
    lines << attemptLines(run);
    lines << diagnosisLines(diagnosis);
    return lines;
}
