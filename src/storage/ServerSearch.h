#pragma once

#include "SearchIndex.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Internal to the storage layer: Finnish full-text search on a PostgreSQL server.
//
// The same search units as in a file (SearchIndex::unitsOf, the notes), and the same tokens: the text is
// analysed here, by FinnishTokenizer's Voikko analysis, and stored as a tsvector of those tokens with their
// positions (a word's base forms and compound parts share its position, as in FTS5). One vector per unit
// holds each lexeme as written (weight A) and, where it differs, with diacritics folded (weight B); one
// GIN index answers both. A typed word becomes a tsquery of its tokens in query mode, written and folded,
// of those as prefixes, and of what it may be when typed without ä and ö (the file's "~word"); a quoted
// phrase, the words' alternatives in a row (<->); words joined by hyphens, in a row or written as one. So the
// server finds the pages the file finds. Ranking is PostgreSQL's ts_rank, written words weighing four times
// folded ones (like bm25(4.0, 1.0) over the file's two columns), a page's name three times its other parts;
// pages are ranked by the sum of their units, and a page's hits come together, as in the file: the same hits,
// not always in the same order.
namespace salkku::storage::server {

core::Result<void> createTables(sql::Statements &statements);
core::Result<void> addUnits(sql::Statements &statements, qint64 pageId,
                            const QList<SearchIndex::Unit> &units);

// Pages where every typed term matches somewhere (SearchIndex::PageFilter's contract).
SearchIndex::PageFilter pagesMatching(const QList<SearchIndex::TypedTerm> &terms);

core::Result<QList<SearchHit>> search(sql::Statements &statements, const QList<SearchIndex::TypedTerm> &terms,
                                      int limit);

// The tsvector literal for a text, and the tsquery literal for a typed term.
QString documentVector(const QString &text);
QString termQuery(const SearchIndex::TypedTerm &term);

} // namespace salkku::storage::server
