#include "HandshakeDiagram.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace {

using Party = HandshakeTrace::Party;
using Kind = HandshakeTrace::Kind;

// Colours that read on light and dark palettes alike: the hue carries the meaning (green ok,
// red reset, amber silence), the lightness follows the window.
QColor semantic(const QPalette &palette, int hue)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHsl(hue, 170, dark ? 170 : 90);
}

QString timeText(qint64 usecs)
{
    if (usecs < 0)
        return QString();
    return HandshakeDiagram::tr("%1 ms").arg(QString::number(double(usecs) / 1000.0, 'f', 3));
}

void drawArrow(QPainter &p, QPointF from, QPointF to)
{
    p.drawLine(from, to);
    const QPointF dir = (to - from) / std::hypot(to.x() - from.x(), to.y() - from.y());
    const QPointF normal(-dir.y(), dir.x());
    const qreal size = 7;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to - dir * size * 1.6 + normal * size * 0.7);
    head.lineTo(to - dir * size * 1.6 - normal * size * 0.7);
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

} // namespace

HandshakeDiagram::HandshakeDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("handshakeDiagram"));
    setAccessibleName(tr("Handshake diagram"));
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleDescription(summary());
}

void HandshakeDiagram::setTrace(const HandshakeTrace &trace)
{
    m_trace = trace;
    // Screen readers get the same story as the picture; a live trace whose times tick on
    // says nothing new, so it sends no new description.
    const QString words = summary();
    if (words != accessibleDescription())
        setAccessibleDescription(words);
    updateGeometry();
    update();
}

QString HandshakeDiagram::summary() const
{
    if (m_trace.steps.isEmpty())
        return tr("Connect to see what happened on the wire.");
    QStringList words;
    for (const HandshakeTrace::Step &s : m_trace.steps)
        words << s.label;
    return words.join(QStringLiteral(" → ")) + QStringLiteral(". ") + m_trace.caption;
}

void HandshakeDiagram::clear()
{
    setTrace({});
}

int HandshakeDiagram::rowHeight() const
{
    return fontMetrics().height() * 2 + 6;
}

QSize HandshakeDiagram::sizeHint() const
{
    const int rows = int(m_trace.steps.size());
    const int h = fontMetrics().height() * 4 + rows * rowHeight();
    return {fontMetrics().averageCharWidth() * 60, h};
}

int HandshakeDiagram::minimumDiagramHeight() const
{
    const int line = fontMetrics().height();
    const int rows = int(m_trace.steps.size());
    return line + line + 4 + rows * line * 3 / 2 + 4;
}

QString HandshakeDiagram::captionText() const
{
    return m_trace.caption + QLatin1Char('\n') +
           tr("Drawn from what the socket reported, not from a packet capture.");
}

int HandshakeDiagram::heightForWidth(int width) const
{
    if (m_trace.steps.isEmpty())
        return minimumSizeHint().height();
    const int line = fontMetrics().height();
    const QRect caption = fontMetrics().boundingRect(QRect(0, 0, width - line * 2, 100000),
                                                     Qt::TextWordWrap, captionText());
    return minimumDiagramHeight() + caption.height() + line / 2;
}

QSize HandshakeDiagram::minimumSizeHint() const
{
    // Never narrower than the time column, both lifeline names and the widest packet label
    // between them: a long scoped IPv6 address is drawn whole, and the view scrolls instead of
    // cutting it off.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("00000.000 ms")) + line;
    int widestLabel = 0;
    for (const HandshakeTrace::Step &s : m_trace.steps)
        widestLabel = std::max(widestLabel, fm.horizontalAdvance(s.label));
    const int width =
        line * 3 + std::max(timeWidth, boldFm.horizontalAdvance(m_trace.clientLabel)) +
        std::max(widestLabel, line * 4) + boldFm.horizontalAdvance(m_trace.serverLabel) / 2;
    const int height = m_trace.steps.isEmpty() ? line * 3 : minimumDiagramHeight() + line * 3;
    return {std::max(fm.averageCharWidth() * 40, width), height};
}

// One picture painted top to bottom; lifelines, arrows and caption share a dozen geometry
// values, which split functions would pass around. NOLINTNEXTLINE(readability-function-size)
void HandshakeDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (hasFocus()) {
        QPen focusPen(pal.color(QPalette::Highlight), 2, Qt::DashLine);
        p.setPen(focusPen);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
    if (m_trace.steps.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, summary());
        return;
    }

    // Room to spare (a large screen, a maximised window) makes the whole picture larger
    // rather than emptier, up to 1.6 times; never so large that long names crowd each other.
    const QSize comfortable = sizeHint();
    const qreal room =
        std::min({qreal(width()) / comfortable.width(), qreal(height()) / comfortable.height(),
                  qreal(width()) / minimumSizeHint().width()});
    const qreal scale = qBound(1.0, room, 1.6);
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * scale);
    p.setFont(base);
    const QFontMetrics fm(base);
    const int margin = fm.height();
    const int timeWidth = fm.horizontalAdvance(QStringLiteral("00000.000 ms")) + margin;
    QFont bold = base;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    const int clientHalf = boldFm.horizontalAdvance(m_trace.clientLabel) / 2 + 2;
    const int serverHalf = boldFm.horizontalAdvance(m_trace.serverLabel) / 2 + 2;
    // Each lifeline sits far enough in for its name, centred on it, to fit inside.
    const qreal left = margin + std::max(timeWidth, clientHalf);
    const qreal right = width() - margin - std::max(margin, serverHalf);
    const qreal middle = (left + right) / 2;
    const int top = margin;
    // Keep room for the caption; squeeze the rows (down to 1.5 lines each) if the view is short.
    // The caption keeps the window's type: it explains, the verdict above tells.
    const QFontMetrics captionFm = fontMetrics();
    const int captionHeight = captionFm
                                  .boundingRect(QRect(0, 0, width() - margin * 2, 100000),
                                                Qt::TextWordWrap, captionText())
                                  .height() +
                              captionFm.height() / 2;
    const int steps = qMax(1, int(m_trace.steps.size()));
    const int row =
        qBound(fm.height() * 3 / 2, (height() - top - fm.height() - 4 - captionHeight) / steps,
               fm.height() * 3);
    const int bottom = top + fm.height() + 4 + int(m_trace.steps.size()) * row;

    // Lifelines with their names.
    const QColor text = pal.color(QPalette::Text);
    p.setPen(text);
    p.setFont(bold);
    p.drawText(QRectF(left - clientHalf, top, clientHalf * 2, fm.height()), Qt::AlignCenter,
               m_trace.clientLabel);
    p.drawText(QRectF(right - serverHalf, top, serverHalf * 2, fm.height()), Qt::AlignCenter,
               m_trace.serverLabel);
    p.setFont(base);
    QPen lifeline(pal.color(QPalette::Mid), 2);
    p.setPen(lifeline);
    const int lineTop = top + fm.height() + 4;
    p.drawLine(QPointF(left, lineTop), QPointF(left, bottom));
    p.drawLine(QPointF(right, lineTop), QPointF(right, bottom));

    const auto xOf = [&](Party party) {
        switch (party) {
        case Party::Client:
            return left;
        case Party::Server:
            return right;
        case Party::Network:
            return middle;
        }
        return left;
    };

    for (int i = 0; i < m_trace.steps.size(); ++i) {
        const HandshakeTrace::Step &s = m_trace.steps.at(i);
        const qreal y = lineTop + row * (i + 0.75);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(
            QRectF(margin / 2.0, y - fm.height(), timeWidth - margin / 2.0, fm.height() * 1.5),
            Qt::AlignRight | Qt::AlignVCenter, timeText(s.atUsecs));
        const bool reset = s.label.startsWith(QLatin1String("RST"));
        QColor colour = reset ? semantic(pal, 0) : semantic(pal, 210);
        if (s.kind == Kind::Silence)
            colour = semantic(pal, 40);
        if (s.kind == Kind::Nothing)
            colour = pal.color(QPalette::PlaceholderText);
        if (s.from == Party::Network)
            colour = semantic(pal, 280);
        QPen pen(colour, 2);
        switch (s.kind) {
        case Kind::Packet: {
            p.setPen(pen);
            // Arrows slope down a little: time passes while a packet travels.
            const QPointF from(xOf(s.from), y - row * 0.25);
            const QPointF to(xOf(s.to), y + row * 0.15);
            drawArrow(p, from, to);
            p.setPen(text);
            const qreal labelX = std::min(from.x(), to.x());
            p.drawText(QRectF(labelX, y - row * 0.25 - fm.height() - 2, std::abs(to.x() - from.x()),
                              fm.height()),
                       Qt::AlignCenter, s.label);
            break;
        }
        case Kind::Silence: {
            pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            p.drawLine(QPointF(right - 4, y - row * 0.4), QPointF(left + 4, y + row * 0.3));
            // The words sit on a patch of background, so the dashes never run through them.
            const QRectF band(left, y - fm.height(), right - left, fm.height());
            const int labelWidth = fm.horizontalAdvance(s.label) + fm.height() / 2;
            p.fillRect(
                QRectF(band.center().x() - labelWidth / 2.0, band.top(), labelWidth, band.height()),
                pal.color(QPalette::Base));
            p.setPen(colour);
            p.drawText(band, Qt::AlignCenter, s.label);
            break;
        }
        case Kind::Nothing: {
            p.setPen(pen);
            const QRectF box(left + 8, y - fm.height(), (right - left) - 16, fm.height() * 1.6);
            p.drawRect(box);
            p.drawText(box, Qt::AlignCenter, s.label);
            break;
        }
        }
    }

    p.setPen(text);
    p.setFont(font());
    p.drawText(QRectF(margin, bottom + 4, width() - margin * 2, height() - bottom - 4),
               Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, captionText());
}

void HandshakeDiagram::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void HandshakeDiagram::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}
