#pragma once

#include "client/AttemptResult.h"
#include "client/ExplainQuery.h"
#include "net/Target.h"

#include <QList>

#include <optional>

// Everything one Connect did: the target, the name lookup, each address tried in order.
struct RunResult
{
    Target target;
    bool lookupDone = false;
    bool lookupTimedOut = false;
    QString lookupError;          // QHostInfo's precise text, when the lookup failed
    QList<QHostAddress> resolved; // in the resolver's order
    QList<AttemptResult> attempts;
    QList<QHostAddress> untried; // left when the run's time ran out or one address greeted
    qint64 elapsedUsecs = 0;
    bool cancelled = false;
    // The question to the refusing host's explain service: asked only when the decisive
    // attempt was refused by another host, and explaining was not turned off.
    std::optional<ExplainQuery::Result> explain;

    bool ok() const;
    // The attempt that decided the run: the one that greeted, else the last one made.
    const AttemptResult *decisive() const;
    // The error to show for the run as a whole (Qt name, text, OS code).
    SocketErrorInfo error() const;
};
