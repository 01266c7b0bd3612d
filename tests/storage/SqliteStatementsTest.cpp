// A file's statements run on SQLite's own API (sql::Statements over sql::SqliteStatements): values come back
// as Qt's SQLite driver gives them, errors say what SQLite said, and no statement is left holding the file.
#include "storage/SqlSupport.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>
#include <sqlite3.h>

using namespace salkku::storage;

namespace {

// A file opened through Qt's SQLite driver, as Database opens a portfolio.
class SqliteFile
{
public:
    SqliteFile() : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(m_dir.filePath(QStringLiteral("t.db")));
        EXPECT_TRUE(database.open());
    }
    ~SqliteFile()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    sqlite3 *handle() const
    {
        const QVariant value = database().driver()->handle();
        return *static_cast<sqlite3 *const *>(value.constData());
    }
    QString path() const { return m_dir.filePath(QStringLiteral("t.db")); }

private:
    QTemporaryDir m_dir;
    QString m_name;
};

// Statements that have begun and not been reset: each would hold a read snapshot of the file.
int busyStatements(sqlite3 *db)
{
    int busy = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s))
        busy += sqlite3_stmt_busy(s) ? 1 : 0;
    return busy;
}

} // namespace

TEST(SqliteStatements, ValuesComeBackAsQtsDriverGivesThem)
{
    SqliteFile file;
    sql::Statements statements(file.database(), file.path());
    ASSERT_TRUE(
        statements.run(QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")).ok());
    const QByteArray bytes("\0\1\xff", 3);
    ASSERT_TRUE(statements
                    .run(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)"),
                         {qint64{1} << 40, 1.5, QStringLiteral("Hämeenlinna \u2713 𝄞"), bytes, QVariant()})
                    .ok());
    ASSERT_TRUE(
        statements
            .run(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)"),
                 {7, true, QString(), QByteArray(""), QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)})
            .ok());
    auto rows = statements.rows(QStringLiteral("SELECT i, r, s, b, n FROM t ORDER BY rowid"));
    ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
    ASSERT_EQ(rows.value().size(), 2);

    QSqlQuery query(file.database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT i, r, s, b, n FROM t ORDER BY rowid")));
    for (const sql::Row &row : rows.value()) {
        ASSERT_TRUE(query.next());
        for (int c = 0; c < 5; ++c) {
            const QVariant qt = query.value(c);
            EXPECT_EQ(row[c].metaType(), qt.metaType()) << "column " << c;
            EXPECT_EQ(row[c].isValid(), qt.isValid()) << "column " << c;
            EXPECT_EQ(row[c].isNull(), qt.isNull()) << "column " << c;
            EXPECT_EQ(row[c], qt) << "column " << c;
        }
    }
    query.finish();
    EXPECT_EQ(rows.value()[0][2].toString(), QStringLiteral("Hämeenlinna \u2713 𝄞"));
    EXPECT_EQ(rows.value()[0][3].toByteArray(), bytes);
    EXPECT_TRUE(rows.value()[0][4].isNull());
    // A null QString is stored as empty text, as on a server (see sql::Statements).
    EXPECT_FALSE(rows.value()[1][2].isNull());
    EXPECT_EQ(rows.value()[1][4].toString(), QStringLiteral("2026-03-02T09:30:00.000Z"));
}

TEST(SqliteStatements, InvalidDatesAndTimesAndNullBytesAreNullAsQtBindsThem)
{
    SqliteFile file;
    sql::Statements statements(file.database(), file.path());
    ASSERT_TRUE(statements.run(QStringLiteral("CREATE TABLE t (a, b, c, d, e)")).ok());
    ASSERT_TRUE(statements
                    .run(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)"),
                         {QDateTime(), QTime(25, 0), QDate(), QByteArray(), QUuid()})
                    .ok());
    EXPECT_EQ(
        statements.scalar(QStringLiteral("SELECT count(*) FROM t WHERE coalesce(a, b, c, d, e) IS NULL"))
            .value()
            .toInt(),
        1);
}

TEST(SqliteStatements, AScalarIsInvalidWithoutARowAndNullForANullValue)
{
    SqliteFile file;
    sql::Statements statements(file.database(), file.path());
    ASSERT_TRUE(statements.run(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)")).ok());
    EXPECT_FALSE(statements.scalar(QStringLiteral("SELECT a FROM t")).value().isValid());
    ASSERT_TRUE(statements.run(QStringLiteral("INSERT INTO t (a) VALUES (NULL)")).ok());
    const QVariant null = statements.scalar(QStringLiteral("SELECT a FROM t")).value();
    EXPECT_TRUE(null.isValid());
    EXPECT_TRUE(null.isNull());
    EXPECT_EQ(
        statements.insert(QStringLiteral("INSERT INTO t (a) VALUES (?)"), {QStringLiteral("x")}).value(), 2);
    EXPECT_EQ(statements.change(QStringLiteral("UPDATE t SET a = ?"), {QStringLiteral("y")}).value(), 2);
}

TEST(SqliteStatements, AReadStoppedAfterItsFirstRowHoldsNoSnapshot)
{
    SqliteFile file;
    sql::Statements statements(file.database(), file.path());
    ASSERT_TRUE(statements.run(QStringLiteral("CREATE TABLE t (a INTEGER)")).ok());
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(statements.run(QStringLiteral("INSERT INTO t VALUES (?)"), {i}).ok());
    EXPECT_EQ(statements.scalar(QStringLiteral("SELECT a FROM t ORDER BY a")).value().toInt(), 0);
    EXPECT_EQ(busyStatements(file.handle()), 0);
    EXPECT_FALSE(statements.run(QStringLiteral("INSERT INTO nowhere VALUES (1)")).ok());
    EXPECT_FALSE(statements.run(QStringLiteral("SELECT a / 0, abs(-9223372036854775807 - 1) FROM t")).ok());
    EXPECT_EQ(busyStatements(file.handle()), 0);
}

TEST(SqliteStatements, AFailureSaysWhatSqliteSaid)
{
    SqliteFile file;
    sql::Statements statements(file.database(), file.path());
    ASSERT_TRUE(statements.run(QStringLiteral("CREATE TABLE t (a TEXT UNIQUE)")).ok());
    ASSERT_TRUE(statements.run(QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("x")}).ok());
    const auto twice = statements.run(QStringLiteral("INSERT INTO t VALUES (?)"), {QStringLiteral("x")});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("UNIQUE constraint failed: t.a")))
        << twice.error().message.toStdString();
    EXPECT_EQ(twice.error().file, file.path());
    EXPECT_FALSE(twice.error().busy);
    const auto syntax = statements.run(QStringLiteral("INSERT INTO t VALUE (1)"));
    ASSERT_FALSE(syntax.ok());
    EXPECT_TRUE(syntax.error().message.contains(QStringLiteral("syntax error")));
    EXPECT_FALSE(statements.run(QStringLiteral("INSERT INTO t VALUES (?)"), {1, 2}).ok());
    EXPECT_FALSE(statements.run(QStringLiteral("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)")).ok());
    EXPECT_EQ(statements.scalar(QStringLiteral("SELECT count(*) FROM t")).value().toInt(), 1);
}

TEST(SqliteStatements, AnotherProgramsWriteLockMakesABusyError)
{
    SqliteFile file;
    sql::Statements statements(file.database(), file.path());
    ASSERT_TRUE(statements.run(QStringLiteral("CREATE TABLE t (a INTEGER)")).ok());
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(file.path().toUtf8().constData(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_busy_timeout(file.handle(), 0);
    const auto blocked = statements.run(QStringLiteral("INSERT INTO t VALUES (1)"));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    ASSERT_FALSE(blocked.ok());
    EXPECT_TRUE(blocked.error().busy);
    EXPECT_TRUE(statements.run(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
}

TEST(SqliteStatements, StatementsAreFinalizedBeforeTheConnectionCloses)
{
    SqliteFile file;
    {
        sql::Statements statements(file.database(), file.path());
        ASSERT_TRUE(statements.run(QStringLiteral("CREATE TABLE t (a INTEGER)")).ok());
        ASSERT_TRUE(statements.rows(QStringLiteral("SELECT a FROM t")).ok());
        EXPECT_NE(sqlite3_next_stmt(file.handle(), nullptr), nullptr);
    }
    EXPECT_EQ(sqlite3_next_stmt(file.handle(), nullptr), nullptr);
}
