#pragma once

#include "gui/GroupOverview.h"
#include "gui/MainWindow.h"
#include "models/ProjectTreeModel.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace salkku::testing {

// The one QApplication of a widget test program (offscreen platform, set by ctest), whichever test asks
// first; data in QStandardPaths' test locations, never the user's, and settings in a folder of this process's
// own: ctest runs tests side by side, and one test's last portfolio must not be another's. The language is
// English there, whatever the machine's.
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
        // The window's texts in English whatever the machine's locale (a new user's window follows the
        // system's language; the tests read its texts).
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        return instance;
    }();
    return *app;
}

// A window as the tests use it: no dialogs, a search at once (no pause for typing), a small screen's size,
// shown.
inline std::unique_ptr<gui::MainWindow> shownTestWindow()
{
    auto window = std::make_unique<gui::MainWindow>();
    window->setInteractive(false);
    window->setSearchDelay(0);
    window->resize(1200, 760);
    window->show();
    return window;
}

// Once the window shows what its new search or filter finds (the tree is read off the GUI thread).
inline void waitForTree(gui::MainWindow &window)
{
    if (window.isReadingTree()) {
        QSignalSpy read(&window, &gui::MainWindow::treeRead);
        ASSERT_TRUE(read.wait(30000));
    }
    // Pages changed: their places in the tree, read on the tree's slice reader.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.treeModel()->isPlacing(); }, 30000));
}

// Once the timeline on screen shows the tree's projects (read off the GUI thread: with the tree, or alone
// when its tab is opened).
inline void waitForTimeline(gui::MainWindow &window)
{
    waitForTree(window);
    if (!window.isReadingTimeline())
        return;
    QSignalSpy read(&window, &gui::MainWindow::timelineRead);
    ASSERT_TRUE(read.wait(30000));
}

// Once the details show the projects of the group overview asked for (read off the GUI thread).
inline void waitForOverview(gui::MainWindow &window)
{
    if (!window.isReadingOverview())
        return;
    QSignalSpy read(&window, &gui::MainWindow::overviewRead);
    ASSERT_TRUE(read.wait(30000));
}

// A group's overview in the details, as a person reads it: the header, then each row's cells joined by " | ".
inline QStringList overviewLines(gui::MainWindow &window)
{
    auto *overview = window.findChild<gui::GroupOverview *>(QStringLiteral("groupOverview"));
    if (!overview)
        return {};
    const QAbstractItemModel &table = *overview->table()->model();
    QStringList lines;
    QStringList cells;
    for (int column = 0; column < table.columnCount(); ++column)
        cells.append(table.headerData(column, Qt::Horizontal).toString());
    lines.append(cells.join(QStringLiteral(" | ")));
    for (int row = 0; row < table.rowCount(); ++row) {
        cells.clear();
        for (int column = 0; column < table.columnCount(); ++column)
            cells.append(table.index(row, column).data().toString());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}

// Reads all of a tree row's children, waiting for a group's slices (read on the model's reader thread).
// False when a slice does not come.
inline bool readAllRows(models::ProjectTreeModel &model, const QModelIndex &parent)
{
    for (;;) {
        if (model.canFetchMore(parent)) {
            model.fetchMore(parent);
        } else if (model.canReadMore(parent)) {
            model.readMore(parent);
        } else if (model.isFetching(parent)) {
            if (!QTest::qWaitFor([&] { return !model.isFetching(parent); }, 30000))
                return false;
        } else {
            return true;
        }
    }
}

} // namespace salkku::testing
