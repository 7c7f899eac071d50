#pragma once

#include "client/RunResult.h"
#include "diagnosis/Diagnosis.h"

#include <QCoreApplication>
#include <QStringList>

// The readable account of a run, the same in the terminal and in the window: the greeting or
// the exact error, the time, every address tried, then the diagnosis. Peer bytes are escaped.
class RunReport final
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)

public:
    // "Greeting received", "Connection refused", …: one line for a status bar or a title.
    static QString headline(const RunResult &run);
    // Error facts: SocketError name, Qt's text, OS error name, elapsed time.
    static QStringList errorFacts(const RunResult &run);
    static QStringList attemptLines(const RunResult &run);
    static QStringList diagnosisLines(const Diagnosis &diagnosis);
    // Everything above, for the terminal.
    static QStringList lines(const RunResult &run, const Diagnosis &diagnosis);
    static QString milliseconds(qint64 usecs);
};
