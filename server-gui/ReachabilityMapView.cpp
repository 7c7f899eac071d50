#include "ReachabilityMapView.h"

#include "net/AddressText.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace {

QColor semantic(const QPalette &palette, int hue)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHsl(hue, 170, dark ? 165 : 95);
}

int doorCount(const ReachabilityMap &map)
{
    int n = 0;
    for (const auto &p : map.ports)
        n += int(p.doors.size());
    return n;
}

// "192.0.2.2  (bound to 127.0.0.1 only, …)  ×12"
QString doorText(const ReachabilityMap::Door &door)
{
    QString text = AddressText::plain(door.address);
    if (!door.open && !door.reasonText.isEmpty())
        text += QStringLiteral("  (%1)").arg(door.reasonText);
    if (door.hits > 0)
        text += QStringLiteral("  ×%1").arg(door.hits);
    return text;
}

// A door's text ends before the socket; at the height of the socket's caption, before that
// too (a narrow panel would otherwise write one over the other).
QRectF doorTextRow(const QRectF &row, const QRectF &caption)
{
    QRectF shortened = row;
    if (row.intersects(caption))
        shortened.setRight(qMin(row.right(), caption.left() - 8));
    shortened.setWidth(qMax<qreal>(0, shortened.width()));
    return shortened;
}

} // namespace

ReachabilityMapView::ReachabilityMapView(QWidget *parent)
    : QWidget(parent)
    , m_fade(new QTimer(this))
{
    setObjectName(QStringLiteral("reachabilityMap"));
    setAccessibleName(tr("Reachability map"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // paintEvent() fills every pixel: the tab and group box behind need no repaint with it.
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Repaints only while a door is lit, so an idle map costs nothing; and not when a fresh
    // arrival just repainted it, so a flood costs one repaint per tick, not two.
    m_fade->setInterval(100);
    connect(m_fade, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_litAtMsecs >= m_fade->interval())
            update();
        if (!m_map.anyLit(now))
            m_fade->stop();
    });
}

void ReachabilityMapView::setMap(const ReachabilityMap &map)
{
    const ReachabilityMap previous = m_map;
    m_map = map;
    m_map.carryLightsFrom(previous);
    updateDescription();
    updateGeometry();
    update();
}

void ReachabilityMapView::light(const ConnectionRecord &record)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_map.light(record, now)) {
        if (!m_fade->isActive())
            m_fade->start();
        m_litAtMsecs = now;
        update();
    }
}

void ReachabilityMapView::countArrivals(const QHash<QHostAddress, quint64> &clientsByLocal)
{
    if (m_map.countArrivals(clientsByLocal))
        update();
}

void ReachabilityMapView::updateDescription()
{
    QStringList open;
    QStringList shut;
    for (const auto &p : m_map.ports) {
        for (const auto &d : p.doors)
            (d.open ? open : shut) << AddressText::plain(d.address);
    }
    setAccessibleDescription(
        tr("%1. Open: %2. Shut: %3.")
            .arg(m_map.socketLabel, open.isEmpty() ? tr("none") : open.join(QLatin1String(", ")),
                 shut.isEmpty() ? tr("none") : shut.join(QLatin1String(", "))));
}

QSize ReachabilityMapView::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int rows = doorCount(m_map) + int(m_map.ports.size()) * 2 + 3;
    return {fm.averageCharWidth() * 90, rows * (fm.height() + 6)};
}

QSize ReachabilityMapView::minimumSizeHint() const
{
    // Every door must fit, one text line each at the tightest spacing.
    const QFontMetrics fm = fontMetrics();
    const int rows = doorCount(m_map) + int(m_map.ports.size()) * 2 + 3;
    return {fm.averageCharWidth() * 50, rows * (fm.height() + 1)};
}

void ReachabilityMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    p.fillRect(rect(), pal.color(QPalette::Base));

    const int margin = fm.height();
    // Roomy spacing when there is room, tight (but never overlapping) when the panel is small.
    const int rows = doorCount(m_map) + int(m_map.ports.size()) * 2 + 1;
    const int line =
        qBound(fm.height() + 1, (height() - 2 * margin) / qMax(1, rows), fm.height() + 6);
    const int outside = fm.horizontalAdvance(QStringLiteral("[0000:0000::0000]:00000")) + margin;
    const QRectF box(outside, margin, width() - outside - margin, height() - 2 * margin);
    QPen boxPen(pal.color(QPalette::Mid), 2);
    p.setPen(boxPen);
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(box, 10, 10);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(box.adjusted(0, 4, -10, 0), Qt::AlignRight | Qt::AlignTop,
               tr("This machine (%1)").arg(m_map.machineName));
    p.setFont(font());

    // The listening socket sits inside the box, to the right.
    const QPointF socket(box.right() - box.width() * 0.22, box.center().y());
    const qreal radius = fm.height() * 1.2;
    const QColor openColour = semantic(pal, 130);
    const QColor litColour = semantic(pal, 45);
    const QColor shutColour = pal.color(QPalette::PlaceholderText);
    // The socket's caption under it, measured: door texts stop short of it.
    const QRectF captionArea(socket.x() - box.width() * 0.2, socket.y() + radius + 4,
                             box.width() * 0.4, line * 2);
    const int captionFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF caption =
        QRectF(fm.boundingRect(captionArea.toRect(), captionFlags, m_map.socketLabel))
            .intersected(captionArea);

    // Doors on the left edge, grouped by interface.
    qreal y = box.top() + line * 1.5;
    const qreal doorX = box.left();
    QList<QPair<QPointF, const ReachabilityMap::Door *>> doors;
    for (const auto &port : m_map.ports) {
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(doorX + 14, y), port.interfaceName);
        p.setFont(font());
        y += line;
        for (const auto &door : port.doors) {
            const QPointF at(doorX, y - fm.ascent() / 2.0);
            doors.append({at, &door});
            const bool lit = door.isLit(now);
            const QColor colour = lit ? litColour : door.open ? openColour : shutColour;
            p.setPen(QPen(colour, 2));
            p.setBrush(door.open ? colour : pal.color(QPalette::Base));
            p.drawRect(QRectF(at.x() - 6, at.y() - 6, 12, 12));
            p.setPen(door.open ? pal.color(QPalette::Text) : shutColour);
            const QRectF row = doorTextRow(
                QRectF(doorX + 14, y - fm.ascent(), socket.x() - radius - 8 - doorX - 14, line),
                caption);
            p.drawText(row, Qt::AlignLeft | Qt::AlignTop,
                       fm.elidedText(doorText(door), Qt::ElideRight, int(row.width())));
            if (lit) {
                // The path the connection took: from outside, through the door.
                p.setPen(QPen(litColour, 3));
                const QPointF from(margin / 2.0, at.y());
                p.drawLine(from, at - QPointF(8, 0));
                p.drawText(QRectF(0, at.y() - line, outside - 8, line),
                           Qt::AlignRight | Qt::AlignBottom, door.lastPeer);
            }
            y += line;
        }
        y += line / 2.0;
    }

    // Wires from the socket to every open door.
    for (const auto &[at, door] : doors) {
        if (!door->open)
            continue;
        const bool lit = door->isLit(now);
        QPen wire(lit ? litColour : openColour, lit ? 3 : 1.5);
        p.setPen(wire);
        QPainterPath path(socket);
        path.cubicTo(socket - QPointF(box.width() * 0.2, 0), at + QPointF(box.width() * 0.25, 0),
                     at + QPointF(6, 0));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }

    p.setPen(QPen(m_map.listening ? openColour : shutColour, 2));
    p.setBrush(pal.color(QPalette::Base));
    p.drawEllipse(socket, radius, radius);
    p.setPen(pal.color(QPalette::Text));
    p.drawText(captionArea, captionFlags, m_map.socketLabel);
}
