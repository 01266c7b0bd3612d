#include "PortfolioStore.h"

#include "PageRepository.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "core/FinnishText.h"
#include "import/Gazetteer.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace salkku::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("salkku::storage", text);
}

} // namespace

PortfolioStore::PortfolioStore(std::unique_ptr<Database> database)
    : m_database(std::move(database)),
      m_statements(std::make_unique<sql::Statements>(m_database->connection(), m_database->path()))
{}

PortfolioStore::~PortfolioStore()
{
    m_statements.reset(); // its queries go before the connection
}

core::Result<std::unique_ptr<PortfolioStore>> PortfolioStore::open(const QString &path,
                                                                   const DatabaseOptions &options)
{
    auto database = Database::open(path, options);
    if (!database)
        return database.error();
    return std::unique_ptr<PortfolioStore>(new PortfolioStore(std::move(database).value()));
}

QString PortfolioStore::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SALKKU_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("portfolio.sqlite"));
}

const QString &PortfolioStore::path() const
{
    return m_database->path();
}

core::Result<StoreOutcome> PortfolioStore::store(const core::PageRecord &record, const SourceInfo &source,
                                                 bool force)
{
    if (m_database->readOnly())
        return core::Error{path(), 0, tr("the portfolio is open read-only")};
    sql::WriteTransaction transaction(*m_statements);
    if (transaction.beginError())
        return *transaction.beginError();
    PageRepository pages(*m_statements);
    const QString identity = PageRepository::identityOf(record);
    auto existing = pages.find(identity);
    if (!existing)
        return existing.error();

    StoreOutcome outcome;
    if (const auto &old = existing.value()) {
        outcome.pageId = old->id;
        if (old->sha256 == source.sha256) {
            outcome.status = StoreStatus::Unchanged;
            return outcome; // nothing written; the transaction rolls back
        }
        if (!force && old->modified && record.modified && *record.modified < *old->modified) {
            outcome.status = StoreStatus::Skipped;
            outcome.reason =
                tr("older than the stored page (modified %1, the stored page %2)")
                    .arg(record.modified->toString(Qt::ISODate), old->modified->toString(Qt::ISODate));
            return outcome;
        }
        auto sourceId = pages.insertSource(source, record.encoding);
        if (!sourceId)
            return sourceId.error();
        if (auto error = SearchIndex::remove(*m_statements, old->id))
            return *error;
        if (auto error = pages.replace(old->id, record, sourceId.value()))
            return *error;
        if (auto error = pages.removeSourceIfUnused(old->sourceId))
            return *error;
        if (auto error = SearchIndex::add(*m_statements, old->id, record))
            return *error;
        outcome.status = StoreStatus::Updated;
    } else {
        auto sourceId = pages.insertSource(source, record.encoding);
        if (!sourceId)
            return sourceId.error();
        auto id = pages.insert(record, identity, sourceId.value());
        if (!id)
            return id.error();
        if (auto error = SearchIndex::add(*m_statements, id.value(), record))
            return *error;
        outcome.pageId = id.value();
        outcome.status = StoreStatus::Imported;
    }
    if (auto error = transaction.commit())
        return *error;
    return outcome;
}

core::Result<QList<PageSummary>> PortfolioStore::summaries(const QString &where, const QVariantList &values)
{
    auto rows =
        m_statements->rows(QStringLiteral("SELECT p.id, p.kind, p.name, r.name, p.start_year, p.end_year,"
                                          " (SELECT count(*) FROM sub_areas AS s WHERE s.page_id = p.id)"
                                          " FROM pages AS p LEFT JOIN regions AS r ON r.id = p.region_id %1"
                                          " ORDER BY p.sort_key, p.id")
                               .arg(where),
                           values);
    if (!rows)
        return rows.error();
    QList<PageSummary> result;
    for (const sql::Row &row : rows.value()) {
        result.append(PageSummary{
            row[0].toLongLong(), core::pageKindFromKey(row[1].toString()).value_or(core::PageKind::Project),
            row[2].toString(), row[3].toString(),
            row[4].isNull() ? std::nullopt : std::optional<int>(row[4].toInt()),
            row[5].isNull() ? std::nullopt : std::optional<int>(row[5].toInt()), row[6].toInt()});
    }
    return result;
}

core::Result<QList<PageSummary>> PortfolioStore::list(const ListFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.includeArticles)
        conditions.append(QStringLiteral("p.kind <> 'article'"));
    if (!filter.region.isEmpty()) {
        // Any form of the region's name will do: "Kanta-Hämeen", "kanta-häme", "Egentliga Tavastland".
        const importer::Region *region = importer::Gazetteer::builtIn().findIn(filter.region);
        if (!region)
            return core::Error{path(), 0, tr("no such region: %1").arg(filter.region)};
        conditions.append(QStringLiteral("r.name = ?"));
        values.append(region->name);
    }
    return summaries(conditions.isEmpty()
                         ? QString()
                         : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                     values);
}

core::Result<StoredPage> PortfolioStore::page(qint64 id)
{
    PageRepository pages(*m_statements);
    return pages.load(id);
}

core::Result<QList<PageSummary>> PortfolioStore::findByName(const QString &name)
{
    auto all = summaries(QString(), {});
    if (!all)
        return all.error();
    const QString key = core::FinnishText::matchKey(name);
    QList<PageSummary> exact, containing;
    for (const PageSummary &summary : all.value()) {
        const QString candidate = core::FinnishText::matchKey(summary.name);
        if (candidate == key)
            exact.append(summary);
        else if (!key.isEmpty() && candidate.contains(key))
            containing.append(summary);
    }
    return exact.isEmpty() ? containing : exact;
}

core::Result<QList<SearchHit>> PortfolioStore::search(const QString &query, int limit)
{
    return SearchIndex::search(*m_statements, query, limit);
}

std::optional<core::Error> PortfolioStore::optimize()
{
    if (m_database->readOnly())
        return std::nullopt;
    {
        sql::WriteTransaction transaction(*m_statements);
        if (transaction.beginError())
            return transaction.beginError();
        PageRepository pages(*m_statements);
        if (auto error = pages.removeOrphans())
            return error;
        if (auto error = SearchIndex::optimize(*m_statements))
            return error;
        if (auto error = transaction.commit())
            return error;
    }
    auto checkpoint = m_statements->rows(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!checkpoint)
        return checkpoint.error();
    return std::nullopt;
}

core::Result<QString> PortfolioStore::integrityCheck()
{
    auto rows = m_statements->rows(QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    QStringList lines;
    for (const sql::Row &row : rows.value())
        lines.append(row[0].toString());
    return lines.join(u'\n');
}

} // namespace salkku::storage
