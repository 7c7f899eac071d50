#pragma once

#include <QString>

class QCoreApplication;

// Loads BindLab's own translation (from the application's :/i18n resources) and Qt's, for the
// language given (--lang) or, when none is, the system locale.
namespace Translations {

// Returns the language actually used ("de", "zh_CN", or "en" when nothing matched).
QString install(QCoreApplication &app, const QString &language);

// Finds --lang VALUE / --lang=VALUE before the real parse, so --help is already translated.
QString languageFromArguments(const QStringList &arguments);

} // namespace Translations
