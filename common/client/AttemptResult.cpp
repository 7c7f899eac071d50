#include "client/AttemptResult.h"

#include "net/AddressText.h"

QString AttemptResult::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Greeting:
        return QStringLiteral("greeting");
    case Outcome::GreetingTruncated:
        return QStringLiteral("greeting-truncated");
    case Outcome::ClosedWithoutData:
        return QStringLiteral("closed-without-data");
    case Outcome::ResetAfterData:
        return QStringLiteral("reset");
    case Outcome::ReadDeadline:
        return QStringLiteral("read-deadline");
    case Outcome::ConnectFailed:
        return QStringLiteral("connect-failed");
    case Outcome::ConnectTimedOut:
        return QStringLiteral("connect-timeout");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString AttemptResult::outcomeText() const
{
    const QString where = AddressText::withPort(address, port);
    const double ms = double(elapsedUsecs) / 1000.0;
    switch (outcome) {
    case Outcome::Greeting:
        return tr("%1 greeted with %n byte(s) and closed.", nullptr, int(received.size()))
            .arg(where);
    case Outcome::GreetingTruncated:
        return tr("%1 sent more than %n byte(s); reading stopped at the cap.", nullptr,
                  int(received.size()))
            .arg(where);
    case Outcome::ClosedWithoutData:
        return tr("%1 accepted the connection and closed it without sending anything.").arg(where);
    case Outcome::ResetAfterData:
        return tr("%1 reset the connection after %n byte(s).", nullptr, int(received.size()))
            .arg(where);
    case Outcome::ReadDeadline:
        return tr("%1 accepted but did not finish sending within the read deadline (%n byte(s) "
                  "arrived).",
                  nullptr, int(received.size()))
            .arg(where);
    case Outcome::ConnectFailed:
        return tr("%1: %2 after %3 ms.").arg(where, error.summary(), QString::number(ms, 'f', 3));
    case Outcome::ConnectTimedOut:
        return tr("%1: no answer within %2 ms.").arg(where, QString::number(ms, 'f', 0));
    case Outcome::Cancelled:
        return tr("%1: cancelled.").arg(where);
    }
    return {};
}
