#include "WindowToolBar.h"

#include <QMainWindow>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionToolBar>
#include <QToolButton>

namespace salkku::gui {

namespace {

// Fusion's shades for the light line above and the dark line below a tool bar.
constexpr QColor kLightShade(255, 255, 255, 90);
constexpr QColor kDarkShade(0, 0, 0, 60);

} // namespace

WindowToolBar::WindowToolBar(QWidget *parent) : QToolBar(parent) {}

bool WindowToolBar::drawsFusionBevel() const
{
    if (style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0 || isWindow() ||
        orientation() != Qt::Horizontal || isExpanded())
        return false;
    const auto *window = qobject_cast<const QMainWindow *>(parentWidget());
    if (!window || window->toolBarArea(this) != Qt::TopToolBarArea)
        return false;
    QStyleOptionToolBar option;
    initStyleOption(&option);
    // The last (or only) line of tool bars at the top: Fusion's double line below it.
    return option.positionOfLine == QStyleOptionToolBar::End ||
           option.positionOfLine == QStyleOptionToolBar::OnlyOne;
}

// A tool bar too narrow for its actions shows them in an expanded panel when its extension button is checked.
// (The button is found by Qt's name for it; were that to change, an expanded tool bar would only lose the
// frame Qt draws around it.)
bool WindowToolBar::isExpanded() const
{
    const auto *extension =
        findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"), Qt::FindDirectChildrenOnly);
    return extension && extension->isChecked();
}

void WindowToolBar::paintEvent(QPaintEvent *event)
{
    if (!drawsFusionBevel()) {
        QToolBar::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QStyleOptionToolBar option;
    initStyleOption(&option);
    paintBevel(painter, option);
    option.rect = style()->subElementRect(QStyle::SE_ToolBarHandle, &option, this);
    if (option.rect.isValid())
        style()->drawPrimitive(QStyle::PE_IndicatorToolBarHandle, &option, &painter, this);
}

// Fusion's CE_ToolBar for a horizontal tool bar at the top (Qt 6.4): a gradient from a lighter window colour
// to the window colour, a light line at the top, and at the bottom a dark line over a light one.
void WindowToolBar::paintBevel(QPainter &painter, const QStyleOptionToolBar &option) const
{
    const QRect &rect = option.rect;
    QLinearGradient gradient(rect.topLeft(), rect.bottomLeft());
    gradient.setColorAt(0, option.palette.window().color().lighter(104));
    gradient.setColorAt(1, option.palette.window().color());
    painter.fillRect(rect, gradient);
    const auto row = [&rect](int y) { return QRect(rect.left(), y, rect.width(), 1); };
    painter.fillRect(row(rect.bottom()), kLightShade);
    painter.fillRect(row(rect.bottom() - 1), kDarkShade);
    painter.fillRect(row(rect.top()), kLightShade);
}

} // namespace salkku::gui
