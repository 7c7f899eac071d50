#include "platform/ServiceNames.h"

#include <QMutex>

#include <arpa/inet.h>
#include <netdb.h>

namespace ServiceNames {

QString tcpName(quint16 port)
{
#ifdef __GLIBC__
    servent entry{};
    servent *found = nullptr;
    char buffer[1024];
    if (::getservbyport_r(int(htons(port)), "tcp", &entry, buffer, sizeof buffer, &found) != 0 ||
        !found || !found->s_name)
        return {};
    return QString::fromLocal8Bit(found->s_name);
#else
    // getservbyport() returns a static buffer: one caller at a time.
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    const servent *found = ::getservbyport(int(htons(port)), "tcp");
    return found && found->s_name ? QString::fromLocal8Bit(found->s_name) : QString();
#endif
}

} // namespace ServiceNames
