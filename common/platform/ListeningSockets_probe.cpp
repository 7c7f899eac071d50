#include "platform/ListeningSockets.h"

// Platforms without a documented socket-table API (macOS's netstat reads an undocumented
// sysctl whose records follow the kernel's own structures): connect to this machine's own
// addresses instead and see which accept. Public calls only, the same on every platform.
namespace ListeningSockets {

Table onPort(quint16 port)
{
    return probe(port, probeAddresses());
}

bool namesOwners()
{
    return false;
}

} // namespace ListeningSockets
