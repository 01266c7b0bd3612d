#pragma once

#include "Location.h"
#include "StorageTypes.h"
#include "core/PageRecord.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace salkku::storage {

namespace sql {
class Statements;
}

// Finnish full-text search over the portfolio (SQLite FTS5 with the "salkku_fi" tokenizer, see
// FinnishTokenizer; on a server, PostgreSQL's tsvector of the same tokens, see ServerSearch). A page is
// indexed as "search units": its name, summary, purpose, timeline, each section, each sub-area, its people,
// its organisations, its topics; each unit knows where in the page it is. Each unit is indexed twice: as
// written ("exact") and with diacritics folded ("folded", so that "kayhko" finds "Käyhkö"); ranking weighs
// the exact column higher, so a match with the right letters ranks first.
class SearchIndex
{
public:
    // One searchable part of a page, and where in the page it is.
    struct Unit
    {
        QString place; // "name", "summary", "purpose", "timeline", "sub-area", "section", "people", "note", …
        int subArea = 0;
        QString heading;
        QString text; // at most 3000 characters: longer texts are several units
    };
    static QList<Unit> unitsOf(const core::PageRecord &record);

    static core::Result<void> createTables(sql::Statements &statements);
    // Indexes every stored page again (after a migration).
    static core::Result<void> rebuild(sql::Statements &statements);

    // A page's units, and the coordinator's notes on it (place "note"): notes are found like the page's text.
    static core::Result<void> add(sql::Statements &statements, qint64 pageId, const core::PageRecord &record);
    static core::Result<void> remove(sql::Statements &statements, qint64 pageId);
    // The notes of the page with this identity (when it is in the portfolio and not in the trash), again.
    static core::Result<void> reindexNotes(sql::Statements &statements, const QString &identity);
    static core::Result<void> optimize(sql::Statements &statements);

    static core::Result<QList<SearchHit>> search(sql::Statements &statements, const QString &query,
                                                 int limit);

    // The FTS5 queries for what a person typed, one per word or quoted phrase: every word becomes a quoted
    // string, so no input is ever FTS5 syntax. Empty when there is nothing to search for.
    static QStringList terms(const QString &typed);
    // What a person typed as terms: the words of each quoted phrase, or one word (at most 16 terms).
    static QList<QStringList> typedTerms(const QString &typed);
    // Any of the terms (for ranking the parts of pages).
    static QString matchExpression(const QString &typed);

    // Pages where every term matches somewhere (several words narrow by page, not by paragraph): an SQL
    // sub-select of page ids and its values, to use as `p.id IN (…)`.
    struct PageFilter
    {
        QString sql;
        QVariantList values;
    };
    static PageFilter pagesMatching(const QStringList &terms);
    // The same for what was typed, on either backend.
    static PageFilter pagesMatching(Backend backend, const QString &typed);

    // The whole search statement and its values, as search() runs it (benchmarks run the same through
    // sqlite3). Empty when nothing was typed.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    static Statement searchStatement(const QString &typed, int limit);

    // A window of the text around the first match; matches between « and ». The markers \x01 and \x02 in
    // marked are where FTS5 found matches.
    static QString snippet(const QString &marked);
};

} // namespace salkku::storage
