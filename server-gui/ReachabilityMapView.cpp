#include "ReachabilityMapView.h"

#include "net/AddressText.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTimer>
#include <QToolTip>
#include <algorithm>

namespace {

QColor semantic(const QPalette &palette, int hue)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHsl(hue, 170, dark ? 165 : 95);
}

constexpr int kOpenHue = 130;
constexpr int kLitHue = 45;
constexpr int kRefusedHue = 0;
// A screen reader reads the list; past this many addresses it says how many more.
constexpr int kSpokenAddresses = 10;

QString spokenList(const QStringList &addresses)
{
    QStringList head = addresses.mid(0, kSpokenAddresses);
    if (addresses.size() > kSpokenAddresses)
        head << ReachabilityMapView::tr("and %n more", nullptr,
                                        int(addresses.size()) - kSpokenAddresses);
    return head.join(QStringLiteral(", "));
}

void drawLabel(QPainter &p, const ReachabilityMapLayout::Label &label)
{
    if (!label.rect.isEmpty())
        p.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, label.text);
}

} // namespace

ReachabilityMapView::ReachabilityMapView(QWidget *parent)
    : QWidget(parent)
    , m_fade(new QTimer(this))
{
    setObjectName(QStringLiteral("reachabilityMap"));
    setAccessibleName(tr("Reachability map"));
    // Focus so a keyboard or screen-reader user can reach the summary and expand the rest.
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // paintEvent() fills every pixel: the tab and group box behind need no repaint with it.
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Repaints only while a door is lit, so an idle map costs nothing; and not when a fresh
    // arrival just repainted it, so a flood costs one repaint per tick, not two.
    m_fade->setInterval(100);
    connect(m_fade, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_litAtMsecs >= m_fade->interval())
            update();
        if (!m_map.anyLit(now) && !anyRefusalLit(now))
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

void ReachabilityMapView::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    updateGeometry();
    update();
}

void ReachabilityMapView::light(const ConnectionRecord &record)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_map.light(record, now))
        keepFading(now);
}

void ReachabilityMapView::keepFading(qint64 nowMsecs)
{
    if (!m_fade->isActive())
        m_fade->start();
    m_litAtMsecs = nowMsecs;
    update();
}

void ReachabilityMapView::refuse(const QHostAddress &tried, const QString &peer,
                                 const QString &fullText)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_refusals << ReachabilityMapLayout::Refusal{tried, peer, fullText, now + kRefusedLitMsecs};
    while (m_refusals.size() > kRefusalsKept)
        m_refusals.removeFirst();
    keepFading(now);
}

void ReachabilityMapView::clearRefusals()
{
    m_refusals.clear();
    update();
}

bool ReachabilityMapView::anyRefusalLit(qint64 nowMsecs) const
{
    return std::any_of(m_refusals.cbegin(), m_refusals.cend(),
                       [nowMsecs](const auto &r) { return r.untilMsecs > nowMsecs; });
}

void ReachabilityMapView::countArrivals(const QHash<QHostAddress, quint64> &clientsByLocal)
{
    if (m_map.countArrivals(clientsByLocal))
        update();
}

ReachabilityMapLayout ReachabilityMapView::currentLayout() const
{
    return ReachabilityMapLayout::compute(m_map, size(), font(), m_expanded,
                                          QDateTime::currentMSecsSinceEpoch(), m_refusals);
}

QString ReachabilityMapView::summary() const
{
    QStringList open;
    QStringList shut;
    for (const auto &p : m_map.ports) {
        for (const auto &d : p.doors)
            (d.open ? open : shut) << AddressText::plain(d.address);
    }
    QString text = m_map.socketLabel + QStringLiteral(". ");
    text += open.isEmpty()
                ? tr("No door open.")
                : tr("%n door(s) open: %1.", nullptr, int(open.size())).arg(spokenList(open));
    if (!shut.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n door(s) shut: %1.", nullptr, int(shut.size())).arg(spokenList(shut));
    return text;
}

void ReachabilityMapView::updateDescription()
{
    setAccessibleDescription(summary());
}

QSize ReachabilityMapView::sizeHint() const
{
    // As tall as everything needs, but never more than a laptop screen can spare: the rest is
    // grouped (see ReachabilityMapLayout).
    const qreal full = ReachabilityMapLayout::fullHeight(m_map, font());
    const int cap = fontMetrics().height() * 16;
    return {fontMetrics().averageCharWidth() * 90, int(qMin<qreal>(full, cap))};
}

QSize ReachabilityMapView::minimumSizeHint() const
{
    const int height = int(std::ceil(m_expanded ? ReachabilityMapLayout::fullHeight(m_map, font())
                                                : ReachabilityMapLayout::minimumHeight(font())));
    return {fontMetrics().averageCharWidth() * 44, height};
}

bool ReachabilityMapView::event(QEvent *event)
{
    if (const auto *help = dynamic_cast<QHelpEvent *>(event);
        help && event->type() == QEvent::ToolTip) {
        const ReachabilityMapLayout layout = currentLayout();
        if (const auto *label = layout.labelAt(help->pos()))
            QToolTip::showText(help->globalPos(), label->fullText, this, label->rect.toRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ReachabilityMapView::mousePressEvent(QMouseEvent *event)
{
    const ReachabilityMapLayout layout = currentLayout();
    if (layout.hasOverflow() &&
        layout.overflow.rect.adjusted(-4, -4, 4, 4).contains(event->position()))
        setExpanded(!m_expanded);
    QWidget::mousePressEvent(event);
}

void ReachabilityMapView::keyPressEvent(QKeyEvent *event)
{
    const bool toggle = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
                        event->key() == Qt::Key_Enter;
    if (toggle && (m_expanded || currentLayout().hasOverflow())) {
        setExpanded(!m_expanded);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ReachabilityMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const ReachabilityMapLayout layout = currentLayout();
    p.fillRect(rect(), pal.color(QPalette::Base));

    p.setPen(QPen(pal.color(QPalette::Mid), 2));
    p.setBrush(pal.color(QPalette::AlternateBase));
    p.drawRoundedRect(layout.box.adjusted(1, 1, -1, -1), 10, 10);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    drawLabel(p, layout.title);
    for (const auto &header : layout.headers)
        drawLabel(p, header);
    p.setFont(font());
    paintDoors(p, layout);
    paintRefusals(p, layout);

    if (layout.socketRadius > 0) {
        p.setPen(QPen(
            m_map.listening ? semantic(pal, kOpenHue) : pal.color(QPalette::PlaceholderText), 2));
        p.setBrush(pal.color(QPalette::Base));
        p.drawEllipse(layout.socketCentre, layout.socketRadius - 1, layout.socketRadius - 1);
    }
    p.setPen(pal.color(QPalette::Text));
    if (!layout.caption.rect.isEmpty())
        p.drawText(layout.caption.rect, layout.captionFlags, layout.caption.text);
    if (layout.hasOverflow()) {
        QFont link = font();
        link.setUnderline(true);
        p.setFont(link);
        p.setPen(pal.color(QPalette::Link));
        drawLabel(p, layout.overflow);
        p.setFont(font());
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void ReachabilityMapView::paintDoors(QPainter &p, const ReachabilityMapLayout &layout) const
{
    const QPalette pal = palette();
    const QColor openColour = semantic(pal, kOpenHue);
    const QColor litColour = semantic(pal, kLitHue);
    const QColor shutColour = pal.color(QPalette::PlaceholderText);
    p.setBrush(Qt::NoBrush);
    for (const auto &door : layout.doors) {
        if (door.wire.isEmpty())
            continue;
        p.setPen(QPen(door.lit ? litColour : openColour, door.lit ? 3 : 1.5));
        p.drawPolyline(door.wire);
    }
    for (const auto &door : layout.doors) {
        const QColor colour = door.lit ? litColour : door.open ? openColour : shutColour;
        // Filled when open, hollow when shut: the shape says it without the colour.
        p.setPen(QPen(colour, 2));
        p.setBrush(door.open ? colour : pal.color(QPalette::Base));
        p.drawRect(door.square.adjusted(1, 1, -1, -1));
        p.setPen(door.open ? pal.color(QPalette::Text) : shutColour);
        drawLabel(p, door.label);
        if (door.lit && !door.arrival.isNull()) {
            p.setPen(QPen(litColour, 3));
            p.drawLine(door.arrival);
            p.setPen(pal.color(QPalette::Text));
            if (!door.peer.rect.isEmpty())
                p.drawText(door.peer.rect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                           door.peer.text);
        }
    }
}

void ReachabilityMapView::paintRefusals(QPainter &p, const ReachabilityMapLayout &layout) const
{
    const QPalette pal = palette();
    const QColor refusedColour = semantic(pal, kRefusedHue);
    for (const auto &place : layout.refused) {
        // Dashed and ending in a cross: a refusal reads as one without the red.
        QPen wire(refusedColour, 2.5, Qt::DashLine, Qt::FlatCap);
        p.setPen(wire);
        p.drawLine(QLineF(place.wire.p1(), place.cross - QPointF(place.crossHalf, 0)));
        if (place.crossHalf > 0) {
            p.setPen(QPen(refusedColour, 2.5, Qt::SolidLine, Qt::RoundCap));
            const QPointF a(place.crossHalf, place.crossHalf);
            const QPointF b(place.crossHalf, -place.crossHalf);
            p.drawLine(place.cross - a, place.cross + a);
            p.drawLine(place.cross - b, place.cross + b);
        }
        p.setPen(pal.color(QPalette::Text));
        if (!place.peer.rect.isEmpty())
            p.drawText(place.peer.rect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                       place.peer.text);
    }
}
