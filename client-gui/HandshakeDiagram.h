#pragma once

#include "client/HandshakeTrace.h"

#include <QWidget>

// Draws a HandshakeTrace as a small sequence diagram: this machine on the left, the server on
// the right, one arrow per packet with its time. Pure painting over the trace: every decision
// about what happened was made in common/.
class HandshakeDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandshakeDiagram)

public:
    explicit HandshakeDiagram(QWidget *parent = nullptr);

    void setTrace(const HandshakeTrace &trace);
    void clear();
    const HandshakeTrace &trace() const { return m_trace; }
    bool hasTrace() const { return !m_trace.steps.isEmpty(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    HandshakeTrace m_trace;
};
