#pragma once

#include "Location.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

struct sqlite3;
struct pg_cancel; // libpq's PGcancel

namespace salkku::storage {

struct DatabaseOptions
{
    bool readOnly = false;                 // for a coordinator who only browses: no write is attempted
    int busyTimeoutMs = 10000;             // how long a write waits for another program's write lock
    std::optional<int> maxPageCount;       // tests: a small value simulates a full disk
    std::optional<int> schemaVersion;      // tests: leave the schema at this version, as an older Salkku did
    std::function<void()> onFirstBusyWait; // tests: called when a write first has to wait for another's lock
    bool initializeServer = false;         // server-init: create the portfolio's schema and roles on a server
    bool serverOnly = false;               // server-init: connect to a server's database, no portfolio there
};

// One connection to a portfolio, for the thread that opened it (Qt Sql connections are per thread): a SQLite
// file, or a shared portfolio on a PostgreSQL server (see Location).
// Opening a file sets the connection up (foreign keys, trusted_schema off, WAL, busy timeout, the Finnish
// search tokenizer) and brings the schema up to date (see Migrations). Opening a server's portfolio checks
// its schema (created by `salkku server-init`, see PostgresSchema) and upgrades it under a lock.
class Database
{
public:
    // `path` is a file or a server address (Location::parse).
    static core::Result<std::unique_ptr<Database>> open(const QString &path,
                                                        const DatabaseOptions &options = {});
    static core::Result<std::unique_ptr<Database>> open(const Location &location,
                                                        const DatabaseOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // The SQLite connection; null on a server.
    sqlite3 *handle() const;
    // From any thread: the statement this connection runs, and every one after it until clearInterrupt(),
    // fails as interrupted (a read overtaken by a newer one stops wherever it is, between its statements
    // too). A file's statement is stopped by SQLite (sqlite3_interrupt, and the progress handler for the
    // next ones); a server's is cancelled by the server (libpq's PQcancel, on a connection of its own), and
    // the next ones are refused before they are sent (sql::Statements::stopWhen).
    void interrupt();
    void clearInterrupt() { m_interrupted = false; }
    // Set by interrupt(), cleared by clearInterrupt().
    const std::atomic<bool> &interrupted() const { return m_interrupted; }
    // Gives a file's free pages back to the file system (PRAGMA incremental_vacuum, to its end: Qt's driver
    // would step it once); nothing on a server, or in a file made without auto_vacuum.
    core::Result<void> releaseFreePages();
    // The file, or the server's address (never with a password): for messages.
    const QString &path() const { return m_path; }
    const Location &location() const { return m_location; }
    Backend backend() const { return m_location.backend; }
    bool readOnly() const { return m_options.readOnly; }
    bool initializing() const { return m_options.initializeServer; }
    const DatabaseOptions &options() const { return m_options; }
    // Takes over `fresh`'s connection (opened with this one's location and options) in place of its own,
    // which goes with `fresh`: those who hold this Database keep it.
    void takeConnection(std::unique_ptr<Database> fresh);

private:
    Database(Location location, QString connectionName, DatabaseOptions options);
    static core::Result<std::unique_ptr<Database>> openFile(const Location &location,
                                                            const DatabaseOptions &options);
    static core::Result<std::unique_ptr<Database>> openServer(const Location &location,
                                                              const DatabaseOptions &options);
    core::Result<void> configure();
    core::Result<void> configureServer();

    static int busyHandler(void *database, int attempt);
    static int progressHandler(void *database);
    void cancelOnServer();

    Location m_location;
    QString m_path;
    QString m_connectionName;
    std::atomic<sqlite3 *> m_interruptible = nullptr; // handle(), for interrupt() from another thread
    std::atomic<bool> m_interrupted = false;          // SQLite's progress handler stops statements while set
    std::mutex m_cancelMutex; // m_cancel: read by interrupt() on another thread, swapped by takeConnection()
    // The server connection's cancel request (PQgetCancel); a cancel being sent keeps it.
    std::shared_ptr<pg_cancel> m_cancel;
    DatabaseOptions m_options;
    QElapsedTimer m_busySince;
};

} // namespace salkku::storage
