#pragma once

#include <QString>

struct fts5_api;

namespace salkku::storage {

// The search's FTS5 auxiliary functions (registered on every connection with the tokenizer):
//
//  salkku_rank(index, kinds): the rank of a page (lower is better), as FTS5's `rank` column computes it for
//    ORDER BY rank. kinds says, for each phrase of the MATCH expression in order, what it is (Kind) and
//    which typed word it belongs to: the words' letters separated by '|' ("EPFQ|EF"). A page's score adds up
//    each word's matches, each weighed by its kind and column, saturated and normalised by the page's length
//    like bm25 (k1 1.2, b 0.75). There is no inverse document frequency: every word must match anyway (the
//    words narrow), and computing it would read each phrase's whole doclist once more per query.
//  salkku_matches(index): where the current row matched, for highlighting without the text (the index holds
//    none): a blob of 32-bit little-endian quadruples (phrase, column, token offset, phrase length in
//    tokens), in the order FTS5 reports them (by column, then offset).
namespace SearchRanking {

// What a phrase of the MATCH expression is.
enum Kind : char
{
    Exact = 'E',        // the word as typed, with its base forms
    Prefix = 'P',       // the word as a prefix
    Folded = 'F',       // the word with its letters folded (ä → a), with its base forms
    FoldedPrefix = 'Q', // that as a prefix
};

constexpr const char *kRankFunction = "salkku_rank";
constexpr const char *kMatchesFunction = "salkku_matches";

// The index's columns: the page's text but its name, and its name. (Most tokens are in the body: FTS5 writes
// a column's number beside each position list of any column but the first.)
constexpr int kBodyColumn = 0;
constexpr int kNameColumn = 1;

double kindWeight(char kind);
double columnWeight(int column);

// The rank expression for `rank MATCH ?`: salkku_rank('<kinds>'); kinds holds only letters and '|'.
QString rankExpression(const QString &kinds);

bool registerOn(fts5_api *api);

} // namespace SearchRanking

} // namespace salkku::storage
