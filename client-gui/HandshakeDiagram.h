#pragma once

#include "client/HandshakeTrace.h"

#include <QWidget>

// Draws a HandshakeTrace as a small sequence diagram: this machine on the left, the server on
// the right, one arrow per packet with its time. Pure painting over the trace: every decision
// about what happened was made in common/. Painted as vectors, so it is sharp at any scale;
// it takes the focus, and a screen reader reads the same story as its description.
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
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // What the picture says in words: the packets in order, then the caption.
    QString summary() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int rowHeight() const;
    // Everything above the caption, with rows at their smallest readable height.
    int minimumDiagramHeight() const;
    QString captionText() const;

    HandshakeTrace m_trace;
};
