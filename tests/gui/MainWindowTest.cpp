#include "gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>

#include <gtest/gtest.h>

namespace {

// One QApplication for the whole test program (offscreen platform, set by ctest).
QApplication &application()
{
    static int argc = 1;
    static char name[] = "gui_tests";
    static char *argv[] = {name, nullptr};
    static QApplication app(argc, argv);
    return app;
}

} // namespace

TEST(MainWindow, OpensWithMenusAndAWelcome)
{
    application();
    salkku::gui::MainWindow window;
    window.show();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Salkku"));
    const auto menus = window.menuBar()->actions();
    ASSERT_EQ(menus.size(), 2);
    const QLabel *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    ASSERT_NE(welcome, nullptr);
    EXPECT_EQ(welcome->textFormat(), Qt::PlainText);
    EXPECT_FALSE(welcome->accessibleName().isEmpty());
    // A screenshot to look at, like a user would (build/<preset>/tests/screenshots).
    QDir().mkpath(QStringLiteral("screenshots"));
    EXPECT_TRUE(window.grab().save(QStringLiteral("screenshots/main-window.png")));
}

TEST(MainWindow, QuitHasTheStandardShortcut)
{
    application();
    salkku::gui::MainWindow window;
    const QAction *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
    ASSERT_NE(quit, nullptr);
    EXPECT_EQ(quit->shortcut(), QKeySequence(QKeySequence::Quit));
}
