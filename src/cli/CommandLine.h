#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// The command-line interface: `salkku COMMAND [options]`. Runs without a display (QCoreApplication only).
class CommandLine
{
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1, // some input failed
        Usage = 2,   // the command line itself is wrong
    };

    // True when the arguments ask for the command line (a command, --help or --version) rather than the
    // window.
    static bool wanted(const QStringList &arguments);

    // arguments as QCoreApplication::arguments() gives them (the program first).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QStringList commands();
};

} // namespace salkku::cli
