#pragma once

#include "Location.h"
#include "SqliteStatements.h"
#include "StorageTypes.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// Internal to the storage layer: nothing outside src/storage includes this header.
namespace salkku::storage::sql {

using Row = QVariantList;

// A sentence for a person from a database error, with the SQLite code behind it when it says more
// (full disk, busy, read-only, damaged file).
core::Error toError(const QSqlError &error, const QString &path, const QString &doing,
                    Backend backend = Backend::SQLite);

Backend backendOf(const QSqlDatabase &database);

// The few places where SQLite's and PostgreSQL's SQL differ.
// Text values of `expression` joined with U+001F (group_concat / string_agg).
QString joinedList(Backend backend, const QString &expression);

// Prepared statements on one connection, prepared once and reused: the import's hot path runs the same
// inserts thousands of times. Every SELECT is finished before returning, so no query stays open across a
// write.
class Statements
{
public:
    Statements(const QSqlDatabase &database, QString path);
    ~Statements();
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;

    core::Result<void> run(const QString &sql, const QVariantList &values = {});
    core::Result<QList<Row>> rows(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    core::Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // run() for an INSERT into a table with an id column: the new row's id (RETURNING id, on both).
    core::Result<qint64> insert(const QString &sql, const QVariantList &values);
    // run() for an UPDATE or DELETE: how many rows it changed.
    core::Result<int> change(const QString &sql, const QVariantList &values = {});

    QSqlDatabase database() const { return m_database; }
    const QString &path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool onServer() const { return m_backend == Backend::PostgreSQL; }

    // A server's connection that broke (the server restarted) is made again by `reconnect` (which rebinds
    // this), and the statement is sent again, when that is safe: a read, or a BEGIN, outside a transaction.
    // A change whose transaction the break ended is not: it fails, saying nothing of it was kept.
    void setReconnect(std::function<core::Result<void>()> reconnect) { m_reconnect = std::move(reconnect); }
    // While the flag is set (Database::interrupt) every statement fails as interrupted before it is sent.
    void stopWhen(const std::atomic<bool> *interrupted) { m_interrupted = interrupted; }
    // Ends the open transaction without keeping anything; never connects again (nothing is left to undo
    // on a broken connection).
    void rollback();
    // Statements on another connection to the same portfolio from now on. Returns the old connection's
    // prepared statements, to be dropped after it is removed: on a broken connection they cannot be freed.
    [[nodiscard]] QHash<QString, QSqlQuery> rebind(const QSqlDatabase &database);

private:
    // A file's statements: on SQLite's own API (see SqliteStatements), at most `limit` rows read (-1: all).
    core::Result<QList<Row>> fileRows(const QString &sql, const QVariantList &values, int limit);
    void noteTransaction(const QString &sql);
    void useFileConnection();
    core::Result<QSqlQuery *> prepare(const QString &sql, const QVariantList &values);
    core::Result<QSqlQuery *> prepareOnce(const QString &sql, const QVariantList &values);
    bool mayReconnectFor(const QString &sql) const;

    QSqlDatabase m_database;
    QString m_path;
    Backend m_backend;
    std::unique_ptr<SqliteStatements> m_file; // a file's connection
    QHash<QString, QSqlQuery> m_cache;        // a server's
    QSqlQuery m_direct;                       // the last statement that was not prepared
    bool m_inTransaction = false;
    const std::atomic<bool> *m_interrupted = nullptr;
    std::function<core::Result<void>()> m_reconnect;
};

// Rows for one table, written as multi-row VALUES lists: one statement per kRows rows instead of one per row,
// which on a server is one round trip instead of many (an import writes dozens of rows per page). Both
// backends take the same SQL. Rows are written by flush(), in the order added.
class InsertBatch
{
public:
    static constexpr qsizetype kRows = 32; // also bounds how many statement texts are prepared per table

    // into: "sections (page_id, position, text)"; row: the placeholders of one row, "(?, ?, ?)".
    InsertBatch(Statements &statements, QString into, QString row);

    void add(const QVariantList &values) { m_rows.append(values); }
    core::Result<void> flush();

private:
    Statements &m_statements;
    QString m_into;
    QString m_row;
    QList<QVariantList> m_rows;
};

// An open write transaction. On SQLite, BEGIN IMMEDIATE takes the write lock at once (Qt's transaction()
// issues a plain BEGIN, which fails with "database is locked" when a read turns into a write beside another
// connection). On PostgreSQL, a plain BEGIN (read committed; the database's constraints keep identities
// unique). Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Statements &statements);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN worked; a failed one says why (busy, read-only).
    const core::Result<void> &begun() const { return m_begun; }
    // On a server, other clients hear of this change when the transaction commits (NOTIFY, see
    // PortfolioStore::watchChanges); in a file, nothing.
    void announce(PortfolioChange::Kind kind, const QList<qint64> &pageIds = {});
    core::Result<void> commit();

private:
    Statements &m_statements;
    core::Result<void> m_begun;
    bool m_open = false;
    QList<PortfolioChange> m_changes;
};

// The channel and the payload of change notices: "pages:1,2" or "layer:" (no page in particular).
inline constexpr const char *kChangeChannel = "salkku_changes";
QString changePayload(const PortfolioChange &change);
std::optional<PortfolioChange> changeFromPayload(const QString &payload);

// Runs one write transaction, `attempt`, again when it failed only because another client's transaction
// conflicted with it: on a server, a serialization failure, a deadlock, or a key that another client stored
// meanwhile (two people importing the same page at once: the second then finds the first one's page). At most
// kConflictAttempts times; SQLite's busy waits happen in its busy handler instead.
constexpr int kConflictAttempts = 5;

template <typename Attempt>
auto retryingConflicts(const Statements &statements, Attempt attempt) -> decltype(attempt())
{
    auto result = attempt();
    for (int tried = 1; tried < kConflictAttempts && !result && result.error().busy && statements.onServer();
         ++tried)
        result = attempt();
    return result;
}

} // namespace salkku::storage::sql
