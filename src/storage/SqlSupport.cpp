#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace salkku::storage::sql {

namespace {

// SQLite's primary result codes (sqlite3.h), as Qt reports them in nativeErrorCode().
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kNotADatabase = 26;

} // namespace

core::Error toError(const QSqlError &error, const QString &path, const QString &doing)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    QString message;
    switch (ok ? code : -1) {
    case kBusy:
    case kLocked:
        message = QCoreApplication::translate(
            "salkku::storage",
            "the portfolio is busy: another program is writing to it; try again when it has finished");
        break;
    case kReadOnly:
        message = QCoreApplication::translate("salkku::storage", "the portfolio is open read-only");
        break;
    case kFull:
        message = QCoreApplication::translate(
            "salkku::storage",
            "the disk is full (or the portfolio reached its size limit); nothing was changed");
        break;
    case kCorrupt:
    case kNotADatabase:
        message = QCoreApplication::translate("salkku::storage",
                                              "the portfolio file is damaged or is not a Salkku portfolio");
        break;
    case kCantOpen:
        message = QCoreApplication::translate("salkku::storage", "cannot open the portfolio file");
        break;
    default:
        message = error.text().trimmed();
        break;
    }
    return core::Error{path, 0, doing.isEmpty() ? message : doing + QStringLiteral(": ") + message,
                       ok && (code == kBusy || code == kLocked)};
}

Statements::Statements(const QSqlDatabase &database, QString path)
    : m_database(database), m_path(std::move(path))
{}

core::Result<QSqlQuery *> Statements::prepare(const QString &sql, const QVariantList &values)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return toError(query.lastError(), m_path, QString());
        }
        it = m_cache.insert(sql, query);
    }
    QSqlQuery *query = &it.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(static_cast<int>(i), values[i]);
    if (!query->exec()) {
        core::Error error = toError(query->lastError(), m_path, QString());
        query->finish();
        return error;
    }
    return query;
}

core::Result<void> Statements::run(const QString &sql, const QVariantList &values)
{
    auto query = prepare(sql, values);
    SALKKU_TRY(query);
    query.value()->finish();
    return {};
}

core::Result<QList<Row>> Statements::rows(const QString &sql, const QVariantList &values)
{
    auto prepared = prepare(sql, values);
    SALKKU_TRY(prepared);
    QSqlQuery *query = prepared.value();
    QList<Row> result;
    const int columns = query->record().count();
    while (query->next()) {
        Row row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(query->value(c));
        result.append(row);
    }
    const QSqlError failure = query->lastError();
    query->finish();
    if (failure.isValid())
        return toError(failure, m_path, QString());
    return result;
}

core::Result<QVariant> Statements::scalar(const QString &sql, const QVariantList &values)
{
    auto prepared = prepare(sql, values);
    SALKKU_TRY(prepared);
    QSqlQuery *query = prepared.value();
    QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

core::Result<qint64> Statements::insert(const QString &sql, const QVariantList &values)
{
    auto prepared = prepare(sql, values);
    SALKKU_TRY(prepared);
    QSqlQuery *query = prepared.value();
    const qint64 id = query->lastInsertId().toLongLong();
    query->finish();
    return id;
}

WriteTransaction::WriteTransaction(Statements &statements) : m_statements(statements)
{
    m_begun = m_statements.run(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.ok();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_statements.run(QStringLiteral("ROLLBACK"));
}

core::Result<void> WriteTransaction::commit()
{
    if (!m_open)
        return m_begun;
    auto committed = m_statements.run(QStringLiteral("COMMIT"));
    if (committed)
        m_open = false;
    return committed;
}

} // namespace salkku::storage::sql
