#include "ListeningSockets.h"

// Platforms without a readable socket table: report "unknown" and let the diagnosis rely on
// what the attempts saw. (Issue: a probe of the machine's own addresses would do better.)
namespace ListeningSockets {

Table onPort(quint16 port)
{
    Q_UNUSED(port);
    Table table;
    table.known = false;
    table.source = QStringLiteral("none");
    return table;
}

} // namespace ListeningSockets
