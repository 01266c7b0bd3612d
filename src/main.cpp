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
    salkku::gui::MainWindow window;
    window.show();
    window.start();
    return QApplication::exec();
}
