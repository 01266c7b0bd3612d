#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// The command-line interface: `salkku COMMAND [options]`. Runs without a display (a QCoreApplication, or for
// export-pdf a QGuiApplication on the offscreen platform).
class CommandLine
{
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1, // some input failed
        Usage = 2,   // the command line itself is wrong
    };

    // True when the arguments ask for the command line (a command, --help, --version or the hidden --man,
    // which prints the manual page) rather than the window.
    static bool wanted(const QStringList &arguments);

    // True when the command draws text (export-pdf): it needs a QGuiApplication for fonts, where the others
    // make do with a QCoreApplication.
    static bool needsFonts(const QStringList &arguments);

    // arguments as QCoreApplication::arguments() gives them (the program first).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QStringList commands();
};

} // namespace salkku::cli
