#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku backup --out FILE`: a consistent copy of a live portfolio.
class BackupCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// `salkku export-annotations --out FILE`: the coordinator's own layer as a JSON file (docs/user-layer.md).
class ExportAnnotationsCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// `salkku import-annotations FILE...`: merges such files into the portfolio by page identity.
class ImportAnnotationsCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
