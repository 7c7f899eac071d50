#include "ReachabilityMapLayout.h"
#include "ReachabilityMapView.h"
#include "reachability/ReachabilityProbe.h"

#include <QApplication>
#include <QTest>

// The server window's map at every shape it meets: 1 to 40 interfaces, long scoped
// addresses, every bind choice, lit doors, from a small panel to presenter size. Whatever the
// shape, nothing is placed outside the map's frame, no two texts overlap and no wire crosses
// a text; what does not fit is counted in one "+ n more" row, most important interfaces first.
class TestReachabilityMapView final : public QObject
{
    Q_OBJECT

private slots:
    void staysInsideAndApartAtEveryShape();
    void importantInterfacesComeFirst();
    void expandedShowsEveryDoor();
    void refusedVisitorsWireToTheShutDoorOrTheEdge();
    void paintsAndDescribesItself();

private:
    static QList<ReachabilityProbe::Target> machine(int interfaces);
    static QList<BindChoice> choices();
    static ReachabilityMap mapFor(int interfaces, const BindChoice &choice, bool listening);
    static void checkLayout(const ReachabilityMapLayout &layout, const QString &what);
    // Lit at 1000: one at a door (shut under most binds), one at a lit door, one at an address
    // the map does not show, with long peers.
    static QList<ReachabilityMapLayout::Refusal> refusals();
};

namespace {

// The interface names a developer's laptop really has, in the order the system lists them.
QString interfaceName(int i)
{
    static const QStringList names = {
        QStringLiteral("lo"),      QStringLiteral("enx00e04c680123"), QStringLiteral("wlp2s0"),
        QStringLiteral("docker0"), QStringLiteral("br-4f1c2a7d9e0b"), QStringLiteral("virbr0"),
        QStringLiteral("tun0"),    QStringLiteral("tailscale0")};
    if (i < names.size())
        return names.at(i);
    return QStringLiteral("veth%1a9c").arg(i, 3, 10, QLatin1Char('0'));
}

bool segmentHitsRect(const QLineF &line, const QRectF &rect)
{
    // Touching an edge is not crossing: test against the inside only.
    const QRectF inside = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    if (inside.isEmpty())
        return false;
    if (inside.contains(line.p1()) || inside.contains(line.p2()))
        return true;
    const QList<QLineF> edges = {QLineF(inside.topLeft(), inside.topRight()),
                                 QLineF(inside.topRight(), inside.bottomRight()),
                                 QLineF(inside.bottomRight(), inside.bottomLeft()),
                                 QLineF(inside.bottomLeft(), inside.topLeft())};
    for (const QLineF &edge : edges) {
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

bool within(const QRectF &frame, const QRectF &rect)
{
    return rect.isEmpty() || frame.adjusted(-0.01, -0.01, 0.01, 0.01).contains(rect);
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

QList<ReachabilityProbe::Target> TestReachabilityMapView::machine(int interfaces)
{
    QList<ReachabilityProbe::Target> targets;
    for (int i = 0; i < interfaces; ++i) {
        const QString name = interfaceName(i);
        if (i == 0) {
            targets << ReachabilityProbe::Target{QHostAddress(QStringLiteral("127.0.0.1")), name}
                    << ReachabilityProbe::Target{QHostAddress(QStringLiteral("::1")), name};
            continue;
        }
        // The first few carry addresses other hosts can dial; the veths only link-local ones.
        if (i < 8) {
            targets << ReachabilityProbe::Target{QHostAddress(QStringLiteral("198.18.0.%1").arg(i)),
                                                 name};
            targets << ReachabilityProbe::Target{
                QHostAddress(QStringLiteral("2001:db8:18:%1:a1b2:c3d4:e5f6:%1").arg(i)), name};
        }
        QHostAddress linkLocal(QStringLiteral("fe80::a1b2:c3d4:e5f6:%1").arg(i + 1, 4, 16));
        linkLocal.setScopeId(name);
        targets << ReachabilityProbe::Target{linkLocal, name};
    }
    return targets;
}

QList<BindChoice> TestReachabilityMapView::choices()
{
    QHostAddress scoped(QStringLiteral("fe80::a1b2:c3d4:e5f6:2"));
    scoped.setScopeId(interfaceName(1));
    return {BindChoice::make(BindChoice::Kind::AnyDualStack),
            BindChoice::make(BindChoice::Kind::AnyIPv4),
            BindChoice::make(BindChoice::Kind::AnyIPv6),
            BindChoice::make(BindChoice::Kind::LoopbackIPv4),
            BindChoice::make(BindChoice::Kind::LoopbackIPv6),
            BindChoice::forHostname(QStringLiteral("vm"),
                                    {QHostAddress(QStringLiteral("127.0.0.1"))}, QString()),
            BindChoice::forInterfaceAddress(interfaceName(2),
                                            QHostAddress(QStringLiteral("198.18.0.2"))),
            BindChoice::forInterfaceAddress(interfaceName(1), scoped)};
}

ReachabilityMap TestReachabilityMapView::mapFor(int interfaces, const BindChoice &choice,
                                                bool listening)
{
    const QList<ReachabilityProbe::Target> targets = machine(interfaces);
    ReachabilityMap map = ReachabilityMap::build(
        QStringLiteral("a-rather-long-laptop-hostname.example"), choice, listening, 12397,
        ReachabilityProbe::predict(choice, 12397, targets));
    if (!listening)
        return map; // nobody arrived yet: no room kept for peers
    // A few recent arrivals, one from a long IPv6 peer, and counts on the doors they used.
    QHash<QHostAddress, quint64> counts;
    for (const auto &target : targets.mid(0, 4)) {
        ConnectionRecord record;
        record.local = target.address;
        record.peer = QHostAddress(QStringLiteral("2001:db8:ffff:ffff:ffff:ffff:ffff:fffe"));
        record.peerPort = 65535;
        map.light(record, 1000);
        counts.insert(target.address, 123456);
    }
    map.countArrivals(counts);
    return map;
}

QList<ReachabilityMapLayout::Refusal> TestReachabilityMapView::refusals()
{
    const QString peer = QStringLiteral("[2001:db8:ffff:ffff:ffff:ffff:ffff:fffd]:65535");
    return {{QHostAddress(QStringLiteral("198.18.0.2")), peer, peer, 5000},
            {QHostAddress(QStringLiteral("127.0.0.1")), peer, peer, 5000},
            {QHostAddress(QStringLiteral("203.0.113.9")), peer, peer, 5000},
            {QHostAddress(QStringLiteral("198.18.0.1")), peer, peer, 900}}; // faded
}

void TestReachabilityMapView::checkLayout(const ReachabilityMapLayout &layout, const QString &what)
{
    const QRectF frame = layout.frame;
    QVERIFY2(within(frame, layout.box), qPrintable(what + QStringLiteral(": box")));
    const QList<QRectF> labels = layout.labelRects();
    for (const QRectF &label : labels)
        QVERIFY2(within(frame, label), qPrintable(what + QStringLiteral(": label ") +
                                                  describe(label) + QStringLiteral(" outside")));
    for (const auto &door : layout.doors)
        QVERIFY2(within(frame, door.square), qPrintable(what + QStringLiteral(": door outside")));
    if (layout.socketRadius > 0) {
        const qreal r = layout.socketRadius;
        const QRectF socket(layout.socketCentre - QPointF(r, r), QSizeF(2 * r, 2 * r));
        QVERIFY2(within(frame, socket), qPrintable(what + QStringLiteral(": socket outside")));
        for (const QRectF &label : labels)
            QVERIFY2(!socket.adjusted(1, 1, -1, -1).intersects(label),
                     qPrintable(what + QStringLiteral(": socket over a label")));
    }
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).intersected(labels.at(j)).isValid() ||
                         labels.at(i).intersected(labels.at(j)).isEmpty(),
                     qPrintable(what + QStringLiteral(": labels overlap ") +
                                describe(labels.at(i)) + describe(labels.at(j))));
    }
    const QList<QLineF> wires = layout.wireSegments();
    for (const QLineF &wire : wires) {
        QVERIFY2(within(frame, QRectF(wire.p1(), wire.p2()).normalized()),
                 qPrintable(what + QStringLiteral(": wire outside")));
        for (const QRectF &label : labels)
            QVERIFY2(!segmentHitsRect(wire, label),
                     qPrintable(what + QStringLiteral(": wire through label ") + describe(label)));
    }
}

void TestReachabilityMapView::staysInsideAndApartAtEveryShape()
{
    QFont presenter = QApplication::font();
    presenter.setPointSizeF(presenter.pointSizeF() * 1.6);
    const QList<QSize> sizes = {{300, 200},  {420, 260},  {640, 300}, {800, 450},
                                {1000, 320}, {1280, 500}, {1900, 900}};
    int checked = 0;
    for (const int interfaces : {1, 3, 8, 17, 40}) {
        for (const BindChoice &choice : choices()) {
            for (const bool listening : {false, true}) {
                const ReachabilityMap map = mapFor(interfaces, choice, listening);
                for (const QFont &font : {QApplication::font(), presenter}) {
                    for (const QSize &size : sizes) {
                        for (const bool expanded : {false, true}) {
                            const QString what =
                                QStringLiteral("%1 interfaces, %2, %3, %4pt, %5x%6%7")
                                    .arg(interfaces)
                                    .arg(choice.key, listening ? QStringLiteral("listening")
                                                               : QStringLiteral("preview"))
                                    .arg(font.pointSizeF())
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(expanded ? QStringLiteral(", expanded") : QString());
                            checkLayout(ReachabilityMapLayout::compute(
                                            map, size, font, expanded, 1000,
                                            listening ? refusals()
                                                      : QList<ReachabilityMapLayout::Refusal>()),
                                        what);
                            if (QTest::currentTestFailed())
                                return;
                            ++checked;
                        }
                    }
                }
            }
        }
    }
    QVERIFY(checked > 1000);
}

void TestReachabilityMapView::importantInterfacesComeFirst()
{
    const ReachabilityMap map = mapFor(40, BindChoice::make(BindChoice::Kind::AnyDualStack), true);
    const ReachabilityMapLayout layout =
        ReachabilityMapLayout::compute(map, QSizeF(900, 330), QApplication::font(), false, 0);
    QVERIFY(layout.hasOverflow());
    QVERIFY(layout.hiddenDoors > 0);
    QVERIFY2(layout.overflow.fullText.contains(QStringLiteral("veth")),
             qPrintable(layout.overflow.fullText));
    QStringList shown;
    for (const auto &header : layout.headers)
        shown << header.fullText;
    // Loopback, then the interfaces other hosts can reach; link-local-only veths last.
    QCOMPARE(shown.value(0), QStringLiteral("lo"));
    QVERIFY2(shown.contains(QStringLiteral("wlp2s0")), qPrintable(shown.join(QLatin1Char(' '))));
    QVERIFY(!shown.contains(QStringLiteral("veth039a9c")));
    // Every door is either shown or counted.
    QCOMPARE(layout.doors.size() + layout.hiddenDoors, map.doorCount());
    QCOMPARE(map.importance(map.ports.at(39)), ReachabilityMap::Importance::LinkLocalOnly);
    QCOMPARE(map.importance(map.ports.at(3)), ReachabilityMap::Importance::Virtual);
}

void TestReachabilityMapView::expandedShowsEveryDoor()
{
    const ReachabilityMap map = mapFor(40, BindChoice::make(BindChoice::Kind::LoopbackIPv4), true);
    const QFont font = QApplication::font();
    const qreal full = ReachabilityMapLayout::fullHeight(map, font);
    const ReachabilityMapLayout layout =
        ReachabilityMapLayout::compute(map, QSizeF(900, full), font, true, 0);
    QCOMPARE(layout.hiddenDoors, 0);
    QCOMPARE(layout.doors.size(), map.doorCount());
    QVERIFY(layout.hasOverflow()); // the "Show fewer" row
    checkLayout(layout, QStringLiteral("expanded at full height"));
}

void TestReachabilityMapView::refusedVisitorsWireToTheShutDoorOrTheEdge()
{
    const ReachabilityMap map = mapFor(3, BindChoice::make(BindChoice::Kind::LoopbackIPv4), true);
    const ReachabilityMapLayout layout = ReachabilityMapLayout::compute(
        map, QSizeF(900, 400), QApplication::font(), false, 1000, refusals());
    checkLayout(layout, QStringLiteral("refused visitors"));
    // The faded one is gone; the other three each have a wire.
    QCOMPARE(layout.refused.size(), 3);
    int atShutDoor = 0;
    int atEdge = 0;
    for (const auto &place : layout.refused) {
        QVERIFY(!place.peer.text.isEmpty());
        QVERIFY(place.crossHalf > 0);
        QVERIFY(place.wire.p1().x() < place.wire.p2().x()); // from outside, inwards
        if (place.door < 0) {
            ++atEdge;
            QVERIFY(place.wire.p2().x() <= layout.box.left());
            continue;
        }
        const auto &door = layout.doors.at(place.door);
        QVERIFY(place.wire.p2().x() <= door.square.left());
        QCOMPARE(place.wire.p2().y(), door.square.center().y());
        const QHostAddress address = map.ports.at(door.port).doors.at(door.door).address;
        if (address == QHostAddress(QStringLiteral("198.18.0.2"))) {
            QVERIFY(!door.open);
            ++atShutDoor;
        } else {
            // A lit door refused someone too (a firewall): the refusal is the row's news.
            QCOMPARE(address, QHostAddress(QStringLiteral("127.0.0.1")));
            QVERIFY(door.peer.rect.isEmpty());
        }
    }
    QCOMPARE(atShutDoor, 1);
    QCOMPARE(atEdge, 1);
    // Among many interfaces, the one someone was just refused at is shown, not grouped away.
    const ReachabilityMap crowded =
        mapFor(40, BindChoice::make(BindChoice::Kind::LoopbackIPv4), true);
    const QList<ReachabilityMapLayout::Refusal> late = {{QHostAddress(QStringLiteral("198.18.0.7")),
                                                         QStringLiteral("203.0.113.7:50000"),
                                                         QString(), 5000}};
    const ReachabilityMapLayout small = ReachabilityMapLayout::compute(
        crowded, QSizeF(700, 220), QApplication::font(), false, 1000, late);
    QVERIFY(small.hasOverflow());
    QCOMPARE(small.refused.size(), 1);
    QVERIFY(small.refused.first().door >= 0);
    checkLayout(small, QStringLiteral("refused among 40 interfaces"));
    const ReachabilityMapLayout faded = ReachabilityMapLayout::compute(
        crowded, QSizeF(700, 220), QApplication::font(), false, 6000, late);
    for (const auto &door : faded.doors) // without the refusal it would be grouped away
        QVERIFY(crowded.ports.at(door.port).doors.at(door.door).address !=
                QHostAddress(QStringLiteral("198.18.0.7")));
    // After they fade, nothing of them is placed and the room for peers goes back.
    QVERIFY(ReachabilityMapLayout::compute(map, QSizeF(900, 400), QApplication::font(), false, 6000,
                                           refusals())
                .refused.isEmpty());
}

void TestReachabilityMapView::paintsAndDescribesItself()
{
    ReachabilityMapView view;
    view.setMap(mapFor(40, BindChoice::make(BindChoice::Kind::LoopbackIPv4), true));
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.focusPolicy() & Qt::TabFocus);
    QVERIFY2(view.accessibleDescription().startsWith(QStringLiteral("listening on 127.0.0.1")),
             qPrintable(view.accessibleDescription()));
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("open: 127.0.0.1.")));
    // The window never grows because of the interfaces: collapsed, the map asks for a few rows.
    QVERIFY(view.minimumSizeHint().height() < 300);
    QVERIFY(view.sizeHint().height() <= view.fontMetrics().height() * 16);
    QVERIFY(view.currentLayout().hasOverflow());
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Space);
    QVERIFY(view.isExpanded());
    QVERIFY(view.minimumSizeHint().height() >
            ReachabilityMapLayout::fullHeight(view.map(), view.font()) - 1);
    const QImage picture = view.grab().toImage();
    QVERIFY(!picture.isNull());
}

QTEST_MAIN(TestReachabilityMapView)
#include "tst_reachabilitymapview.moc"
