#include "server/BindChoices.h"

#include "net/AddressText.h"
#include "net/InterfaceFilter.h"
#include "net/PeerText.h"

QList<BindChoice> BindChoices::enumerate(const QList<QNetworkInterface> &interfaces,
                                         const QHostInfo &hostname)
{
    QList<BindChoice> choices{
        BindChoice::make(BindChoice::Kind::AnyDualStack),
        BindChoice::make(BindChoice::Kind::AnyIPv4),
        BindChoice::make(BindChoice::Kind::AnyIPv6),
        BindChoice::make(BindChoice::Kind::LoopbackIPv4),
        BindChoice::make(BindChoice::Kind::LoopbackIPv6),
    };
    const QString lookupError =
        hostname.error() == QHostInfo::NoError ? QString() : hostname.errorString();
    choices << BindChoice::forHostname(hostname.hostName(), hostname.addresses(), lookupError);

    for (const QNetworkInterface &iface : interfaces) {
        if (!InterfaceFilter::isOffered(InterfaceFilter::factsOf(iface)))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            QHostAddress address = entry.ip();
            if (address.isNull())
                continue;
            // Loopback's own addresses are already offered above under plainer names.
            if (address == QHostAddress(QHostAddress::LocalHost) ||
                address == QHostAddress(QHostAddress::LocalHostIPv6))
                continue;
            if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isLinkLocal() &&
                address.scopeId().isEmpty())
                address.setScopeId(iface.name());
            choices << BindChoice::forInterfaceAddress(iface.humanReadableName(), address);
        }
    }
    return choices;
}

QList<BindChoice> BindChoices::current()
{
    return enumerate(QNetworkInterface::allInterfaces(),
                     QHostInfo::fromName(QHostInfo::localHostName()));
}

QStringList BindChoices::keywords()
{
    return {QStringLiteral("any"),      QStringLiteral("any4"),      QStringLiteral("any6"),
            QStringLiteral("loopback"), QStringLiteral("loopback6"), QStringLiteral("hostname")};
}

BindChoices::Lookup BindChoices::find(const QString &rawKey, const QList<BindChoice> &choices)
{
    const QString key = rawKey.trimmed();
    if (key.isEmpty())
        return {{},
                tr("No bind choice given. Use one of: %1, an interface name or an address.")
                    .arg(keywords().join(QLatin1String(", ")))};

    for (const BindChoice &choice : choices) {
        if (choice.key.compare(key, Qt::CaseInsensitive) == 0) {
            if (!choice.canListen())
                return {choice, tr("The hostname %1 does not resolve to any address: %2")
                                    .arg(choice.hostName, choice.hostLookupError)};
            return {choice, {}};
        }
    }

    // An interface name picks that interface's first IPv4 address, else its first address.
    const BindChoice *byInterface = nullptr;
    for (const BindChoice &choice : choices) {
        if (choice.kind != BindChoice::Kind::InterfaceAddress ||
            choice.interfaceName.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        if (!byInterface || (byInterface->address.protocol() != QAbstractSocket::IPv4Protocol &&
                             choice.address.protocol() == QAbstractSocket::IPv4Protocol))
            byInterface = &choice;
    }
    if (byInterface)
        return {*byInterface, {}};

    QHostAddress address;
    QString text = key;
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    // What was typed is quoted escaped: it may hold anything, a terminal escape included.
    if (!address.setAddress(text))
        return {{},
                tr("Unknown bind choice \"%1\". Use one of: %2, an interface name or an "
                   "address of this machine (see --list-binds).")
                    .arg(PeerText::escape(key.toUtf8()), keywords().join(QLatin1String(", ")))};
    // Qt takes any text after "%" as a scope; the kernel would then answer a bare EINVAL.
    const QString scope = address.scopeId();
    if (!scope.isEmpty() && !AddressText::isKnownScope(scope))
        return {{},
                tr("No interface \"%1\" on this machine: the part after % must name one "
                   "of its interfaces (see --list-binds).")
                    .arg(PeerText::escape(scope.toUtf8()))};
    for (const BindChoice &choice : choices) {
        if (choice.address == address && choice.kind != BindChoice::Kind::Hostname)
            return {choice, {}};
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isLinkLocal() &&
        address.scopeId().isEmpty())
        return {BindChoice::forForeignAddress(address),
                tr("%1 is a link-local IPv6 address: add the interface it belongs to, as in "
                   "%1%%2.")
                    .arg(AddressText::plain(address), QStringLiteral("eth0"))};
    return {BindChoice::forForeignAddress(address), {}};
}
