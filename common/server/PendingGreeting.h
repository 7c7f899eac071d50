#pragma once

#include "server/ConnectionRecord.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;

// The rest of a greeting the kernel would not take at once (a client that reads slowly or not
// at all), written by a buffered QTcpSocket. It ends exactly once, in finished(): greeted when
// the last byte is handed to the kernel, or not when the client resets, the write deadline
// passes or the server aborts it. Then it deletes itself, descriptor included.
// What the client sends meanwhile is discarded unread up to a cap, so closing does not turn
// into a reset that would cut the greeting's tail; beyond the cap it is left in the kernel.
class PendingGreeting final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingGreeting)

public:
    static constexpr qint64 kDiscardCap = qint64(64) * 1024;

    explicit PendingGreeting(const ConnectionRecord &record, QObject *parent = nullptr);

    // Takes ownership of descriptor. False (descriptor closed, nothing emitted) when Qt
    // cannot adopt it.
    bool begin(qintptr descriptor, const QByteArray &rest, int deadlineMs);
    // Ends it now, not greeted, with this OS code as the reason.
    void abort(int osError);

signals:
    void finished(const ConnectionRecord &record);

private:
    void finish(bool greeted, int osError);
    void onError();

    QTcpSocket *m_socket = nullptr;
    ConnectionRecord m_record;
    qint64 m_discarded = 0;
    bool m_done = false;
};
