#pragma once

#include <QFont>
#include <QPalette>
#include <QRect>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;

// Presenter mode, shared by both windows: large type and high contrast for a projector, the
// whole screen (F11 toggles it, Esc leaves it), and a bar with the classic demo's two steps
// (PresenterScript) and a caption for the step on screen. "Side by side" puts the window on its
// half of the screen instead (server left, client right), for both windows on one projector.
// The window decides what each step does; the bar only asks for it.
class PresenterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterBar)

public:
    static constexpr qreal kFontScale = 1.6;
    enum class Half { Left, Right };

    // `window` is the widget whose font and palette presenter mode changes.
    explicit PresenterBar(QWidget *window, QWidget *parent = nullptr);

    // The checkable "Presenter mode" action (F5) that switches this bar, added to `menu` with
    // "Full screen" (F11) and "Side by side".
    QAction *addToggleTo(QMenu *menu);
    void setActive(bool active);
    // Which half of the screen "Side by side" takes.
    void setHalf(Half half) { m_half = half; }
    void setFullScreen(bool fullScreen);
    void placeSideBySide();
    bool isActive() const { return m_active; }
    void setCaption(const QString &caption);
    QString caption() const;

signals:
    void activeChanged(bool active);
    void reproduceRequested();
    void fixRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followWindowState();
    void placeOnHalf();

    QWidget *m_window = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_sideBySideAction = nullptr;
    QAction *m_leaveFullScreenAction = nullptr;
    Half m_half = Half::Left;
    QLabel *m_caption = nullptr;
    QPushButton *m_reproduce = nullptr;
    QPushButton *m_fix = nullptr;
    QFont m_normalFont;
    QPalette m_normalPalette;
    bool m_active = false;
    bool m_fullScreenWhenShown = false;
    QRect m_normalGeometry; // before full screen
};
