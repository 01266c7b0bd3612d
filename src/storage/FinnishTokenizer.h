#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace salkku::storage {

// Finnish-aware full-text search for SQLite FTS5.
//
// The FTS5 tokenizer "salkku_fi" splits text into words (runs of letters, digits and combining marks),
// case-folds them and, when indexing, adds at the same position the words' base forms and compound parts
// from Voikko, so "strategia" finds "palvelustrategiaa". A query adds only the base forms of its words; a
// prefix query ("strat"*) adds nothing. Without Voikko's Finnish dictionary only the words are emitted.
//
// The SQL function salkku_fold(text) removes diacritics (Käyhkö → Kayhko) for a second, folded column, so
// a search typed without ä and ö still finds the page.
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

    // Registers the tokenizer and salkku_fold() on one connection; every connection that opens a table
    // using the tokenizer needs this first. On failure returns false and sets *error (if given).
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
    // tests and debugging (each call loads the dictionary).
    static QList<Token> analyse(const QString &text, bool queryMode);

    FinnishTokenizer() = delete;
};

} // namespace salkku::storage
