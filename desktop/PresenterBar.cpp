#include "PresenterBar.h"

#include "app/PresenterScript.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// Black on white with saturated accents: what survives a washed-out projector best.
QPalette highContrast()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x3c, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    return p;
}

} // namespace

PresenterBar::PresenterBar(QWidget *window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_caption(new QLabel)
    , m_reproduce(new QPushButton(PresenterScript::buttonText(PresenterScript::Step::Bug)))
    , m_fix(new QPushButton(PresenterScript::buttonText(PresenterScript::Step::Fix)))
{
    setObjectName(QStringLiteral("presenterBar"));
    m_caption->setObjectName(QStringLiteral("presenterCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_caption->setAccessibleName(tr("Demo caption"));
    m_reproduce->setObjectName(QStringLiteral("reproduceButton"));
    m_reproduce->setAccessibleName(m_reproduce->text());
    m_reproduce->setAccessibleDescription(
        tr("Binds the server to this machine's hostname, or connects to it from the network "
           "address: the article's \"Connection refused\"."));
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fix->setAccessibleName(m_fix->text());
    m_fix->setAccessibleDescription(
        tr("Binds the server to all interfaces, or connects again: the greeting arrives."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reproduce);
    buttons->addWidget(m_fix);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_caption);
    connect(m_reproduce, &QPushButton::clicked, this, &PresenterBar::reproduceRequested);
    connect(m_fix, &QPushButton::clicked, this, &PresenterBar::fixRequested);
    setVisible(false);
}

QAction *PresenterBar::addToggleTo(QMenu *menu)
{
    QAction *action = menu->addAction(tr("&Presenter mode"));
    action->setObjectName(QStringLiteral("presenterAction"));
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::Key_F5));
    action->setStatusTip(
        tr("Large type and high contrast for a projector, with the demo's two steps."));
    connect(action, &QAction::toggled, this, &PresenterBar::setActive);
    return action;
}

void PresenterBar::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_normalFont = m_window->font();
        m_normalPalette = m_window->palette();
        QFont big = m_normalFont;
        big.setPointSizeF(big.pointSizeF() * kFontScale);
        m_window->setFont(big);
        m_window->setPalette(highContrast());
    } else {
        m_window->setFont(m_normalFont);
        m_window->setPalette(m_normalPalette);
    }
    setVisible(active);
}

void PresenterBar::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

QString PresenterBar::caption() const
{
    return m_caption->text();
}
