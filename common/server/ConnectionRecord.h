#pragma once

#include <QHostAddress>
#include <QMetaType>

// One connection the server accepted: who came, which of this machine's addresses it arrived
// on, and whether the whole greeting was written.
struct ConnectionRecord
{
    quint64 serial = 0;   // 1 for the first connection since Start
    qint64 timeMsecs = 0; // milliseconds since the epoch (UTC); formatted only when shown
    QHostAddress peer;
    quint16 peerPort = 0;
    QHostAddress local;
    quint16 localPort = 0;
    bool greeted = false;  // the full greeting was handed to the kernel
    int osError = 0;       // why it was not, when it was not
    bool selfTest = false; // the server's own reachability probe, not a client
};

Q_DECLARE_METATYPE(ConnectionRecord)
