#pragma once

#include "diagnosis/Verdict.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

// Where a window says how things ended, first and large: a symbol whose shape (not only its
// colour) tells the tone, the outcome in a few words, the cause and the fix in a sentence each,
// and a command with a Copy button where one helps. While something runs it shows the time
// spent against the time allowed. After a run it takes the focus and tells assistive
// technology, so a screen reader speaks the verdict without the user hunting for it.
class VerdictPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictPanel)

public:
    explicit VerdictPanel(QWidget *parent = nullptr);

    void setVerdict(const Verdict &verdict);
    void showBusy(const QString &outcome, const QString &cause);
    // While busy: `step` says what is being tried; the bar fills towards `totalMs`.
    void setProgress(qint64 elapsedMs, qint64 totalMs, const QString &step);
    void announce();
    // Presenter mode: the outcome large enough to read from the back of a room.
    void setProminent(bool prominent);

    bool isBusy() const { return m_look == Look::Busy; }
    QString outcome() const;
    QString cause() const;
    QString fix() const;
    QString command() const;
    // What a screen reader is given: outcome, cause and fix in reading order.
    QString spokenText() const;

signals:
    void commandCopied(const QString &command);
    // Sent after announce() told assistive technology about the verdict.
    void announced(const QString &spokenText);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Look { Success, Failure, Silence, Neutral, Busy };

    void buildUi();
    void setTexts(Look look, const QString &outcome, const QString &cause, const QString &fix,
                  const QString &command);
    void applyFonts();
    QColor toneColour() const;
    int symbolSize() const;
    void drawSymbol(QPainter &painter, const QRectF &box) const;

    Look m_look = Look::Neutral;
    bool m_prominent = false;
    double m_progress = -1; // 0..1 while busy with a known total, else -1
    QLabel *m_outcome = nullptr;
    QLabel *m_cause = nullptr;
    QLabel *m_fix = nullptr;
    QWidget *m_commandRow = nullptr;
    QLabel *m_command = nullptr;
    QPushButton *m_copy = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_step = nullptr;
};
