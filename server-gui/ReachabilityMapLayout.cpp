#include "ReachabilityMapLayout.h"

#include "net/AddressText.h"

#include <QFontMetricsF>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace {

using Label = ReachabilityMapLayout::Label;

struct Metrics
{
    explicit Metrics(const QFont &font)
        : fm(font)
        , boldFm(boldOf(font))
        , margin(qMax<qreal>(4, std::round(fm.height() * 0.5)))
        , tight(std::ceil(qMax(fm.height(), boldFm.height())) + 2)
        , comfortable(std::ceil(qMax(fm.height(), boldFm.height()) * 1.45))
        , square(qMax<qreal>(6, std::round(fm.height() * 0.6)))
    {}
    static QFont boldOf(QFont font)
    {
        font.setBold(true);
        return font;
    }

    QFontMetricsF fm;
    QFontMetricsF boldFm;
    qreal margin;
    qreal tight;       // rows never closer than this: one line of text and a gap
    qreal comfortable; // and never further apart than this
    qreal square;      // a door's side
};

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

// A one-line label starting at `left` (or ending at `right` when right-aligned), centred on
// `centreY`, elided to `width`; empty when not even an ellipsis fits.
Label lineLabel(const QFontMetricsF &fm, const QString &text, qreal left, qreal centreY,
                qreal width, bool alignRight = false)
{
    Label label;
    label.fullText = text;
    if (width < fm.horizontalAdvance(QStringLiteral("…")) + 1)
        return label;
    label.text = fm.elidedText(text, Qt::ElideRight, width);
    const qreal w = qMin(width, std::ceil(fm.horizontalAdvance(label.text)));
    label.rect =
        QRectF(alignRight ? left + width - w : left, centreY - fm.height() / 2, w, fm.height());
    return label;
}

// A straight stub along the row to the wire column, then a curve into the socket's left
// side, sampled as a polyline. Control points keep x decreasing all the way, so the wire
// stays between the wire column's left edge and the socket.
QPolygonF wirePath(const QPointF &start, const QPointF &bend, const QPointF &end)
{
    QPolygonF path;
    path << start;
    const qreal span = end.x() - bend.x();
    const QPointF c1(bend.x() + span * 0.5, bend.y());
    const QPointF c2(end.x() - span * 0.5, end.y());
    constexpr int kSteps = 24;
    for (int i = 0; i <= kSteps; ++i) {
        const qreal t = qreal(i) / kSteps;
        const qreal u = 1 - t;
        path << bend * (u * u * u) + c1 * (3 * u * u * t) + c2 * (3 * u * t * t) +
                    end * (t * t * t);
    }
    return path;
}

} // namespace

QList<ReachabilityMapLayout::Row>
ReachabilityMapLayout::rowsInOrder(const ReachabilityMap &map,
                                   const QList<const ReachabilityMap::Door *> &refusedDoors)
{
    const auto refused = [&](const ReachabilityMap::Door &door) {
        return refusedDoors.contains(&door);
    };
    QList<int> order = map.displayOrder();
    std::stable_partition(order.begin(), order.end(), [&](int port) {
        const ReachabilityMap::Port &p = map.ports.at(port);
        return map.importance(p) == ReachabilityMap::Importance::Loopback ||
               std::any_of(p.doors.cbegin(), p.doors.cend(), refused);
    });
    QList<Row> rows;
    for (const int p : order) {
        rows << Row{p, -1};
        QList<int> doors;
        for (int d = 0; d < map.ports.at(p).doors.size(); ++d)
            doors << d;
        std::stable_partition(doors.begin(), doors.end(),
                              [&](int d) { return refused(map.ports.at(p).doors.at(d)); });
        for (const int d : doors)
            rows << Row{p, d};
    }
    return rows;
}

// The head of `rows` that fits `capacity` rows, keeping one for "+ n more" when some are left
// out, and never ending on an interface's name without a door under it.
QList<ReachabilityMapLayout::Row> ReachabilityMapLayout::rowsThatFit(const QList<Row> &rows,
                                                                     int capacity)
{
    if (rows.size() <= capacity)
        return rows;
    QList<Row> shown = rows.mid(0, qMax(0, capacity - 1));
    while (!shown.isEmpty() && shown.last().door < 0)
        shown.removeLast();
    return shown;
}

QString ReachabilityMapLayout::overflowText(const ReachabilityMap &map, const QList<Row> &hidden)
{
    QStringList names;
    int doors = 0;
    for (const Row &row : hidden) {
        if (row.door < 0)
            continue;
        ++doors;
        const QString &name = map.ports.at(row.port).interfaceName;
        if (!names.contains(name))
            names << name;
    }
    return tr("+ %n more address(es): %1", nullptr, doors).arg(names.join(QStringLiteral(", ")));
}

qreal ReachabilityMapLayout::fullHeight(const ReachabilityMap &map, const QFont &font)
{
    const Metrics m(font);
    const int rows = map.doorCount() + int(map.ports.size()) + 1;
    return 2 * m.margin + m.tight * 1.25 + rows * m.comfortable + m.margin;
}

qreal ReachabilityMapLayout::minimumHeight(const QFont &font)
{
    const Metrics m(font);
    return 2 * m.margin + m.tight * 1.25 + 5 * m.tight + m.margin;
}

ReachabilityMapLayout ReachabilityMapLayout::compute(const ReachabilityMap &map, const QSizeF &size,
                                                     const QFont &font, bool expanded,
                                                     qint64 nowMsecs,
                                                     const QList<Refusal> &refusals)
{
    const Metrics m(font);
    ReachabilityMapLayout layout;
    layout.frame = QRectF(QPointF(0, 0), size);
    // Peers that arrive are written left of the machine (an IPv4 peer with its port fits), once
    // there are any: until then the room goes to the addresses.
    const bool arrivals = std::any_of(map.ports.cbegin(), map.ports.cend(), [&](const auto &p) {
        return std::any_of(p.doors.cbegin(), p.doors.cend(),
                           [&](const auto &d) { return d.hits > 0 || d.isLit(nowMsecs); });
    });
    // Longer with refusals: their wire is dashed and ends in a cross, and both must show.
    const bool refused = std::any_of(refusals.cbegin(), refusals.cend(),
                                     [&](const Refusal &r) { return r.untilMsecs > nowMsecs; });
    const qreal arrow = m.fm.averageCharWidth() * (refused ? 4 : 3);
    const qreal peerWidth =
        arrivals || refused ? m.fm.horizontalAdvance(QStringLiteral("198.51.100.200:65535")) + arrow
                            : 0;
    const qreal outside = qBound(m.square, peerWidth, size.width() * 0.22);
    layout.box = QRectF(outside, m.margin, qMax<qreal>(0, size.width() - outside - m.margin),
                        qMax<qreal>(0, size.height() - 2 * m.margin));
    const QRectF box = layout.box;
    const qreal pad = m.margin;
    const qreal gap = m.fm.averageCharWidth();
    const qreal labelLeft = box.left() + m.square / 2 + gap;

    layout.title = lineLabel(m.boldFm, tr("This machine (%1)").arg(map.machineName), labelLeft,
                             box.top() + pad / 2 + m.tight / 2, box.right() - pad - labelLeft);
    layout.title.bold = true;
    if (layout.title.rect.bottom() > box.bottom())
        layout.title = Label{};
    const qreal top = box.top() + pad / 2 + m.tight * 1.25;
    const qreal bottom = box.bottom() - pad / 2;

    const int capacity = int(std::floor(qMax<qreal>(0, bottom - top) / m.tight));
    QList<Row> all = rowsInOrder(map, {});
    if (all.size() > capacity) {
        // Not all fit: the doors someone was just refused at are the news, and must not be
        // grouped away in "+ n more". When all fit, rows never move.
        QList<const ReachabilityMap::Door *> refusedDoors;
        for (const Refusal &r : refusals) {
            if (r.untilMsecs > nowMsecs)
                refusedDoors << map.door(r.tried);
        }
        all = rowsInOrder(map, refusedDoors);
    }
    const QList<Row> shown = rowsThatFit(all, expanded ? capacity - 1 : capacity);
    const bool overflowRow = capacity > 0 && (expanded || shown.size() < all.size());
    const int rowCount = int(shown.size()) + (overflowRow ? 1 : 0);
    layout.rowHeight =
        qBound(m.tight, rowCount > 0 ? (bottom - top) / rowCount : m.comfortable, m.comfortable);

    // Socket and caption on the right, wires in the middle, labels on the left.
    const qreal captionWidth =
        qMin(qBound(m.fm.averageCharWidth() * 12, box.width() * 0.3, m.fm.averageCharWidth() * 34),
             box.width() * 0.35);
    const qreal captionLeft = box.right() - pad - captionWidth;
    const qreal labelRight = captionLeft - qMax<qreal>(m.square * 2, box.width() * 0.14);
    const Span labels{labelLeft, labelRight - gap};
    // Level with the middle of the rows shown (at least three rows down), so short wires.
    layout.placeSocket(map.socketLabel, m.fm, Span{captionLeft, box.right() - pad},
                       Span{top, bottom}, top + qMax(rowCount, 3) * layout.rowHeight / 2);
    if (layout.socketRadius > 0 && layout.socketCentre.y() + layout.socketRadius > bottom)
        layout.socketRadius = 0;
    const RowPlan plan{shown, top, labels, outside - arrow, m.square};
    layout.placeRows(map, m.fm, m.boldFm, plan, nowMsecs);
    layout.placeRefusals(map, m.fm, refusals, plan, box.top() + pad / 2 + m.tight / 2, nowMsecs);
    if (overflowRow)
        layout.placeOverflow(map, m.fm, all, plan, expanded,
                             top + layout.rowHeight * (rowCount - 0.5));
    return layout;
}

void ReachabilityMapLayout::placeSocket(const QString &text, const QFontMetricsF &fm, Span column,
                                        Span rows, qreal centreY)
{
    // Two pixels in from the socket's left edge, where the wires end.
    const qreal width = qMax<qreal>(0, column.right - column.left - 2);
    const qreal gap = 4;
    socketRadius = std::min({fm.height() * 0.9, width / 4, (rows.right - rows.left) / 4});
    caption.fullText = text;
    // Wrapped at spaces, or anywhere when a long address leaves no space to wrap at.
    int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    QRectF needed = fm.boundingRect(QRectF(0, 0, width, 1e6), flags, text);
    if (needed.width() > width) {
        flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere;
        needed = fm.boundingRect(QRectF(0, 0, width, 1e6), flags, text);
    }
    const qreal room = rows.right - rows.left - 2 * socketRadius - gap;
    captionWraps = needed.height() <= room && needed.width() <= width;
    const qreal captionHeight = captionWraps ? needed.height() : fm.height();
    if (!captionWraps && room < fm.height()) {
        // Not even one line under the socket: the socket alone, as large as fits.
        socketRadius = qMax<qreal>(0, qMin(socketRadius, (rows.right - rows.left) / 2 - 1));
        socketCentre = QPointF(column.left + socketRadius, rows.left + socketRadius);
        return;
    }
    const qreal wanted = centreY - captionHeight / 2;
    const qreal y =
        qBound(rows.left + socketRadius, wanted, rows.right - socketRadius - gap - captionHeight);
    socketCentre = QPointF(column.left + socketRadius, y);
    const QPointF at(column.left + 2, y + socketRadius + gap);
    if (captionWraps) {
        captionFlags = flags;
        caption.text = text;
        // The whole column's width: the text wraps in it as it was measured.
        caption.rect = QRectF(at, QSizeF(width, needed.height()));
    } else {
        captionFlags = Qt::AlignLeft | Qt::AlignTop;
        caption = lineLabel(fm, text, at.x(), at.y() + fm.height() / 2, width);
    }
}

void ReachabilityMapLayout::placeRows(const ReachabilityMap &map, const QFontMetricsF &fm,
                                      const QFontMetricsF &boldFm, const RowPlan &plan,
                                      qint64 nowMsecs)
{
    const QList<Row> &shown = plan.shown;
    const qreal top = plan.top;
    const Span labels = plan.labels;
    const qreal peerRight = plan.peerRight;
    const qreal square = plan.square;
    const qreal gap = fm.averageCharWidth();
    const QPointF socketLeft(socketCentre.x() - socketRadius, socketCentre.y());
    for (int i = 0; i < shown.size(); ++i) {
        const qreal y = top + rowHeight * (i + 0.5);
        const ReachabilityMap::Port &port = map.ports.at(shown.at(i).port);
        if (shown.at(i).door < 0) {
            Label header =
                lineLabel(boldFm, port.interfaceName, labels.left, y, labels.right - labels.left);
            header.bold = true;
            headers << header;
            continue;
        }
        const ReachabilityMap::Door &door = port.doors.at(shown.at(i).door);
        DoorPlace place;
        place.port = shown.at(i).port;
        place.door = shown.at(i).door;
        place.open = door.open;
        place.lit = door.isLit(nowMsecs);
        place.square = QRectF(box.left() - square / 2, y - square / 2, square, square);
        place.label = lineLabel(fm, doorText(door), labels.left, y, labels.right - labels.left);
        if (door.open && socketRadius > 0) {
            const qreal start =
                place.label.rect.isEmpty() ? labels.left : place.label.rect.right() + gap;
            const QPointF bend(labels.right + gap, y);
            place.wire = wirePath(QPointF(qMin(start, bend.x()), y), bend, socketLeft);
        }
        if (place.lit) {
            place.peer = lineLabel(fm, door.lastPeer, frame.left() + 2, y,
                                   peerRight - gap / 2 - frame.left() - 2, true);
            place.arrival = QLineF(peerRight, y, place.square.left() - 2, y);
        }
        doors << place;
    }
}

void ReachabilityMapLayout::placeRefusals(const ReachabilityMap &map, const QFontMetricsF &fm,
                                          const QList<Refusal> &refusals, const RowPlan &plan,
                                          qreal edgeY, qint64 nowMsecs)
{
    const qreal gap = fm.averageCharWidth();
    const qreal crossHalf = qMax<qreal>(3, plan.square * 0.45);
    QList<int> taken; // door indexes (or -1, the edge) already showing a newer refusal
    for (auto it = refusals.crbegin(); it != refusals.crend(); ++it) {
        if (it->untilMsecs <= nowMsecs)
            continue;
        RefusedPlace place;
        const ReachabilityMap::Door *target = map.door(it->tried);
        for (int i = 0; target && i < doors.size(); ++i) {
            if (&map.ports.at(doors.at(i).port).doors.at(doors.at(i).door) == target)
                place.door = i;
        }
        if (taken.contains(place.door))
            continue;
        taken << place.door;
        const qreal y = place.door >= 0 ? doors.at(place.door).square.center().y() : edgeY;
        const qreal end = place.door >= 0 ? doors.at(place.door).square.left() - 2 : box.left() - 2;
        place.wire = QLineF(plan.peerRight, y, end, y);
        place.crossHalf = qMin(crossHalf, qMax<qreal>(0, (end - plan.peerRight) / 2));
        place.cross = QPointF(end - place.crossHalf, y);
        place.peer = lineLabel(fm, it->peer, frame.left() + 2, y,
                               plan.peerRight - gap / 2 - frame.left() - 2, true);
        place.peer.fullText = it->fullText;
        if (place.door >= 0) {
            // The refusal is the news on that row: an accepted arrival's peer would sit on it.
            DoorPlace &door = doors[place.door];
            door.peer = Label{};
            door.arrival = QLineF();
        }
        refused << place;
    }
}

void ReachabilityMapLayout::placeOverflow(const ReachabilityMap &map, const QFontMetricsF &fm,
                                          const QList<Row> &all, const RowPlan &plan, bool expanded,
                                          qreal y)
{
    const QList<Row> &shown = plan.shown;
    const Span labels = plan.labels;
    const auto shownDoors =
        std::count_if(shown.cbegin(), shown.cend(), [](const Row &r) { return r.door >= 0; });
    hiddenDoors = map.doorCount() - int(shownDoors);
    const QString text = expanded && hiddenDoors == 0 ? tr("− Show fewer")
                                                      : overflowText(map, all.mid(shown.size()));
    overflow = lineLabel(fm, text, labels.left, y, labels.right - labels.left);
    if (overflow.text.isEmpty()) {
        // Too narrow for words: still a target to click, the same size as a door.
        overflow.text = QStringLiteral("…");
        overflow.rect = QRectF(
            labels.left, y - fm.height() / 2,
            qMax<qreal>(0, qMin(fm.horizontalAdvance(overflow.text), labels.right - labels.left)),
            fm.height());
    }
}

QList<QRectF> ReachabilityMapLayout::labelRects() const
{
    QList<QRectF> rects;
    const auto add = [&rects](const Label &label) {
        if (!label.rect.isEmpty())
            rects << label.rect;
    };
    add(title);
    add(caption);
    add(overflow);
    for (const Label &header : headers)
        add(header);
    for (const DoorPlace &door : doors) {
        add(door.label);
        add(door.peer);
    }
    for (const RefusedPlace &place : refused)
        add(place.peer);
    return rects;
}

QList<QLineF> ReachabilityMapLayout::wireSegments() const
{
    QList<QLineF> lines;
    for (const DoorPlace &door : doors) {
        for (int i = 1; i < door.wire.size(); ++i)
            lines << QLineF(door.wire.at(i - 1), door.wire.at(i));
        if (!door.arrival.isNull())
            lines << door.arrival;
    }
    for (const RefusedPlace &place : refused)
        lines << place.wire;
    return lines;
}

const ReachabilityMapLayout::Label *ReachabilityMapLayout::labelAt(const QPointF &point) const
{
    const auto hit = [&point](const Label &label) {
        return !label.rect.isEmpty() && label.rect.contains(point);
    };
    if (hit(title))
        return &title;
    if (hit(caption))
        return &caption;
    if (hit(overflow))
        return &overflow;
    for (const Label &header : headers) {
        if (hit(header))
            return &header;
    }
    for (const DoorPlace &door : doors) {
        if (hit(door.label))
            return &door.label;
        if (hit(door.peer))
            return &door.peer;
    }
    for (const RefusedPlace &place : refused) {
        if (hit(place.peer))
            return &place.peer;
    }
    return nullptr;
}
