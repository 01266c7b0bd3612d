#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku export-csv` (see docs/cli.md).
class ExportCsvCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
