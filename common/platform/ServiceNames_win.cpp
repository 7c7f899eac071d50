#include "platform/ServiceNames.h"

#include <winsock2.h>

namespace ServiceNames {

QString tcpName(quint16 port)
{
    // Winsock must be started for getservbyport(); starting it is counted, so this pairs with
    // its own cleanup whatever Qt has done. The result lives in a per-thread buffer.
    WSADATA data;
    if (WSAStartup(MAKEWORD(2, 2), &data) != 0)
        return {};
    const servent *found = getservbyport(int(htons(port)), "tcp");
    const QString name = found && found->s_name ? QString::fromLocal8Bit(found->s_name) : QString();
    WSACleanup();
    return name;
}

} // namespace ServiceNames
