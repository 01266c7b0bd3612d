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

// What one typed word matches: its tokens in query mode (the word and its base forms), and the word as a
// prefix when it is long enough.
struct WordQuery
{
    QStringList lexemes;
    QString prefix;
};

WordQuery wordQuery(const QString &word)
{
    WordQuery query;
    for (const FinnishTokenizer::Token &token : analyser().analyse(word, true)) {
        query.lexemes.append(token.text);
        query.lexemes.append(token.alternatives);
        if (query.prefix.isEmpty() && token.text.size() >= kShortestPrefix)
            query.prefix = token.text;
    }
    query.lexemes.removeDuplicates();
    return query;
}

QString wordExpression(const WordQuery &query)
{
    QStringList parts;
    for (const QString &lexeme : query.lexemes)
        parts.append(quotedLexeme(lexeme));
    if (!query.prefix.isEmpty())
        parts.append(quotedLexeme(query.prefix) + QStringLiteral(":*"));
    return parts.isEmpty() ? QString() : u'(' + parts.join(QStringLiteral(" | ")) + u')';
}

// Which words of a text a query marks: a token or one of its alternatives is a query lexeme or starts with a
// query prefix.
struct Marker
{
    QSet<QString> lexemes;
    QStringList prefixes;

    void add(const QList<QStringList> &terms, bool folded)
    {
        for (const QStringList &words : terms) {
            for (const QString &word : words) {
                const WordQuery query = wordQuery(folded ? FinnishTokenizer::fold(word) : word);
                for (const QString &lexeme : query.lexemes)
                    lexemes.insert(lexeme);
                if (!query.prefix.isEmpty())
                    prefixes.append(query.prefix);
            }
        }
    }

    bool matches(const FinnishTokenizer::Token &token) const
    {
        const auto one = [this](const QString &text) {
            return lexemes.contains(text) ||
                   std::any_of(prefixes.begin(), prefixes.end(),
                               [&text](const QString &prefix) { return text.startsWith(prefix); });
        };
        return one(token.text) || std::any_of(token.alternatives.begin(), token.alternatives.end(), one);
    }

    void mark(const QString &text, QList<bool> &marks) const
    {
        for (const FinnishTokenizer::Token &token : analyser().analyse(text, false)) {
            if (!matches(token))
                continue;
            for (qsizetype i = token.start; i < token.end && i < marks.size(); ++i)
                marks[i] = true;
        }
    }
};

// The text with \x01 … \x02 around the words the terms match (SearchIndex::snippet's input).
QString marked(const QString &text, const Marker &exact, const Marker &folded)
{
    QList<bool> marks(text.size(), false);
    exact.mark(text, marks);
    folded.mark(FinnishTokenizer::fold(text), marks); // folding keeps every offset
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

QString joinedTerms(const QList<QStringList> &terms, bool folded)
{
    QStringList parts;
    for (const QStringList &words : terms) {
        const QString term = termQuery(words, folded);
        if (!term.isEmpty())
            parts.append(u'(' + term + u')');
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

QString documentVector(const QString &text)
{
    QMap<QString, QList<int>> positions;
    int position = 0;
    for (const FinnishTokenizer::Token &token : analyser().analyse(text, false)) {
        position = std::min(position + 1, kMaxPosition);
        const auto add = [&](const QString &lexeme) {
            QList<int> &at = positions[lexeme.left(kMaxLexemeLength)];
            if (at.size() < kMaxPositionsPerLexeme && (at.isEmpty() || at.last() != position))
                at.append(position);
        };
        add(token.text);
        for (const QString &alternative : token.alternatives)
            add(alternative);
    }
    QStringList entries;
    entries.reserve(positions.size());
    for (auto it = positions.constBegin(); it != positions.constEnd(); ++it) {
        QStringList at;
        for (const int p : it.value())
            at.append(QString::number(p));
        entries.append(quotedLexeme(it.key()) + u':' + at.join(u','));
    }
    return entries.join(u' ');
}

QString termQuery(const QStringList &words, bool folded)
{
    QStringList parts;
    for (const QString &word : words) {
        const WordQuery query = wordQuery(folded ? FinnishTokenizer::fold(word) : word);
        // In a phrase, a word matches as written (no prefix), as FTS5 does.
        const QString expression =
            wordExpression(words.size() > 1 ? WordQuery{query.lexemes, QString()} : query);
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
                       " exact TSVECTOR NOT NULL,"
                       " folded TSVECTOR NOT NULL)"),
        QStringLiteral("CREATE INDEX search_units_page ON search_units(page_id)"),
        QStringLiteral("CREATE INDEX search_units_exact ON search_units USING gin (exact)"),
        QStringLiteral("CREATE INDEX search_units_folded ON search_units USING gin (folded)"),
    };
    for (const QString &statement : ddl)
        SALKKU_TRY(statements.run(statement));
    return {};
}

core::Result<void> addUnits(sql::Statements &statements, qint64 pageId, const QList<SearchIndex::Unit> &units)
{
    for (const SearchIndex::Unit &unit : units) {
        SALKKU_TRY(statements.run(
            QStringLiteral("INSERT INTO search_units (page_id, place, sub_area, heading, text, exact, folded)"
                           " VALUES (?, ?, ?, ?, ?, CAST(? AS tsvector), CAST(? AS tsvector))"),
            {pageId, unit.place, unit.subArea > 0 ? QVariant(unit.subArea) : QVariant(),
             unit.heading.isEmpty() ? QVariant() : QVariant(unit.heading), unit.text,
             documentVector(unit.text), documentVector(FinnishTokenizer::fold(unit.text))}));
    }
    return {};
}

SearchIndex::PageFilter pagesMatching(const QList<QStringList> &terms)
{
    SearchIndex::PageFilter filter;
    QStringList selects;
    for (const QStringList &words : terms) {
        selects.append(QStringLiteral("SELECT page_id FROM search_units WHERE exact @@ CAST(? AS tsquery)"
                                      " OR folded @@ CAST(? AS tsquery)"));
        filter.values.append(termQuery(words, false));
        filter.values.append(termQuery(words, true));
    }
    filter.sql = selects.join(QStringLiteral(" INTERSECT "));
    return filter;
}

core::Result<QList<SearchHit>> search(sql::Statements &statements, const QList<QStringList> &terms, int limit)
{
    const QString exact = joinedTerms(terms, false);
    const QString folded = joinedTerms(terms, true);
    if (exact.isEmpty() && folded.isEmpty())
        return QList<SearchHit>();
    QVariantList values{exact, folded};
    // With several terms, only parts of pages that have every term somewhere.
    QString restriction;
    if (terms.size() > 1) {
        const SearchIndex::PageFilter pages = pagesMatching(terms);
        restriction = QStringLiteral(" AND u.page_id IN (%1)").arg(pages.sql);
        values.append(pages.values);
    }
    values.append(limit);
    auto rows = statements.rows(
        QStringLiteral("SELECT -(4 * ts_rank(u.exact, q.e) + ts_rank(u.folded, q.f)) AS rank, u.text,"
                       "       u.page_id, u.place, u.sub_area, u.heading, p.name, r.name"
                       " FROM (SELECT CAST(? AS tsquery) AS e, CAST(? AS tsquery) AS f) AS q"
                       " JOIN search_units AS u ON (u.exact @@ q.e OR u.folded @@ q.f)%1"
                       " JOIN pages AS p ON p.id = u.page_id"
                       " LEFT JOIN regions AS r ON r.id = p.region_id"
                       " ORDER BY rank, u.id LIMIT ?")
            .arg(restriction),
        values);
    SALKKU_TRY(rows);
    Marker exactMarker;
    exactMarker.add(terms, false);
    Marker foldedMarker;
    foldedMarker.add(terms, true);
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
        hit.snippet = SearchIndex::snippet(marked(row[1].toString(), exactMarker, foldedMarker));
        hits.append(hit);
    }
    return hits;
}

} // namespace salkku::storage::server
