#include "client/RunResult.h"

bool RunResult::ok() const
{
    for (const AttemptResult &a : attempts) {
        if (a.ok())
            return true;
    }
    return false;
}

const AttemptResult *RunResult::decisive() const
{
    for (const AttemptResult &a : attempts) {
        if (a.ok())
            return &a;
    }
    return attempts.isEmpty() ? nullptr : &attempts.last();
}

SocketErrorInfo RunResult::error() const
{
    if (!lookupError.isEmpty() || lookupTimedOut)
        return SocketErrorInfo::hostNotFound(lookupError);
    if (const AttemptResult *a = decisive())
        return a->error;
    return {};
}
