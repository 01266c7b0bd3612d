#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku copy --from A --to B`: a whole portfolio into another, a file or a server (storage::PortfolioCopy).
class CopyCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
