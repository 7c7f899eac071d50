#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

// Something the running server has to tell its operator once, not once per connection: it
// stopped accepting because the process ran out of descriptors (and when it started again),
// the address it listens on went away (and came back), or slow clients filled their quota.
// The window shows message(); the headless mode prints it as a line or a JSON event.
class ServerNotice final
{
    Q_DECLARE_TR_FUNCTIONS(ServerNotice)

public:
    enum class Kind {
        AcceptPaused,   // accept() failed for lack of resources (EMFILE, ENFILE, ENOBUFS…)
        AcceptResumed,  // accepting works again
        AddressGone,    // the listening address is no longer on any interface
        InterfaceDown,  // the interface holding it is down
        AddressBack,    // it is back: clients can reach the listener again
        SlowClientLimit // the quota of slow readers is full: the oldest is reset for a new one
    };

    Kind kind = Kind::AcceptPaused;
    int osError = 0;        // AcceptPaused, AcceptResumed: what accept() said
    qint64 pausedMsecs = 0; // AcceptResumed: how long accepting was off
    int retryMsecs = 0;     // AcceptPaused: when the first retry comes
    QHostAddress address;   // Address*, InterfaceDown
    quint16 port = 0;
    QString interfaceName; // where the address was (or is), when known
    int limit = 0;         // SlowClientLimit

    // "paused", "resumed", "address-gone", "interface-down", "address-back", "limit": the
    // JSON event names, a closed vocabulary shared with tests.
    QString eventName() const;
    // One sentence for people: what happened, what it means for clients, what to do.
    QString message() const;
    // True while the server is degraded: the window keeps the message up until a notice
    // that is not a problem replaces it.
    bool isProblem() const;
};

Q_DECLARE_METATYPE(ServerNotice)
