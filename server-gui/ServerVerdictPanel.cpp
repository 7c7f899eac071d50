#include "ServerVerdictPanel.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace {

constexpr qreal kHeadlineScale = 1.35;

int hueOf(ServerVerdictPanel::Tone tone)
{
    switch (tone) {
    case ServerVerdictPanel::Tone::Good:
        return 130;
    case ServerVerdictPanel::Tone::Limited:
        return 35;
    case ServerVerdictPanel::Tone::Problem:
        return 0;
    case ServerVerdictPanel::Tone::Idle:
        break;
    }
    return -1;
}

// The symbol in a circle of `rect`: drawn, not a font glyph, so it is sharp at any scale and
// does not depend on what the font has.
void drawSymbol(QPainter &p, const QRectF &rect, ServerVerdictPanel::Tone tone,
                const QColor &colour, const QColor &ink)
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(rect);
    const qreal s = rect.width();
    const QPointF c = rect.center();
    QPen pen(ink, qMax<qreal>(2, s * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (tone) {
    case ServerVerdictPanel::Tone::Good: {
        QPainterPath tick(c + QPointF(-s * 0.24, 0));
        tick.lineTo(c + QPointF(-s * 0.06, s * 0.18));
        tick.lineTo(c + QPointF(s * 0.25, -s * 0.18));
        p.drawPath(tick);
        break;
    }
    case ServerVerdictPanel::Tone::Limited:
        p.drawLine(c + QPointF(0, -s * 0.25), c + QPointF(0, s * 0.06));
        p.drawPoint(c + QPointF(0, s * 0.24));
        break;
    case ServerVerdictPanel::Tone::Problem:
        p.drawLine(c + QPointF(-s * 0.18, -s * 0.18), c + QPointF(s * 0.18, s * 0.18));
        p.drawLine(c + QPointF(-s * 0.18, s * 0.18), c + QPointF(s * 0.18, -s * 0.18));
        break;
    case ServerVerdictPanel::Tone::Idle:
        p.drawLine(c + QPointF(-s * 0.2, 0), c + QPointF(s * 0.2, 0));
        break;
    }
}

} // namespace

ServerVerdictPanel::ServerVerdictPanel(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel)
    , m_lines(new QVBoxLayout)
{
    setObjectName(QStringLiteral("verdictPanel"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus);
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    m_lines->setSpacing(2);
    layout->addLayout(m_lines);
    updateFont();
}

void ServerVerdictPanel::setVerdict(Tone tone, const QString &headline)
{
    m_tone = tone;
    m_headline->setText(headline);
    setAccessibleName(headline);
    setAccessibleDescription(bodyText());
    update();
}

QString ServerVerdictPanel::headline() const
{
    return m_headline->text();
}

void ServerVerdictPanel::addLine(QLabel *label)
{
    m_body << label;
    m_lines->addWidget(label);
}

void ServerVerdictPanel::announce()
{
    setAccessibleDescription(bodyText());
    QAccessibleEvent name(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&name);
    QAccessibleEvent description(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
    emit announced();
}

void ServerVerdictPanel::addButton(QWidget *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    m_lines->addLayout(row);
}

QString ServerVerdictPanel::bodyText() const
{
    QStringList lines;
    for (const QLabel *label : m_body) {
        if (!label->isHidden() && !label->text().isEmpty())
            lines << label->text();
    }
    return lines.join(QLatin1Char('\n'));
}

QColor ServerVerdictPanel::toneColour() const
{
    const int hue = hueOf(m_tone);
    if (hue < 0)
        return palette().color(QPalette::PlaceholderText);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHsl(hue, 190, dark ? 150 : 95);
}

void ServerVerdictPanel::updateFont()
{
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * kHeadlineScale);
    m_headline->setFont(big);
    // Room on the left for the stripe and the symbol, as tall as the headline's first line.
    const int symbol = QFontMetrics(big).height();
    setContentsMargins(symbol + 14, 2, 4, 2);
}

void ServerVerdictPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFont();
}

void ServerVerdictPanel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = toneColour();
    p.fillRect(QRectF(0, 0, 5, height()), colour);
    const int symbol = QFontMetrics(m_headline->font()).height();
    const QRectF at(9, m_headline->geometry().top() + 1, symbol - 2, symbol - 2);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    drawSymbol(p, at, m_tone, colour, dark ? QColor(Qt::black) : QColor(Qt::white));
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}
