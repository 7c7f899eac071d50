#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

// The server window's answer to "who can reach me now", read from across a room: a symbol
// whose shape says it without the colour (a tick, an exclamation mark, a cross, a dash), a
// coloured stripe, a few words in large type, and under them the lines that say why and what
// to do. It takes focus, so after Start or Stop a screen reader reads it; its accessible name
// is the headline and its description the lines under it, both kept equal to what is shown.
class ServerVerdictPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerVerdictPanel)

public:
    enum class Tone { Idle, Good, Limited, Problem };

    explicit ServerVerdictPanel(QWidget *parent = nullptr);

    void setVerdict(Tone tone, const QString &headline);
    Tone tone() const { return m_tone; }
    QString headline() const;
    // A line under the headline; the panel shows it while it is visible and has text.
    void addLine(QLabel *label);
    // A button under the lines, at their left: what to do about the verdict, when there is
    // something to do (the button shows and hides itself).
    void addButton(QWidget *button);
    // Tells assistive technology the verdict changed: name and description events, so a
    // screen reader with the focus here reads it again.
    void announce();

signals:
    // After announce(): what a test can observe of the events a screen reader gets.
    void announced();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateFont();
    QString bodyText() const;
    QColor toneColour() const;

    QLabel *m_headline = nullptr;
    QVBoxLayout *m_lines = nullptr;
    QList<QLabel *> m_body;
    Tone m_tone = Tone::Idle;
};
