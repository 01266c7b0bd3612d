#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku show` (see docs/cli.md)
class ShowCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
