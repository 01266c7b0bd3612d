#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

struct sqlite3;

namespace salkku::storage {

// Finnish-aware full-text search for SQLite FTS5.
//
// The FTS5 tokenizer "salkku_fi" splits text into words (runs of letters, digits and combining marks),
// case-folds them and, when indexing, adds at the same position (FTS5_TOKEN_COLOCATED):
//  - the word's base forms from Voikko ("palvelustrategiaa" → "palvelustrategia");
//  - a compound's parts, the non-final ones also in their base forms, and every run of adjacent parts
//    ("terveyshyötyarviomallia" → "terveys", "hyöty", "arvio", "malli", "terveyshyöty", "hyötyarvio",
//    "arviomalli", "terveyshyötyarvio", "hyötyarviomalli");
//  - the word with its diacritics folded and marked by kFoldedMark, when folding changes it ("Käyhkö" →
//    "~kayhko"): a search typed without ä and ö finds it, and ranking can tell such a match from one with the
//    right letters.
// A word is analysed once: the tokens of every word are kept in a cache that all connections of the process
// share (bounded), so an import, a search and a worker that prepares the next page analyse each word once.
//
// In a MATCH query, a word adds its base forms ("palvelustrategiaa" → "palvelustrategia"); a prefix query
// ("strat"*) adds nothing. A word written right after kFoldedMark ("~hameenlinnassa") is searched for with
// its letters folded: the folded word (it finds text written without diacritics), the word marked as folded,
// and the base forms of the words it may have been meant as, with ä and ö put back (Voikko decides which
// exist: "kaytannot" → "käytännöt" → "käytäntö"; "hameenlinnassa" → "hämeenlinna"). As a prefix it is the
// marked folded word and, when typed with diacritics, the folded word.
//
// Between the units of a page's text (see SearchIndex) stands kUnitSeparator; it is indexed as a token of
// its own, so that no phrase matches across two units.
//
// Without Voikko's Finnish dictionary only the words and their folded forms are emitted.
//
// The SQL function salkku_fold(text) removes diacritics (Käyhkö → Kayhko).
class FinnishTokenizer
{
public:
    // What the tokenizer emits for one word: the word, case folded, and the tokens at the same position.
    struct Token
    {
        QString text;
        QStringList alternatives;
        qsizetype start = 0; // where the word is in the text (UTF-16 units), for highlighting
        qsizetype end = 0;
        friend bool operator==(const Token &, const Token &) = default;
    };

    // The tokenizer outside SQLite (a server's index is made of its tokens, see ServerSearch): one Voikko
    // handle and cache of analysed words, for one thread.
    class Analyser
    {
    public:
        Analyser();
        ~Analyser();
        Analyser(const Analyser &) = delete;
        Analyser &operator=(const Analyser &) = delete;
        QList<Token> analyse(const QString &text, bool queryMode);

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

    static constexpr const char *kTokenizerName = "salkku_fi";
    // Longer words are indexed as they are, without morphology.
    static constexpr qsizetype kMaxAnalysedLength = 100;
    static constexpr char16_t kFoldedMark = u'~';
    static constexpr char16_t kUnitSeparator = u'\x1E';

    // Registers the tokenizer, salkku_fold() and the search's FTS5 functions (SearchRanking) on one
    // connection; every connection that opens a table using the tokenizer needs this first.
    static core::Result<void> registerOn(sqlite3 *db);

    // Replaces each precomposed letter with diacritics by its base letter (ä → a, Ö → O, é → e), keeping
    // case and everything else. The result has exactly as many UTF-16 units as the text.
    static QString fold(const QString &text);

    // Whether Voikko's Finnish dictionary can be loaded (without it there are no base forms).
    static bool morphologyAvailable();

    // What decides the tokens: this code's revision, Voikko's version, the dictionary. An index built with
    // another fingerprint must be rebuilt (FTS5 deletes by tokenizing the old text again).
    static QString fingerprint();

    // The tokens the tokenizer emits for text, as for a document or (queryMode) for a MATCH query; for
    // tests and debugging.
    static QList<Token> analyse(const QString &text, bool queryMode);

    // Where the tokenizer's positions are in a text: for each position (a word, or a unit separator), its
    // first UTF-16 unit and the one after it. FTS5 reports matches by position; these turn them into text.
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };
    static QList<Span> positions(QStringView text);

    // Tokenizes texts ahead, as the index will (an import does this on a worker for the next page): when the
    // same text is indexed, on any thread, its tokens are replayed instead of the text being read again. A
    // text is replayed once; at most the newest kMaxDocumentsReady texts (and 32 MiB) wait.
    static void prepareDocuments(const QStringList &texts);
    static constexpr int kMaxDocumentsReady = 1024;
    // How many texts tokenized ahead wait to be indexed.
    static int documentsReady();
    // Forgets the texts tokenized ahead (an import that ends leaves none behind).
    static void discardDocuments();

    FinnishTokenizer() = delete;
};

} // namespace salkku::storage
