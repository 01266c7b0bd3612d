#pragma once

#include "core/Result.h"

#include <optional>

namespace salkku::storage {

class Database;

// The schema's versions (PRAGMA user_version) and the steps between them. Opening a portfolio brings it up to
// kSchemaVersion: an older one is first copied next to itself (VACUUM INTO "<name>.v<N>.bak") and then
// upgraded in place, all steps in one transaction; one from a newer Salkku is refused.
class Migrations
{
public:
    static constexpr int kSchemaVersion = 4;

    static core::Result<void> upgrade(Database &database);

    // Tests: bring a portfolio only up to the given version, as an older Salkku would have left it.
    static core::Result<void> upgradeTo(Database &database, int version, bool backup);

    static int currentVersion(Database &database);
};

} // namespace salkku::storage
