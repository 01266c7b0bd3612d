#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

// Internal to the storage layer: sql::Statements runs a file's statements through this.
namespace salkku::storage::sql {

// A file's prepared statements on SQLite's own API, on the connection Qt's driver opened. Qt's QSqlQuery
// costs more than SQLite's work for the small statements an import runs by the thousand (binding through
// QVariant lists, QSqlRecord and a value cache for every row, UTF-16 both ways): on 10 000 pages it was a
// sixth of the writing thread's time. Values go in and come out as Qt's SQLite driver gives them (see
// bind() and columnValue()), so callers cannot tell the two apart.
//
// Statements are finalized when this is destroyed or cleared, which must come before the connection closes.
class SqliteStatements
{
public:
    // `errorOf` makes a person's sentence of SQLite's primary result code and message.
    using ErrorOf = std::function<core::Error(int code, const QString &message)>;
    SqliteStatements(sqlite3 *db, ErrorOf errorOf);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    // Runs the statement to its end, reading no rows.
    core::Result<void> run(const QString &sql, const QVariantList &values);
    // Every row (limit -1), or at most `limit` rows.
    core::Result<QList<QVariantList>> rows(const QString &sql, const QVariantList &values, int limit = -1);
    // How many rows the last statement changed (sqlite3_changes).
    int changes() const;
    void clear();

private:
    core::Result<sqlite3_stmt *> prepared(const QString &sql);
    core::Result<void> checkCount(sqlite3_stmt *statement, const QVariantList &values);
    core::Error failure(int code) const;

    sqlite3 *m_db;
    ErrorOf m_errorOf;
    QHash<QString, sqlite3_stmt *> m_cache;
};

} // namespace salkku::storage::sql
