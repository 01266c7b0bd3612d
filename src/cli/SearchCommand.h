#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku search` (see docs/cli.md)
class SearchCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
