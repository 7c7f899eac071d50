#include "ServerWindowReady.h"

#include "BindChoiceComboBox.h"
#include "ServerWindow.h"

#include <QTest>

bool serverWindowReady(ServerWindow &window, int timeoutMs)
{
    const auto *combo = window.findChild<BindChoiceComboBox *>(QStringLiteral("bindCombo"));
    return combo && QTest::qWaitFor([combo] { return combo->count() >= 6; }, timeoutMs);
}
