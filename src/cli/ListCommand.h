#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku list` (see docs/cli.md)
class ListCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
