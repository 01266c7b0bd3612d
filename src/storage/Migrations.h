#pragma once

#include "core/Result.h"

#include <optional>

namespace salkku::storage {

class Database;

// The schema's versions (PRAGMA user_version; on a server, the meta table) and the steps between them. The
// same steps make a server's schema (in the schema "salkku", under an advisory lock, see forBackend()).
// Opening a portfolio brings it up to kSchemaVersion: an older one is first copied next to itself (VACUUM
// INTO "<name>.v<N>.bak") and then upgraded in place, all steps in one transaction; one from a newer Salkku
// is refused.
class Migrations
{
public:
    static constexpr int kSchemaVersion = 6;
    // A server's roles (server-init): members of the first may read every shared portfolio on the server,
    // members of the second may also import and annotate.
    static constexpr const char *kReaderRole = "salkku_reader";
    static constexpr const char *kEditorRole = "salkku_editor";

    static core::Result<void> upgrade(Database &database);

    // Tests: bring a portfolio only up to the given version, as an older Salkku would have left it.
    static core::Result<void> upgradeTo(Database &database, int version, bool backup);

    static int currentVersion(Database &database);
};

} // namespace salkku::storage
