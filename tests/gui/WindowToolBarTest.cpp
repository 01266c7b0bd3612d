#include "gui/WindowToolBar.h"

#include "GuiTestSupport.h"

#include <QAction>
#include <QMainWindow>
#include <QStyleFactory>

#include <memory>

namespace salkku::gui {
namespace {

using salkku::testing::application;

// A main window of a fixed size with a tool bar of one action at the given place, in the given style (the
// tool bar's own: a widget's style is not its children's).
struct WindowWithToolBar
{
    WindowWithToolBar(QToolBar *bar, QStyle *style, Qt::ToolBarArea area = Qt::TopToolBarArea) : toolBar(bar)
    {
        toolBar->setStyle(style);
        toolBar->setMovable(false);
        toolBar->addAction(QStringLiteral("Tuo tiedostoja"));
        window.addToolBar(area, toolBar);
        window.setCentralWidget(new QWidget(&window));
        window.resize(640, 360);
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    QImage image() const { return toolBar->grab().toImage().convertToFormat(QImage::Format_ARGB32); }

    QMainWindow window;
    QToolBar *toolBar;
};

std::unique_ptr<QStyle> style(const QString &name)
{
    std::unique_ptr<QStyle> made(QStyleFactory::create(name));
    EXPECT_TRUE(made) << qPrintable(name);
    return made;
}

TEST(WindowToolBar, DrawsFusionsBevelItselfPixelForPixelAsFusionDoes)
{
    application();
    const auto fusion = style(QStringLiteral("fusion"));
    WindowWithToolBar ours(new WindowToolBar, fusion.get());
    WindowWithToolBar qts(new QToolBar, fusion.get());
    ASSERT_EQ(ours.toolBar->geometry(), qts.toolBar->geometry());
    EXPECT_TRUE(static_cast<WindowToolBar *>(ours.toolBar)->drawsFusionBevel());

    const QImage drawn = ours.image();
    const QImage fusionDrawn = qts.image();
    ASSERT_EQ(drawn.size(), fusionDrawn.size());
    EXPECT_EQ(drawn, fusionDrawn);
    // There is a bevel to compare: the light line at the top and the dark one above the bottom row.
    const QColor window = ours.toolBar->palette().window().color();
    EXPECT_NE(drawn.pixelColor(drawn.width() / 2, 0), window);
    EXPECT_LT(qGray(drawn.pixel(drawn.width() - 2, drawn.height() - 2)), qGray(window.rgb()));
}

TEST(WindowToolBar, LeavesTheDrawingToQtUnderAnotherStyleOrInAnotherPlace)
{
    application();
    const auto windows = style(QStringLiteral("windows"));
    const auto fusion = style(QStringLiteral("fusion"));
    WindowWithToolBar otherStyle(new WindowToolBar, windows.get());
    WindowWithToolBar atTheBottom(new WindowToolBar, fusion.get(), Qt::BottomToolBarArea);
    WindowWithToolBar qtsAtTheBottom(new QToolBar, fusion.get(), Qt::BottomToolBarArea);
    EXPECT_FALSE(static_cast<WindowToolBar *>(otherStyle.toolBar)->drawsFusionBevel());
    EXPECT_FALSE(static_cast<WindowToolBar *>(atTheBottom.toolBar)->drawsFusionBevel());
    EXPECT_EQ(atTheBottom.image(), qtsAtTheBottom.image());

    WindowToolBar floating;
    floating.setStyle(fusion.get());
    EXPECT_FALSE(floating.drawsFusionBevel()); // a window of its own, in no main window
}

// The window's own tool bar is one, drawn by itself under Qt's default style here.
TEST(WindowToolBar, IsTheWindowsToolBar)
{
    application();
    const auto window = salkku::testing::shownTestWindow();
    const auto bars = window->findChildren<QToolBar *>();
    ASSERT_EQ(bars.size(), 1);
    EXPECT_TRUE(qobject_cast<WindowToolBar *>(bars.front())) << bars.front()->metaObject()->className();
}

} // namespace
} // namespace salkku::gui
