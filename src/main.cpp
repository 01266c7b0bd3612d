#include "cli/CommandLine.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Salkku"));
    QCoreApplication::setApplicationName(QStringLiteral("Salkku"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SALKKU_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Commands run without a display.
    if (salkku::cli::CommandLine::wanted(arguments)) {
        const auto run = [](const QCoreApplication &app) {
            describeApplication();
            QTextStream out(stdout);
            QTextStream err(stderr);
            return salkku::cli::CommandLine::run(app.arguments(), out, err);
        };
        if (salkku::cli::CommandLine::needsFonts(arguments)) {
            // Fonts need a QGuiApplication; the offscreen platform gives it one without a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return run(app);
        }
        QCoreApplication app(argc, argv);
        return run(app);
    }

    QApplication app(argc, argv);
    describeApplication();
    // Wayland and the desktop find the window's .desktop entry (and so its name and icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(SALKKU_APP_ID));
    salkku::gui::MainWindow window;
    // Hidden, for smoke tests of an installation: open the window, let the start finish (on the first start,
    // the sample portfolio's import), then quit; the exit status is 0 when the start succeeded.
    if (arguments.contains(QStringLiteral("--quit-after-start")))
        QObject::connect(
            &window, &salkku::gui::MainWindow::started, &app,
            [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); }, Qt::QueuedConnection);
    window.show();
    window.start();
    return QApplication::exec();
}
