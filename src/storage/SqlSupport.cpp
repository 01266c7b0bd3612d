#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlRecord>

#include <sqlite3.h>
#include <utility>

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

Backend backendOf(const QSqlDatabase &database)
{
    return database.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSQL : Backend::SQLite;
}

QString joinedList(Backend backend, const QString &expression)
{
    return backend == Backend::PostgreSQL ? QStringLiteral("string_agg(%1, chr(31))").arg(expression)
                                          : QStringLiteral("group_concat(%1, char(31))").arg(expression);
}

namespace {

// A broken connection: SQLSTATE class 08, the server shutting down (57P01–57P03), or, once libpq has
// noticed, no SQLSTATE and libpq's own words.
bool connectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return true;
    const QString text = error.databaseText() + u' ' + error.driverText();
    return state.isEmpty() && (error.type() == QSqlError::ConnectionError ||
                               text.contains(QLatin1String("server closed the connection")) ||
                               text.contains(QLatin1String("no connection to the server")) ||
                               text.contains(QLatin1String("terminating connection")) ||
                               text.contains(QLatin1String("could not send data to server")) ||
                               text.contains(QLatin1String("could not receive data from server")));
}

// PostgreSQL's SQLSTATE classes and codes (Appendix A of its manual), as QPSQL reports them.
core::Error serverError(const QSqlError &error, const QString &path, const QString &doing)
{
    const QString state = error.nativeErrorCode();
    QString message;
    bool retry = false;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("23505")) {
        // 23505: a unique key another client's transaction stored meanwhile (the same page, tag or name).
        message = QCoreApplication::translate(
            "salkku::storage", "another user changed the same data at the same time; try again");
        retry = true;
    } else if (state == QLatin1String("25006") || state == QLatin1String("42501")) {
        message = QCoreApplication::translate(
            "salkku::storage", "you may read this shared portfolio but not change it (ask its administrator "
                               "to make you an editor)");
    } else if (state == QLatin1String("53100")) {
        message =
            QCoreApplication::translate("salkku::storage", "the server's disk is full; nothing was changed");
    } else if (connectionLost(error)) {
        message = QCoreApplication::translate(
            "salkku::storage", "the connection to the PostgreSQL server was lost; nothing of the last change "
                               "was kept");
        return core::Error{path, 0, doing.isEmpty() ? message : doing + QStringLiteral(": ") + message, false,
                           true};
    } else {
        message = error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                           : error.databaseText().trimmed();
    }
    return core::Error{path, 0, doing.isEmpty() ? message : doing + QStringLiteral(": ") + message, retry};
}

} // namespace

namespace {

// SQLite's primary result code (-1 when unknown) and its message as a person's sentence.
core::Error fileError(int code, const QString &text, const QString &path, const QString &doing)
{
    QString message;
    switch (code) {
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
        message = text.trimmed();
        break;
    }
    return core::Error{path, 0, doing.isEmpty() ? message : doing + QStringLiteral(": ") + message,
                       code == kBusy || code == kLocked};
}

// The connection's sqlite3 handle, as Qt's SQLite driver gives it.
sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QVariant value = database.driver() ? database.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

} // namespace

core::Error toError(const QSqlError &error, const QString &path, const QString &doing, Backend backend)
{
    if (backend == Backend::PostgreSQL)
        return serverError(error, path, doing);
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return fileError(ok ? code : -1, error.text(), path, doing);
}

Statements::Statements(const QSqlDatabase &database, QString path)
    : m_database(database), m_path(std::move(path)), m_backend(backendOf(database))
{
    useFileConnection();
}

Statements::~Statements() = default;

void Statements::useFileConnection()
{
    m_file.reset();
    if (m_backend != Backend::SQLite)
        return;
    if (sqlite3 *db = sqliteHandle(m_database))
        m_file = std::make_unique<SqliteStatements>(db, [path = m_path](int code, const QString &message) {
            return fileError(code, message, path, QString());
        });
}

namespace {

// The SQL statement's first word: SELECT, BEGIN…
QString verbOf(const QString &sql)
{
    return sql.left(sql.indexOf(u' ')).toUpper();
}

// PostgreSQL prepares only queries and data changes; the rest (BEGIN, SET, DDL, DO) is sent as it is.
bool preparable(Backend backend, const QString &sql)
{
    if (backend != Backend::PostgreSQL)
        return true;
    const QString verb = verbOf(sql);
    return verb == QLatin1String("SELECT") || verb == QLatin1String("INSERT") ||
           verb == QLatin1String("UPDATE") || verb == QLatin1String("DELETE") ||
           verb == QLatin1String("WITH") || verb == QLatin1String("VALUES");
}

} // namespace

namespace {

// A value as both drivers store it alike. Flags are integers in the schema (SQLite has no booleans), and
// PostgreSQL refuses a boolean there. A null QString is text to SQLite and NULL to PostgreSQL's driver: it is
// the empty text on both (NULL is QVariant()).
QVariant portable(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toInt();
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

} // namespace

QHash<QString, QSqlQuery> Statements::rebind(const QSqlDatabase &database)
{
    QHash<QString, QSqlQuery> old = std::exchange(m_cache, {});
    m_direct = QSqlQuery();
    m_database = database;
    m_inTransaction = false;
    useFileConnection(); // the old file's statements are finalized first, on their still open connection
    return old;
}

void Statements::rollback()
{
    m_inTransaction = false;
    if (m_file) {
        (void)m_file->run(QStringLiteral("ROLLBACK"), {});
        return;
    }
    if (auto query = prepareOnce(QStringLiteral("ROLLBACK"), {}))
        query.value()->finish();
}

bool Statements::mayReconnectFor(const QString &sql) const
{
    if (!m_reconnect || m_inTransaction)
        return false;
    const QString verb = verbOf(sql);
    return verb == QLatin1String("SELECT") || verb == QLatin1String("WITH") ||
           verb == QLatin1String("VALUES") || verb == QLatin1String("BEGIN") || verb == QLatin1String("SHOW");
}

void Statements::noteTransaction(const QString &sql)
{
    const QString verb = verbOf(sql);
    if (verb == QLatin1String("BEGIN"))
        m_inTransaction = true;
    else if (verb == QLatin1String("COMMIT") || verb == QLatin1String("ROLLBACK"))
        m_inTransaction = false;
}

core::Result<QList<Row>> Statements::fileRows(const QString &sql, const QVariantList &values, int limit)
{
    if (m_interrupted && m_interrupted->load())
        return core::Error{m_path, 0, QCoreApplication::translate("salkku::storage", "interrupted")};
    QVariantList portableValues;
    portableValues.reserve(values.size());
    for (const QVariant &value : values)
        portableValues.append(portable(value));
    auto rows = m_file->rows(sql, portableValues, limit);
    if (rows)
        noteTransaction(sql);
    return rows;
}

core::Result<QSqlQuery *> Statements::prepare(const QString &sql, const QVariantList &values)
{
    if (m_interrupted && m_interrupted->load())
        return core::Error{m_path, 0, QCoreApplication::translate("salkku::storage", "interrupted")};
    auto prepared = prepareOnce(sql, values);
    if (!prepared && prepared.error().lostConnection) {
        const bool retry = mayReconnectFor(sql);
        m_inTransaction = false; // the server ended it
        if (retry && m_reconnect())
            prepared = prepareOnce(sql, values);
    }
    if (prepared)
        noteTransaction(sql);
    return prepared;
}

core::Result<QSqlQuery *> Statements::prepareOnce(const QString &sql, const QVariantList &values)
{
    if (!preparable(m_backend, sql)) {
        m_direct = QSqlQuery(m_database);
        if (!m_direct.exec(sql))
            return toError(m_direct.lastError(), m_path, QString(), m_backend);
        return &m_direct;
    }
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        QSqlQuery query(m_database);
        // PostgreSQL's driver reads a forward-only query's rows one at a time (libpq's single-row mode), and
        // a result left unread holds back the NOTIFY messages behind it until the next statement: a window
        // would hear of the team's changes late. Every result is read whole anyway.
        query.setForwardOnly(m_backend != Backend::PostgreSQL);
        if (!query.prepare(sql)) {
            return toError(query.lastError(), m_path, QString(), m_backend);
        }
        it = m_cache.insert(sql, query);
    }
    QSqlQuery *query = &it.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(static_cast<int>(i), portable(values[i]));
    if (!query->exec()) {
        core::Error error = toError(query->lastError(), m_path, QString(), m_backend);
        query->finish();
        return error;
    }
    return query;
}

InsertBatch::InsertBatch(Statements &statements, QString into, QString row)
    : m_statements(statements), m_into(std::move(into)), m_row(std::move(row))
{}

core::Result<void> InsertBatch::flush()
{
    for (qsizetype first = 0; first < m_rows.size(); first += kRows) {
        const qsizetype count = std::min(kRows, m_rows.size() - first);
        QStringList rows;
        QVariantList values;
        for (qsizetype i = first; i < first + count; ++i) {
            rows.append(m_row);
            values.append(m_rows[i]);
        }
        SALKKU_TRY(m_statements.run(
            QStringLiteral("INSERT INTO %1 VALUES %2").arg(m_into, rows.join(QStringLiteral(", "))), values));
    }
    m_rows.clear();
    return {};
}

core::Result<void> Statements::run(const QString &sql, const QVariantList &values)
{
    if (m_file) {
        auto rows = fileRows(sql, values, 0);
        SALKKU_TRY(rows);
        return {};
    }
    auto query = prepare(sql, values);
    SALKKU_TRY(query);
    query.value()->finish();
    return {};
}

core::Result<QList<Row>> Statements::rows(const QString &sql, const QVariantList &values)
{
    if (m_file)
        return fileRows(sql, values, -1);
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
        return toError(failure, m_path, QString(), m_backend);
    return result;
}

core::Result<QVariant> Statements::scalar(const QString &sql, const QVariantList &values)
{
    if (m_file) {
        auto rows = fileRows(sql, values, 1);
        SALKKU_TRY(rows);
        return rows.value().isEmpty() || rows.value().front().isEmpty() ? QVariant()
                                                                        : rows.value().front().front();
    }
    auto prepared = prepare(sql, values);
    SALKKU_TRY(prepared);
    QSqlQuery *query = prepared.value();
    QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

core::Result<qint64> Statements::insert(const QString &sql, const QVariantList &values)
{
    auto id = scalar(sql + QStringLiteral(" RETURNING id"), values);
    SALKKU_TRY(id);
    return id.value().toLongLong();
}

core::Result<int> Statements::change(const QString &sql, const QVariantList &values)
{
    if (m_file) {
        SALKKU_TRY(run(sql, values));
        return m_file->changes();
    }
    auto prepared = prepare(sql, values);
    SALKKU_TRY(prepared);
    const int changed = prepared.value()->numRowsAffected();
    prepared.value()->finish();
    return changed;
}

WriteTransaction::WriteTransaction(Statements &statements) : m_statements(statements)
{
    m_begun = m_statements.run(m_statements.onServer() ? QStringLiteral("BEGIN")
                                                       : QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begun.ok();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_statements.rollback();
}

void WriteTransaction::announce(PortfolioChange::Kind kind, const QList<qint64> &pageIds)
{
    if (m_statements.onServer())
        m_changes.append(PortfolioChange{.kind = kind, .pageIds = pageIds});
}

QString changePayload(const PortfolioChange &change)
{
    QStringList ids;
    // NOTIFY's payload holds under 8000 bytes: a long list says "any page" instead.
    if (change.pageIds.size() <= 500)
        for (const qint64 id : change.pageIds)
            ids.append(QString::number(id));
    return (change.kind == PortfolioChange::Kind::Layer ? QStringLiteral("layer:")
                                                        : QStringLiteral("pages:")) +
           ids.join(u',');
}

std::optional<PortfolioChange> changeFromPayload(const QString &payload)
{
    const qsizetype colon = payload.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    PortfolioChange change;
    const QStringView kind = QStringView(payload).left(colon);
    if (kind == u"layer")
        change.kind = PortfolioChange::Kind::Layer;
    else if (kind != u"pages")
        return std::nullopt;
    for (const QString &id : payload.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        change.pageIds.append(value);
    }
    return change;
}

core::Result<void> WriteTransaction::commit()
{
    if (!m_open)
        return m_begun;
    for (const PortfolioChange &change : m_changes)
        SALKKU_TRY(
            m_statements.run(QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(kChangeChannel)),
                             {changePayload(change)}));
    auto committed = m_statements.run(QStringLiteral("COMMIT"));
    if (committed)
        m_open = false;
    return committed;
}

} // namespace salkku::storage::sql
