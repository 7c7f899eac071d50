#include "platform/ListeningSockets.h"

#include <winsock2.h>
#include <ws2tcpip.h>
// After the socket headers: iphlpapi.h needs their types.
#include <iphlpapi.h>

#include <cstring>
#include <vector>

namespace {

// GetExtendedTcpTable fills a caller's buffer; the table can grow between asking for its size
// and reading it, so ask again a few times before giving up.
bool readTable(ULONG family, std::vector<unsigned char> *buffer)
{
    DWORD size = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const DWORD rc = GetExtendedTcpTable(buffer->empty() ? nullptr : buffer->data(), &size,
                                             FALSE, family, TCP_TABLE_OWNER_PID_LISTENER, 0);
        if (rc == NO_ERROR)
            return true;
        if (rc != ERROR_INSUFFICIENT_BUFFER)
            return false;
        buffer->assign(size, 0);
    }
    return false;
}

// The owner of a listening socket by its PID: the image's file name, as Task Manager shows it.
// Another user's or a protected process cannot be opened without privileges: say so.
void setOwner(DWORD pid, ListeningSockets::Listener *listener)
{
    listener->pid = qint64(pid);
    // PID 4 is the kernel ("System"), which owns http.sys's and SMB's sockets.
    if (pid == 4) {
        listener->owner = ListeningSockets::Owner::Known;
        listener->program = QStringLiteral("System");
        return;
    }
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
    if (!process) {
        listener->owner = GetLastError() == ERROR_ACCESS_DENIED ? ListeningSockets::Owner::Hidden
                                                                : ListeningSockets::Owner::Unknown;
        return;
    }
    wchar_t path[MAX_PATH * 2] = {};
    DWORD size = DWORD(sizeof path / sizeof path[0]);
    if (QueryFullProcessImageNameW(process, 0, path, &size)) {
        const QString full = QString::fromWCharArray(path, int(size));
        listener->owner = ListeningSockets::Owner::Known;
        listener->program = full.mid(full.lastIndexOf(QLatin1Char('\\')) + 1);
    } else {
        listener->owner = ListeningSockets::Owner::Hidden;
    }
    CloseHandle(process);
}

// Ports are stored in network order in the low 16 bits of a DWORD.
quint16 portOf(DWORD stored)
{
    return ntohs(u_short(stored & 0xffffu));
}

bool readIPv4(quint16 port, QList<ListeningSockets::Listener> *listeners)
{
    std::vector<unsigned char> buffer;
    if (!readTable(AF_INET, &buffer))
        return false;
    const auto *table = reinterpret_cast<const MIB_TCPTABLE_OWNER_PID *>(buffer.data());
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_TCPROW_OWNER_PID &row = table->table[i];
        if (portOf(row.dwLocalPort) != port)
            continue;
        // dwLocalAddr holds the address as in_addr does: network order in memory.
        ListeningSockets::Listener listener;
        listener.address = QHostAddress(quint32(ntohl(row.dwLocalAddr)));
        listener.port = port;
        setOwner(row.dwOwningPid, &listener);
        listeners->append(listener);
    }
    return true;
}

bool readIPv6(quint16 port, QList<ListeningSockets::Listener> *listeners)
{
    std::vector<unsigned char> buffer;
    if (!readTable(AF_INET6, &buffer))
        return false;
    const auto *table = reinterpret_cast<const MIB_TCP6TABLE_OWNER_PID *>(buffer.data());
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_TCP6ROW_OWNER_PID &row = table->table[i];
        if (portOf(row.dwLocalPort) != port)
            continue;
        Q_IPV6ADDR bytes;
        std::memcpy(bytes.c, row.ucLocalAddr, sizeof bytes.c);
        QHostAddress address(bytes);
        if (row.dwLocalScopeId != 0)
            address.setScopeId(QString::number(row.dwLocalScopeId));
        ListeningSockets::Listener listener;
        listener.address = address;
        listener.port = port;
        setOwner(row.dwOwningPid, &listener);
        listeners->append(listener);
    }
    return true;
}

} // namespace

namespace ListeningSockets {

// The Windows socket table: what `netstat -ano -p tcp` reads. A dual-stack listener appears
// once, as "::" in the IPv6 table, just as it does in Linux's /proc/net/tcp6.
Table onPort(quint16 port)
{
    Table table;
    table.source = QStringLiteral("GetExtendedTcpTable");
    const bool v4 = readIPv4(port, &table.listeners);
    const bool v6 = readIPv6(port, &table.listeners);
    table.known = v4 || v6;
    return table;
}

bool namesOwners()
{
    return true;
}

} // namespace ListeningSockets
