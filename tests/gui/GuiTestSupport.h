#pragma once

#include <QApplication>
#include <QStandardPaths>

namespace salkku::testing {

// The one QApplication of a widget test program (offscreen platform, set by ctest), whichever test asks
// first; settings and data in QStandardPaths' test locations, never the user's.
inline QApplication &application()
{
    static int argc = 1;
    static char name[] = "gui_tests";
    static char *argv[] = {name, nullptr};
    static QApplication *app = [] {
        QStandardPaths::setTestModeEnabled(true);
        auto *instance = new QApplication(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("SalkkuTests"));
        QCoreApplication::setApplicationName(QStringLiteral("SalkkuTests"));
        return instance;
    }();
    return *app;
}

} // namespace salkku::testing
