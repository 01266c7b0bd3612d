#include "Database.h"

#include "FinnishTokenizer.h"
#include "Migrations.h"
#include "ServerCancel.h"
#include "SqlSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>
#include <thread>

namespace salkku::storage {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("salkku-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(Location location, QString connectionName, DatabaseOptions options)
    : m_location(std::move(location)), m_path(m_location.display()),
      m_connectionName(std::move(connectionName)), m_options(std::move(options))
{}

Database::~Database()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::takeConnection(std::unique_ptr<Database> fresh)
{
    std::swap(m_connectionName, fresh->m_connectionName);
    m_interruptible = fresh->m_interruptible.exchange(m_interruptible);
    {
        const std::scoped_lock lock(m_cancelMutex, fresh->m_cancelMutex);
        std::swap(m_cancel, fresh->m_cancel);
    }
    fresh.reset(); // closes and removes the old connection
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant value = connection().driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

void Database::interrupt()
{
    m_interrupted = true;
    if (sqlite3 *db = m_interruptible.load())
        sqlite3_interrupt(db); // the statement running now; the progress handler stops those after it
    else
        cancelOnServer();
}

// libpq's cancel request opens a connection of its own to the server and waits for it: on a thread of its
// own, so that the GUI thread (which interrupts) never waits for the network, however far or unreachable the
// server. The statement that runs fails with SQLSTATE 57014; a request that comes when none runs is ignored
// by the server, and the flag stops the next statement before it is sent.
void Database::cancelOnServer()
{
    std::shared_ptr<pg_cancel> cancel;
    {
        const std::lock_guard lock(m_cancelMutex);
        cancel = m_cancel;
    }
    if (!cancel)
        return;
    std::thread([cancel] {
        ServerCancel::send(cancel.get()); // on failure the read runs to its end (and is dropped)
    }).detach();
}

// sqlite3_interrupt alone is forgotten when no statement runs; this one is asked every 100 steps.
int Database::progressHandler(void *database)
{
    return static_cast<Database *>(database)->m_interrupted.load() ? 1 : 0;
}

core::Result<void> Database::releaseFreePages()
{
    sqlite3 *db = handle();
    if (!db || m_options.readOnly)
        return {};
    char *message = nullptr;
    if (sqlite3_exec(db, "PRAGMA incremental_vacuum", nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString why = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_free(message);
    return core::Error{m_path, 0, why};
}

int Database::busyHandler(void *context, int attempt)
{
    auto *database = static_cast<Database *>(context);
    if (attempt == 0) {
        database->m_busySince.start();
        if (database->m_options.onFirstBusyWait)
            database->m_options.onFirstBusyWait();
    }
    if (database->m_busySince.elapsed() >= database->m_options.busyTimeoutMs)
        return 0; // give up: the caller gets SQLITE_BUSY and a clear error
    sqlite3_sleep(attempt < 10 ? 5 : 25);
    return 1;
}

core::Result<std::unique_ptr<Database>> Database::open(const QString &path, const DatabaseOptions &options)
{
    auto location = Location::parse(path);
    SALKKU_TRY(location);
    return open(location.value(), options);
}

core::Result<std::unique_ptr<Database>> Database::open(const Location &location,
                                                       const DatabaseOptions &options)
{
    if (location.backend == Backend::PostgreSQL)
        return openServer(location, options);
    return openFile(location, options);
}

core::Result<std::unique_ptr<Database>> Database::openFile(const Location &location,
                                                           const DatabaseOptions &options)
{
    const QString &path = location.path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return core::Error{
            path, 0,
            QCoreApplication::translate("salkku::storage",
                                        "Qt's SQLite driver is missing (install libqt6sql6-sqlite)")};
    const QFileInfo info(path);
    if (options.readOnly && !info.exists())
        return core::Error{path, 0,
                           QCoreApplication::translate("salkku::storage", "no portfolio at this path")};
    if (!options.readOnly && !info.absoluteDir().exists())
        return core::Error{
            path, 0,
            QCoreApplication::translate("salkku::storage", "the folder of the portfolio does not exist")};

    std::unique_ptr<Database> database(new Database(location, newConnectionName(), options));
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        connection.setDatabaseName(path);
        QStringList connectOptions{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs)};
        if (options.readOnly) {
            connectOptions.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
            // SQLite needs to create the -wal and -shm files beside a WAL portfolio even to read it. In a
            // folder the user may not write, read the file as it is (immutable: changes others make meanwhile
            // are not seen until it is opened again).
            if (!QFileInfo(info.absolutePath()).isWritable() &&
                !QFileInfo::exists(path + QStringLiteral("-shm"))) {
                QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
                uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
                connection.setDatabaseName(uri.toString());
                connectOptions.append(QStringLiteral("QSQLITE_OPEN_URI"));
            }
        }
        connection.setConnectOptions(connectOptions.join(u';'));
        if (!connection.open())
            return sql::toError(connection.lastError(), path,
                                QCoreApplication::translate("salkku::storage", "cannot open the portfolio"));
    }
    SALKKU_TRY(database->configure());
    const int version = options.schemaVersion.value_or(Migrations::kSchemaVersion);
    SALKKU_TRY(Migrations::upgradeTo(*database, version, true));
    return database;
}

core::Result<void> Database::configure()
{
    sqlite3 *db = handle();
    if (!db)
        return core::Error{
            m_path, 0,
            QCoreApplication::translate("salkku::storage", "the SQLite driver gave no connection handle")};
    if (auto registered = FinnishTokenizer::registerOn(db); !registered)
        return core::Error{m_path, 0,
                           QCoreApplication::translate("salkku::storage", "cannot set up Finnish search: %1")
                               .arg(registered.error().message)};

    m_interruptible = db;
    sqlite3_progress_handler(db, 100, &Database::progressHandler, this);

    // Our own busy handler (instead of busy_timeout): waits as long, and lets tests see the wait begin.
    sqlite3_busy_handler(db, &Database::busyHandler, this);

    sql::Statements statements(connection(), m_path);
    // Every connection: enforce foreign keys; never trust functions named in the schema (a portfolio file is
    // data that may come from elsewhere).
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA trusted_schema = OFF")};
    if (!m_options.readOnly) {
        // A new file gives the pages it no longer needs back to the file system (PortfolioStore::optimize
        // runs incremental_vacuum after an import): an import's search index is written in batches and then
        // merged, which frees as many pages as the index has. Only in a new, empty file: in one with tables
        // the pragma changes nothing but writes the file's header at every open. A file made without it uses
        // its free pages again in the next import.
        auto pages = statements.scalar(QStringLiteral("PRAGMA page_count"));
        SALKKU_TRY(pages);
        // Pages of 16 KiB instead of 4: a page's sections (a kilobyte or two each) then fill the file's pages
        // instead of leaving a quarter of each empty, and an import writes fewer, larger pages (10 000 pages:
        // the file 7 % smaller, the import 10 % faster). Also only in a new file.
        if (pages.value().toLongLong() == 0) {
            pragmas.prepend(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
            pragmas.prepend(QStringLiteral("PRAGMA page_size = 16384"));
        }
        pragmas.append(QStringLiteral("PRAGMA journal_mode = WAL"));
        // With WAL, NORMAL never corrupts the file; a power cut may undo the last commits, not split one.
        pragmas.append(QStringLiteral("PRAGMA synchronous = NORMAL"));
        // Each page of an import is a savepoint inside its batch: its statement journal (the pages it
        // changed, small) stays in memory instead of a temporary file, which took two writes for each page
        // changed.
        pragmas.append(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    if (m_options.maxPageCount)
        pragmas.append(QStringLiteral("PRAGMA max_page_count = %1").arg(*m_options.maxPageCount));
    for (const QString &pragma : pragmas) {
        // PRAGMA journal_mode returns a row; rows() reads and finishes it. Switching a new file to WAL while
        // another Salkku does the same can fail at once with "busy" (SQLite avoids a deadlock rather than
        // wait): try again, as long as the busy timeout allows.
        QElapsedTimer waited;
        waited.start();
        auto result = statements.rows(pragma);
        while (!result && result.error().busy && waited.elapsed() < m_options.busyTimeoutMs) {
            sqlite3_sleep(10);
            result = statements.rows(pragma);
        }
        SALKKU_TRY(result);
    }
    // Confirm the file is a database before anything else touches it.
    auto check = statements.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    SALKKU_TRY(check);
    return {};
}

// --- A shared portfolio on a PostgreSQL server ---

namespace {

// libpq's reason for a failed connection, told as what to do about it. libpq never puts the password in its
// messages, and the address shown is Location::display().
core::Error connectionError(const QSqlError &error, const Location &location)
{
    const QString detail =
        error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    QString message;
    if (detail.contains(QLatin1String("password authentication failed")) ||
        detail.contains(QLatin1String("authentication failed")))
        message = QCoreApplication::translate(
                      "salkku::storage",
                      "the server refused the password of user “%1” (Salkku gives libpq's password from "
                      "~/.pgpass, PGPASSWORD or the service file)")
                      .arg(location.user.isEmpty() ? QStringLiteral("?") : location.user);
    else if (detail.contains(QLatin1String("no password supplied")))
        message = QCoreApplication::translate(
            "salkku::storage",
            "the server asks for a password: put it in ~/.pgpass, PGPASSWORD or the service file");
    else if (detail.contains(QLatin1String("does not exist")) && detail.contains(QLatin1String("database")))
        message = QCoreApplication::translate("salkku::storage", "there is no database “%1” on the server")
                      .arg(location.database);
    else if (detail.contains(QLatin1String("could not connect")) ||
             detail.contains(QLatin1String("Connection refused")) ||
             detail.contains(QLatin1String("could not translate host name")) ||
             detail.contains(QLatin1String("timeout expired")) ||
             detail.contains(QLatin1String("No such file or directory")))
        message = QCoreApplication::translate(
            "salkku::storage",
            "cannot reach the PostgreSQL server (is it running, and is the address right?)");
    else
        message = QCoreApplication::translate("salkku::storage", "cannot connect to the PostgreSQL server");
    return core::Error{location.display(), 0, message + QStringLiteral(" [") + detail.simplified() + u']'};
}

QString optionValue(const QStringList &options, const QString &key)
{
    for (const QString &option : options)
        if (option.startsWith(key + u'='))
            return option.mid(key.size() + 1);
    return {};
}

} // namespace

core::Result<std::unique_ptr<Database>> Database::openServer(const Location &location,
                                                             const DatabaseOptions &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return core::Error{
            location.display(), 0,
            QCoreApplication::translate("salkku::storage",
                                        "Qt's PostgreSQL driver is missing (install libqt6sql6-psql)")};
    std::unique_ptr<Database> database(new Database(location, newConnectionName(), options));
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        if (!location.host.isEmpty())
            connection.setHostName(location.host);
        if (location.port > 0)
            connection.setPort(location.port);
        if (!location.user.isEmpty())
            connection.setUserName(location.user);
        if (!location.database.isEmpty())
            connection.setDatabaseName(location.database);
        QStringList connectOptions = location.options;
        if (optionValue(connectOptions, QStringLiteral("connect_timeout")).isEmpty())
            connectOptions.append(QStringLiteral("connect_timeout=10"));
        if (optionValue(connectOptions, QStringLiteral("application_name")).isEmpty())
            connectOptions.append(QStringLiteral("application_name=salkku"));
        connection.setConnectOptions(connectOptions.join(u';'));
        if (!connection.open())
            return connectionError(connection.lastError(), location);
    }
    SALKKU_TRY(database->configureServer());
    // PQgetCancel copies what the cancel request needs, so interrupt() never touches the connection itself.
    database->m_cancel = ServerCancel::forConnection(database->connection().driver()->handle());
    if (options.serverOnly)
        return database;
    const int version = options.schemaVersion.value_or(Migrations::kSchemaVersion);
    SALKKU_TRY(Migrations::upgradeTo(*database, version, false));
    return database;
}

core::Result<void> Database::configureServer()
{
    sql::Statements statements(connection(), m_path);
    // The portfolio's tables live in their own schema; messages below warnings stay on the server. A
    // portfolio (hundreds of MB) stays in the server's memory, so the planner is told that reading a page
    // costs little and the same wherever it is, as PostgreSQL's manual advises for such a database. With the
    // disk-like defaults it scans every search unit, decompressing each one's words, instead of asking the
    // GIN index (4× slower).
    QStringList settings{QStringLiteral("SET search_path = salkku, pg_catalog"),
                         QStringLiteral("SET client_min_messages = warning"),
                         QStringLiteral("SET seq_page_cost = 0.1"),
                         QStringLiteral("SET random_page_cost = 0.1")};
    if (m_options.initializeServer)
        settings.append(QStringLiteral("CREATE SCHEMA IF NOT EXISTS salkku"));
    for (const QString &setting : settings)
        SALKKU_TRY(statements.run(setting));
    // A member of the readers' role works read-only: every write is refused before it is tried, with a
    // sentence instead of a permission error.
    if (!m_options.readOnly && !m_options.initializeServer && !m_options.serverOnly) {
        auto writable = statements.scalar(QStringLiteral(
            "SELECT to_regclass('salkku.pages') IS NULL OR has_table_privilege('salkku.pages', 'INSERT')"));
        SALKKU_TRY(writable);
        m_options.readOnly = !writable.value().toBool();
    }
    if (m_options.readOnly)
        SALKKU_TRY(statements.run(QStringLiteral("SET default_transaction_read_only = on")));
    return {};
}

} // namespace salkku::storage
