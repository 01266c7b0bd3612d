#include "PortfolioStore.h"

#include "BrowseConditions.h"
#include "ImportBatch.h"
#include "OnlineBackup.h"
#include "PageRepository.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "core/FinnishText.h"
#include "core/TextSimilarity.h"
#include "import/Gazetteer.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QStandardPaths>

#include <algorithm>
#include <functional>

namespace salkku::storage {

namespace {

// SQL said once (kPages, kListed and kFollowUpJoin: see BrowseConditions.h).
// What a PageSummary is made of (summaryOf reads it).
QString summaryColumns(Backend backend)
{
    return QStringLiteral(
               "p.id, p.kind, p.name, r.name, p.start_year, p.end_year,"
               " (SELECT count(*) FROM sub_areas AS s WHERE s.page_id = p.id), p.part, p.file_name,"
               " CASE p.kind WHEN 'project' THEN (SELECT count(*) FROM pages AS c WHERE c.parent_key ="
               " p.name_key AND c.kind = 'practice' AND c.part = 'main' AND c.trashed_at IS NULL) ELSE 0 END,"
               " (SELECT %1 FROM page_funders AS f WHERE f.page_id = p.id),"
               " (SELECT %2 FROM item_tags AS it JOIN tags AS t ON t.id = it.tag_id"
               " WHERE it.identity = p.identity AND it.sub_area = 0),"
               " fu.status, fu.due")
        .arg(sql::joinedList(backend, QStringLiteral("f.name")),
             sql::joinedList(backend, QStringLiteral("t.name")));
}
// Regions in Finnish order, pages without a region last, then the pages by name.
const QString kRegionOrder = QStringLiteral("r.id IS NULL, r.sort_key, p.sort_key, p.id");

// Pages by name: the order of lists.
const QString kNameOrder = QStringLiteral("p.sort_key, p.id");

} // namespace

namespace {

// The group a page belongs to, as SQL over p and r; and how the groups sort.
struct GroupColumn
{
    QString key;
    QString order;
    QString join; // for topics: a page is in each of its topics' groups
};

// The order is not an aggregate (PostgreSQL has no min() of bytea): the groups are made by key and order,
// and the order follows from the key.
GroupColumn groupColumn(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Region:
        return {QStringLiteral("coalesce(r.name, '')"), QStringLiteral("r.sort_key"), QString()};
    case Grouping::Maakunta:
        return {QStringLiteral("coalesce(r.maakunta, '')"), QStringLiteral("gm.sort_key"),
                QStringLiteral(" LEFT JOIN regions AS gm ON gm.name = r.maakunta")};
    case Grouping::StartYear:
        return {QStringLiteral("coalesce(CAST(p.start_year AS TEXT), '')"), QStringLiteral("p.start_year"),
                QString()};
    case Grouping::Funder:
        return {QStringLiteral("coalesce(gf.name, '')"), QStringLiteral("lower(coalesce(gf.name, ''))"),
                QStringLiteral(" LEFT JOIN page_funders AS gf ON gf.page_id = p.id")};
    case Grouping::Topic:
        return {QStringLiteral("coalesce(gt.name, '')"), QStringLiteral("lower(coalesce(gt.name, ''))"),
                QStringLiteral(" LEFT JOIN page_topics AS gpt ON gpt.page_id = p.id"
                               " LEFT JOIN topics AS gt ON gt.id = gpt.topic_id")};
    }
    return {};
}

// A joinedList() back as a list.
QStringList listOf(const QVariant &joined)
{
    return joined.isNull() ? QStringList() : joined.toString().split(QChar(31));
}

QStringList sortedTags(QStringList tags)
{
    const core::FinnishCollator collator;
    std::sort(tags.begin(), tags.end(), std::cref(collator));
    return tags;
}

core::FollowUp followUpOf(const QVariant &status, const QVariant &due)
{
    core::FollowUp followUp;
    followUp.status = core::followUpStatusFromKey(status.toString()).value_or(core::FollowUpStatus::None);
    if (!due.isNull())
        followUp.due = QDate::fromString(due.toString(), Qt::ISODate);
    return followUp;
}

// A row of SELECT summaryColumns().
PageSummary summaryOf(const sql::Row &row)
{
    return PageSummary{row[0].toLongLong(),
                       core::pageKindFromKey(row[1].toString()).value_or(core::PageKind::Project),
                       core::displayName(row[2].toString(), row[8].toString()),
                       row[3].toString(),
                       row[4].isNull() ? std::nullopt : std::optional<int>(row[4].toInt()),
                       row[5].isNull() ? std::nullopt : std::optional<int>(row[5].toInt()),
                       row[6].toInt(),
                       core::pagePartFromKey(row[7].toString()).value_or(core::PagePart::Main),
                       row[9].toInt(),
                       listOf(row[10]),
                       sortedTags(listOf(row[11])),
                       followUpOf(row[12], row[13])};
}

// Grouped by topic or funder, a page is in each of its topics' or funders' groups.
bool isManyToMany(Grouping grouping)
{
    return grouping == Grouping::Topic || grouping == Grouping::Funder;
}

// A page in the group `key` of a many-to-many grouping (none: in no topic or funder at all).
void addManyToManyCondition(Grouping grouping, const QString &key, Conditions &conditions)
{
    const bool topic = grouping == Grouping::Topic;
    if (key.isEmpty()) {
        conditions.where.append(
            topic ? QStringLiteral("NOT EXISTS (SELECT 1 FROM page_topics AS x WHERE x.page_id = p.id)")
                  : QStringLiteral("NOT EXISTS (SELECT 1 FROM page_funders AS x WHERE x.page_id = p.id)"));
        return;
    }
    conditions.where.append(
        topic ? QStringLiteral("EXISTS (SELECT 1 FROM page_topics AS x JOIN topics AS y ON y.id ="
                               " x.topic_id WHERE x.page_id = p.id AND y.name = ?)")
              : QStringLiteral("EXISTS (SELECT 1 FROM page_funders AS x WHERE x.page_id = p.id"
                               " AND x.name = ?)"));
    conditions.values.append(key);
}

} // namespace

PortfolioStore::PortfolioStore(std::unique_ptr<Database> database)
    : m_database(std::move(database)),
      m_statements(std::make_unique<sql::Statements>(m_database->connection(), m_database->path())),
      m_coordinator(std::make_unique<CoordinatorStore>(*m_database, *m_statements))
{
    m_statements->stopWhen(&m_database->interrupted());
    if (m_database->backend() == Backend::PostgreSQL)
        m_statements->setReconnect([this] {
            auto reconnected = reconnect();
            if (reconnected)
                ++m_reconnections;
            return reconnected;
        });
}

PortfolioStore::~PortfolioStore()
{
    m_batch.reset(); // rolls an unfinished batch back
    QObject::disconnect(m_watch);
    m_coordinator.reset();
    m_statements.reset(); // its queries go before the connection
}

CoordinatorStore &PortfolioStore::coordinator()
{
    return *m_coordinator;
}

core::Result<void> PortfolioStore::backupTo(const QString &target)
{
    if (m_database->backend() == Backend::PostgreSQL)
        return core::Error{path(), 0,
                           QCoreApplication::translate(
                               "salkku::storage", "a shared portfolio is backed up on its server (pg_dump)")};
    return OnlineBackup::copy(m_database->handle(), path(), target);
}

core::Result<std::unique_ptr<PortfolioStore>> PortfolioStore::open(const QString &path,
                                                                   const DatabaseOptions &options)
{
    auto database = Database::open(path, options);
    SALKKU_TRY(database);
    return std::unique_ptr<PortfolioStore>(new PortfolioStore(std::move(database).value()));
}

QString PortfolioStore::defaultPath()
{
    QString fromEnvironment = qEnvironmentVariable("SALKKU_DB");
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

bool PortfolioStore::watchChanges(const std::function<void(const PortfolioChange &)> &onChange)
{
    if (backend() != Backend::PostgreSQL)
        return false;
    QSqlDriver *driver = m_database->connection().driver();
    const QString channel = QLatin1String(sql::kChangeChannel);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return false;
    QObject::disconnect(m_watch);
    m_onChange = onChange;
    m_watch = QObject::connect(driver, &QSqlDriver::notification, driver,
                               [onChange, channel](const QString &name, QSqlDriver::NotificationSource source,
                                                   const QVariant &payload) {
                                   // This connection's own writes are known to its owner already.
                                   if (name != channel || source == QSqlDriver::SelfSource)
                                       return;
                                   if (const auto change = sql::changeFromPayload(payload.toString()))
                                       onChange(*change);
                               });
    return true;
}

core::Result<void> PortfolioStore::reconnect()
{
    auto database = Database::open(m_database->location(), m_database->options());
    SALKKU_TRY(database);
    QObject::disconnect(m_watch);
    // The old connection's statements go after it: a broken connection cannot free them.
    const auto stale = m_statements->rebind(database.value()->connection());
    m_database->takeConnection(std::move(database).value());
    if (m_onChange)
        watchChanges(m_onChange);
    return {};
}

core::Result<void> PortfolioStore::ping()
{
    auto answer = m_statements->scalar(QStringLiteral("SELECT 1"));
    SALKKU_TRY(answer);
    return {};
}

Backend PortfolioStore::backend() const
{
    return m_database->backend();
}

bool PortfolioStore::readOnly() const
{
    return m_database->readOnly();
}

core::Result<StoreOutcome> PortfolioStore::store(const core::PageRecord &record, const SourceInfo &source,
                                                 bool force,
                                                 const std::optional<SearchIndex::IndexedText> &indexed)
{
    if (m_database->readOnly())
        return core::Error{path(), 0,
                           QCoreApplication::translate("salkku::storage", "the portfolio is open read-only")};
    return sql::retryingConflicts(*m_statements, [&] { return storeOnce(record, source, force, indexed); });
}

core::Result<StoreOutcome> PortfolioStore::storeOnce(const core::PageRecord &record, const SourceInfo &source,
                                                     bool force,
                                                     const std::optional<SearchIndex::IndexedText> &indexed)
{
    PageTransaction transaction(*m_statements, m_batch.get());
    SALKKU_TRY(transaction.begun());
    PageRepository pages(*m_statements);
    auto existing = pages.find(record, source.sha256);
    SALKKU_TRY(existing);

    StoreOutcome outcome;
    if (const auto &old = existing.value()) {
        outcome.pageId = old->id;
        // The same bytes read by the same importer: nothing new (a newer Salkku may read them better, and
        // --force always stores again).
        if (!force && old->sha256 == source.sha256 && old->importerVersion == source.importerVersion) {
            outcome.status = StoreStatus::Unchanged;
            if (old->trashed)
                outcome.reason = QCoreApplication::translate("salkku::storage", "in the trash");
            return outcome; // nothing written; the transaction rolls back
        }
        if (!force && old->modified && record.modified && *record.modified < *old->modified) {
            outcome.status = StoreStatus::Skipped;
            outcome.reason =
                QCoreApplication::translate("salkku::storage",
                                            "older than the stored page (modified %1, the stored page %2)")
                    .arg(record.modified->toString(Qt::ISODate), old->modified->toString(Qt::ISODate));
            return outcome;
        }
        auto sourceId = pages.insertSource(source, record.encoding);
        SALKKU_TRY(sourceId);
        SALKKU_TRY(transaction.removeFromIndex(old->id));
        SALKKU_TRY(pages.replace(old->id, record, sourceId.value()));
        SALKKU_TRY(pages.removeSourceIfUnused(old->sourceId));
        // The coordinator's tags, notes and collections follow the page to its new identity (a newer export
        // that names its region, an older Salkku's reading of the same bytes).
        const QString identity = PageRepository::identityOf(record);
        if (identity != old->identity)
            SALKKU_TRY(CoordinatorStore::moveIdentity(*m_statements, old->identity, identity));
        // A page in the trash is updated there, and stays there until restored.
        if (old->trashed)
            outcome.reason = QCoreApplication::translate("salkku::storage", "in the trash");
        else
            SALKKU_TRY(transaction.addToIndex(old->id, record, indexed));
        outcome.status = StoreStatus::Updated;
    } else {
        auto sourceId = pages.insertSource(source, record.encoding);
        SALKKU_TRY(sourceId);
        auto id = pages.insert(record, sourceId.value());
        SALKKU_TRY(id);
        SALKKU_TRY(transaction.addToIndex(id.value(), record, indexed));
        outcome.pageId = id.value();
        outcome.status = StoreStatus::Imported;
    }
    transaction.announce(PortfolioChange::Kind::Pages, {outcome.pageId});
    SALKKU_TRY(transaction.commit());
    return outcome;
}

core::Result<void> PortfolioStore::beginBatch()
{
    if (m_database->readOnly())
        return core::Error{path(), 0,
                           QCoreApplication::translate("salkku::storage", "the portfolio is open read-only")};
    // On a server each page stays a transaction of its own: the team sees it at once, and a conflict with
    // another member's import is retried for that page alone (retryingConflicts).
    if (m_batch || m_database->backend() == Backend::PostgreSQL)
        return {};
    auto batch = ImportBatch::begin(*m_statements, m_database->handle());
    SALKKU_TRY(batch);
    m_batch = std::move(batch).value();
    return {};
}

core::Result<void> PortfolioStore::commitBatch()
{
    if (!m_batch)
        return {};
    std::unique_ptr<ImportBatch> batch = std::move(m_batch);
    if (batch->lost())
        return core::Error{path(), 0,
                           QCoreApplication::translate(
                               "salkku::storage", "the import's transaction was rolled back after an error")};
    return batch->commit();
}

void PortfolioStore::rollbackBatch()
{
    m_batch.reset();
}

bool PortfolioStore::inBatch() const
{
    return m_batch != nullptr;
}

core::Result<QList<PageSummary>> PortfolioStore::summaries(const Conditions &conditions, const QString &order,
                                                           const QString &limit)
{
    auto rows = m_statements->rows(
        QStringLiteral("SELECT %1 %2 %3 ORDER BY %4 %5")
            .arg(summaryColumns(m_statements->backend()), kPages, conditions.clause(), order, limit),
        conditions.values);
    SALKKU_TRY(rows);
    QList<PageSummary> result;
    result.reserve(rows.value().size());
    for (const sql::Row &row : rows.value())
        result.append(summaryOf(row));
    return result;
}

core::Result<QList<PageSummary>> PortfolioStore::list(const ListFilter &filter)
{
    BrowseFilter browse;
    if (!filter.region.isEmpty()) {
        // Any form of the region's name will do: "Kanta-Hämeen", "kanta-häme", "Egentliga Tavastland".
        const importer::Region *region = importer::Gazetteer::builtIn().findIn(filter.region);
        if (!region)
            return core::Error{
                path(), 0,
                QCoreApplication::translate("salkku::storage", "no such region: %1").arg(filter.region)};
        browse.region = region->name;
    }
    browse.collection = filter.collection;
    browse.tag = filter.tag;
    return summaries(Conditions(m_statements->backend(), browse, filter.includeArticles), kNameOrder);
}

Conditions PortfolioStore::browseConditions(const BrowseFilter &filter) const
{
    return Conditions(m_statements->backend(), filter, false, m_known);
}

core::Result<QList<GroupCount>> PortfolioStore::groups(Grouping grouping, const BrowseFilter &filter)
{
    const Conditions conditions = browseConditions(filter);
    const GroupColumn column = groupColumn(grouping);
    // "No region", "no year"… (the empty key) last.
    // A project is in one group, except with topics and funders (one group each).
    const QString counted =
        isManyToMany(grouping) ? QStringLiteral("count(DISTINCT p.id)") : QStringLiteral("count(*)");
    auto rows = m_statements->rows(
        QStringLiteral("SELECT key, n FROM (SELECT %1 AS key, %4 AS o, %5 AS n %6%2 %3 GROUP BY 1, 2) AS g"
                       " ORDER BY key = '', o, key")
            .arg(column.key, column.join, conditions.clause(), column.order, counted, kPages),
        conditions.values);
    SALKKU_TRY(rows);
    QList<GroupCount> groups;
    for (const sql::Row &row : rows.value())
        groups.append(GroupCount{row[0].toString(), row[1].toInt()});
    return groups;
}

Conditions PortfolioStore::groupConditions(Grouping grouping, const QString &key,
                                           const BrowseFilter &filter) const
{
    Conditions conditions = browseConditions(filter);
    if (isManyToMany(grouping)) {
        addManyToManyCondition(grouping, key, conditions);
    } else {
        conditions.where.append(groupColumn(grouping).key + QStringLiteral(" = ?"));
        conditions.values.append(key.isEmpty() ? QStringLiteral("")
                                               : key); // a null QString would bind as NULL
    }
    return conditions;
}

core::Result<QList<PageSummary>> PortfolioStore::pagesInGroup(Grouping grouping, const QString &key,
                                                              const BrowseFilter &filter, int offset,
                                                              int limit)
{
    Conditions conditions = groupConditions(grouping, key, filter);
    conditions.values.append(limit);
    conditions.values.append(offset);
    return summaries(conditions, kNameOrder, QStringLiteral("LIMIT ? OFFSET ?"));
}

core::Result<QList<qint64>> PortfolioStore::withTheirProjects(const QList<qint64> &pageIds)
{
    QList<qint64> result = pageIds;
    if (pageIds.isEmpty())
        return result;
    Conditions practices(m_statements->backend(), BrowseFilter{});
    practices.where = {QStringLiteral("p.kind = 'practice'")};
    practices.addPages(pageIds);
    auto rows = m_statements->rows(
        QStringLiteral("SELECT DISTINCT q.id FROM pages AS p JOIN pages AS q ON q.name_key = p.parent_key AND"
                       " q.kind = 'project' %1")
            .arg(practices.clause()),
        practices.values);
    SALKKU_TRY(rows);
    for (const sql::Row &row : rows.value())
        if (!result.contains(row[0].toLongLong()))
            result.append(row[0].toLongLong());
    return result;
}

core::Result<QHash<qint64, PageSummary>> PortfolioStore::summariesOf(const QList<qint64> &pageIds,
                                                                     const BrowseFilter &filter)
{
    Conditions conditions(m_statements->backend(), filter);
    conditions.addPages(pageIds);
    auto pages = summaries(conditions, kNameOrder);
    SALKKU_TRY(pages);
    QHash<qint64, PageSummary> byId;
    for (const PageSummary &page : pages.value())
        byId.insert(page.id, page);
    return byId;
}

core::Result<QHash<qint64, int>> PortfolioStore::rowsInGroup(Grouping grouping, const QString &key,
                                                             const BrowseFilter &filter,
                                                             const QList<qint64> &pageIds)
{
    const Conditions conditions = groupConditions(grouping, key, filter);
    Conditions wanted(m_statements->backend(), BrowseFilter{});
    wanted.where.clear();
    wanted.addPages(pageIds);
    // Numbered in the group's order (kNameOrder), then only the pages asked about are kept.
    auto rows = m_statements->rows(
        QStringLiteral(
            "SELECT id, n FROM (SELECT p.id, row_number() OVER (ORDER BY %1) - 1 AS n %2 %3) AS p %4")
            .arg(kNameOrder, kPages, conditions.clause(), wanted.clause()),
        conditions.values + wanted.values);
    SALKKU_TRY(rows);
    QHash<qint64, int> result;
    for (const sql::Row &row : rows.value())
        result.insert(row[0].toLongLong(), row[1].toInt());
    return result;
}

core::Result<int> PortfolioStore::count(const Conditions &conditions)
{
    auto count = m_statements->scalar(
        QStringLiteral("SELECT count(*) %1 %2").arg(kPages, conditions.clause()), conditions.values);
    SALKKU_TRY(count);
    return count.value().toInt();
}

core::Result<int> PortfolioStore::countPages(const BrowseFilter &filter)
{
    return count(browseConditions(filter));
}

// The search's pages are found once; the reads that follow take them as a list.
core::Result<void> PortfolioStore::findSearchedPages(const QString &typed, std::optional<KnownMatches> &known)
{
    const QString text = Conditions::searchedText(typed);
    if (SearchIndex::typedTerms(text).isEmpty())
        return {};
    const SearchIndex::PageFilter pages = SearchIndex::pagesMatching(m_statements->backend(), text);
    // Distinct: on a server a page is found once per unit of it that matches.
    auto rows = m_statements->rows(QStringLiteral("SELECT DISTINCT * FROM (%1) AS found").arg(pages.sql),
                                   pages.values);
    SALKKU_TRY(rows);
    QList<qint64> ids;
    ids.reserve(rows.value().size());
    for (const sql::Row &row : rows.value())
        ids.append(row[0].toLongLong());
    known = KnownMatches::of(m_statements->backend(), text, ids);
    return {};
}

core::Result<BrowseSnapshot> PortfolioStore::browse(const BrowseRequest &request)
{
    std::optional<KnownMatches> known;
    SALKKU_TRY(findSearchedPages(request.filter.text, known));
    m_known = known ? &*known : nullptr;
    const auto forget = qScopeGuard([this] { m_known = nullptr; });
    BrowseSnapshot snapshot;
    snapshot.request = request;
    if (request.onlyTimeline) {
        auto timeline = pagesByRegion(request.filter);
        SALKKU_TRY(timeline);
        snapshot.timeline = std::move(timeline).value();
        return snapshot;
    }
    auto groups = this->groups(request.grouping, request.filter);
    SALKKU_TRY(groups);
    snapshot.groups = std::move(groups).value();
    auto count = countPages(request.filter);
    SALKKU_TRY(count);
    snapshot.count = count.value();
    for (const GroupCount &group : std::as_const(snapshot.groups)) {
        const int rows = request.firstRows(group.key, snapshot.groups.size());
        if (rows == 0)
            continue;
        auto pages = pagesInGroup(request.grouping, group.key, request.filter, 0, rows);
        SALKKU_TRY(pages);
        snapshot.firstSlices.insert(group.key, std::move(pages).value());
    }
    for (const QList<PageSummary> &slice : std::as_const(snapshot.firstSlices)) {
        for (const PageSummary &page : slice) {
            if (!request.openProjects.contains(page.id) || snapshot.openProjects.contains(page.id))
                continue;
            auto children = projectChildren(page.id);
            SALKKU_TRY(children);
            snapshot.openProjects.insert(page.id, std::move(children).value());
        }
    }
    if (request.withTimeline) {
        auto timeline = pagesByRegion(request.filter);
        SALKKU_TRY(timeline);
        snapshot.timeline = std::move(timeline).value();
    }
    BrowseFilter anyTag = request.filter;
    anyTag.tag.clear();
    auto tags = coordinator().tagCounts(anyTag, m_known);
    SALKKU_TRY(tags);
    snapshot.tagCounts = std::move(tags).value();
    if (request.withChoices) {
        auto choices = browseChoices();
        SALKKU_TRY(choices);
        snapshot.choices = std::move(choices).value();
    }
    return snapshot;
}

core::Result<BrowseChoices> PortfolioStore::browseChoices()
{
    BrowseChoices choices;
    auto regions = regionNames();
    SALKKU_TRY(regions);
    choices.regions = std::move(regions).value();
    auto funders = this->funders();
    SALKKU_TRY(funders);
    choices.funders = std::move(funders).value();
    auto topics = this->topics();
    SALKKU_TRY(topics);
    choices.topics = std::move(topics).value();
    auto total = countPages({});
    SALKKU_TRY(total);
    choices.total = total.value();
    return choices;
}

void PortfolioStore::interrupt()
{
    m_database->interrupt();
}

void PortfolioStore::clearInterrupt()
{
    m_database->clearInterrupt();
}

// The search is run on the page and its parts alone (a page is shown when one of its parts matches): a
// search that matches thousands of pages takes as long as one that matches a few.
core::Result<bool> PortfolioStore::shows(qint64 pageId, const BrowseFilter &filter)
{
    std::optional<KnownMatches> known;
    const QString text = Conditions::searchedText(filter.text);
    if (!SearchIndex::typedTerms(text).isEmpty()) {
        auto parts = m_statements->rows(
            QStringLiteral("SELECT q.id FROM pages AS p JOIN pages AS q ON q.name_key = p.name_key AND"
                           " q.kind = p.kind WHERE p.id = ? AND q.part <> 'main' AND q.trashed_at IS NULL"),
            {pageId});
        SALKKU_TRY(parts);
        QList<qint64> among{pageId};
        for (const sql::Row &row : parts.value())
            among.append(row[0].toLongLong());
        const SearchIndex::PageFilter pages =
            SearchIndex::pagesMatching(m_statements->backend(), text, among);
        auto found = m_statements->rows(QStringLiteral("SELECT DISTINCT * FROM (%1) AS found").arg(pages.sql),
                                        pages.values);
        SALKKU_TRY(found);
        QList<qint64> ids;
        for (const sql::Row &row : found.value())
            ids.append(row[0].toLongLong());
        known = KnownMatches::of(m_statements->backend(), text, ids);
    }
    Conditions conditions(m_statements->backend(), filter, false, known ? &*known : nullptr);
    conditions.where.append(QStringLiteral("p.id = ?"));
    conditions.values.append(pageId);
    auto shown = count(conditions);
    SALKKU_TRY(shown);
    return shown.value() > 0;
}

core::Result<QList<SubAreaSummary>> PortfolioStore::subAreas(qint64 pageId)
{
    auto rows =
        m_statements->rows(QStringLiteral("SELECT s.number, s.title, (SELECT count(*) FROM outputs AS o"
                                          " WHERE o.sub_area_id = s.id) FROM sub_areas AS s"
                                          " WHERE s.page_id = ? ORDER BY s.number"),
                           {pageId});
    SALKKU_TRY(rows);
    QList<SubAreaSummary> result;
    for (const sql::Row &row : rows.value())
        result.append(SubAreaSummary{pageId, row[0].toInt(), row[1].toString(), row[2].toInt()});
    return result;
}

core::Result<QList<PageSummary>> PortfolioStore::pagesByRegion(const BrowseFilter &filter)
{
    return summaries(browseConditions(filter), kRegionOrder);
}

core::Result<QList<SubAreaSummary>> PortfolioStore::subAreasNumbered(int number, const BrowseFilter &filter)
{
    Conditions conditions(m_statements->backend(), filter);
    conditions.values.prepend(number);
    auto rows = m_statements->rows(
        QStringLiteral("SELECT p.id, s.number, s.title, (SELECT count(*) FROM outputs AS o"
                       " WHERE o.sub_area_id = s.id)"
                       " FROM sub_areas AS s JOIN pages AS p ON p.id = s.page_id AND s.number = ?"
                       " LEFT JOIN regions AS r ON r.id = p.region_id%3 %1 ORDER BY %2")
            .arg(conditions.clause(), kRegionOrder, kFollowUpJoin),
        conditions.values);
    SALKKU_TRY(rows);
    QList<SubAreaSummary> result;
    for (const sql::Row &row : rows.value())
        result.append(SubAreaSummary{row[0].toLongLong(), row[1].toInt(), row[2].toString(), row[3].toInt()});
    return result;
}

core::Result<QList<SubAreaOutline>> PortfolioStore::subAreaOutlines(const BrowseFilter &filter)
{
    const Conditions conditions(m_statements->backend(), filter);
    // One row per output (and one for a sub-area without any), in order; folded into outlines below.
    auto rows = m_statements->rows(
        QStringLiteral("SELECT p.id, p.name, r.name, s.id, s.number, s.title, o.text"
                       " FROM sub_areas AS s JOIN pages AS p ON p.id = s.page_id"
                       " LEFT JOIN regions AS r ON r.id = p.region_id%3"
                       " LEFT JOIN outputs AS o ON o.sub_area_id = s.id %1 ORDER BY %2, s.number, o.position")
            .arg(conditions.clause(), kRegionOrder, kFollowUpJoin),
        conditions.values);
    SALKKU_TRY(rows);
    QList<SubAreaOutline> result;
    qint64 lastSubArea = -1;
    for (const sql::Row &row : rows.value()) {
        const qint64 subAreaId = row[3].toLongLong();
        if (subAreaId != lastSubArea) {
            lastSubArea = subAreaId;
            result.append(SubAreaOutline{row[0].toLongLong(),
                                         row[1].toString(),
                                         row[2].toString(),
                                         row[4].toInt(),
                                         row[5].toString(),
                                         {}});
        }
        if (!row[6].isNull())
            result.last().outputs.append(row[6].toString());
    }
    return result;
}

core::Result<QList<SimilarSubArea>> PortfolioStore::subAreasLike(qint64 pageId, int number,
                                                                 const BrowseFilter &filter, int limit)
{
    auto target = page(pageId);
    SALKKU_TRY(target);
    const QList<core::SubArea> &own = target.value().record.subAreas;
    const auto found = std::find_if(own.cbegin(), own.cend(),
                                    [number](const core::SubArea &s) { return s.number == number; });
    if (found == own.cend())
        return core::Error{path(), 0,
                           QCoreApplication::translate("salkku::storage", "%1 has no sub-area %2")
                               .arg(target.value().record.name)
                               .arg(number)};
    auto outlines = subAreaOutlines(filter);
    SALKKU_TRY(outlines);
    outlines.value().removeIf([pageId](const SubAreaOutline &outline) { return outline.pageId == pageId; });
    QList<QStringList> words;
    words.reserve(outlines.value().size());
    for (const SubAreaOutline &outline : std::as_const(outlines.value()))
        words.append(core::TextSimilarity::subAreaWords(outline.title, outline.outputs));
    QList<SimilarSubArea> result;
    for (const auto &alike : core::TextSimilarity::rankAlike(
             core::TextSimilarity::subAreaWords(found->title, found->outputs), words)) {
        if (limit >= 0 && result.size() >= limit)
            break;
        result.append(SimilarSubArea{outlines.value()[alike.index], alike.likeness});
    }
    return result;
}

core::Result<QStringList> PortfolioStore::names(const QString &sql)
{
    auto rows = m_statements->rows(sql);
    SALKKU_TRY(rows);
    QStringList result;
    for (const sql::Row &row : rows.value())
        result.append(row[0].toString());
    const core::FinnishCollator collator;
    std::sort(result.begin(), result.end(), std::cref(collator));
    return result;
}

core::Result<QStringList> PortfolioStore::regionNames()
{
    // Each region looked up in the (kind, region) index, instead of reading every page.
    return names(QStringLiteral("SELECT r.name FROM regions AS r WHERE EXISTS (SELECT 1 FROM pages AS p"
                                " WHERE %1 AND p.region_id = r.id)")
                     .arg(kListed));
}

core::Result<QStringList> PortfolioStore::funders()
{
    return names(
        QStringLiteral("SELECT DISTINCT f.name FROM page_funders AS f JOIN pages AS p ON p.id = f.page_id"
                       " WHERE %1")
            .arg(kListed));
}

core::Result<QStringList> PortfolioStore::topics()
{
    return names(
        QStringLiteral("SELECT DISTINCT t.name FROM topics AS t JOIN page_topics AS pt ON pt.topic_id = t.id"
                       " JOIN pages AS p ON p.id = pt.page_id WHERE %1")
            .arg(kListed));
}

core::Result<StoredPage> PortfolioStore::page(qint64 id)
{
    PageRepository pages(*m_statements);
    auto stored = pages.load(id);
    if (!stored)
        return stored;
    SALKKU_TRY(addLinks(stored.value()));
    return stored;
}

core::Result<void> PortfolioStore::addLinks(StoredPage &page)
{
    const core::PageRecord &r = page.record;
    const QString key = PageRepository::nameKey(r);
    if (!r.parent.isEmpty()) {
        auto project = m_statements->scalar(
            QStringLiteral("SELECT id FROM pages WHERE name_key = ? AND kind = 'project' AND part = 'main'"
                           " AND trashed_at IS NULL"),
            {core::FinnishText::matchKey(r.parent)});
        SALKKU_TRY(project);
        page.project = PageLink{r.parent, project.value().isValid() ? project.value().toLongLong() : 0};
    }
    if (r.kind == core::PageKind::Project) {
        auto practices = practicesOf(key);
        SALKKU_TRY(practices);
        page.practices = std::move(practices).value();
    }
    auto parts = m_statements->rows(QStringLiteral("SELECT id FROM pages WHERE name_key = ? AND kind = ? AND "
                                                   "part <> ? AND id <> ? AND trashed_at IS NULL"
                                                   " ORDER BY part, id"),
                                    {key, core::pageKindKey(r.kind), core::pagePartKey(r.part), page.id});
    SALKKU_TRY(parts);
    PageRepository pages(*m_statements);
    for (const sql::Row &row : parts.value()) {
        auto part = pages.load(row[0].toLongLong());
        SALKKU_TRY(part);
        page.parts.append(StoredPart{part.value().id, part.value().record, part.value().source});
    }
    return {};
}

core::Result<QList<PageLink>> PortfolioStore::practicesOf(const QString &projectKey)
{
    // Imported practices that name the project, then those its list of practices names, each once.
    auto rows = m_statements->rows(
        QStringLiteral(
            "SELECT p.name, p.id, p.name_key, p.sort_key FROM pages AS p WHERE p.parent_key = ? AND"
            " p.kind = 'practice' AND p.part = 'main' AND p.trashed_at IS NULL"
            " UNION ALL SELECT x.name, coalesce((SELECT m.id FROM pages AS m WHERE m.name_key = x.name_key"
            " AND m.kind = 'practice' AND m.part = 'main' AND m.trashed_at IS NULL), 0), x.name_key, NULL"
            " FROM page_practices AS x JOIN pages AS l ON l.id = x.page_id WHERE l.name_key = ? AND"
            " l.kind = 'project' AND l.trashed_at IS NULL"),
        {projectKey, projectKey});
    SALKKU_TRY(rows);
    QList<PageLink> result;
    QSet<QString> seen;
    for (const sql::Row &row : rows.value()) {
        if (seen.contains(row[2].toString()))
            continue;
        seen.insert(row[2].toString());
        result.append(PageLink{row[0].toString(), row[1].toLongLong()});
    }
    const core::FinnishCollator collator;
    std::stable_sort(result.begin(), result.end(),
                     [&collator](const PageLink &a, const PageLink &b) { return collator(a.name, b.name); });
    return result;
}

core::Result<ProjectChildren> PortfolioStore::projectChildren(qint64 projectId)
{
    ProjectChildren children;
    auto subAreas = this->subAreas(projectId);
    SALKKU_TRY(subAreas);
    children.subAreas = std::move(subAreas).value();
    auto practices = this->practices(projectId);
    SALKKU_TRY(practices);
    children.practices = std::move(practices).value();
    return children;
}

core::Result<QList<PageLink>> PortfolioStore::practices(qint64 projectId)
{
    auto key = m_statements->scalar(QStringLiteral("SELECT name_key FROM pages WHERE id = ?"), {projectId});
    SALKKU_TRY(key);
    auto all = practicesOf(key.value().toString());
    if (!all)
        return all;
    QList<PageLink> imported;
    for (const PageLink &link : all.value())
        if (link.pageId != 0)
            imported.append(link);
    return imported;
}

core::Result<QList<PageSummary>> PortfolioStore::findByName(const QString &name)
{
    auto all = summaries(Conditions(m_statements->backend(), {}, true), kNameOrder);
    SALKKU_TRY(all);
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
    auto hits = SearchIndex::search(*m_statements, query, limit);
    if (!hits || hits.value().isEmpty())
        return hits;
    // A hit in a part (a practice's Kehittämisen polku tab) is a hit in its main page, where the part is
    // shown.
    auto mains = m_statements->rows(QStringLiteral("SELECT p.id, m.id, m.name FROM pages AS p JOIN pages AS "
                                                   "m ON m.name_key = p.name_key AND m.kind = p.kind"
                                                   " AND m.part = 'main' AND m.trashed_at IS NULL"
                                                   " WHERE p.part <> 'main'"));
    SALKKU_TRY(mains);
    QHash<qint64, std::pair<qint64, QString>> mainOf;
    for (const sql::Row &row : mains.value())
        mainOf.insert(row[0].toLongLong(), {row[1].toLongLong(), row[2].toString()});
    for (SearchHit &hit : hits.value()) {
        const auto main = mainOf.constFind(hit.pageId);
        if (main != mainOf.cend()) {
            hit.pageId = main->first;
            hit.name = main->second;
        }
    }
    return hits;
}

core::Result<void> PortfolioStore::optimize()
{
    if (m_database->readOnly())
        return {};
    {
        sql::WriteTransaction transaction(*m_statements);
        SALKKU_TRY(transaction.begun());
        PageRepository pages(*m_statements);
        SALKKU_TRY(pages.removeOrphans());
        SALKKU_TRY(SearchIndex::optimize(*m_statements));
        SALKKU_TRY(transaction.commit());
    }
    // The pages freed by merging the index go back to the file system (see Database::configure).
    SALKKU_TRY(m_database->releaseFreePages());
    // The server keeps its own files; its planner wants fresh statistics after a bulk import.
    auto checkpoint =
        m_statements->rows(m_statements->onServer() ? QStringLiteral("ANALYZE")
                                                    : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    SALKKU_TRY(checkpoint);
    return {};
}

core::Result<QList<qint64>> PortfolioStore::allPageIds()
{
    auto rows = m_statements->rows(QStringLiteral("SELECT id FROM pages ORDER BY id"));
    SALKKU_TRY(rows);
    QList<qint64> ids;
    ids.reserve(rows.value().size());
    for (const sql::Row &row : rows.value())
        ids.append(row[0].toLongLong());
    return ids;
}

core::Result<qint64> PortfolioStore::pageIdOf(const QString &identity)
{
    auto id = m_statements->scalar(QStringLiteral("SELECT id FROM pages WHERE identity = ?"), {identity});
    SALKKU_TRY(id);
    if (!id.value().isValid())
        return core::Error{path(), 0,
                           QCoreApplication::translate("salkku::storage", "no page %1 in the portfolio")
                               .arg(QString(identity).replace(u'\n', u' '))};
    return id.value().toLongLong();
}

core::Result<QString> PortfolioStore::integrityCheck()
{
    if (m_statements->onServer()) // the server checks its own pages; the portfolio's rules are constraints
        return QStringLiteral("ok");
    auto rows = m_statements->rows(QStringLiteral("PRAGMA integrity_check"));
    SALKKU_TRY(rows);
    QStringList lines;
    for (const sql::Row &row : rows.value())
        lines.append(row[0].toString());
    return lines.join(u'\n');
}

} // namespace salkku::storage
