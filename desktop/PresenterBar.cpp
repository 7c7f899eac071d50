#include "PresenterBar.h"

#include "app/PresenterScript.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

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
    // A control that cannot be used now (the bind and port while listening) must look it:
    // greyed text on grey fields, still readable from the back of the room.
    const QColor greyText(0x6a, 0x6a, 0x6a);
    p.setColor(QPalette::Disabled, QPalette::WindowText, greyText);
    p.setColor(QPalette::Disabled, QPalette::Text, greyText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, greyText);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0xee, 0xee, 0xee));
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
    // No accessible name: a screen reader reads the caption's own text.
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
    m_caption->setVisible(false); // no empty line before the first step
    connect(m_reproduce, &QPushButton::clicked, this, &PresenterBar::reproduceRequested);
    connect(m_fix, &QPushButton::clicked, this, &PresenterBar::fixRequested);
    setVisible(false);

    m_leaveFullScreenAction = new QAction(tr("Leave full screen"), m_window);
    m_leaveFullScreenAction->setObjectName(QStringLiteral("leaveFullScreenAction"));
    m_leaveFullScreenAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveFullScreenAction->setEnabled(false); // Esc belongs to the widgets until then
    connect(m_leaveFullScreenAction, &QAction::triggered, this, [this] { setFullScreen(false); });
    m_window->addAction(m_leaveFullScreenAction);
    m_window->installEventFilter(this);
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

    m_fullScreenAction = menu->addAction(tr("&Full screen"));
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setStatusTip(tr("The whole screen for this window; Esc leaves it."));
    connect(m_fullScreenAction, &QAction::triggered, this, &PresenterBar::setFullScreen);

    m_sideBySideAction = menu->addAction(tr("&Side by side"));
    m_sideBySideAction->setObjectName(QStringLiteral("sideBySideAction"));
    m_sideBySideAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F11));
    m_sideBySideAction->setStatusTip(
        tr("Half of the screen for each window: the server on the left, the client on the "
           "right."));
    m_sideBySideAction->setEnabled(m_active);
    connect(m_sideBySideAction, &QAction::triggered, this, &PresenterBar::placeSideBySide);
    return action;
}

void PresenterBar::setFullScreen(bool fullScreen)
{
    // Before the first show a window system without a window manager (a bare X server, a
    // kiosk) would keep the normal size: enter full screen once the window is shown.
    m_fullScreenWhenShown = fullScreen && !m_window->isVisible();
    if (m_fullScreenWhenShown)
        return;
    const Qt::WindowStates state = m_window->windowState();
    if (fullScreen == state.testFlag(Qt::WindowFullScreen)) {
        followWindowState();
        return;
    }
    if (fullScreen)
        m_normalGeometry = m_window->geometry();
    m_window->setWindowState(fullScreen ? state | Qt::WindowFullScreen
                                        : state & ~Qt::WindowFullScreen);
    followWindowState();
    // A window manager resizes the window itself; without one (a bare X server, a kiosk)
    // nobody would. So once the change has had its turn: the screen the window is on, or the
    // size it had before, where the window system left the window as it was.
    QTimer::singleShot(0, this, [this, fullScreen] {
        const QRect screen = m_window->screen()->geometry();
        if (fullScreen && m_window->isFullScreen() && m_window->geometry() != screen)
            m_window->setGeometry(screen);
        else if (!fullScreen && !m_window->isFullScreen() && m_window->geometry() == screen &&
                 m_normalGeometry.isValid())
            m_window->setGeometry(m_normalGeometry);
    });
}

void PresenterBar::placeSideBySide()
{
    if (m_window->isFullScreen() || m_window->isMaximized()) {
        setFullScreen(false);
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMaximized);
        // The frame comes back with the normal state: measure it once it has.
        QTimer::singleShot(0, this, &PresenterBar::placeOnHalf);
        return;
    }
    placeOnHalf();
}

void PresenterBar::placeOnHalf()
{
    const QRect screen = m_window->screen()->availableGeometry();
    QRect half = screen;
    half.setWidth(screen.width() / 2);
    if (m_half == Half::Right)
        half.moveRight(screen.right());
    // The frame a window manager draws goes inside the half too; setGeometry() places the
    // inside of the window.
    const QMargins frame =
        m_window->windowHandle() ? m_window->windowHandle()->frameMargins() : QMargins();
    m_window->setGeometry(half.marginsRemoved(frame));
}

bool PresenterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::WindowStateChange)
        followWindowState();
    if (watched == m_window && event->type() == QEvent::Show && m_fullScreenWhenShown) {
        m_fullScreenWhenShown = false;
        // Once the window is mapped: a state set before that is only a wish to the system.
        QTimer::singleShot(0, this, [this] {
            if (m_active)
                setFullScreen(true);
        });
    }
    return QWidget::eventFilter(watched, event);
}

void PresenterBar::followWindowState()
{
    const bool fullScreen = m_window->windowState().testFlag(Qt::WindowFullScreen);
    if (m_fullScreenAction)
        m_fullScreenAction->setChecked(fullScreen);
    m_leaveFullScreenAction->setEnabled(fullScreen);
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
    if (m_sideBySideAction)
        m_sideBySideAction->setEnabled(active);
    // A projector is the whole screen; leaving presenter mode gives the desktop back.
    setFullScreen(active);
    emit activeChanged(active);
}

void PresenterBar::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

QString PresenterBar::caption() const
{
    return m_caption->text();
}
