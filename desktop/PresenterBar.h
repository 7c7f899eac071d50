#pragma once

#include <QFont>
#include <QPalette>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;

// Presenter mode, shared by both windows: large type and high contrast for a projector, and a
// bar with the classic demo's two steps (PresenterScript) and a caption for the step on screen.
// The window decides what each step does; the bar only asks for it.
class PresenterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterBar)

public:
    static constexpr qreal kFontScale = 1.6;

    // `window` is the widget whose font and palette presenter mode changes.
    explicit PresenterBar(QWidget *window, QWidget *parent = nullptr);

    // The checkable "Presenter mode" action (F5) that switches this bar, added to `menu`.
    QAction *addToggleTo(QMenu *menu);
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setCaption(const QString &caption);
    QString caption() const;

signals:
    void reproduceRequested();
    void fixRequested();

private:
    QWidget *m_window = nullptr;
    QLabel *m_caption = nullptr;
    QPushButton *m_reproduce = nullptr;
    QPushButton *m_fix = nullptr;
    QFont m_normalFont;
    QPalette m_normalPalette;
    bool m_active = false;
};
