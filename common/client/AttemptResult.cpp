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
    case Outcome::KeptOpen:
        return QStringLiteral("kept-open");
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
    case Outcome::KeptOpen:
        return tr("%1 accepted and kept the connection open (%n byte(s) arrived).", nullptr,
                  int(received.size()))
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

AttemptResult::Service AttemptResult::service() const
{
    if (!connected)
        return Service::None;
    switch (outcome) {
    case Outcome::ResetAfterData:
        return Service::Reset;
    case Outcome::Cancelled:
        return Service::Unknown;
    case Outcome::ClosedWithoutData:
        return Service::Closed;
    default:
        break;
    }
    if (received.isEmpty())
        return Service::Silent;
    if (sentBytes > 0)
        return Service::Answered;
    // A peer that filled the cap kept sending: it did not close either.
    return outcome == Outcome::Greeting ? Service::Greeted : Service::Banner;
}

QString AttemptResult::serviceCode(Service service)
{
    switch (service) {
    case Service::None:
        return QStringLiteral("none");
    case Service::Greeted:
        return QStringLiteral("greeted");
    case Service::Banner:
        return QStringLiteral("banner");
    case Service::Silent:
        return QStringLiteral("silent");
    case Service::Answered:
        return QStringLiteral("answered");
    case Service::Closed:
        return QStringLiteral("closed");
    case Service::Reset:
        return QStringLiteral("reset");
    case Service::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString AttemptResult::serviceText() const
{
    switch (service()) {
    case Service::None:
        return {};
    case Service::Greeted:
        return tr("It sent a greeting and closed the connection.");
    case Service::Banner:
        return tr("It sent a banner and kept the connection open, waiting for the client.");
    case Service::Silent:
        return sentBytes > 0 ? tr("It sent nothing back to what was sent.")
                             : tr("It sent nothing: it waits for the client to speak first "
                                  "(as web servers, TLS and most databases do).");
    case Service::Answered:
        return tr("It answered what was sent.");
    case Service::Closed:
        return tr("It closed the connection at once without sending anything: a server turning "
                  "this client away does this.");
    case Service::Reset:
        return tr("It reset the connection after accepting it.");
    case Service::Unknown:
        return tr("Cancelled before the service showed what it does.");
    }
    return {};
}
