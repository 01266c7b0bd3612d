#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku import [--db PATH] [--force] [--verbose] FILE_OR_DIR...`
class ImportCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
