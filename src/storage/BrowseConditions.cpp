#include "BrowseConditions.h"

#include "CoordinatorStore.h"
#include "SearchIndex.h"

namespace salkku::storage {

const QString kFollowUpJoin = QStringLiteral(" LEFT JOIN follow_ups AS fu ON fu.identity = p.identity");
const QString kPages =
    QStringLiteral("FROM pages AS p LEFT JOIN regions AS r ON r.id = p.region_id") + kFollowUpJoin;
const QString kListed = QStringLiteral(
    "p.kind IN ('project', 'practice') AND p.trashed_at IS NULL AND (p.part = 'main' OR NOT EXISTS (SELECT"
    " 1 FROM pages AS m WHERE m.name_key = p.name_key AND m.kind = p.kind AND m.part = 'main' AND"
    " m.trashed_at IS NULL))");

KnownMatches KnownMatches::of(Backend backend, const QString &text, const QList<qint64> &pageIds)
{
    QStringList ids;
    ids.reserve(pageIds.size());
    for (const qint64 id : pageIds)
        ids.append(QString::number(id));
    const QString list = ids.join(u',');
    return {text, backend == Backend::PostgreSQL ? u'{' + list + u'}' : u'[' + list + u']'};
}

Conditions::Conditions(Backend backend, const BrowseFilter &filter, bool withArticles,
                       const KnownMatches *known)
    : m_backend(backend), where{withArticles ? QStringLiteral("(%1 OR p.kind = 'article')").arg(kListed)
                                             : kListed}
{
    if (!filter.region.isEmpty()) {
        where.append(QStringLiteral("r.name = ?"));
        values.append(filter.region);
    }
    if (filter.yearFrom) {
        where.append(QStringLiteral("coalesce(p.end_year, p.start_year) >= ?"));
        values.append(*filter.yearFrom);
    }
    if (filter.yearTo) {
        where.append(QStringLiteral("p.start_year <= ?"));
        values.append(*filter.yearTo);
    }
    if (!filter.funder.isEmpty()) {
        where.append(
            QStringLiteral("EXISTS (SELECT 1 FROM page_funders AS f WHERE f.page_id = p.id AND f.name = ?)"));
        values.append(filter.funder);
    }
    if (!filter.topic.isEmpty()) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM page_topics AS pt JOIN topics AS t ON t.id ="
                                    " pt.topic_id WHERE pt.page_id = p.id AND t.name = ?)"));
        values.append(filter.topic);
    }
    addCoordinatorScopes(filter);
    addText(filter.text, known);
}

void Conditions::addPages(const QList<qint64> &pageIds)
{
    if (pageIds.isEmpty()) {
        where.append(QStringLiteral("1 = 0"));
        return;
    }
    QStringList placeholders;
    for (const qint64 id : pageIds) {
        placeholders.append(QStringLiteral("?"));
        values.append(id);
    }
    where.append(QStringLiteral("p.id IN (%1)").arg(placeholders.join(u',')));
}

void Conditions::addCoordinatorScopes(const BrowseFilter &filter)
{
    if (filter.collection > 0) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM collection_items AS ci WHERE ci.identity ="
                                    " p.identity AND ci.collection_id = ?)"));
        values.append(filter.collection);
    }
    if (!filter.tag.isEmpty())
        addTag(filter.tag);
    if (filter.status == core::FollowUpStatus::None) {
        where.append(QStringLiteral("coalesce(fu.status, 'none') = 'none'"));
    } else if (filter.status) {
        where.append(QStringLiteral("fu.status = ?"));
        values.append(core::followUpStatusKey(*filter.status));
    }
    if (filter.dueBy) {
        where.append(QStringLiteral("fu.due <= ? AND fu.status <> 'done'"));
        values.append(filter.dueBy->toString(Qt::ISODate));
    }
}

void Conditions::addTag(const QString &tag)
{
    where.append(QStringLiteral("EXISTS (SELECT 1 FROM item_tags AS it JOIN tags AS t ON t.id = it.tag_id"
                                " WHERE it.identity = p.identity AND t.match_key = ?)"));
    values.append(CoordinatorStore::tagKey(tag));
}

// A page matches a search when it does, or one of its parts (its Kehittämisen polku tab) does; "#word" is
// the tag "word", not a word to search for.
QString Conditions::searchedText(const QString &typed)
{
    QString text;
    for (const QString &word : typed.split(u' ', Qt::SkipEmptyParts))
        if (!word.startsWith(u'#') || word.size() == 1)
            text += word + u' ';
    return text;
}

void Conditions::addText(const QString &typed, const KnownMatches *known)
{
    for (const QString &word : typed.split(u' ', Qt::SkipEmptyParts))
        if (word.startsWith(u'#') && word.size() > 1)
            addTag(word);
    const QString text = searchedText(typed);
    if (!SearchIndex::typedTerms(text).isEmpty()) {
        const SearchIndex::PageFilter pages =
            !known || known->text != text ? SearchIndex::pagesMatching(m_backend, text)
            : m_backend == Backend::PostgreSQL
                ? SearchIndex::PageFilter{QStringLiteral("SELECT unnest(CAST(? AS bigint[]))"),
                                          {known->pageIds}}
                : SearchIndex::PageFilter{QStringLiteral("SELECT value FROM json_each(?)"), {known->pageIds}};
        // One list of ids (the pages found, and every page of a part found) rather than an OR with a
        // correlated EXISTS: the database then reads only those pages, not every page to test each.
        where.append(QStringLiteral("p.id IN (SELECT * FROM (%1) AS found UNION SELECT o.id FROM pages AS q"
                                    " JOIN pages AS o ON o.name_key = q.name_key AND o.kind = q.kind WHERE"
                                    " q.part <> 'main' AND q.trashed_at IS NULL AND q.id IN (%1))")
                         .arg(pages.sql));
        values.append(pages.values);
        values.append(pages.values);
    } else if (!text.trimmed().isEmpty()) {
        where.append(QStringLiteral("1 = 0")); // typed, but nothing searchable: nothing matches
    }
}

} // namespace salkku::storage
