#include "CoordinatorStore.h"

#include "BrowseConditions.h"
#include "Database.h"
#include "PageRepository.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "core/FinnishText.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>

namespace salkku::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("salkku::storage", text);
}

// The tables that hold the coordinator's own data about an identity.
const char *const kAnnotationTables[] = {"item_tags", "notes", "follow_ups", "collection_items",
                                         "sub_area_marks"};

// For each annotation table, the rest of its key beside the identity: what makes a row the same row.
struct AnnotationKey
{
    const char *table;
    const char *sameRow; // SQL over the new row n and the old row o
};
const AnnotationKey kAnnotationKeys[] = {
    {"item_tags", "n.sub_area = o.sub_area AND n.tag_id = o.tag_id"},
    {"notes", "n.id = o.id"}, // notes are never the same row: every note moves
    {"follow_ups", "TRUE"},
    {"collection_items", "n.collection_id = o.collection_id AND n.sub_area = o.sub_area"},
    {"sub_area_marks", "n.number = o.number"},
};
static_assert(std::size(kAnnotationKeys) == std::size(kAnnotationTables));

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QVariant &text)
{
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs).toUTC(); // stored with its "Z"
}

QStringList finnishSorted(QStringList names)
{
    const core::FinnishCollator collator;
    std::sort(names.begin(), names.end(), std::cref(collator));
    return names;
}

// An identity's parts ("kind\npart\nname key\nregion key", see PageRepository::identityOf) as a page of an
// exchange file, for an identity no stored page has: its keys are names that give the same identity again.
core::PageIdentity identityParts(const QString &identity)
{
    const QStringList parts = identity.split(u'\n');
    core::PageIdentity page;
    page.kind = core::pageKindFromKey(parts.value(0)).value_or(core::PageKind::Project);
    page.part = core::pagePartFromKey(parts.value(1)).value_or(core::PagePart::Main);
    page.name = parts.value(2);
    page.region = parts.value(3);
    return page;
}

QString identityOfPage(const core::PageIdentity &page)
{
    core::PageRecord record;
    record.kind = page.kind;
    record.part = page.part;
    record.name = page.name;
    record.region = page.region;
    return PageRepository::identityOf(record);
}

core::Note noteOf(const sql::Row &row)
{
    // id, sub_area, text, author, created, modified
    return core::Note{row[0].toLongLong(), row[1].toInt(), row[2].toString(),
                      row[3].toString(),   timeOf(row[4]), timeOf(row[5])};
}

const QString kNoteColumns = QStringLiteral("id, sub_area, text, author, created, modified");

} // namespace

CoordinatorStore::CoordinatorStore(Database &database, sql::Statements &statements)
    : m_database(database), m_statements(statements)
{}

QString CoordinatorStore::tagKey(const QString &tag)
{
    return core::FinnishText::matchKey(core::normalizedTag(tag));
}

core::Result<void> CoordinatorStore::requireWritable()
{
    if (m_database.readOnly())
        return core::Error{m_database.path(), 0, tr("the portfolio is open read-only")};
    return {};
}

core::Result<void>
CoordinatorStore::writeForPage(qint64 pageId, const std::function<core::Result<void>(const QString &)> &write)
{
    SALKKU_TRY(requireWritable());
    return sql::retryingConflicts(m_statements, [&]() -> core::Result<void> {
        sql::WriteTransaction transaction(m_statements);
        SALKKU_TRY(transaction.begun());
        auto identity = identityOf(pageId);
        SALKKU_TRY(identity);
        SALKKU_TRY(write(identity.value()));
        transaction.announce(PortfolioChange::Kind::Layer, {pageId});
        return transaction.commit();
    });
}

// The pages with an identity, for change notices (none when it cannot be read: a notice is a courtesy).
QList<qint64> CoordinatorStore::pagesWith(const QString &identity)
{
    QList<qint64> ids;
    if (auto rows = m_statements.rows(QStringLiteral("SELECT id FROM pages WHERE identity = ?"), {identity}))
        for (const sql::Row &row : rows.value())
            ids.append(row[0].toLongLong());
    return ids;
}

core::Result<QString> CoordinatorStore::identityOf(qint64 pageId)
{
    auto identity = m_statements.scalar(QStringLiteral("SELECT identity FROM pages WHERE id = ?"), {pageId});
    SALKKU_TRY(identity);
    if (!identity.value().isValid())
        return core::Error{m_database.path(), 0, tr("there is no page %1 in the portfolio").arg(pageId)};
    return identity.value().toString();
}

// A sub-area's title when it is first annotated: a later export that retitles it is then flagged.
core::Result<void> CoordinatorStore::markSubArea(const QString &identity, core::ItemRef item)
{
    if (item.subArea <= 0)
        return {};
    auto title =
        m_statements.scalar(QStringLiteral("SELECT title FROM sub_areas WHERE page_id = ? AND number = ?"),
                            {item.pageId, item.subArea});
    SALKKU_TRY(title);
    if (!title.value().isValid())
        return core::Error{m_database.path(), 0,
                           tr("page %1 has no sub-area %2").arg(item.pageId).arg(item.subArea)};
    return m_statements.run(
        QStringLiteral("INSERT INTO sub_area_marks (identity, number, title) VALUES (?, ?, ?)"
                       " ON CONFLICT DO NOTHING"),
        {identity, item.subArea, title.value().toString()});
}

core::Result<void> CoordinatorStore::moveIdentity(sql::Statements &statements, const QString &from,
                                                  const QString &to)
{
    for (const AnnotationKey &key : kAnnotationKeys) {
        // A row the new identity has already stays (the same tag, the same collection entry), and the old
        // one goes.
        SALKKU_TRY(
            statements.run(QStringLiteral("UPDATE %1 AS o SET identity = ? WHERE o.identity = ? AND NOT"
                                          " EXISTS (SELECT 1 FROM %1 AS n WHERE n.identity = ? AND %2)")
                               .arg(QLatin1String(key.table), QLatin1String(key.sameRow)),
                           {to, from, to}));
        SALKKU_TRY(statements.run(
            QStringLiteral("DELETE FROM %1 WHERE identity = ?").arg(QLatin1String(key.table)), {from}));
    }
    return {};
}

// --- Reading one page's annotations ---

core::Result<PageAnnotations> CoordinatorStore::annotations(qint64 pageId)
{
    auto identity = identityOf(pageId);
    SALKKU_TRY(identity);
    const QString id = identity.value();
    PageAnnotations result;
    auto followUp =
        m_statements.rows(QStringLiteral("SELECT status, due FROM follow_ups WHERE identity = ?"), {id});
    SALKKU_TRY(followUp);
    for (const sql::Row &row : followUp.value()) {
        result.followUp.status =
            core::followUpStatusFromKey(row[0].toString()).value_or(core::FollowUpStatus::None);
        if (!row[1].isNull())
            result.followUp.due = QDate::fromString(row[1].toString(), Qt::ISODate);
    }
    auto tags =
        m_statements.rows(QStringLiteral("SELECT it.sub_area, t.name FROM item_tags AS it JOIN tags AS t"
                                         " ON t.id = it.tag_id WHERE it.identity = ?"),
                          {id});
    SALKKU_TRY(tags);
    for (const sql::Row &row : tags.value()) {
        if (row[0].toInt() == 0)
            result.tags.append(row[1].toString());
        else
            result.subAreaTags[row[0].toInt()].append(row[1].toString());
    }
    result.tags = finnishSorted(result.tags);
    for (QStringList &subAreaTags : result.subAreaTags)
        subAreaTags = finnishSorted(subAreaTags);
    auto notes = m_statements.rows(
        QStringLiteral("SELECT %1 FROM notes WHERE identity = ? ORDER BY created, id").arg(kNoteColumns),
        {id});
    SALKKU_TRY(notes);
    for (const sql::Row &row : notes.value())
        result.notes.append(noteOf(row));
    auto collections = m_statements.rows(
        QStringLiteral(
            "SELECT c.id, c.name FROM collections AS c WHERE EXISTS (SELECT 1 FROM collection_items"
            " AS ci WHERE ci.collection_id = c.id AND ci.identity = ?) ORDER BY c.position"),
        {id});
    SALKKU_TRY(collections);
    for (const sql::Row &row : collections.value())
        result.collections.append(CollectionSummary{row[0].toLongLong(), row[1].toString(), 0});
    // Sub-areas with something of the coordinator's on them whose title is not what it was then.
    auto changed = m_statements.rows(
        QStringLiteral(
            "SELECT m.number, m.title FROM sub_area_marks AS m LEFT JOIN sub_areas AS s ON s.page_id = ?"
            " AND s.number = m.number WHERE m.identity = ? AND coalesce(s.title, '') <> m.title AND"
            " (EXISTS (SELECT 1 FROM item_tags AS x WHERE x.identity = m.identity AND x.sub_area ="
            " m.number) OR EXISTS (SELECT 1 FROM notes AS x WHERE x.identity = m.identity AND"
            " x.sub_area = m.number) OR EXISTS (SELECT 1 FROM collection_items AS x WHERE"
            " x.identity = m.identity AND x.sub_area = m.number))"),
        {pageId, id});
    SALKKU_TRY(changed);
    for (const sql::Row &row : changed.value())
        result.changedSubAreas.insert(row[0].toInt(), row[1].toString());
    return result;
}

// --- Tags ---

core::Result<qint64> CoordinatorStore::tagId(const QString &tag)
{
    const QString name = core::normalizedTag(tag);
    if (name.isEmpty())
        return core::Error{m_database.path(), 0, tr("a tag needs a name")};
    auto existing =
        m_statements.scalar(QStringLiteral("SELECT id FROM tags WHERE match_key = ?"), {tagKey(name)});
    SALKKU_TRY(existing);
    if (existing.value().isValid())
        return existing.value().toLongLong();
    return m_statements.insert(QStringLiteral("INSERT INTO tags (name, match_key) VALUES (?, ?)"),
                               {name, tagKey(name)});
}

core::Result<void> CoordinatorStore::addTag(core::ItemRef item, const QString &tag)
{
    return writeForPage(item.pageId, [&](const QString &identity) -> core::Result<void> {
        SALKKU_TRY(markSubArea(identity, item));
        auto id = tagId(tag);
        SALKKU_TRY(id);
        SALKKU_TRY(m_statements.run(
            QStringLiteral("INSERT INTO item_tags (identity, sub_area, tag_id) VALUES (?, ?, ?)"
                           " ON CONFLICT DO NOTHING"),
            {identity, item.subArea, id.value()}));
        return {};
    });
}

core::Result<void> CoordinatorStore::removeTag(core::ItemRef item, const QString &tag)
{
    return writeForPage(item.pageId, [&](const QString &identity) -> core::Result<void> {
        SALKKU_TRY(
            m_statements.run(QStringLiteral("DELETE FROM item_tags WHERE identity = ? AND sub_area = ? AND"
                                            " tag_id = (SELECT id FROM tags WHERE match_key = ?)"),
                             {identity, item.subArea, tagKey(tag)}));
        SALKKU_TRY(m_statements.run(
            QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM item_tags)")));
        return {};
    });
}

core::Result<QStringList> CoordinatorStore::tagNames()
{
    auto rows =
        m_statements.rows(QStringLiteral("SELECT name FROM tags WHERE id IN (SELECT tag_id FROM item_tags)"));
    SALKKU_TRY(rows);
    QStringList names;
    for (const sql::Row &row : rows.value())
        names.append(row[0].toString());
    return finnishSorted(names);
}

core::Result<QList<TagCount>> CoordinatorStore::tagCounts(const BrowseFilter &filter,
                                                          const KnownMatches *known)
{
    const Conditions conditions(m_statements.backend(), filter, false, known);
    auto rows =
        m_statements.rows(QStringLiteral("SELECT t.name, count(DISTINCT p.id) %1 JOIN item_tags AS tc ON"
                                         " tc.identity = p.identity JOIN tags AS t ON t.id = tc.tag_id %2"
                                         " GROUP BY t.id")
                              .arg(kPages, conditions.clause()),
                          conditions.values);
    SALKKU_TRY(rows);
    QList<TagCount> counts;
    for (const sql::Row &row : rows.value())
        counts.append(TagCount{row[0].toString(), row[1].toInt()});
    const core::FinnishCollator collator;
    std::sort(counts.begin(), counts.end(),
              [&collator](const TagCount &a, const TagCount &b) { return collator(a.name, b.name); });
    return counts;
}

// --- Notes ---

core::Result<qint64> CoordinatorStore::addNote(core::ItemRef item, const QString &text, const QString &author,
                                               const QDateTime &at)
{
    SALKKU_TRY(requireWritable());
    if (text.trimmed().isEmpty())
        return core::Error{m_database.path(), 0, tr("a note needs some text")};
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    auto identity = identityOf(item.pageId);
    SALKKU_TRY(identity);
    SALKKU_TRY(markSubArea(identity.value(), item));
    SALKKU_TRY(SearchIndex::beforeNotesChange(m_statements, identity.value()));
    auto id =
        m_statements.insert(QStringLiteral("INSERT INTO notes (identity, sub_area, text, author, created,"
                                           " modified) VALUES (?, ?, ?, ?, ?, ?)"),
                            {identity.value(), item.subArea, core::FinnishText::nfc(text), author.trimmed(),
                             timeText(at), timeText(at)});
    SALKKU_TRY(id);
    SALKKU_TRY(SearchIndex::reindexNotes(m_statements, identity.value()));
    transaction.announce(PortfolioChange::Kind::Layer, {item.pageId});
    SALKKU_TRY(transaction.commit());
    return id.value();
}

core::Result<NoteEdit> CoordinatorStore::editNote(qint64 noteId, const QString &text, const QDateTime &at,
                                                  const std::optional<QString> &basedOn,
                                                  const QString &author)
{
    SALKKU_TRY(requireWritable());
    if (text.trimmed().isEmpty())
        return core::Error{m_database.path(), 0, tr("a note needs some text")};
    const QString tidy = core::FinnishText::nfc(text);
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    auto note = m_statements.rows(QStringLiteral("SELECT identity, sub_area, author FROM notes WHERE id = ?"),
                                  {noteId});
    SALKKU_TRY(note);
    if (note.value().isEmpty())
        return core::Error{m_database.path(), 0, tr("there is no note %1").arg(noteId)};
    const QString identity = note.value().front()[0].toString();
    SALKKU_TRY(SearchIndex::beforeNotesChange(m_statements, identity));
    NoteEdit edit{.noteId = noteId, .conflict = false};
    // A compare-and-set: the row changes only if it still has the text the editor saw (PostgreSQL checks the
    // condition again on a row another transaction is changing).
    auto changed =
        basedOn ? m_statements.change(QStringLiteral("UPDATE notes SET text = ?, modified = ?"
                                                     " WHERE id = ? AND text = ?"),
                                      {tidy, timeText(at), noteId, core::FinnishText::nfc(*basedOn)})
                : m_statements.change(QStringLiteral("UPDATE notes SET text = ?, modified = ? WHERE id = ?"),
                                      {tidy, timeText(at), noteId});
    SALKKU_TRY(changed);
    if (changed.value() == 0) {
        const QString by = author.trimmed().isEmpty() ? note.value().front()[2].toString() : author.trimmed();
        auto id =
            m_statements.insert(QStringLiteral("INSERT INTO notes (identity, sub_area, text, author, created,"
                                               " modified) VALUES (?, ?, ?, ?, ?, ?)"),
                                {identity, note.value().front()[1], tidy, by, timeText(at), timeText(at)});
        SALKKU_TRY(id);
        edit = NoteEdit{.noteId = id.value(), .conflict = true};
    }
    SALKKU_TRY(SearchIndex::reindexNotes(m_statements, identity));
    transaction.announce(PortfolioChange::Kind::Layer, pagesWith(identity));
    SALKKU_TRY(transaction.commit());
    return edit;
}

core::Result<void> CoordinatorStore::removeNote(qint64 noteId)
{
    SALKKU_TRY(requireWritable());
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    auto identity = m_statements.scalar(QStringLiteral("SELECT identity FROM notes WHERE id = ?"), {noteId});
    SALKKU_TRY(identity);
    if (!identity.value().isValid())
        return core::Error{m_database.path(), 0, tr("there is no note %1").arg(noteId)};
    SALKKU_TRY(SearchIndex::beforeNotesChange(m_statements, identity.value().toString()));
    SALKKU_TRY(m_statements.run(QStringLiteral("DELETE FROM notes WHERE id = ?"), {noteId}));
    SALKKU_TRY(SearchIndex::reindexNotes(m_statements, identity.value().toString()));
    transaction.announce(PortfolioChange::Kind::Layer, pagesWith(identity.value().toString()));
    return transaction.commit();
}

// --- Follow-up ---

core::Result<void> CoordinatorStore::setFollowUp(qint64 pageId, const core::FollowUp &followUp)
{
    return writeForPage(pageId, [&](const QString &identity) -> core::Result<void> {
        if (!followUp.isSet())
            SALKKU_TRY(
                m_statements.run(QStringLiteral("DELETE FROM follow_ups WHERE identity = ?"), {identity}));
        else
            SALKKU_TRY(m_statements.run(
                QStringLiteral(
                    "INSERT INTO follow_ups (identity, status, due) VALUES (?, ?, ?) ON CONFLICT (identity)"
                    " DO UPDATE SET status = excluded.status, due = excluded.due"),
                {identity, core::followUpStatusKey(followUp.status),
                 followUp.due ? QVariant(followUp.due->toString(Qt::ISODate)) : QVariant()}));
        return {};
    });
}

// --- Collections ---

core::Result<QList<CollectionSummary>> CoordinatorStore::collections()
{
    // An entry counts while its page is in the portfolio (not in the trash).
    auto rows = m_statements.rows(QStringLiteral(
        "SELECT c.id, c.name, (SELECT count(*) FROM collection_items AS ci WHERE ci.collection_id = c.id AND"
        " EXISTS (SELECT 1 FROM pages AS p WHERE p.identity = ci.identity AND p.trashed_at IS NULL))"
        " FROM collections AS c ORDER BY c.position, c.id"));
    SALKKU_TRY(rows);
    QList<CollectionSummary> result;
    for (const sql::Row &row : rows.value())
        result.append(CollectionSummary{row[0].toLongLong(), row[1].toString(), row[2].toInt()});
    return result;
}

core::Result<std::optional<CollectionSummary>> CoordinatorStore::findCollection(const QString &nameOrId)
{
    auto all = collections();
    SALKKU_TRY(all);
    const QString key = core::FinnishText::matchKey(nameOrId);
    bool isNumber = false;
    const qint64 id = nameOrId.trimmed().toLongLong(&isNumber);
    for (const CollectionSummary &collection : all.value())
        if (core::FinnishText::matchKey(collection.name) == key)
            return std::optional<CollectionSummary>(collection);
    for (const CollectionSummary &collection : all.value())
        if (isNumber && collection.id == id)
            return std::optional<CollectionSummary>(collection);
    return std::optional<CollectionSummary>();
}

core::Result<qint64> CoordinatorStore::createCollection(const QString &name)
{
    SALKKU_TRY(requireWritable());
    const QString tidy = core::FinnishText::nfc(name).simplified();
    if (tidy.isEmpty())
        return core::Error{m_database.path(), 0, tr("a collection needs a name")};
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    auto taken = m_statements.scalar(QStringLiteral("SELECT id FROM collections WHERE match_key = ?"),
                                     {core::FinnishText::matchKey(tidy)});
    SALKKU_TRY(taken);
    if (taken.value().isValid())
        return core::Error{m_database.path(), 0, tr("there is a collection named “%1” already").arg(tidy)};
    auto id = m_statements.insert(
        QStringLiteral("INSERT INTO collections (name, match_key, position) VALUES (?, ?, (SELECT"
                       " coalesce(max(position), 0) + 1 FROM collections))"),
        {tidy, core::FinnishText::matchKey(tidy)});
    SALKKU_TRY(id);
    transaction.announce(PortfolioChange::Kind::Layer, {});
    SALKKU_TRY(transaction.commit());
    return id.value();
}

core::Result<void> CoordinatorStore::renameCollection(qint64 id, const QString &name)
{
    SALKKU_TRY(requireWritable());
    const QString tidy = core::FinnishText::nfc(name).simplified();
    if (tidy.isEmpty())
        return core::Error{m_database.path(), 0, tr("a collection needs a name")};
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    auto taken =
        m_statements.scalar(QStringLiteral("SELECT id FROM collections WHERE match_key = ? AND id <> ?"),
                            {core::FinnishText::matchKey(tidy), id});
    SALKKU_TRY(taken);
    if (taken.value().isValid())
        return core::Error{m_database.path(), 0, tr("there is a collection named “%1” already").arg(tidy)};
    SALKKU_TRY(m_statements.run(QStringLiteral("UPDATE collections SET name = ?, match_key = ? WHERE id = ?"),
                                {tidy, core::FinnishText::matchKey(tidy), id}));
    transaction.announce(PortfolioChange::Kind::Layer, {});
    return transaction.commit();
}

core::Result<void> CoordinatorStore::removeCollection(qint64 id)
{
    SALKKU_TRY(requireWritable());
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    SALKKU_TRY(m_statements.run(QStringLiteral("DELETE FROM collections WHERE id = ?"), {id}));
    transaction.announce(PortfolioChange::Kind::Layer, {});
    return transaction.commit();
}

core::Result<void> CoordinatorStore::addToCollection(qint64 collectionId, core::ItemRef item)
{
    SALKKU_TRY(requireWritable());
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    auto exists =
        m_statements.scalar(QStringLiteral("SELECT 1 FROM collections WHERE id = ?"), {collectionId});
    SALKKU_TRY(exists);
    if (!exists.value().isValid())
        return core::Error{m_database.path(), 0, tr("there is no collection %1").arg(collectionId)};
    auto identity = identityOf(item.pageId);
    SALKKU_TRY(identity);
    SALKKU_TRY(markSubArea(identity.value(), item));
    SALKKU_TRY(m_statements.run(
        QStringLiteral("INSERT INTO collection_items (collection_id, identity, sub_area, position)"
                       " VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM collection_items WHERE"
                       " collection_id = ?)) ON CONFLICT DO NOTHING"),
        {collectionId, identity.value(), item.subArea, collectionId}));
    transaction.announce(PortfolioChange::Kind::Layer, {item.pageId});
    return transaction.commit();
}

core::Result<void> CoordinatorStore::removeFromCollection(qint64 collectionId, core::ItemRef item)
{
    return writeForPage(item.pageId, [&](const QString &identity) -> core::Result<void> {
        SALKKU_TRY(m_statements.run(
            QStringLiteral(
                "DELETE FROM collection_items WHERE collection_id = ? AND identity = ? AND sub_area = ?"),
            {collectionId, identity, item.subArea}));
        return {};
    });
}

core::Result<QList<CollectionItem>> CoordinatorStore::collectionItems(qint64 collectionId)
{
    auto rows = m_statements.rows(
        QStringLiteral("SELECT ci.identity, ci.sub_area, p.id, p.name, p.file_name, r.name, s.title"
                       " FROM collection_items AS ci"
                       " LEFT JOIN pages AS p ON p.identity = ci.identity AND p.trashed_at IS NULL"
                       " LEFT JOIN regions AS r ON r.id = p.region_id"
                       " LEFT JOIN sub_areas AS s ON s.page_id = p.id AND s.number = ci.sub_area"
                       " WHERE ci.collection_id = ? ORDER BY ci.position"),
        {collectionId});
    SALKKU_TRY(rows);
    QList<CollectionItem> items;
    for (const sql::Row &row : rows.value()) {
        CollectionItem item;
        item.page = identityParts(row[0].toString());
        item.item = core::ItemRef{row[2].toLongLong(), row[1].toInt()};
        item.name =
            row[2].isNull() ? item.page.name : core::displayName(row[3].toString(), row[4].toString());
        item.region = row[2].isNull() ? item.page.region : row[5].toString();
        if (!row[2].isNull()) {
            item.page.name = row[3].toString();
            item.page.region = row[5].toString();
        }
        item.subAreaTitle = row[6].toString();
        items.append(item);
    }
    return items;
}

core::Result<void> CoordinatorStore::acknowledgeSubArea(core::ItemRef item)
{
    return writeForPage(item.pageId, [&](const QString &identity) -> core::Result<void> {
        SALKKU_TRY(m_statements.run(
            QStringLiteral(
                "UPDATE sub_area_marks SET title = coalesce((SELECT title FROM sub_areas WHERE page_id = ?"
                " AND number = ?), '') WHERE identity = ? AND number = ?"),
            {item.pageId, item.subArea, identity, item.subArea}));
        return {};
    });
}

// --- The trash ---

core::Result<QList<qint64>> CoordinatorStore::moveToTrash(qint64 pageId, const QDateTime &at)
{
    SALKKU_TRY(requireWritable());
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    auto page =
        m_statements.rows(QStringLiteral("SELECT kind, part, name_key, trashed_at IS NOT NULL FROM pages"
                                         " WHERE id = ?"),
                          {pageId});
    SALKKU_TRY(page);
    if (page.value().isEmpty())
        return core::Error{m_database.path(), 0, tr("there is no page %1 in the portfolio").arg(pageId)};
    const sql::Row &row = page.value().front();
    if (row[3].toBool())
        return QList<qint64>(); // in the trash already
    // The page, its parts (same kind and name), and a project's practices with their parts.
    auto ids = m_statements.rows(
        QStringLiteral(
            "SELECT id FROM pages WHERE trashed_at IS NULL AND (id = ? OR (name_key = ? AND kind = ?)"
            " OR (? = 'project' AND kind = 'practice' AND (parent_key = ? OR name_key IN (SELECT"
            " name_key FROM pages WHERE kind = 'practice' AND part = 'main' AND parent_key = ?))))"
            " ORDER BY id <> ?, id"),
        {pageId, row[2], row[0], row[0], row[2], row[2], pageId});
    SALKKU_TRY(ids);
    QList<qint64> moved;
    for (const sql::Row &id : ids.value()) {
        moved.append(id[0].toLongLong());
        SALKKU_TRY(
            m_statements.run(QStringLiteral("UPDATE pages SET trashed_at = ?, trashed_with = ? WHERE id = ?"),
                             {timeText(at), pageId, id[0]}));
        SALKKU_TRY(SearchIndex::remove(m_statements, id[0].toLongLong()));
    }
    transaction.announce(PortfolioChange::Kind::Pages, moved);
    SALKKU_TRY(transaction.commit());
    return moved;
}

core::Result<void> CoordinatorStore::restore(qint64 pageId)
{
    SALKKU_TRY(requireWritable());
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    auto ids = m_statements.rows(
        QStringLiteral("SELECT id FROM pages WHERE trashed_with = ? AND trashed_at IS NOT NULL ORDER BY id"),
        {pageId});
    SALKKU_TRY(ids);
    if (ids.value().isEmpty())
        return core::Error{m_database.path(), 0, tr("page %1 is not in the trash").arg(pageId)};
    PageRepository pages(m_statements);
    QList<qint64> restored;
    for (const sql::Row &id : ids.value()) {
        SALKKU_TRY(m_statements.run(
            QStringLiteral("UPDATE pages SET trashed_at = NULL, trashed_with = NULL WHERE id = ?"), {id[0]}));
        auto page = pages.load(id[0].toLongLong());
        SALKKU_TRY(page);
        SALKKU_TRY(SearchIndex::add(m_statements, page.value().id, page.value().record));
        restored.append(page.value().id);
    }
    transaction.announce(PortfolioChange::Kind::Pages, restored);
    return transaction.commit();
}

core::Result<QList<TrashEntry>> CoordinatorStore::trash()
{
    auto rows = m_statements.rows(QStringLiteral(
        "SELECT p.id, p.kind, p.name, p.file_name, r.name, p.trashed_at, (SELECT count(*) - 1 FROM"
        " pages AS w WHERE w.trashed_with = p.id) FROM pages AS p LEFT JOIN regions AS r ON r.id ="
        " p.region_id WHERE p.trashed_with = p.id ORDER BY p.trashed_at DESC, p.sort_key, p.id"));
    SALKKU_TRY(rows);
    QList<TrashEntry> entries;
    for (const sql::Row &row : rows.value())
        entries.append(TrashEntry{row[0].toLongLong(),
                                  core::pageKindFromKey(row[1].toString()).value_or(core::PageKind::Project),
                                  core::displayName(row[2].toString(), row[3].toString()), row[4].toString(),
                                  timeOf(row[5]), row[6].toInt()});
    return entries;
}

core::Result<int> CoordinatorStore::emptyTrash()
{
    SALKKU_TRY(requireWritable());
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    // Everything of the coordinator's own about the pages goes with them, unless another page (not in the
    // trash) has the same identity.
    const QString gone =
        QStringLiteral("SELECT identity FROM pages WHERE trashed_at IS NOT NULL EXCEPT SELECT"
                       " identity FROM pages WHERE trashed_at IS NULL");
    for (const char *table : kAnnotationTables)
        SALKKU_TRY(m_statements.run(
            QStringLiteral("DELETE FROM %1 WHERE identity IN (%2)").arg(QLatin1String(table), gone)));
    auto count =
        m_statements.scalar(QStringLiteral("SELECT count(*) FROM pages WHERE trashed_at IS NOT NULL"));
    SALKKU_TRY(count);
    SALKKU_TRY(m_statements.run(QStringLiteral("DELETE FROM pages WHERE trashed_at IS NOT NULL")));
    SALKKU_TRY(
        m_statements.run(QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM item_tags)")));
    PageRepository pages(m_statements);
    SALKKU_TRY(pages.removeOrphans());
    transaction.announce(PortfolioChange::Kind::Pages, {});
    SALKKU_TRY(transaction.commit());
    return count.value().toInt();
}

core::Result<QList<qint64>> CoordinatorStore::pagesImportedFrom(const QStringList &sha256s)
{
    if (sha256s.isEmpty())
        return QList<qint64>();
    QStringList placeholders;
    QVariantList values;
    for (const QString &sha256 : sha256s) {
        placeholders.append(QStringLiteral("?"));
        values.append(sha256.toLower());
    }
    auto rows = m_statements.rows(
        QStringLiteral("SELECT p.id FROM pages AS p JOIN sources AS s ON s.id = p.source_id WHERE"
                       " p.trashed_at IS NULL AND s.sha256 IN (%1) ORDER BY p.kind = 'practice', p.id")
            .arg(placeholders.join(u',')),
        values);
    SALKKU_TRY(rows);
    QList<qint64> ids;
    for (const sql::Row &row : rows.value())
        ids.append(row[0].toLongLong());
    return ids;
}

// --- The exchange file ---

core::Result<core::UserLayer> CoordinatorStore::exportLayer()
{
    // Every identity and sub-area with something on it, with the page's name and region when it is stored.
    auto subjects = m_statements.rows(QStringLiteral(
        "SELECT x.identity, x.sub_area, p.name, r.name, m.title FROM (SELECT identity, sub_area FROM "
        "item_tags"
        " UNION SELECT identity, sub_area FROM notes UNION SELECT identity, 0 FROM follow_ups) AS x"
        " LEFT JOIN pages AS p ON p.identity = x.identity LEFT JOIN regions AS r ON r.id = p.region_id"
        " LEFT JOIN sub_area_marks AS m ON m.identity = x.identity AND m.number = x.sub_area"
        " ORDER BY x.identity, x.sub_area"));
    SALKKU_TRY(subjects);
    core::UserLayer layer;
    for (const sql::Row &row : subjects.value()) {
        core::AnnotatedItem item;
        item.page = identityParts(row[0].toString());
        if (!row[2].isNull()) {
            item.page.name = row[2].toString();
            item.page.region = row[3].toString();
        }
        item.subArea = row[1].toInt();
        item.subAreaTitle = row[4].toString();
        auto tags =
            m_statements.rows(QStringLiteral("SELECT t.name FROM item_tags AS it JOIN tags AS t ON t.id ="
                                             " it.tag_id WHERE it.identity = ? AND it.sub_area = ?"),
                              {row[0], row[1]});
        SALKKU_TRY(tags);
        for (const sql::Row &tag : tags.value())
            item.tags.append(tag[0].toString());
        item.tags = finnishSorted(item.tags);
        auto notes =
            m_statements.rows(QStringLiteral("SELECT %1 FROM notes WHERE identity = ? AND sub_area = ?"
                                             " ORDER BY created, id")
                                  .arg(kNoteColumns),
                              {row[0], row[1]});
        SALKKU_TRY(notes);
        for (const sql::Row &note : notes.value()) {
            item.notes.append(noteOf(note));
            item.notes.last().id = 0;
        }
        if (item.subArea == 0) {
            auto followUp = m_statements.rows(
                QStringLiteral("SELECT status, due FROM follow_ups WHERE identity = ?"), {row[0]});
            SALKKU_TRY(followUp);
            for (const sql::Row &f : followUp.value()) {
                item.followUp.status =
                    core::followUpStatusFromKey(f[0].toString()).value_or(core::FollowUpStatus::None);
                if (!f[1].isNull())
                    item.followUp.due = QDate::fromString(f[1].toString(), Qt::ISODate);
            }
        }
        layer.items.append(item);
    }
    auto collections = this->collections();
    SALKKU_TRY(collections);
    for (const CollectionSummary &collection : collections.value()) {
        auto entries = collectionItems(collection.id);
        SALKKU_TRY(entries);
        core::CollectionContents contents{collection.name, {}};
        for (const CollectionItem &entry : entries.value())
            contents.entries.append(core::CollectionEntry{entry.page, entry.item.subArea});
        layer.collections.append(contents);
    }
    return layer;
}

namespace {

// Merging one item of an exchange file: what is there already stays, what is new is added.
struct ItemMerger
{
    sql::Statements &statements;
    LayerMerge &merge;
    QSet<QString> noted; // identities whose notes the search index reads again at the end

    // Runs an INSERT … ON CONFLICT DO NOTHING; whether it added a row.
    core::Result<bool> added(const QString &sql, const QVariantList &values)
    {
        auto changed = statements.change(sql, values);
        SALKKU_TRY(changed);
        return changed.value() > 0;
    }

    core::Result<void> tags(const QString &identity, const core::AnnotatedItem &item)
    {
        for (const QString &tag : item.tags) {
            const QString name = core::normalizedTag(tag);
            if (name.isEmpty())
                continue;
            SALKKU_TRY(statements.run(QStringLiteral("INSERT INTO tags (name, match_key) VALUES (?, ?)"
                                                     " ON CONFLICT DO NOTHING"),
                                      {name, CoordinatorStore::tagKey(name)}));
            auto added = this->added(QStringLiteral("INSERT INTO item_tags (identity, sub_area, tag_id)"
                                                    " SELECT ?, ?, id FROM tags WHERE match_key = ?"
                                                    " ON CONFLICT DO NOTHING"),
                                     {identity, item.subArea, CoordinatorStore::tagKey(name)});
            SALKKU_TRY(added);
            merge.tagsAdded += added.value() ? 1 : 0;
        }
        return {};
    }

    core::Result<void> notes(const QString &identity, const core::AnnotatedItem &item)
    {
        for (const core::Note &note : item.notes) {
            const QString created =
                timeText(note.created.isValid() ? note.created : QDateTime::fromSecsSinceEpoch(0));
            auto same = statements.scalar(
                QStringLiteral("SELECT 1 FROM notes WHERE identity = ? AND sub_area = ? AND"
                               " text = ? AND author = ? AND created = ?"),
                {identity, item.subArea, core::FinnishText::nfc(note.text), note.author, created});
            SALKKU_TRY(same);
            if (same.value().isValid() || note.text.trimmed().isEmpty())
                continue;
            const QString modified = note.modified.isValid() ? timeText(note.modified) : created;
            SALKKU_TRY(statements.run(
                QStringLiteral("INSERT INTO notes (identity, sub_area, text, author, created,"
                               " modified) VALUES (?, ?, ?, ?, ?, ?)"),
                {identity, item.subArea, core::FinnishText::nfc(note.text), note.author, created, modified}));
            ++merge.notesAdded;
        }
        return {};
    }

    // A follow-up already set in the portfolio is the coordinator's latest word: the file's does not
    // replace it.
    core::Result<void> followUp(const QString &identity, const core::AnnotatedItem &item)
    {
        if (item.subArea > 0 || !item.followUp.isSet())
            return {};
        auto added = this->added(
            QStringLiteral("INSERT INTO follow_ups (identity, status, due) VALUES (?, ?, ?)"
                           " ON CONFLICT DO NOTHING"),
            {identity, core::followUpStatusKey(item.followUp.status),
             item.followUp.due ? QVariant(item.followUp.due->toString(Qt::ISODate)) : QVariant()});
        SALKKU_TRY(added);
        merge.followUpsSet += added.value() ? 1 : 0;
        return {};
    }

    core::Result<void> item(const core::AnnotatedItem &item)
    {
        const QString identity = identityOfPage(item.page);
        ++merge.items;
        if (item.subArea > 0 && !item.subAreaTitle.isEmpty())
            SALKKU_TRY(statements.run(
                QStringLiteral("INSERT INTO sub_area_marks (identity, number, title) VALUES (?, ?, ?)"
                               " ON CONFLICT DO NOTHING"),
                {identity, item.subArea, item.subAreaTitle}));
        SALKKU_TRY(tags(identity, item));
        if (!item.notes.isEmpty() && !noted.contains(identity)) {
            SALKKU_TRY(SearchIndex::beforeNotesChange(statements, identity));
            noted.insert(identity);
        }
        SALKKU_TRY(notes(identity, item));
        SALKKU_TRY(followUp(identity, item));
        return {};
    }

    core::Result<void> collection(const core::CollectionContents &collection)
    {
        const QString name = core::FinnishText::nfc(collection.name).simplified();
        auto created =
            added(QStringLiteral("INSERT INTO collections (name, match_key, position) VALUES"
                                 " (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM collections))"
                                 " ON CONFLICT DO NOTHING"),
                  {name, core::FinnishText::matchKey(name)});
        SALKKU_TRY(created);
        merge.collectionsAdded += created.value() ? 1 : 0;
        auto id = statements.scalar(QStringLiteral("SELECT id FROM collections WHERE match_key = ?"),
                                    {core::FinnishText::matchKey(name)});
        SALKKU_TRY(id);
        for (const core::CollectionEntry &entry : collection.entries) {
            auto entryAdded =
                added(QStringLiteral(
                          "INSERT INTO collection_items (collection_id, identity, sub_area, position)"
                          " VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM collection_items"
                          " WHERE collection_id = ?)) ON CONFLICT DO NOTHING"),
                      {id.value(), identityOfPage(entry.page), entry.subArea, id.value()});
            SALKKU_TRY(entryAdded);
            merge.entriesAdded += entryAdded.value() ? 1 : 0;
        }
        return {};
    }
};

} // namespace

core::Result<LayerMerge> CoordinatorStore::importLayer(const core::UserLayer &layer)
{
    SALKKU_TRY(requireWritable());
    sql::WriteTransaction transaction(m_statements);
    SALKKU_TRY(transaction.begun());
    LayerMerge merge;
    ItemMerger merger{m_statements, merge, {}};
    for (const core::AnnotatedItem &item : layer.items)
        SALKKU_TRY(merger.item(item));
    for (const core::CollectionContents &collection : layer.collections) {
        if (collection.name.trimmed().isEmpty())
            continue;
        SALKKU_TRY(merger.collection(collection));
    }
    for (const QString &identity : std::as_const(merger.noted))
        SALKKU_TRY(SearchIndex::reindexNotes(m_statements, identity));
    transaction.announce(PortfolioChange::Kind::Layer, {});
    SALKKU_TRY(transaction.commit());
    return merge;
}

} // namespace salkku::storage
