#include "BindChoiceComboBox.h"

BindChoiceComboBox::BindChoiceComboBox(QWidget *parent)
    : QComboBox(parent)
{
    // Long IPv6 labels with a scope must never be clipped.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void BindChoiceComboBox::setChoices(const QList<BindChoice> &choices)
{
    const QString previous = currentChoice().key;
    QSignalBlocker blocker(this);
    m_choices = choices;
    clear();
    for (const BindChoice &choice : choices) {
        addItem(choice.label(), choice.key);
        setItemData(count() - 1, choice.reach(), Qt::ToolTipRole);
    }
    if (previous.isEmpty() || !selectKey(previous))
        setCurrentIndex(choices.isEmpty() ? -1 : 0);
    blocker.unblock();
    emit currentIndexChanged(currentIndex());
}

BindChoice BindChoiceComboBox::currentChoice() const
{
    const int index = currentIndex();
    if (index < 0 || index >= m_choices.size())
        return {};
    return m_choices.at(index);
}

bool BindChoiceComboBox::selectKey(const QString &key)
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).key.compare(key, Qt::CaseInsensitive) == 0) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void BindChoiceComboBox::showPopup()
{
    emit aboutToShowPopup();
    QComboBox::showPopup();
}
