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

// What one typed word matches: its tokens in query mode (the word and its base forms), the same for the word
// with diacritics folded, and both as prefixes when long enough. Folded lexemes are in every unit's vector
// (weight B) beside the written ones (weight A), so one vector and one GIN index answer both.
struct WordQuery
{
    QStringList lexemes;
    QStringList prefixes;
};

void addAnalysis(const QString &word, WordQuery &query)
{
    bool prefixTaken = false;
    for (const FinnishTokenizer::Token &token : analyser().analyse(word, true)) {
        query.lexemes.append(token.text);
        query.lexemes.append(token.alternatives);
        if (!prefixTaken && token.text.size() >= kShortestPrefix) {
            query.prefixes.append(token.text);
            prefixTaken = true;
        }
    }
}

WordQuery wordQuery(const QString &word)
{
    WordQuery query;
    addAnalysis(word, query);
    const QString folded = FinnishTokenizer::fold(word);
    if (folded != word)
        addAnalysis(folded, query);
    query.lexemes.removeDuplicates();
    query.prefixes.removeDuplicates();
    return query;
}

QString wordExpression(const WordQuery &query, bool withPrefixes)
{
    QStringList parts;
    for (const QString &lexeme : query.lexemes)
        parts.append(quotedLexeme(lexeme));
    if (withPrefixes) {
        for (const QString &prefix : query.prefixes)
            parts.append(quotedLexeme(prefix) + QStringLiteral(":*"));
    }
    return parts.isEmpty() ? QString() : u'(' + parts.join(QStringLiteral(" | ")) + u')';
}

// The lexemes a token is stored under as written: the word and its alternatives (base forms, compound parts).
// Where folding changes one, the folded lexeme is stored beside it.
QStringList writtenLexemes(const FinnishTokenizer::Token &token)
{
    QStringList lexemes{token.text};
    lexemes.append(token.alternatives);
    return lexemes;
}

// Which words of a text a query marks: a token, one of its alternatives or their folded forms is a query
// lexeme or starts with a query prefix.
struct Marker
{
    QSet<QString> lexemes;
    QStringList prefixes;

    explicit Marker(const QList<QStringList> &terms)
    {
        for (const QStringList &words : terms) {
            for (const QString &word : words) {
                const WordQuery query = wordQuery(word);
                for (const QString &lexeme : query.lexemes)
                    lexemes.insert(lexeme);
                prefixes.append(query.prefixes);
            }
        }
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

// The text with \x01 … \x02 around the words the terms match (SearchIndex::snippet's input).
QString marked(const QString &text, const Marker &marker)
{
    QList<bool> marks(text.size(), false);
    for (const FinnishTokenizer::Token &token : analyser().analyse(text, false)) {
        if (!marker.matches(token))
            continue;
        for (qsizetype i = token.start; i < token.end && i < marks.size(); ++i)
            marks[i] = true;
    }
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

QString joinedTerms(const QList<QStringList> &terms)
{
    QStringList parts;
    for (const QStringList &words : terms) {
        const QString term = termQuery(words);
        if (!term.isEmpty())
            parts.append(u'(' + term + u')');
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

QString termQuery(const QStringList &words)
{
    QStringList parts;
    for (const QString &word : words) {
        // In a phrase, a word matches as written (no prefix), as FTS5 does.
        const QString expression = wordExpression(wordQuery(word), words.size() == 1);
        if (!expression.isEmpty())
            parts.append(expression);
    }
    return parts.join(QStringLiteral(" <-> "));
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

SearchIndex::PageFilter pagesMatching(const QList<QStringList> &terms)
{
    SearchIndex::PageFilter filter;
    QStringList selects;
    for (const QStringList &words : terms) {
        selects.append(QStringLiteral("SELECT page_id FROM search_units WHERE words @@ CAST(? AS tsquery)"));
        filter.values.append(termQuery(words));
    }
    filter.sql = selects.join(QStringLiteral(" INTERSECT "));
    return filter;
}

core::Result<QList<SearchHit>> search(sql::Statements &statements, const QList<QStringList> &terms, int limit)
{
    const QString query = joinedTerms(terms);
    if (query.isEmpty())
        return QList<SearchHit>();
    // Written words weigh four times their folded forms, as bm25(4.0, 1.0) weighs the file's two columns.
    QVariantList values{query, query};
    QString restriction;
    if (terms.size() > 1) {
        // With several terms, only parts of pages that have every term somewhere.
        const SearchIndex::PageFilter pages = pagesMatching(terms);
        restriction = QStringLiteral(" AND u.page_id IN (%1)").arg(pages.sql);
        values.append(pages.values);
    }
    values.append(limit);
    // Ranked first, joined afterwards: the sort then carries ids, not every matching unit's text.
    auto rows = statements.rows(
        QStringLiteral("SELECT h.rank, u.text, u.page_id, u.place, u.sub_area, u.heading, p.name, r.name"
                       " FROM (SELECT u.id, -ts_rank('{0, 0, 0.25, 1}', u.words, CAST(? AS tsquery)) AS rank"
                       "       FROM search_units AS u WHERE u.words @@ CAST(? AS tsquery)%1"
                       "       ORDER BY rank, u.id LIMIT ?) AS h"
                       " JOIN search_units AS u ON u.id = h.id"
                       " JOIN pages AS p ON p.id = u.page_id"
                       " LEFT JOIN regions AS r ON r.id = p.region_id"
                       " ORDER BY h.rank, h.id")
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
