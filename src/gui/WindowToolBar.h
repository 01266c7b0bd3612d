#pragma once

#include <QToolBar>

class QStyleOptionToolBar;

namespace salkku::gui {

// The main window's tool bar. Under Fusion (Qt's style where the desktop names none) it draws Fusion's bevel
// itself, the same pixels, with fillRect: Fusion draws its lines with a translucent pen, and Qt's raster
// engine fills such a line in spans across a thread pool of its own, whose threads the window's first paint
// would start for them (0.6 ms of every start, docs/architecture.md). Under another style, floating, expanded
// or in another place than a main window's top, Qt draws it.
class WindowToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit WindowToolBar(QWidget *parent = nullptr);

    // Whether the next paint draws the bevel itself (for the tests).
    bool drawsFusionBevel() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool isExpanded() const;
    void paintBevel(QPainter &painter, const QStyleOptionToolBar &option) const;
};

} // namespace salkku::gui
