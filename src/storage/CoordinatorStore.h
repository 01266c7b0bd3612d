#pragma once

#include "StorageTypes.h"
#include "core/Result.h"
#include "core/UserLayer.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace salkku::storage {

class Database;
struct KnownMatches;
namespace sql {
class Statements;
}

// The coordinator's own layer of a portfolio: tags, notes, follow-up, collections and the trash. Everything
// hangs on a page's identity (kind, part, name, region), not its row: a re-import, a newer export of the page
// or a removal to the trash and back keeps it. Obtained from PortfolioStore::coordinator(); the same
// connection and thread. Every write is one transaction; times come from the caller (no clock here).
class CoordinatorStore
{
public:
    CoordinatorStore(Database &database, sql::Statements &statements);

    // Everything about one page and its sub-areas (the detail view).
    core::Result<PageAnnotations> annotations(qint64 pageId);

    // Tags: kept as first typed ("Ohjausryhmä"), matched with case, NFC and a leading '#' aside.
    core::Result<void> addTag(core::ItemRef item, const QString &tag);
    core::Result<void> removeTag(core::ItemRef item, const QString &tag);
    // Every tag in use, Finnish order (completion).
    core::Result<QStringList> tagNames();
    // Tags of the pages under the filter, with how many pages have each (the filter bar).
    // known: the pages the filter's text matches, when found already (PortfolioStore::browse).
    core::Result<QList<TagCount>> tagCounts(const BrowseFilter &filter, const KnownMatches *known = nullptr);

    // Notes: plain text; author and time from the caller.
    core::Result<qint64> addNote(core::ItemRef item, const QString &text, const QString &author,
                                 const QDateTime &at);
    // basedOn: the text the editor started from. When the stored note is no longer that text (another team
    // member changed it meanwhile), nothing is overwritten: the note keeps their text and this text becomes a
    // new note on the same item, by `author` (the note's author when empty), and the result says so.
    core::Result<NoteEdit> editNote(qint64 noteId, const QString &text, const QDateTime &at,
                                    const std::optional<QString> &basedOn = std::nullopt,
                                    const QString &author = QString());
    core::Result<void> removeNote(qint64 noteId);

    // Follow-up of a page (status None and no date: not followed).
    core::Result<void> setFollowUp(qint64 pageId, const core::FollowUp &followUp);

    // Collections, in their order; entries in theirs.
    core::Result<QList<CollectionSummary>> collections();
    // A collection by name (case and NFC aside), or by its number.
    core::Result<std::optional<CollectionSummary>> findCollection(const QString &nameOrId);
    core::Result<qint64> createCollection(const QString &name);
    core::Result<void> renameCollection(qint64 id, const QString &name);
    core::Result<void> removeCollection(qint64 id);
    // Adds at the end; already there: nothing happens.
    core::Result<void> addToCollection(qint64 collectionId, core::ItemRef item);
    core::Result<void> removeFromCollection(qint64 collectionId, core::ItemRef item);
    core::Result<QList<CollectionItem>> collectionItems(qint64 collectionId);

    // A sub-area annotated under another title: the coordinator has seen the new title.
    core::Result<void> acknowledgeSubArea(core::ItemRef item);

    // The trash. Removing a page takes its parts along, and a project its imported practices; they leave
    // every list, search and report, and come back together, with everything of the coordinator's own.
    // The pages removed (the page first).
    core::Result<QList<qint64>> moveToTrash(qint64 pageId, const QDateTime &at);
    core::Result<void> restore(qint64 pageId);
    core::Result<QList<TrashEntry>> trash();
    // Deletes the pages in the trash and everything of the coordinator's own about them; how many pages.
    core::Result<int> emptyTrash();
    // The listed pages imported from files with these contents (SHA-256, hex): the bundled samples.
    core::Result<QList<qint64>> pagesImportedFrom(const QStringList &sha256s);

    // The whole layer, for the exchange file; merged back by page identity.
    core::Result<core::UserLayer> exportLayer();
    core::Result<LayerMerge> importLayer(const core::UserLayer &layer);

    // The form tags are matched in (case, NFC, white space and a leading '#' aside).
    static QString tagKey(const QString &tag);
    // Everything of the coordinator's own about one identity moves to another (a stored page's identity
    // changed on re-import). Runs inside the caller's transaction.
    static core::Result<void> moveIdentity(sql::Statements &statements, const QString &from,
                                           const QString &to);

private:
    core::Result<QString> identityOf(qint64 pageId);
    QList<qint64> pagesWith(const QString &identity);
    // One write transaction on a page's identity: the portfolio writable, the page there, `write` whole.
    core::Result<void> writeForPage(qint64 pageId,
                                    const std::function<core::Result<void>(const QString &identity)> &write);
    core::Result<void> markSubArea(const QString &identity, core::ItemRef item);
    core::Result<qint64> tagId(const QString &tag);
    core::Result<void> reindexNotes(const QString &identity);
    core::Result<void> requireWritable();

    Database &m_database;
    sql::Statements &m_statements;
};

} // namespace salkku::storage
