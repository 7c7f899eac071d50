#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

// Whether a connection to one of this machine's addresses reaches this server, and why not.
// A row is either predicted from the bind choice (before Start) or proved by connecting to the
// address (after Start); a proved row remembers what was predicted, so a difference shows.
struct ReachabilityRow
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ReachabilityRow)

public:
    // Closed vocabulary, shared by the window, JSON ("reason") and tests.
    enum class Reason {
        Reachable,           // the server answers here
        BoundElsewhere,      // it listens on another address of the same family only
        OtherFamily,         // it listens only in the other IP family
        LinkLocalNeedsScope, // a link-local address without its interface cannot be dialled
        LoopbackOnly,        // it listens on loopback only: the classic mistake
        FilteredOrTimeout,   // no answer in time: packets dropped, e.g. by a local firewall
        Unknown              // the evidence does not say
    };
    Q_ENUM(Reason)

    QHostAddress address; // with its scope when link-local
    QString interfaceName;
    quint16 port = 0;
    bool reachable = false;
    Reason reason = Reason::Unknown;
    QString reasonText; // translated, one short sentence: "bound to 127.0.0.1 only"
    QString evidence;   // proved: what the connection saw; predicted: the rule applied
    QString osError;    // "ECONNREFUSED" when a failed connect proved it, else ""
    bool proved = false;
    bool predictedReachable = false;

    QString family() const;
    QString reasonCode() const { return codeOf(reason); }
    bool differsFromPrediction() const { return proved && reachable != predictedReachable; }
    // Same verdict and same reason; what two rows for one address must share when the
    // prediction was right.
    bool sameVerdict(const ReachabilityRow &other) const
    {
        return address == other.address && reachable == other.reachable && reason == other.reason;
    }

    // "Reachable at 127.0.0.1:12397 (lo) — yes" / "… — no: bound to … only (ECONNREFUSED)"
    QString line() const;

    static QString codeOf(Reason reason);
    static QList<Reason> allReasons();
};
