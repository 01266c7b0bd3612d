#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace salkku::bench {

// A PostgreSQL cluster of the benchmark's own (tests/support/postgres-cluster: a Unix socket in a temporary
// folder, no TCP port), stopped when this is destroyed. libpq finds its password through PGPASSFILE, which
// start() sets for this process.
class ThrowAwayServer
{
public:
    static core::Result<std::unique_ptr<ThrowAwayServer>> start(const QString &stateFolder);
    ~ThrowAwayServer();
    ThrowAwayServer(const ThrowAwayServer &) = delete;
    ThrowAwayServer &operator=(const ThrowAwayServer &) = delete;

    // The address of one of its databases, as its administrator.
    QString address(const QString &database) const;

private:
    ThrowAwayServer(QString state, QString adminAddress);

    QString m_state;
    QString m_adminAddress;
};

} // namespace salkku::bench
