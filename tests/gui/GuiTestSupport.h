#pragma once

#include "gui/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace salkku::testing {

// The one QApplication of a widget test program (offscreen platform, set by ctest), whichever test asks
// first; data in QStandardPaths' test locations, never the user's, and settings in a folder of this process's
// own: ctest runs tests side by side, and one test's last portfolio must not be another's.
inline QApplication &application()
{
    static int argc = 1;
    static char name[] = "gui_tests";
    static char *argv[] = {name, nullptr};
    static QTemporaryDir settings;
    static QApplication *app = [] {
        QStandardPaths::setTestModeEnabled(true);
        auto *instance = new QApplication(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("SalkkuTests"));
        QCoreApplication::setApplicationName(QStringLiteral("SalkkuTests"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        return instance;
    }();
    return *app;
}

// Once the window shows what its new search or filter finds (the tree is read off the GUI thread).
inline void waitForTree(gui::MainWindow &window)
{
    if (!window.isReadingTree())
        return;
    QSignalSpy read(&window, &gui::MainWindow::treeRead);
    ASSERT_TRUE(read.wait(30000));
}

} // namespace salkku::testing
