#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku server-init ADDRESS`: sets a shared portfolio up on a PostgreSQL server (storage::ServerSetup).
class ServerInitCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
