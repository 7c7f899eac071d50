#pragma once

#include <QList>
#include <QRect>

// Gives the offscreen platform the screens a test needs (a 1024×768 laptop, a 1280×720
// projector, a 1920×1080 monitor…), side by side on one virtual desktop. Call before the
// QApplication exists; the first screen is the primary one.
void useOffscreenScreens(const QList<QRect> &screens);

// QTEST_MAIN with screens chosen first.
#define BINDLAB_TEST_MAIN_WITH_SCREENS(TestClass, ...)                                             \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        useOffscreenScreens(__VA_ARGS__);                                                          \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
