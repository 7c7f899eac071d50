#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// One address a server can listen on, with honest words for who it lets in.
// The key is what `--bind` takes and what settings store; label() and reach() are for people.
class BindChoice final
{
    Q_DECLARE_TR_FUNCTIONS(BindChoice)

public:
    enum class Kind {
        AnyDualStack,     // QHostAddress::Any: IPv4 and IPv6 on every interface
        AnyIPv4,          // 0.0.0.0
        AnyIPv6,          // ::, which Qt makes IPv6-only
        LoopbackIPv4,     // 127.0.0.1
        LoopbackIPv6,     // ::1
        Hostname,         // whatever the machine's own name resolves to: the classic mistake
        InterfaceAddress, // one address of one interface
        ForeignAddress    // typed by hand and not on this machine: listening will fail
    };

    Kind kind = Kind::AnyDualStack;
    QString key;
    QHostAddress address;  // what is bound; null for a hostname that resolves to nothing
    QString interfaceName; // for InterfaceAddress
    QString hostName;      // for Hostname
    QString hostLookupError;

    static BindChoice make(Kind kind);
    static BindChoice forInterfaceAddress(const QString &interfaceName,
                                          const QHostAddress &address);
    static BindChoice forHostname(const QString &hostName, const QList<QHostAddress> &resolved,
                                  const QString &lookupError);
    static BindChoice forForeignAddress(const QHostAddress &address);

    bool isValid() const { return !address.isNull() || kind == Kind::Hostname; }
    bool canListen() const { return !address.isNull(); }
    bool isDualStack() const { return kind == Kind::AnyDualStack; }
    bool isWildcard() const;
    // True when only programs on this machine can ever reach it.
    bool isLoopbackOnly() const;
    bool isLinkLocal() const;

    // "0.0.0.0", "::", "fe80::1%eth0", "any (IPv4 and IPv6)"
    QString addressText() const;
    // "All IPv4 interfaces (0.0.0.0)"
    QString label() const;
    // "Every host that can reach this machine over IPv4. IPv6 clients are refused."
    QString reach() const;
    // A warning to show before Start, or "" when there is none.
    QString warning() const;

    bool operator==(const BindChoice &other) const
    {
        return kind == other.kind && key == other.key && address == other.address;
    }
};
