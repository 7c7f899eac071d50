#include "platform/ListeningSockets.h"

#include <QFile>
#include <QtEndian>
#include <cstring>

namespace {

// /proc/net/tcp{,6} lines: "sl local_address rem_address st ...", addresses in hex as the
// kernel stores them (network order bytes, printed per 32-bit word in host order).
constexpr int kListenState = 0x0A;

QHostAddress parseAddress(const QByteArray &hex)
{
    if (hex.size() == 8) {
        bool ok = false;
        const quint32 word = hex.toUInt(&ok, 16);
        if (!ok)
            return {};
        // The word's bytes in this machine's memory are the address in network order.
        return QHostAddress(qFromBigEndian<quint32>(&word));
    }
    if (hex.size() == 32) {
        Q_IPV6ADDR bytes;
        for (qsizetype w = 0; w < 4; ++w) {
            bool ok = false;
            const quint32 word = hex.mid(w * 8, 8).toUInt(&ok, 16);
            if (!ok)
                return {};
            // Each word was printed from memory as a host integer: its bytes are as stored.
            std::memcpy(bytes.c + w * 4, &word, 4);
        }
        return QHostAddress(bytes);
    }
    return {};
}

void readTable(const QString &path, quint16 port, ListeningSockets::Table *table)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    table->known = true;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 4)
            continue;
        bool ok = false;
        if (fields.at(3).toInt(&ok, 16) != kListenState || !ok)
            continue;
        const QList<QByteArray> local = fields.at(1).split(':');
        if (local.size() != 2)
            continue;
        const quint16 listenPort = quint16(local.at(1).toUInt(&ok, 16));
        if (!ok || listenPort != port)
            continue;
        const QHostAddress address = parseAddress(local.at(0));
        if (!address.isNull())
            table->listeners << ListeningSockets::Listener{address, listenPort};
    }
}

} // namespace

namespace ListeningSockets {

Table onPort(quint16 port)
{
    Table table;
    table.source = QStringLiteral("/proc/net/tcp");
    readTable(QStringLiteral("/proc/net/tcp"), port, &table);
    readTable(QStringLiteral("/proc/net/tcp6"), port, &table);
    return table;
}

} // namespace ListeningSockets
