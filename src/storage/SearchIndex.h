#pragma once

#include "Location.h"
#include "StorageTypes.h"
#include "core/PageRecord.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace salkku::storage {

namespace sql {
class Statements;
}

// Finnish full-text search over the portfolio (SQLite FTS5 with the "salkku_fi" tokenizer, see
// FinnishTokenizer, and the ranking functions of SearchRanking; on a server, PostgreSQL's tsvector of the
// same tokens, one row per search unit, see ServerSearch).
//
// In a file, a page is one row of the index (rowid = the page's id), in two columns: its name, and the rest
// of its text. That text is the page's "search units" (its summary, purpose, timeline, a practice's project,
// each sub-area, each section, its people, its organisations, its topics, its places, a list's practices,
// the coordinator's notes on it) one after the other, a unit separator between them. The index holds no copy
// of the text (FTS5 contentless): it is read again from the page's own tables when it is needed
// (search_content), to remove a page from the index and to show where a search matched. search_units keeps,
// per page, a digest of the text as it was indexed, so that a page whose stored text no longer gives the same
// tokens is noticed (the index is then built again) instead of leaving stale words in the index.
//
// A word searched for matches as typed (with its base forms), as a prefix, and with its letters folded (so
// "kayhko" finds "Käyhkö", "hameenlinnassa" finds "Hämeenlinna"); a match with the right letters ranks
// higher. Several words narrow by page: a page matches when each word matches somewhere in it.
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
        friend bool operator==(const Unit &, const Unit &) = default;
    };
    static QList<Unit> unitsOf(const core::PageRecord &record);
    // What the index holds for a page: its name, the rest of its units one after the other (a unit separator
    // between two), and the digest search_units keeps of both.
    struct IndexedText
    {
        QString name;
        QString body;
        qint64 digest = 0;
    };
    static IndexedText indexedText(const core::PageRecord &record);

    static core::Result<void> createTables(sql::Statements &statements);
    // Gives an index made by an older Salkku today's settings (how FTS5 ranks and merges; nothing on a
    // server).
    static core::Result<void> applySettings(sql::Statements &statements);
    // Indexes every stored page again (after a migration, or when the tokenizer changed): the search tables
    // are made anew, in today's layout.
    static core::Result<void> rebuild(sql::Statements &statements);

    // A page's units, and the coordinator's notes on it (place "note"): notes are found like the page's text.
    static core::Result<void> add(sql::Statements &statements, qint64 pageId, const core::PageRecord &record);
    // Before a page's rows are replaced: its old text is read from them.
    static core::Result<void> remove(sql::Statements &statements, qint64 pageId);
    // Around a change to the notes on the pages with this identity (those not in the trash): before it, the
    // pages leave the index (their old notes are read from the notes table); after it, they are indexed again
    // with their notes as they are now.
    static core::Result<void> beforeNotesChange(sql::Statements &statements, const QString &identity);
    static core::Result<void> reindexNotes(sql::Statements &statements, const QString &identity);
    static core::Result<void> optimize(sql::Statements &statements);

    // Changes to the index while many pages are stored in one transaction (an import, see ImportBatch):
    // kept in memory and written at once by flush(), just before the transaction commits, so that FTS5 writes
    // one segment for them all instead of one per page. The changes of the page being stored are held apart
    // until its savepoint is released (keepPage) or rolled back (dropPage).
    class Batch
    {
    public:
        Batch();
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

        // Before a page's rows are replaced (its old text is read from them now).
        core::Result<void> remove(sql::Statements &statements, qint64 pageId);
        // The page's notes are read now. `indexed`: the record's indexedText(), made ahead (on an import's
        // reader thread), used as it is when the page has no notes.
        core::Result<void> add(sql::Statements &statements, qint64 pageId, const core::PageRecord &record,
                               const std::optional<IndexedText> &indexed = std::nullopt);
        void keepPage();
        void dropPage();
        core::Result<void> flush(sql::Statements &statements);

    private:
        struct Impl;
        std::unique_ptr<Impl> m_impl;
    };

    static core::Result<QList<SearchHit>> search(sql::Statements &statements, const QString &query,
                                                 int limit);

    // The FTS5 queries for what a person typed, one per word, quoted phrase or hyphenated word: every word
    // becomes a quoted string, so no input is ever FTS5 syntax. Empty when there is nothing to search for.
    static QStringList terms(const QString &typed);
    // What a person typed as terms for the server (at most 16): one word, the words of a quoted phrase, or
    // words joined by hyphens ("sote-keskus": the words in a row, or written as one, the last as a prefix).
    struct TypedTerm
    {
        QStringList words;
        bool joined = false;
    };
    static QList<TypedTerm> typedTerms(const QString &typed);
    // All of the terms.
    static QString matchExpression(const QString &typed);

    // Pages where every term matches somewhere: an SQL sub-select of page ids and its values, to use as
    // `p.id IN (…)`.
    struct PageFilter
    {
        QString sql;
        QVariantList values;
    };
    static PageFilter pagesMatching(const QStringList &terms);
    // The same for what was typed, on either backend.
    static PageFilter pagesMatching(Backend backend, const QString &typed);
    // The same among these pages only: their rows in the index are looked up, not every page's, so whether a
    // page is found costs as little under a search that matches thousands as under one that matches none.
    static PageFilter pagesMatching(Backend backend, const QString &typed, const QList<qint64> &among);

    // The statement that finds the best pages, as search() runs it before it reads their text: page id,
    // rank, salkku_matches() (benchmarks run the same through sqlite3). Empty when nothing was typed.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    static Statement searchStatement(const QString &typed, int limit);

    // A window of the text around the first match; matches between « and ». The markers \x01 and \x02 in
    // marked are where matches are.
    static QString snippet(const QString &marked);
};

} // namespace salkku::storage
