#pragma once

#include "cli/CommandLine.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace salkku::testing {

// What one `salkku …` command line printed and returned, run in-process.
struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CommandRun run(const QStringList &arguments)
{
    CommandRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = cli::CommandLine::run(QStringList{QStringLiteral("salkku")} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

inline const QString kFixtures = QStringLiteral(SALKKU_FIXTURE_DIR);

} // namespace salkku::testing
