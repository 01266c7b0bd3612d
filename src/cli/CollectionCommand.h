#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku collection list|show|create|rename|delete|add|remove …` (see docs/cli.md)
class CollectionCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
