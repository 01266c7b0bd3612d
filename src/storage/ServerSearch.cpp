#include "ServerSearch.h"

#include "FinnishTokenizer.h"
#include "SqlSupport.h"

#include <QMap>
#include <QSet>

namespace salkku::storage::server {

namespace {

constexpr qsizetype kShortestPrefix = 3; // as in the file: "a"* would match half the index
constexpr int kMaxPosition = 16383;      // tsvector positions stop here
constexpr int kMaxPositionsPerLexeme = 255;
constexpr qsizetype kMaxLexemeLength = 500; // tsvector allows 2 KiB per lexeme

// Voikko is loaded once per thread (a connection belongs to one thread).
FinnishTokenizer::Analyser &analyser()
{
    thread_local FinnishTokenizer::Analyser instance;
    return instance;
}

QString quotedLexeme(const QString &lexeme)
{
    QString text = lexeme.left(kMaxLexemeLength);
    text.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
    return u'\'' + text + u'\'';
}

// What one typed word matches: its tokens in query mode (the word and its base forms), and as a prefix when
// long enough. Folded lexemes are in every unit's vector (weight B) beside the written ones (weight A), so
// one vector and one GIN index answer both. The loose lexemes and prefixes are the same for the word with
// its diacritics folded, and, like the file's "~word", what it may be when it was typed without ä and ö:
// the folded word given its letters back through Voikko ("hameenlinnassa" → "hämeenlinna"). They rank lower.
struct WordQuery
{
    QStringList lexemes;
    QStringList prefixes;
    QStringList looseLexemes;
    QStringList loosePrefixes;
};

void addAnalysis(const QString &word, QStringList &lexemes, QStringList *prefixes)
{
    bool prefixTaken = false;
    for (const FinnishTokenizer::Token &token : analyser().analyse(word, true)) {
        lexemes.append(token.text);
        lexemes.append(token.alternatives);
        if (prefixes && !prefixTaken && token.text.size() >= kShortestPrefix) {
            prefixes->append(token.text);
            prefixTaken = true;
        }
    }
}

// What the list has that the other has not, once each.
QStringList besides(QStringList list, const QStringList &other)
{
    list.removeDuplicates();
    list.removeIf([&other](const QString &item) { return other.contains(item); });
    return list;
}

WordQuery wordQuery(const QString &word)
{
    WordQuery query;
    addAnalysis(word, query.lexemes, &query.prefixes);
    const QString folded = FinnishTokenizer::fold(word);
    QStringList looseLexemes;
    QStringList loosePrefixes;
    if (folded != word)
        addAnalysis(folded, looseLexemes, &loosePrefixes);
    addAnalysis(QChar(FinnishTokenizer::kFoldedMark) + folded, looseLexemes, nullptr);
    query.lexemes.removeDuplicates();
    query.prefixes.removeDuplicates();
    query.looseLexemes = besides(looseLexemes, query.lexemes);
    query.loosePrefixes = besides(loosePrefixes, query.prefixes);
    return query;
}

// Which of a word's lexemes a query takes: with prefixes (where the word may still be being typed), and
// with the loose ones; or only the word's letters as typed, written so in the text (weight A).
struct Reading
{
    bool prefixes = true;
    bool loose = true;
};

QString wordExpression(const WordQuery &query, Reading reading)
{
    QStringList parts;
    const auto add = [&parts](const QStringList &lexemes, const QString &suffix) {
        for (const QString &lexeme : lexemes)
            parts.append(quotedLexeme(lexeme) + suffix);
    };
    add(query.lexemes, reading.loose ? QString() : QStringLiteral(":A"));
    if (reading.prefixes)
        add(query.prefixes, reading.loose ? QStringLiteral(":*") : QStringLiteral(":*A"));
    if (reading.loose) {
        add(query.looseLexemes, QString());
        if (reading.prefixes)
            add(query.loosePrefixes, QStringLiteral(":*"));
    }
    return parts.isEmpty() ? QString() : u'(' + parts.join(QStringLiteral(" | ")) + u')';
}

// A term as a tsquery: a word; a phrase, its words in a row (<->) as written, as FTS5 matches a phrase; words
// joined by hyphens, in a row with the last one as a prefix, or written as one word.
QString termExpression(const SearchIndex::TypedTerm &term, bool loose)
{
    if (term.words.size() == 1)
        return wordExpression(wordQuery(term.words.front()), {.prefixes = true, .loose = loose});
    QStringList parts;
    for (qsizetype i = 0; i < term.words.size(); ++i) {
        const bool last = i + 1 == term.words.size();
        const QString expression =
            wordExpression(wordQuery(term.words[i]), {.prefixes = term.joined && last, .loose = loose});
        if (!expression.isEmpty())
            parts.append(expression);
    }
    QString row = parts.join(QStringLiteral(" <-> "));
    if (!term.joined || row.isEmpty())
        return row;
    const QString one =
        wordExpression(wordQuery(term.words.join(QString())), {.prefixes = true, .loose = loose});
    return one.isEmpty() ? row : QStringLiteral("(%1) | %2").arg(row, one);
}

// The lexemes a token is stored under as written: the word and its alternatives (base forms, compound parts).
// Where folding changes one, the folded lexeme is stored beside it.
QStringList writtenLexemes(const FinnishTokenizer::Token &token)
{
    QStringList lexemes{token.text};
    lexemes.append(token.alternatives);
    return lexemes;
}

// Whether a token of a text is a typed word: a token, one of its alternatives or their folded forms is one of
// the word's lexemes or starts with one of its prefixes.
struct WordMatcher
{
    QSet<QString> lexemes;
    QStringList prefixes;

    WordMatcher(const QString &word, bool withPrefixes)
    {
        const WordQuery query = wordQuery(word);
        for (const QString &lexeme : query.lexemes + query.looseLexemes)
            lexemes.insert(lexeme);
        if (withPrefixes)
            prefixes = query.prefixes + query.loosePrefixes;
    }

    bool matches(const QString &text) const
    {
        return lexemes.contains(text) ||
               std::any_of(prefixes.begin(), prefixes.end(),
                           [&text](const QString &p) { return text.startsWith(p); });
    }

    bool matches(const FinnishTokenizer::Token &token) const
    {
        const QStringList written = writtenLexemes(token);
        return std::any_of(written.begin(), written.end(), [this](const QString &lexeme) {
            return matches(lexeme) || matches(FinnishTokenizer::fold(lexeme));
        });
    }
};

// Which words of a text the terms mark: each word, and each phrase whole (its words in a row).
class Marker
{
public:
    explicit Marker(const QList<SearchIndex::TypedTerm> &terms)
    {
        for (const SearchIndex::TypedTerm &term : terms) {
            QList<WordMatcher> row;
            for (qsizetype i = 0; i < term.words.size(); ++i) {
                WordMatcher word(term.words[i],
                                 term.words.size() == 1 || (term.joined && i + 1 == term.words.size()));
                if (!word.lexemes.isEmpty()) // as termExpression, which leaves such a word out of the row
                    row.append(word);
            }
            if (!row.isEmpty())
                m_rows.append(row);
            if (term.joined)
                m_rows.append({WordMatcher(term.words.join(QString()), true)});
        }
    }

    // For each character of the text, whether it is in a marked word or phrase.
    QList<bool> marks(const QString &text) const
    {
        QList<bool> marked(text.size(), false);
        const QList<FinnishTokenizer::Token> tokens = analyser().analyse(text, false);
        for (const QList<WordMatcher> &row : m_rows) {
            for (qsizetype first = 0; first + row.size() <= tokens.size(); ++first) {
                if (!matchesAt(row, tokens, first))
                    continue;
                const qsizetype end = std::min(tokens[first + row.size() - 1].end, marked.size());
                for (qsizetype i = tokens[first].start; i < end; ++i)
                    marked[i] = true;
            }
        }
        return marked;
    }

private:
    static bool matchesAt(const QList<WordMatcher> &row, const QList<FinnishTokenizer::Token> &tokens,
                          qsizetype first)
    {
        for (qsizetype k = 0; k < row.size(); ++k)
            if (!row[k].matches(tokens[first + k]))
                return false;
        return true;
    }

    QList<QList<WordMatcher>> m_rows;
};

// The text with \x01 … \x02 around the words the terms match (SearchIndex::snippet's input).
QString marked(const QString &text, const Marker &marker)
{
    const QList<bool> marks = marker.marks(text);
    QString result;
    bool inside = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (marks[i] != inside) {
            result += marks[i] ? QChar(u'\x01') : QChar(u'\x02');
            inside = marks[i];
        }
        result += text[i];
    }
    if (inside)
        result += QChar(u'\x02');
    return result;
}

// Any of the terms; without the loose lexemes, only as typed and written so.
QString anyTerm(const QList<SearchIndex::TypedTerm> &terms, bool loose)
{
    QStringList parts;
    for (const SearchIndex::TypedTerm &term : terms) {
        const QString expression = termExpression(term, loose);
        if (!expression.isEmpty())
            parts.append(u'(' + expression + u')');
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

QString documentVector(const QString &text)
{
    // Per lexeme, its positions and whether it is written so there (A) or only folded (B).
    QMap<QString, QMap<int, bool>> positions;
    int position = 0;
    const auto add = [&positions, &position](const QString &lexeme, bool written) {
        QMap<int, bool> &at = positions[lexeme.left(kMaxLexemeLength)];
        if (at.size() < kMaxPositionsPerLexeme || at.contains(position))
            at[position] = at.value(position) || written;
    };
    for (const FinnishTokenizer::Token &token : analyser().analyse(text, false)) {
        position = std::min(position + 1, kMaxPosition);
        const QStringList written = writtenLexemes(token);
        for (const QString &lexeme : written)
            add(lexeme, true);
        for (const QString &lexeme : written) {
            const QString folded = FinnishTokenizer::fold(lexeme);
            if (folded != lexeme)
                add(folded, false);
        }
    }
    QStringList entries;
    entries.reserve(positions.size());
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        QStringList at;
        for (auto p = it.value().constBegin(); p != it.value().constEnd(); ++p)
            at.append(QString::number(p.key()) + (p.value() ? u'A' : u'B'));
        entries.append(quotedLexeme(it.key()) + u':' + at.join(u','));
    }
    return entries.join(u' ');
}

QString termQuery(const SearchIndex::TypedTerm &term)
{
    return termExpression(term, true);
}

core::Result<void> createTables(sql::Statements &statements)
{
    const QStringList ddl{
        QStringLiteral("CREATE TABLE search_units ("
                       " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " page_id BIGINT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
                       " place TEXT NOT NULL,"
                       " sub_area BIGINT,"
                       " heading TEXT,"
                       " text TEXT NOT NULL,"
                       " words TSVECTOR NOT NULL)"),
        // Ranking reads the vector of every matching unit: kept in the row, not in the TOAST table, it
        // comes with the row the index pointed to (three times faster at 10 000 pages); compressed with LZ4,
        // it is unpacked twice as fast as with PostgreSQL's own method (when the server was built with LZ4;
        // Debian's is).
        QStringLiteral("ALTER TABLE search_units ALTER COLUMN words SET STORAGE MAIN"),
        QStringLiteral("DO $$ BEGIN ALTER TABLE search_units ALTER COLUMN words SET COMPRESSION lz4;"
                       " EXCEPTION WHEN feature_not_supported THEN NULL; END $$"),
        QStringLiteral("CREATE INDEX search_units_page ON search_units(page_id)"),
        QStringLiteral("CREATE INDEX search_units_words ON search_units USING gin (words)"),
    };
    for (const QString &statement : ddl)
        SALKKU_TRY(statements.run(statement));
    return {};
}

core::Result<void> addUnits(sql::Statements &statements, qint64 pageId, const QList<SearchIndex::Unit> &units)
{
    sql::InsertBatch rows(statements,
                          QStringLiteral("search_units (page_id, place, sub_area, heading, text, words)"),
                          QStringLiteral("(?, ?, ?, ?, ?, CAST(? AS tsvector))"));
    for (const SearchIndex::Unit &unit : units) {
        rows.add({pageId, unit.place, unit.subArea > 0 ? QVariant(unit.subArea) : QVariant(),
                  unit.heading.isEmpty() ? QVariant() : QVariant(unit.heading), unit.text,
                  documentVector(unit.text)});
    }
    return rows.flush();
}

SearchIndex::PageFilter pagesMatching(const QList<SearchIndex::TypedTerm> &terms)
{
    SearchIndex::PageFilter filter;
    QStringList selects;
    for (const SearchIndex::TypedTerm &term : terms) {
        selects.append(QStringLiteral("SELECT page_id FROM search_units WHERE words @@ CAST(? AS tsquery)"));
        filter.values.append(termQuery(term));
    }
    filter.sql = selects.join(QStringLiteral(" INTERSECT "));
    return filter;
}

core::Result<QList<SearchHit>> search(sql::Statements &statements, const QList<SearchIndex::TypedTerm> &terms,
                                      int limit)
{
    const QString query = anyTerm(terms, true);
    if (query.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    // A unit's score: ts_rank's, written words weighing four times their folded forms (as bm25(4.0, 1.0)
    // weighs the file's two columns); a quarter of it where no term is written as typed ("hameenlinnassa" for
    // "Hämeenlinna", "kayhko" for "Käyhkö"); three times it in a page's name, as in the file. A page's score
    // is its best unit's and a quarter of its other units' (the file's bm25 saturates a page's matches in the
    // same way: a page named after a word stays above a long one that mentions it in passing here and there).
    // As in the file, pages are ranked, and a page's hits come together, best first.
    QVariantList values{anyTerm(terms, false), query, query};
    QString restriction;
    if (terms.size() > 1) {
        // With several terms, only parts of pages that have every term somewhere.
        const SearchIndex::PageFilter pages = pagesMatching(terms);
        restriction = QStringLiteral(" AND u.page_id IN (%1)").arg(pages.sql);
        values.append(pages.values);
    }
    values.append(limit);
    values.append(limit);
    // Scored once; the best pages by their units' scores (a hash aggregate, not a sort of every matching
    // unit); their units best first. Ranked first, joined afterwards: the sorts carry ids, not texts.
    auto rows = statements.rows(
        QStringLiteral(
            "WITH s AS MATERIALIZED ("
            "  SELECT u.id, u.page_id,"
            "   CASE WHEN u.words @@ CAST(? AS tsquery) THEN 1 ELSE 0.25 END"
            "   * CASE WHEN u.place = 'name' THEN 3 ELSE 1 END"
            "   * ts_rank('{0, 0, 0.25, 1}', u.words, CAST(? AS tsquery)) AS score"
            "  FROM search_units AS u WHERE u.words @@ CAST(? AS tsquery)%1),"
            " best AS (SELECT page_id, max(score) + 0.25 * (sum(score) - max(score)) AS page_score"
            "  FROM s GROUP BY page_id"
            "  ORDER BY page_score DESC, page_id LIMIT ?)"
            "SELECT -h.page_score, u.text, u.page_id, u.place, u.sub_area, u.heading, p.name, r.name"
            " FROM (SELECT s.id, s.page_id, s.score, best.page_score"
            "       FROM s JOIN best ON best.page_id = s.page_id"
            "       ORDER BY best.page_score DESC, s.page_id, s.score DESC, s.id LIMIT ?) AS h"
            " JOIN search_units AS u ON u.id = h.id"
            " JOIN pages AS p ON p.id = u.page_id"
            " LEFT JOIN regions AS r ON r.id = p.region_id"
            " ORDER BY h.page_score DESC, h.page_id, h.score DESC, h.id")
            .arg(restriction),
        values);
    SALKKU_TRY(rows);
    const Marker marker(terms);
    QList<SearchHit> hits;
    for (const sql::Row &row : rows.value()) {
        SearchHit hit;
        hit.rank = row[0].toDouble();
        hit.pageId = row[2].toLongLong();
        hit.place = row[3].toString();
        hit.subArea = row[4].toInt();
        hit.heading = row[5].toString();
        hit.name = row[6].toString();
        hit.region = row[7].toString();
        hit.snippet = SearchIndex::snippet(marked(row[1].toString(), marker));
        hits.append(hit);
    }
    return hits;
}

} // namespace salkku::storage::server
