#include "platform/ListeningSockets.h"

#include <QFile>
#include <QHash>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <unistd.h>

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

// The socket's inode per listener, in the same order, to find its owner in /proc/PID/fd.
using Inodes = QList<quint64>;

void readTable(const QString &path, quint16 port, ListeningSockets::Table *table, Inodes *inodes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    table->known = true;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 10)
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
        if (address.isNull())
            continue;
        ListeningSockets::Listener listener;
        listener.address = address;
        listener.port = listenPort;
        table->listeners << listener;
        inodes->append(fields.at(9).toULongLong());
    }
}

bool isNumber(const char *name)
{
    if (!*name)
        return false;
    for (; *name; ++name) {
        if (*name < '0' || *name > '9')
            return false;
    }
    return true;
}

QString programName(const QByteArray &pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid)));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(comm.readAll().trimmed());
}

// Reads one process's descriptors; every one that is a wanted socket gets this process as its
// owner. False when this user may not read them.
bool scanProcess(const QByteArray &pid, const QHash<quint64, qsizetype> &wanted,
                 QList<ListeningSockets::Listener> *listeners)
{
    const QByteArray fdPath = "/proc/" + pid + "/fd";
    DIR *dir = ::opendir(fdPath.constData());
    if (!dir)
        return errno != EACCES && errno != EPERM; // a process that ended meanwhile hides nothing
    QString program;
    while (const dirent *entry = ::readdir(dir)) {
        if (!isNumber(entry->d_name))
            continue;
        char target[64] = {};
        const QByteArray link = fdPath + '/' + entry->d_name;
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        // Sockets read as "socket:[INODE]".
        if (n <= 8 || std::strncmp(target, "socket:[", 8) != 0)
            continue;
        const quint64 inode = QByteArray(target + 8, int(n) - 9).toULongLong();
        const auto it = wanted.constFind(inode);
        if (it == wanted.constEnd() ||
            listeners->at(it.value()).owner == ListeningSockets::Owner::Known)
            continue;
        if (program.isEmpty())
            program = programName(pid);
        ListeningSockets::Listener &l = (*listeners)[it.value()];
        l.owner = ListeningSockets::Owner::Known;
        l.pid = pid.toLongLong();
        l.program = program;
    }
    ::closedir(dir);
    return true;
}

// /proc/PID/fd of every process, until each listener's inode is found. A socket nobody visible
// holds belongs to a process this user may not inspect, when there is one: say so, not guess.
void findOwners(QList<ListeningSockets::Listener> *listeners, const Inodes &inodes)
{
    QHash<quint64, qsizetype> wanted;
    for (qsizetype i = 0; i < inodes.size(); ++i) {
        if (inodes.at(i) != 0)
            wanted.insert(inodes.at(i), i);
    }
    DIR *proc = ::opendir("/proc");
    if (!proc || wanted.isEmpty()) {
        if (proc)
            ::closedir(proc);
        return;
    }
    bool hidden = false;
    const auto allKnown = [listeners] {
        for (const ListeningSockets::Listener &l : *listeners) {
            if (l.owner != ListeningSockets::Owner::Known)
                return false;
        }
        return true;
    };
    while (const dirent *entry = ::readdir(proc)) {
        if (!isNumber(entry->d_name))
            continue;
        if (!scanProcess(QByteArray(entry->d_name), wanted, listeners))
            hidden = true;
        else if (allKnown())
            break;
    }
    ::closedir(proc);
    for (ListeningSockets::Listener &l : *listeners) {
        if (l.owner != ListeningSockets::Owner::Known && hidden)
            l.owner = ListeningSockets::Owner::Hidden;
    }
}

} // namespace

namespace ListeningSockets {

Table onPort(quint16 port)
{
    Table table;
    table.source = QStringLiteral("/proc/net/tcp");
    Inodes inodes;
    readTable(QStringLiteral("/proc/net/tcp"), port, &table, &inodes);
    readTable(QStringLiteral("/proc/net/tcp6"), port, &table, &inodes);
    if (!table.listeners.isEmpty())
        findOwners(&table.listeners, inodes);
    return table;
}

bool namesOwners()
{
    return true;
}

} // namespace ListeningSockets
