#include "platform/ListeningSockets.h"

#include "platform/NativeSocket.h"

#include <QNetworkInterface>

namespace {

// A machine with more addresses than this is rare; the cap keeps one probe's cost bounded
// (and within select()'s set size on Windows).
constexpr int kMaxAddresses = 64;

} // namespace

namespace ListeningSockets {

QList<QHostAddress> probeAddresses()
{
    QList<QHostAddress> addresses{QHostAddress(QHostAddress::LocalHost),
                                  QHostAddress(QHostAddress::LocalHostIPv6)};
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!addresses.contains(address))
            addresses << address;
    }
    return addresses;
}

Table probe(quint16 port, const QList<QHostAddress> &addresses, int budgetMs)
{
    Table table;
    table.source = QStringLiteral("probe");
    if (port == 0)
        return table; // nothing can be connected to on port 0: unknown, not "nothing listens"
    table.known = true;

    QList<QHostAddress> tried;
    QList<NativeSocket::Descriptor> descriptors;
    for (const QHostAddress &address : addresses) {
        if (address.isNull() || tried.contains(address) || tried.size() >= kMaxAddresses)
            continue;
        // A connect that fails at once (no such family, a link-local address without its
        // interface) simply is not accepting; its descriptor stays invalid.
        tried << address;
        descriptors << NativeSocket::startConnect(address, port).descriptor;
    }

    const QList<bool> finished = NativeSocket::waitForConnects(descriptors, budgetMs);
    for (qsizetype i = 0; i < descriptors.size(); ++i) {
        const NativeSocket::Descriptor descriptor = descriptors.at(i);
        if (descriptor == NativeSocket::kInvalid)
            continue;
        if (finished.at(i) && NativeSocket::pendingError(descriptor) == 0) {
            // A connection says nothing about who accepted it: the owner stays unknown.
            Listener listener;
            listener.address = tried.at(i);
            listener.port = port;
            table.listeners << listener;
        }
        NativeSocket::close(descriptor);
    }
    return table;
}

} // namespace ListeningSockets
