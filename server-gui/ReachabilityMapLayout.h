#pragma once

#include "reachability/ReachabilityMap.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPolygonF>
#include <QRectF>

// Where every part of the reachability map goes for one size, font and map. Computed apart
// from painting so tests can check the geometry: everything inside the frame, no two labels
// on top of each other, no wire through a label.
//
// Columns, left to right: the peers that just arrived (outside the machine), the doors on the
// machine's left edge with their addresses, the wires, the listening socket with its caption.
// Wires start where a label's column ends, so they never cross text. When the rows do not all
// fit, the most important interfaces (ReachabilityMap::displayOrder) are shown and the rest are
// counted in one "+ n more" row, which expands the map to its full height.
// Refused visitors (clients this machine turned away who asked why) come in from outside as
// dashed wires ending in a cross at the door they tried, the shut door; one that tried an
// address the map does not show ends at the machine's edge, level with the title.
class ReachabilityMapLayout final
{
    Q_DECLARE_TR_FUNCTIONS(ReachabilityMapLayout)

public:
    struct Label
    {
        QRectF rect; // the elided text's own extent; empty when nothing is drawn
        QString text;
        QString fullText; // for the tooltip
        bool bold = false;
    };

    // A refused visitor, lit until `untilMsecs`.
    struct Refusal
    {
        QHostAddress tried;
        QString peer;     // "198.51.100.7:50123"
        QString fullText; // for the tooltip: who, what they tried, why refused
        qint64 untilMsecs = 0;
    };

    struct RefusedPlace
    {
        int door = -1; // index into `doors`; -1: at the machine's edge
        QLineF wire;   // from the peer to the door (or the edge)
        QPointF cross; // the cross's centre, at the wire's end
        qreal crossHalf = 0;
        Label peer;
    };

    struct DoorPlace
    {
        int port = -1;
        int door = -1;
        bool open = false;
        bool lit = false;
        QRectF square;
        Label label;
        QPolygonF wire; // from the end of the label's column to the socket; empty when shut
        Label peer;     // lit doors: who just came through
        QLineF arrival; // lit doors: from the peer to the door
    };

    QRectF frame;
    QRectF box; // the machine
    Label title;
    QPointF socketCentre;
    qreal socketRadius = 0;
    Label caption; // word-wrapped under the socket when it fits, else elided to one line
    bool captionWraps = false;
    QList<Label> headers; // interface names
    QList<DoorPlace> doors;
    QList<RefusedPlace> refused;
    Label overflow; // "+ 12 more: veth…" or, expanded, "Show fewer"
    int hiddenDoors = 0;
    qreal rowHeight = 0;

    // `expanded` shows every door whatever the height (the view then asks for fullHeight()).
    // Of `refusals`, those still lit at `nowMsecs` are drawn, the newest per door.
    static ReachabilityMapLayout compute(const ReachabilityMap &map, const QSizeF &size,
                                         const QFont &font, bool expanded, qint64 nowMsecs,
                                         const QList<Refusal> &refusals = {});
    // The height at which every door shows at a comfortable spacing.
    static qreal fullHeight(const ReachabilityMap &map, const QFont &font);
    // The smallest height that still shows the title, the socket and a few rows.
    static qreal minimumHeight(const QFont &font);

    // Every text rectangle drawn, and every wire as line segments: what tests check.
    QList<QRectF> labelRects() const;
    QList<QLineF> wireSegments() const;
    // The label under `point` (its full text), or nullptr.
    const Label *labelAt(const QPointF &point) const;
    bool hasOverflow() const { return !overflow.text.isEmpty(); }
    int captionFlags = 0; // Qt::AlignmentFlag | Qt::TextFlag for drawing the caption

private:
    struct Row
    {
        int port = -1;
        int door = -1; // < 0: the interface's name
    };
    struct Span
    {
        qreal left = 0;
        qreal right = 0;
    };

    // displayOrder(), but interfaces with one of `refusedDoors` right after loopback, and
    // those doors first in their interface.
    static QList<Row> rowsInOrder(const ReachabilityMap &map,
                                  const QList<const ReachabilityMap::Door *> &refusedDoors);
    static QList<Row> rowsThatFit(const QList<Row> &rows, int capacity);
    static QString overflowText(const ReachabilityMap &map, const QList<Row> &hidden);
    void placeSocket(const QString &text, const QFontMetricsF &fm, Span column, Span rows,
                     qreal centreY);
    // Where the rows go: which, from which height, the label column, the peers' right edge.
    struct RowPlan
    {
        QList<Row> shown;
        qreal top = 0;
        Span labels;
        qreal peerRight = 0;
        qreal square = 0;
    };
    void placeRows(const ReachabilityMap &map, const QFontMetricsF &fm, const QFontMetricsF &boldFm,
                   const RowPlan &plan, qint64 nowMsecs);
    void placeRefusals(const ReachabilityMap &map, const QFontMetricsF &fm,
                       const QList<Refusal> &refusals, const RowPlan &plan, qreal edgeY,
                       qint64 nowMsecs);
    void placeOverflow(const ReachabilityMap &map, const QFontMetricsF &fm, const QList<Row> &all,
                       const RowPlan &plan, bool expanded, qreal y);
};
