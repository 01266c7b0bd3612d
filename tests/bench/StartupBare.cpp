// startup_bare: the start-up benchmark's yardstick, a bare QMainWindow (a menu, a tree, a status bar) in a
// program of its own, linked with Qt Widgets alone, as the simplest Qt program would be. It reports its first
// paint (FirstPaint.h) and ends.
#include "FirstPaint.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>

int main(int argc, char *argv[])
{
    salkku::bench::mainStartedAt();
    QApplication app(argc, argv);
    salkku::bench::FirstPaint firstPaint(true);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QTreeView(&window));
    window.statusBar()->showMessage(QStringLiteral("ready"));
    window.resize(1200, 760);
    window.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}
