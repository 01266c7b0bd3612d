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
    Statements(QSqlDatabase database, QString path);

    std::optional<core::Error> run(const QString &sql, const QVariantList &values = {});
    core::Result<QList<Row>> rows(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    core::Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // run() for an INSERT: the new row's id.
    core::Result<qint64> insert(const QString &sql, const QVariantList &values);

    QSqlDatabase database() const { return m_database; }
    const QString &path() const { return m_path; }

private:
    QSqlQuery *prepare(const QString &sql, const QVariantList &values, std::optional<core::Error> &error);

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

    const std::optional<core::Error> &beginError() const { return m_beginError; }
    std::optional<core::Error> commit();

private:
    Statements &m_statements;
    std::optional<core::Error> m_beginError;
    bool m_open = false;
};

} // namespace salkku::storage::sql
