#pragma once

#include "reachability/ReachabilityMap.h"

#include <QWidget>

class QTimer;

// Paints a ReachabilityMap: this machine as a box, its interfaces as ports on the left edge,
// each address a door (open or shut), the listening socket inside, wired to the open doors,
// and the doors recent connections came through lit with the peer that used them.
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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateDescription();

    ReachabilityMap m_map;
    QTimer *m_fade = nullptr;
    qint64 m_litAtMsecs = 0; // when light() last repainted
};
