#pragma once

#include "core/Result.h"

#include <QString>

struct sqlite3;

namespace salkku::storage {

// SQLite's online backup API: a consistent copy of a live database, page by page, while this or another
// connection goes on writing. Internal to the storage layer (PortfolioStore::backupTo).
namespace OnlineBackup {

// Copies `source` (the connection of the file at sourcePath) to `target`: first into "<target>.partial",
// then renamed over the target, so that the target is whole or not there (a kill half way leaves at most the
// partial file). The copy is a single file (rollback journal, not WAL).
core::Result<void> copy(sqlite3 *source, const QString &sourcePath, const QString &target);

} // namespace OnlineBackup

} // namespace salkku::storage
