#pragma once

#include "server/BindChoice.h"

#include <QComboBox>

// The bind-choice dropdown. It asks to be refreshed each time it opens, so an interface that
// came up a moment ago is there when the user looks.
class BindChoiceComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindChoiceComboBox)

public:
    explicit BindChoiceComboBox(QWidget *parent = nullptr);

    // Keeps the current selection (by key) when it is still offered.
    void setChoices(const QList<BindChoice> &choices);
    QList<BindChoice> choices() const { return m_choices; }
    BindChoice currentChoice() const;
    bool selectKey(const QString &key);

    void showPopup() override;

signals:
    void aboutToShowPopup();

private:
    QList<BindChoice> m_choices;
};
