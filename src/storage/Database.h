#pragma once

#include "core/Result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace salkku::storage {

struct DatabaseOptions
{
    bool readOnly = false;                 // for a coordinator who only browses: no write is attempted
    int busyTimeoutMs = 10000;             // how long a write waits for another program's write lock
    std::optional<int> maxPageCount;       // tests: a small value simulates a full disk
    std::optional<int> schemaVersion;      // tests: leave the schema at this version, as an older Salkku did
    std::function<void()> onFirstBusyWait; // tests: called when a write first has to wait for another's lock
};

// One connection to a portfolio file, for the thread that opened it (Qt Sql connections are per thread).
// Opening sets the connection up (foreign keys, trusted_schema off, WAL, busy timeout, the Finnish search
// tokenizer) and brings the schema up to date (see Migrations).
class Database
{
public:
    static core::Result<std::unique_ptr<Database>> open(const QString &path,
                                                        const DatabaseOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    sqlite3 *handle() const;
    const QString &path() const { return m_path; }
    bool readOnly() const { return m_options.readOnly; }

private:
    Database(QString path, QString connectionName, DatabaseOptions options);
    core::Result<void> configure();

    static int busyHandler(void *database, int attempt);

    QString m_path;
    QString m_connectionName;
    DatabaseOptions m_options;
    QElapsedTimer m_busySince;
};

} // namespace salkku::storage
