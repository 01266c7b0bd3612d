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

Conditions::Conditions(Backend backend, const BrowseFilter &filter, bool withArticles)
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
    addText(filter.text);
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
void Conditions::addText(const QString &typed)
{
    QString text;
    for (const QString &word : typed.split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(u'#') && word.size() > 1)
            addTag(word);
        else
            text += word + u' ';
    }
    if (!SearchIndex::typedTerms(text).isEmpty()) {
        const SearchIndex::PageFilter pages = SearchIndex::pagesMatching(m_backend, text);
        where.append(QStringLiteral("(p.id IN (%1) OR EXISTS (SELECT 1 FROM pages AS q WHERE q.name_key ="
                                    " p.name_key AND q.kind = p.kind AND q.part <> 'main' AND q.trashed_at IS"
                                    " NULL AND q.id IN (%1)))")
                         .arg(pages.sql));
        values.append(pages.values);
        values.append(pages.values);
    } else if (!text.trimmed().isEmpty()) {
        where.append(QStringLiteral("1 = 0")); // typed, but nothing searchable: nothing matches
    }
}

} // namespace salkku::storage
