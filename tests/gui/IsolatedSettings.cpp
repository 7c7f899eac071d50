// Compiled into every window test: QSettings go to a fresh directory inside the build tree, so
// a test never reads what an earlier run (or the person running it) saved, and never writes to
// the real home.
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

namespace {

void isolateSettings()
{
    static const QTemporaryDir dir = [] {
        QDir().mkpath(QStringLiteral(BINDLAB_TEST_SETTINGS_DIR));
        return QTemporaryDir(QStringLiteral(BINDLAB_TEST_SETTINGS_DIR "/XXXXXX"));
    }();
    if (!dir.isValid())
        qFatal("Cannot create a settings directory under %s", BINDLAB_TEST_SETTINGS_DIR);
    // INI files everywhere: the native format would be the registry on Windows and a plist in
    // ~/Library on macOS, where setPath() does not reach.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("BindLab"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateSettings)
