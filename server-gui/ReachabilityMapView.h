#pragma once

#include "ReachabilityMapLayout.h"
#include "reachability/ReachabilityMap.h"

#include <QWidget>

class QTimer;

// Paints a ReachabilityMap as ReachabilityMapLayout places it: this machine as a box, its
// interfaces' addresses as doors on the left edge (open or shut), the listening socket inside,
// wired to the open doors, and the doors recent connections came through lit with the peer
// that used them, and refused visitors as dashed red wires ending in a cross at the door they
// tried. Interfaces that do not fit are counted in a "+ n more" row; clicking it (or
// Space while the map has focus) shows them all, and the map then asks for its full height.
class ReachabilityMapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReachabilityMapView)

public:
    explicit ReachabilityMapView(QWidget *parent = nullptr);

    void setMap(const ReachabilityMap &map);
    const ReachabilityMap &map() const { return m_map; }
    void light(const ConnectionRecord &record);
    void countArrivals(const QHash<QHostAddress, quint64> &clientsByLocal);
    // How long a refused visitor's wire stays drawn: long enough to be seen across a room.
    static constexpr qint64 kRefusedLitMsecs = 4000;
    // A client refused at `tried` asked why; `peer` is who, `fullText` the tooltip.
    void refuse(const QHostAddress &tried, const QString &peer, const QString &fullText);
    void clearRefusals();
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    // What is drawn at the current size, for tests and tooltips.
    ReachabilityMapLayout currentLayout() const;
    // One sentence for a screen reader: where it listens and which doors are open or shut.
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateDescription();
    void paintDoors(QPainter &p, const ReachabilityMapLayout &layout) const;
    void paintRefusals(QPainter &p, const ReachabilityMapLayout &layout) const;
    bool anyRefusalLit(qint64 nowMsecs) const;
    void keepFading(qint64 nowMsecs);

    ReachabilityMap m_map;
    // Bounded: only the newest per door is drawn, and each fades within seconds.
    static constexpr int kRefusalsKept = 32;
    QList<ReachabilityMapLayout::Refusal> m_refusals;
    QTimer *m_fade = nullptr;
    qint64 m_litAtMsecs = 0; // when light() last repainted
    bool m_expanded = false;
};
