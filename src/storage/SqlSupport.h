#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Internal to the storage layer: nothing outside src/storage includes this header.
namespace salkku::storage::sql {

using Row = QVariantList;

// A sentence for a person from a database error, with the SQLite code behind it when it says more
// (full disk, busy, read-only, damaged file).
core::Error toError(const QSqlError &error, const QString &path, const QString &doing);

// Prepared statements on one connection, prepared once and reused: the import's hot path runs the same
// inserts thousands of times. Every SELECT is finished before returning, so no query stays open across a
// write.
class Statements
{
public:
    Statements(const QSqlDatabase &database, QString path);

    core::Result<void> run(const QString &sql, const QVariantList &values = {});
    core::Result<QList<Row>> rows(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    core::Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // run() for an INSERT: the new row's id.
    core::Result<qint64> insert(const QString &sql, const QVariantList &values);

    QSqlDatabase database() const { return m_database; }
    const QString &path() const { return m_path; }

private:
    core::Result<QSqlQuery *> prepare(const QString &sql, const QVariantList &values);

    QSqlDatabase m_database;
    QString m_path;
    QHash<QString, QSqlQuery> m_cache;
};

// An open write transaction: BEGIN IMMEDIATE takes the write lock at once (Qt's transaction() issues a plain
// BEGIN, which fails with "database is locked" when a read turns into a write beside another connection).
// Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Statements &statements);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN worked; a failed one says why (busy, read-only).
    const core::Result<void> &begun() const { return m_begun; }
    core::Result<void> commit();

private:
    Statements &m_statements;
    core::Result<void> m_begun;
    bool m_open = false;
};

} // namespace salkku::storage::sql
