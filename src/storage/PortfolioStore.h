#pragma once

#include "CoordinatorStore.h"
#include "Database.h"
#include "SearchIndex.h"
#include "StorageTypes.h"
#include "core/PageRecord.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace salkku::storage {

namespace sql {
class Statements;
}
struct Conditions;
struct KnownMatches;
class ImportBatch;

// A portfolio: the SQLite file of imported pages, or a team's shared portfolio on a PostgreSQL server (see
// Location). One per thread (it owns its connection). Everything returns value types; every write is one
// transaction (on a server, tried again when another client's transaction conflicted with it).
class PortfolioStore
{
public:
    static core::Result<std::unique_ptr<PortfolioStore>> open(const QString &path,
                                                              const DatabaseOptions &options = {});
    // The portfolio used when none is named: $SALKKU_DB, else <AppDataLocation>/portfolio.sqlite.
    static QString defaultPath();
    ~PortfolioStore();

    // The file, or the server's address (never with a password).
    const QString &path() const;
    Backend backend() const;
    // Whether writes are refused: opened read-only, or a server's user who may only read.
    bool readOnly() const;
    // A shared portfolio: onChange hears of each change another client commits (PostgreSQL LISTEN/NOTIFY),
    // on this store's thread, from its event loop. False for a file (one person's: nothing to hear).
    bool watchChanges(const std::function<void(const PortfolioChange &)> &onChange);
    // A new connection in place of a broken one (a server restarted), with the same options and watch. A
    // read, or a change about to begin, makes one by itself (see reconnections()); a change the break
    // interrupted fails with Error::lostConnection, and its caller decides.
    core::Result<void> reconnect();
    // Whether the server answers (a file always does); a broken connection is made again on the way.
    core::Result<void> ping();
    // How many times a broken connection was made again by itself since opening.
    int reconnections() const { return m_reconnections; }

    // Stores one page whole or not at all. A newer export of a stored page (same kind, name and region)
    // updates it in place; the same content is unchanged; an older export is skipped unless forced.
    // `indexed`: the record's SearchIndex::indexedText(), when the caller made it ahead (an import does, on
    // the thread that reads the files, so the thread that writes need not).
    core::Result<StoreOutcome> store(const core::PageRecord &record, const SourceInfo &source,
                                     bool force = false,
                                     const std::optional<SearchIndex::IndexedText> &indexed = std::nullopt);
    // Many stores in one transaction (an import): from beginBatch() on, store() writes each page in a
    // savepoint of its own (a page that fails is rolled back alone) and the search index for all of them at
    // commitBatch(). Until then nothing is visible to other connections, and a crash undoes the batch's pages
    // (never part of one). A batch left open is rolled back.
    core::Result<void> beginBatch();
    core::Result<void> commitBatch();
    void rollbackBatch();
    bool inBatch() const;

    core::Result<QList<PageSummary>> list(const ListFilter &filter = {});
    // A page with its links: its project, its practices, its other parts (see StoredPage).
    core::Result<StoredPage> page(qint64 id);
    // A project's imported practices (the tree shows them under it), in Finnish order.
    core::Result<QList<PageLink>> practices(qint64 projectId);
    // Pages whose name is this one (case and normalisation aside), or that contain it.
    core::Result<QList<PageSummary>> findByName(const QString &name);
    core::Result<QList<SearchHit>> search(const QString &query, int limit = 50);

    // Browsing (the window's tree): groups with counts, a group's projects a slice at a time, a project's
    // sub-areas. Filtering, grouping and sorting happen in the database.
    core::Result<QList<GroupCount>> groups(Grouping grouping, const BrowseFilter &filter);
    core::Result<QList<PageSummary>> pagesInGroup(Grouping grouping, const QString &key,
                                                  const BrowseFilter &filter, int offset, int limit);
    core::Result<int> countPages(const BrowseFilter &filter);
    // Everything the browser shows first under the request's filter (BrowseSnapshot).
    core::Result<BrowseSnapshot> browse(const BrowseRequest &request);
    // From any thread: the read running on this store's connection stops and fails, and so does every read
    // after it until clearInterrupt() (Database::interrupt).
    void interrupt();
    void clearInterrupt();
    // Whether a page is among those the filter shows.
    core::Result<bool> shows(qint64 pageId, const BrowseFilter &filter);
    core::Result<QList<SubAreaSummary>> subAreas(qint64 pageId);
    // A project's sub-areas and practices (the tree's rows under it).
    core::Result<ProjectChildren> projectChildren(qint64 projectId);
    // After pages changed (another team member imported or trashed them): the pages and the projects of
    // those that are practices (their count of practices changed), to be placed again.
    core::Result<QList<qint64>> withTheirProjects(const QList<qint64> &pageIds);
    // The summaries of those of the pages the filter shows, by id.
    core::Result<QHash<qint64, PageSummary>> summariesOf(const QList<qint64> &pageIds,
                                                         const BrowseFilter &filter);
    // Where those of the pages that are in group `key` under the filter now stand in it: each one's row in
    // pagesInGroup's order (the number of pages before it), by id.
    core::Result<QHash<qint64, int>> rowsInGroup(Grouping grouping, const QString &key,
                                                 const BrowseFilter &filter, const QList<qint64> &pageIds);
    // Every project and practice under the filter, by region (Finnish order, no region last), then by name.
    // For the timeline, the reports and the CSV list: one query, no slicing.
    core::Result<QList<PageSummary>> pagesByRegion(const BrowseFilter &filter);
    // The sub-areas numbered `number` of the projects under the filter, in the same order.
    core::Result<QList<SubAreaSummary>> subAreasNumbered(int number, const BrowseFilter &filter);
    // Every sub-area's title and outputs under the filter ("sub-areas like this one").
    core::Result<QList<SubAreaOutline>> subAreaOutlines(const BrowseFilter &filter);
    // Sub-areas of other projects under the filter whose titles and outputs share words with sub-area
    // `number` of page `pageId` (ICU-folded, inflections and compounds allowed), most alike first.
    core::Result<QList<SimilarSubArea>> subAreasLike(qint64 pageId, int number, const BrowseFilter &filter,
                                                     int limit);
    // The values the filter bar offers, in Finnish order.
    core::Result<QStringList> regionNames();
    core::Result<QStringList> funders();
    core::Result<QStringList> topics();
    // The three above and the portfolio's total, in one go.
    core::Result<BrowseChoices> browseChoices();

    // After a bulk import: fold the write-ahead log into the file, tidy the search index, drop names no page
    // uses.
    core::Result<void> optimize();

    // The coordinator's own layer (tags, notes, follow-up, collections, trash) on this connection.
    CoordinatorStore &coordinator();

    // A consistent copy of the portfolio in `target` (SQLite's online backup: safe while this or another
    // program writes). The copy appears whole or not at all; an existing target is replaced.
    core::Result<void> backupTo(const QString &target);

    // Every page's id, those in the trash too, in the order they were stored (copies and checks).
    core::Result<QList<qint64>> allPageIds();
    // The id of the page with this identity (PageRepository::identityOf), or an error naming it.
    core::Result<qint64> pageIdOf(const QString &identity);

    // Tests and checks.
    core::Result<QString> integrityCheck();

private:
    PortfolioStore(std::unique_ptr<Database> database);
    core::Result<StoreOutcome> storeOnce(const core::PageRecord &record, const SourceInfo &source, bool force,
                                         const std::optional<SearchIndex::IndexedText> &indexed);
    // Pages under the conditions (SQL over pages p and regions r), in an order, with an optional LIMIT.
    core::Result<QList<PageSummary>> summaries(const Conditions &conditions, const QString &order,
                                               const QString &limit = QString());
    core::Result<int> count(const Conditions &conditions);
    // The browse filter's conditions, taking the search's pages found already within browse().
    Conditions browseConditions(const BrowseFilter &filter) const;
    core::Result<void> findSearchedPages(const QString &typed, std::optional<KnownMatches> &known);
    Conditions groupConditions(Grouping grouping, const QString &key, const BrowseFilter &filter) const;
    core::Result<void> addLinks(StoredPage &page);
    core::Result<QList<PageLink>> practicesOf(const QString &projectKey);
    core::Result<QStringList> names(const QString &sql);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<sql::Statements> m_statements;
    std::unique_ptr<CoordinatorStore> m_coordinator;
    QMetaObject::Connection m_watch;
    std::function<void(const PortfolioChange &)> m_onChange;
    int m_reconnections = 0;
    std::unique_ptr<ImportBatch> m_batch;
    const KnownMatches *m_known = nullptr; // within browse()
};

} // namespace salkku::storage
