#include "SqliteStatements.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>
#include <utility>
#include <vector>

namespace salkku::storage::sql {

namespace {

int clampToInt(qsizetype size)
{
    return size > INT_MAX ? INT_MAX : static_cast<int>(size);
}

// NULL as Qt's SQL drivers see it (QSqlResultPrivate::isVariantNull): also an invalid date or time, a null
// text, bytes or UUID.
bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(value.constData())->isNull();
    default:
        return false;
    }
}

// A value as Qt's SQLite driver binds it (QSQLiteResult::exec in Qt 6.4): text as UTF-8 here, which SQLite
// stores as it is, instead of UTF-16 that it would translate. `held` keeps the UTF-8 until the statement has
// run.
int bindValue(sqlite3_stmt *statement, int index, const QVariant &value, std::vector<QByteArray> &held)
{
    const auto bindText = [&](const QString &text) {
        held.push_back(text.toUtf8());
        const QByteArray &bytes = held.back();
        return sqlite3_bind_text(statement, index, bytes.constData(), clampToInt(bytes.size()),
                                 SQLITE_STATIC);
    };
    if (isNullValue(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), clampToInt(bytes->size()),
                                 SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return bindText(value.toTime().toString(u"hh:mm:ss.zzz"));
    case QMetaType::QString:
        return bindText(*static_cast<const QString *>(value.constData()));
    default:
        return bindText(value.toString());
    }
}

// A column as Qt's SQLite driver reads it: NULL is a null QString (valid, isNull()), not an invalid QVariant.
QVariant columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
    }
    }
}

// Resets the statement when the call is done with it, whatever happens: a SELECT left unreset would hold its
// read snapshot, and the values bound are released.
class Finished
{
public:
    explicit Finished(sqlite3_stmt *statement) : m_statement(statement) {}
    ~Finished()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    Finished(const Finished &) = delete;
    Finished &operator=(const Finished &) = delete;

private:
    sqlite3_stmt *m_statement;
};

} // namespace

SqliteStatements::SqliteStatements(sqlite3 *db, ErrorOf errorOf) : m_db(db), m_errorOf(std::move(errorOf)) {}

SqliteStatements::~SqliteStatements()
{
    clear();
}

void SqliteStatements::clear()
{
    for (sqlite3_stmt *statement : std::as_const(m_cache))
        sqlite3_finalize(statement);
    m_cache.clear();
}

core::Error SqliteStatements::failure(int code) const
{
    return m_errorOf(code & 0xff, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

core::Result<sqlite3_stmt *> SqliteStatements::prepared(const QString &sql)
{
    if (const auto it = m_cache.constFind(sql); it != m_cache.cend())
        return it.value();
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, text.constData(), clampToInt(text.size()), &statement, &tail);
    if (rc != SQLITE_OK) {
        core::Error error = failure(rc);
        sqlite3_finalize(statement);
        return error;
    }
    if (!statement || (tail && !QByteArray(tail).trimmed().isEmpty())) {
        sqlite3_finalize(statement);
        return m_errorOf(SQLITE_MISUSE, QStringLiteral("not one statement: %1").arg(sql));
    }
    m_cache.insert(sql, statement);
    return statement;
}

core::Result<void> SqliteStatements::checkCount(sqlite3_stmt *statement, const QVariantList &values)
{
    if (sqlite3_bind_parameter_count(statement) != values.size())
        return m_errorOf(SQLITE_RANGE, QStringLiteral("%1 values for %2 parameters")
                                           .arg(values.size())
                                           .arg(sqlite3_bind_parameter_count(statement)));
    return {};
}

core::Result<void> SqliteStatements::run(const QString &sql, const QVariantList &values)
{
    auto rows = this->rows(sql, values, 0);
    SALKKU_TRY(rows);
    return {};
}

// A change is made whole by its first step (SQLite runs an INSERT … RETURNING to its end there), so stopping
// after `limit` rows leaves nothing half done; a statement whose rows are not read (limit 0) runs to its end.
core::Result<QList<QVariantList>> SqliteStatements::rows(const QString &sql, const QVariantList &values,
                                                         int limit)
{
    auto statement = prepared(sql);
    SALKKU_TRY(statement);
    sqlite3_stmt *s = statement.value();
    SALKKU_TRY(checkCount(s, values));
    std::vector<QByteArray> held; // before `finished`: the bound text outlives the statement's reset
    held.reserve(static_cast<size_t>(values.size()));
    const Finished finished(s);
    for (qsizetype i = 0; i < values.size(); ++i)
        if (const int rc = bindValue(s, static_cast<int>(i + 1), values[i], held); rc != SQLITE_OK)
            return failure(rc);
    QList<QVariantList> result;
    const int columns = sqlite3_column_count(s);
    for (;;) {
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return failure(rc);
        if (limit == 0)
            continue;
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(columnValue(s, c));
        result.append(std::move(row));
        if (limit > 0 && result.size() >= limit)
            break;
    }
    return result;
}

int SqliteStatements::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace salkku::storage::sql
