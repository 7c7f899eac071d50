#pragma once

#include "client/RunResult.h"
#include "net/ExplainMessage.h"
#include "net/TargetParser.h"
#include "platform/ListeningSockets.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

// Why a connection ended the way it did, from evidence, in plain words, with what to do next.
// The cause is a closed vocabulary shared by the window, JSON and tests; when the evidence does
// not decide, the cause is Unknown and the summary says so rather than guess.
class Diagnosis final
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)

public:
    enum class Cause {
        Ok,
        LoopbackOnly,     // it listens here, on loopback only: the article's bug
        OtherAddressOnly, // it listens here, on another of this machine's addresses
        WrongFamily,      // it listens here, only in the other IP family
        NothingListening, // one of this machine's addresses, nothing on that port
        RemoteRefused,    // another host answered the connect with a reset
        Filtered,         // no answer until the timeout: packets dropped
        HostUnreachable,
        NetworkUnreachable,
        HostNotFound,
        ScopeMissing,     // link-local without a usable scope
        InvalidInput,     // the address could not be parsed; nothing was dialled
        FirewallRejected, // a firewall answered the connect with a rejection (ICMP, EACCES)
        Cancelled,
        Unknown
    };
    Q_ENUM(Cause)

    // What this machine knows about itself, gathered by the caller (so tests can fake it).
    struct LocalFacts
    {
        QList<QHostAddress> ownAddresses;
        ListeningSockets::Table listeners;

        static LocalFacts gather(quint16 port);
        // Only what this run's diagnosis reads: the socket table only when this machine itself
        // refused, or accepted (to name the program that did, where the platform can). Where the
        // table is a probe (macOS), reading it connects to the server, which a run that needs no
        // table must not do.
        static LocalFacts gather(const RunResult &run);
    };

    Cause cause = Cause::Unknown;
    QString summary;
    QStringList evidence;
    QStringList steps;
    // This machine's listeners on the port, when the diagnosis read them (JSON "listener").
    QList<ListeningSockets::Listener> listeners;
    // The refusing host's BindLab server answered why: the cause is its word, and
    // serverAnswer holds what it said (where it listens, its hostname).
    bool confirmedByServer = false;
    ExplainMessage::Answer serverAnswer;

    // A "No route to host" this fast came from a host that is up: a firewall's rejection. A
    // missing neighbour takes about 3 s (ARP or neighbour discovery giving up).
    static constexpr qint64 kFastRejectionUsecs = 1000000;

    QString causeCode() const { return codeOf(cause); }
    // "loopback-only", …: the names in kebab case, the JSON contract.
    static QString codeOf(Cause cause);
    static QList<Cause> allCauses();

    static Diagnosis ofRun(const RunResult &run, const LocalFacts &facts);
    static Diagnosis ofRejection(const TargetParser::Result &parsed);
};
