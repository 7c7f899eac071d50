#include "VerdictPanel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtMath>

namespace {

// A verdict is read as text: expose the panel as static text whose name is what it says,
// rather than as an anonymous pane a screen reader announces as "panel".
QAccessibleInterface *verdictAccessible(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (className == QLatin1String("VerdictPanel") && widget)
        return new QAccessibleWidget(widget, QAccessible::StaticText);
    return nullptr;
}

QLabel *makeLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPointF on(const QRectF &box, qreal x, qreal y)
{
    return {box.left() + box.width() * x, box.top() + box.height() * y};
}

} // namespace

VerdictPanel::VerdictPanel(QWidget *parent)
    : QFrame(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(verdictAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("verdictPanel"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    buildUi();
    applyFonts();
}

void VerdictPanel::buildUi()
{
    m_outcome = makeLabel(QStringLiteral("verdictOutcome"));
    m_cause = makeLabel(QStringLiteral("verdictCause"));
    m_fix = makeLabel(QStringLiteral("verdictFix"));
    m_command = makeLabel(QStringLiteral("verdictCommand"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = new QPushButton(tr("Cop&y command"));
    m_copy->setObjectName(QStringLiteral("copyCommandButton"));
    m_copy->setAccessibleDescription(tr("Copies the command beside it to the clipboard."));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_command->text());
        emit commandCopied(m_command->text());
    });
    m_commandRow = new QWidget;
    auto *commandLayout = new QHBoxLayout(m_commandRow);
    commandLayout->setContentsMargins(0, 0, 0, 0);
    commandLayout->addWidget(m_command, 1);
    commandLayout->addWidget(m_copy, 0, Qt::AlignTop);

    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("verdictProgress"));
    m_progressBar->setAccessibleName(tr("Time waited"));
    m_progressBar->setAccessibleDescription(
        tr("How much of the time allowed has passed while waiting for an answer."));
    m_step = makeLabel(QStringLiteral("verdictStep"));
    m_progressRow = new QWidget;
    auto *progressLayout = new QVBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_step);
    progressLayout->addWidget(m_progressBar);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_cause);
    layout->addWidget(m_fix);
    layout->addWidget(m_commandRow);
    layout->addWidget(m_progressRow);
    m_fix->hide();
    m_commandRow->hide();
    m_progressRow->hide();
}

void VerdictPanel::setVerdict(const Verdict &verdict)
{
    Look look = Look::Neutral;
    switch (verdict.tone) {
    case Verdict::Tone::Success:
        look = Look::Success;
        break;
    case Verdict::Tone::Failure:
        look = Look::Failure;
        break;
    case Verdict::Tone::Silence:
        look = Look::Silence;
        break;
    case Verdict::Tone::Neutral:
        break;
    }
    m_progressRow->hide();
    m_progress = -1;
    setTexts(look, verdict.outcome, verdict.cause, verdict.fix, verdict.command);
}

void VerdictPanel::showBusy(const QString &outcome, const QString &cause)
{
    m_progress = -1;
    m_step->clear();
    m_progressBar->setRange(0, 0);
    m_progressRow->show();
    setTexts(Look::Busy, outcome, cause, {}, {});
}

void VerdictPanel::setProgress(qint64 elapsedMs, qint64 totalMs, const QString &step)
{
    if (totalMs <= 0)
        return;
    const qint64 shown = qBound<qint64>(0, elapsedMs, totalMs);
    m_progressBar->setRange(0, int(totalMs));
    m_progressBar->setValue(int(shown));
    m_progressBar->setFormat(tr("%1 s of %2 s")
                                 .arg(QString::number(double(shown) / 1000.0, 'f', 1),
                                      QString::number(double(totalMs) / 1000.0, 'f', 1)));
    m_step->setText(step);
    m_progress = double(shown) / double(totalMs);
    update();
}

void VerdictPanel::setTexts(Look look, const QString &outcome, const QString &cause,
                            const QString &fix, const QString &command)
{
    m_look = look;
    m_outcome->setText(outcome);
    m_cause->setText(cause);
    m_fix->setText(fix);
    m_fix->setVisible(!fix.isEmpty());
    m_command->setText(command);
    m_commandRow->setVisible(!command.isEmpty());
    setAccessibleName(spokenText());
    const QString purpose = tr("How the last run ended: the outcome, its cause and the fix.");
    setAccessibleDescription(command.isEmpty() ? purpose
                                               : purpose + QLatin1Char(' ') +
                                                     tr("Command to copy: %1").arg(command));
    update();
}

void VerdictPanel::announce()
{
    setFocus(Qt::OtherFocusReason);
    // Focus already here sends no event of its own; a screen reader speaks the focused
    // object's new name, and a focus event makes it read the whole object again.
    QAccessibleEvent nameChanged(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    QAccessibleEvent focus(this, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
    emit announced(spokenText());
}

void VerdictPanel::setProminent(bool prominent)
{
    m_prominent = prominent;
    applyFonts();
}

QString VerdictPanel::outcome() const
{
    return m_outcome->text();
}

QString VerdictPanel::cause() const
{
    return m_cause->text();
}

QString VerdictPanel::fix() const
{
    return m_fix->text();
}

QString VerdictPanel::command() const
{
    return m_command->text();
}

QString VerdictPanel::spokenText() const
{
    QStringList parts;
    for (const QString &part : {outcome(), cause(), fix()}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1String(" — "));
}

void VerdictPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
    if (event->type() == QEvent::PaletteChange)
        update();
}

void VerdictPanel::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void VerdictPanel::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void VerdictPanel::applyFonts()
{
    // The outcome follows the panel's font (presenter mode scales it) at a larger size.
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * (m_prominent ? 2.0 : 1.5));
    m_outcome->setFont(big);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    m_command->setFont(fixed);
    const int pad = fontMetrics().height() / 2;
    layout()->setContentsMargins(symbolSize() + 2 * pad, pad, pad, pad);
    update();
}

int VerdictPanel::symbolSize() const
{
    return QFontMetrics(m_outcome->font()).height() * 3 / 2;
}

QColor VerdictPanel::toneColour() const
{
    // The hue carries the meaning; the lightness follows the palette so it reads light or dark.
    int hue = 210;
    switch (m_look) {
    case Look::Success:
        hue = 120;
        break;
    case Look::Failure:
        hue = 0;
        break;
    case Look::Silence:
        hue = 35;
        break;
    case Look::Neutral:
        return palette().color(QPalette::Mid);
    case Look::Busy:
        break;
    }
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    return QColor::fromHsl(hue, 170, dark ? 170 : 90);
}

void VerdictPanel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor tone = toneColour();
    QColor tint = tone;
    tint.setAlpha(28);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    p.setBrush(tint);
    p.setPen(QPen(hasFocus() ? palette().color(QPalette::Highlight) : tone, hasFocus() ? 3.0 : 2.0,
                  hasFocus() ? Qt::DashLine : Qt::SolidLine));
    p.drawRoundedRect(frame, 6, 6);
    const int pad = fontMetrics().height() / 2;
    const int size = symbolSize();
    drawSymbol(p, QRectF(pad, pad + (m_outcome->height() - size) / 2.0 + pad / 2.0, size, size));
}

// Vector shapes, so they stay sharp at any scale; each tone has its own shape and glyph so the
// meaning never rests on colour alone: a check in a circle, a cross in an octagon, an
// exclamation mark in a triangle, a dash in a ring, and a ring filling up while busy.
void VerdictPanel::drawSymbol(QPainter &p, const QRectF &box) const
{
    const QColor tone = toneColour();
    const QColor glyph = palette().color(QPalette::Window);
    const qreal stroke = box.width() / 9.0;
    QPen glyphPen(glyph, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(Qt::NoPen);
    p.setBrush(tone);
    switch (m_look) {
    case Look::Success: {
        p.drawEllipse(box);
        QPainterPath check;
        check.moveTo(on(box, 0.28, 0.52));
        check.lineTo(on(box, 0.44, 0.68));
        check.lineTo(on(box, 0.73, 0.34));
        p.strokePath(check, glyphPen);
        break;
    }
    case Look::Failure: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal a = M_PI / 8 + i * M_PI / 4;
            octagon << box.center() + QPointF(std::cos(a), std::sin(a)) * box.width() / 2;
        }
        p.drawPolygon(octagon);
        p.setPen(glyphPen);
        p.drawLine(on(box, 0.33, 0.33), on(box, 0.67, 0.67));
        p.drawLine(on(box, 0.67, 0.33), on(box, 0.33, 0.67));
        break;
    }
    case Look::Silence: {
        p.drawPolygon(QPolygonF({on(box, 0.5, 0.04), on(box, 0.98, 0.92), on(box, 0.02, 0.92)}));
        p.setPen(glyphPen);
        p.drawLine(on(box, 0.5, 0.36), on(box, 0.5, 0.62));
        p.drawPoint(on(box, 0.5, 0.77));
        break;
    }
    case Look::Neutral:
    case Look::Busy: {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(tone, stroke));
        const QRectF ring = box.adjusted(stroke, stroke, -stroke, -stroke);
        p.drawEllipse(ring);
        if (m_look == Look::Neutral) {
            p.drawLine(on(box, 0.32, 0.5), on(box, 0.68, 0.5));
        } else if (m_progress >= 0) {
            p.setBrush(tone);
            p.setPen(Qt::NoPen);
            p.drawPie(ring.adjusted(stroke, stroke, -stroke, -stroke), 90 * 16,
                      -int(m_progress * 360 * 16));
        }
        break;
    }
    }
}
