#include "SearchIndex.h"

#include "FinnishTokenizer.h"
#include "PageRepository.h"
#include "ServerSearch.h"
#include "SqlSupport.h"
#include "core/FinnishText.h"

#include <QCoreApplication>

namespace salkku::storage {

namespace {

constexpr QChar kMatchStart = u'\x01';
constexpr QChar kMatchEnd = u'\x02';
constexpr qsizetype kMaxTypedLength = 2000; // a search box holds no more; the rest is ignored
constexpr int kMaxTerms = 16;
constexpr qsizetype kShortestPrefix = 3; // "a"* would match half the index

// FTS5's highlight() does work for every match in a row, and bm25 favours short rows: long texts are indexed
// as several units of at most this many characters, split between paragraphs, lines or words.
constexpr qsizetype kMaxUnitLength = 3000;

qsizetype splitPoint(QStringView text)
{
    for (const QString &separator :
         {QStringLiteral("\n\n"), QStringLiteral("\n"), QStringLiteral(". "), QStringLiteral(" ")}) {
        const qsizetype at = text.left(kMaxUnitLength).lastIndexOf(separator);
        if (at > kMaxUnitLength / 3)
            return at + separator.size();
    }
    qsizetype at = kMaxUnitLength;
    if (text[at - 1].isHighSurrogate())
        --at; // never split a character
    return at;
}

// The markers highlight() puts around matches must not occur in the text itself.
QString withoutMarkers(QString text)
{
    return text.replace(u'\x01', u' ').replace(u'\x02', u' ');
}

void addUnit(QList<SearchIndex::Unit> &units, const QString &place, const QString &text, int subArea = 0,
             const QString &heading = QString())
{
    if (text.trimmed().isEmpty())
        return;
    QStringView rest(text);
    while (rest.size() > kMaxUnitLength) {
        const qsizetype at = splitPoint(rest);
        units.append(SearchIndex::Unit{place, subArea, heading, withoutMarkers(rest.left(at).toString())});
        rest = rest.mid(at);
    }
    if (!rest.trimmed().isEmpty())
        units.append(SearchIndex::Unit{place, subArea, heading, withoutMarkers(rest.toString())});
}

QList<SearchIndex::Unit> unitsOfRecord(const core::PageRecord &record)
{
    QList<SearchIndex::Unit> units;
    addUnit(units, QStringLiteral("name"), record.name);
    addUnit(units, QStringLiteral("summary"), record.summary);
    addUnit(units, QStringLiteral("purpose"), record.purpose);
    addUnit(units, QStringLiteral("timeline"), record.timeline.text);
    for (const core::SubArea &subArea : record.subAreas) {
        QStringList parts{subArea.title,   subArea.goal,     subArea.outputs.join(u'\n'),
                          subArea.results, subArea.benefits, subArea.impacts};
        parts.removeAll(QString());
        addUnit(units, QStringLiteral("sub-area"), parts.join(QStringLiteral("\n")), subArea.number);
    }
    for (const core::Section &section : record.sections)
        addUnit(units, QStringLiteral("section"), section.text, 0, section.heading);
    QStringList people;
    for (const core::Person &person : record.actors)
        people.append(person.role.isEmpty() ? person.name : person.name + u' ' + person.role);
    if (!record.contact.name.isEmpty())
        people.append(record.contact.name);
    addUnit(units, QStringLiteral("people"), people.join(u'\n'));
    QStringList organizations;
    for (const core::Organization &organization : record.organizations)
        organizations.append(organization.name);
    if (!record.contact.organization.isEmpty())
        organizations.append(record.contact.organization);
    if (!record.funder.isEmpty())
        organizations.append(record.funder);
    addUnit(units, QStringLiteral("organizations"), organizations.join(u'\n'));
    addUnit(units, QStringLiteral("topics"), (record.topics + record.phenomena).join(u'\n'));
    return units;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QStringList wordsOf(const QString &typed)
{
    // Soft hyphens and zero-width characters are invisible inside words (as in the tokenizer).
    const QString text = core::FinnishText::withoutInvisible(typed);
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool word = i < text.size() && isWordChar(text[i]);
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            words.append(text.mid(start, i - start));
            start = -1;
        }
    }
    return words;
}

QString quoted(const QString &token)
{
    return u'"' + QString(token).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// One word: as written (with its base forms, from the tokenizer) or as a prefix, in the exact column; the
// same with diacritics folded in the folded column.
QString wordTerm(const QString &word)
{
    const QString folded = FinnishTokenizer::fold(word);
    QString exact = quoted(word);
    QString loose = quoted(folded);
    if (word.size() >= kShortestPrefix) {
        exact = QStringLiteral("(%1 OR %1*)").arg(quoted(word));
        loose = QStringLiteral("(%1 OR %1*)").arg(quoted(folded));
    }
    return QStringLiteral("({exact} : %1 OR {folded} : %2)").arg(exact, loose);
}

QString phraseTerm(const QStringList &words)
{
    const QString phrase = words.join(u' ');
    return QStringLiteral("({exact} : %1 OR {folded} : %2)")
        .arg(quoted(phrase), quoted(FinnishTokenizer::fold(phrase)));
}

} // namespace

QList<SearchIndex::Unit> SearchIndex::unitsOf(const core::PageRecord &record)
{
    return unitsOfRecord(record);
}

core::Result<void> SearchIndex::createTables(sql::Statements &statements)
{
    if (statements.onServer())
        return server::createTables(statements);
    const QStringList ddl{
        QStringLiteral("CREATE TABLE search_units ("
                       " id INTEGER PRIMARY KEY,"
                       " page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
                       " place TEXT NOT NULL,"
                       " sub_area INTEGER,"
                       " heading TEXT,"
                       " text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX search_units_page ON search_units(page_id)"),
        // The index reads its text through this view: the folded column is computed, not stored twice.
        QStringLiteral("CREATE VIEW search_content AS"
                       " SELECT id, text AS exact, salkku_fold(text) AS folded FROM search_units"),
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5("
                       " exact, folded, content = 'search_content', content_rowid = 'id',"
                       " tokenize = 'salkku_fi')"),
        QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(4.0, 1.0)')"),
    };
    for (const QString &statement : ddl)
        SALKKU_TRY(statements.run(statement));
    return {};
}

core::Result<void> SearchIndex::rebuild(sql::Statements &statements)
{
    SALKKU_TRY(statements.run(QStringLiteral("DELETE FROM search_units")));
    if (!statements.onServer())
        SALKKU_TRY(
            statements.run(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('delete-all')")));
    auto ids = statements.rows(QStringLiteral("SELECT id FROM pages WHERE trashed_at IS NULL ORDER BY id"));
    SALKKU_TRY(ids);
    PageRepository pages(statements);
    for (const sql::Row &row : ids.value()) {
        auto page = pages.load(row[0].toLongLong());
        SALKKU_TRY(page);
        SALKKU_TRY(add(statements, page.value().id, page.value().record));
    }
    return {};
}

namespace {

// The coordinator's notes on a page, as units.
core::Result<QList<SearchIndex::Unit>> noteUnits(sql::Statements &statements, qint64 pageId)
{
    auto rows = statements.rows(QStringLiteral("SELECT n.sub_area, n.text FROM notes AS n JOIN pages AS p ON"
                                               " p.identity = n.identity WHERE p.id = ? ORDER BY n.id"),
                                {pageId});
    SALKKU_TRY(rows);
    QList<SearchIndex::Unit> units;
    for (const sql::Row &row : rows.value())
        units.append(SearchIndex::Unit{QStringLiteral("note"), row[0].toInt(), QString(), row[1].toString()});
    return units;
}

core::Result<void> addUnits(sql::Statements &statements, qint64 pageId, const QList<SearchIndex::Unit> &units)
{
    if (statements.onServer())
        return server::addUnits(statements, pageId, units);
    for (const SearchIndex::Unit &unit : units) {
        auto id = statements.insert(
            QStringLiteral(
                "INSERT INTO search_units (page_id, place, sub_area, heading, text) VALUES (?, ?, ?, ?, ?)"),
            {pageId, unit.place, unit.subArea > 0 ? QVariant(unit.subArea) : QVariant(),
             unit.heading.isEmpty() ? QVariant() : QVariant(unit.heading), unit.text});
        SALKKU_TRY(id);
        SALKKU_TRY(
            statements.run(QStringLiteral("INSERT INTO search_index (rowid, exact, folded) VALUES (?, ?, ?)"),
                           {id.value(), unit.text, FinnishTokenizer::fold(unit.text)}));
    }
    return {};
}

core::Result<void> removeUnits(sql::Statements &statements, qint64 pageId, const QString &onlyPlace)
{
    // External-content FTS5 forgets a row only when told its old values.
    const QString which =
        onlyPlace.isEmpty() ? QStringLiteral("page_id = ?") : QStringLiteral("page_id = ? AND place = ?");
    QVariantList values{pageId};
    if (!onlyPlace.isEmpty())
        values.append(onlyPlace);
    if (!statements.onServer())
        SALKKU_TRY(
            statements.run(QStringLiteral("INSERT INTO search_index (search_index, rowid, exact, folded)"
                                          " SELECT 'delete', id, text, salkku_fold(text) FROM search_units"
                                          " WHERE %1")
                               .arg(which),
                           values));
    return statements.run(QStringLiteral("DELETE FROM search_units WHERE %1").arg(which), values);
}

} // namespace

core::Result<void> SearchIndex::add(sql::Statements &statements, qint64 pageId,
                                    const core::PageRecord &record)
{
    SALKKU_TRY(addUnits(statements, pageId, unitsOf(record)));
    auto notes = noteUnits(statements, pageId);
    SALKKU_TRY(notes);
    return addUnits(statements, pageId, notes.value());
}

core::Result<void> SearchIndex::reindexNotes(sql::Statements &statements, const QString &identity)
{
    auto pages = statements.rows(
        QStringLiteral("SELECT id FROM pages WHERE identity = ? AND trashed_at IS NULL"), {identity});
    SALKKU_TRY(pages);
    for (const sql::Row &row : pages.value()) {
        const qint64 pageId = row[0].toLongLong();
        SALKKU_TRY(removeUnits(statements, pageId, QStringLiteral("note")));
        auto notes = noteUnits(statements, pageId);
        SALKKU_TRY(notes);
        SALKKU_TRY(addUnits(statements, pageId, notes.value()));
    }
    return {};
}

core::Result<void> SearchIndex::remove(sql::Statements &statements, qint64 pageId)
{
    return removeUnits(statements, pageId, QString());
}

core::Result<void> SearchIndex::optimize(sql::Statements &statements)
{
    if (statements.onServer()) // GIN indexes tidy themselves (autovacuum)
        return {};
    return statements.run(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
}

QStringList SearchIndex::terms(const QString &typed)
{
    QStringList terms;
    for (const QStringList &words : typedTerms(typed))
        terms.append(words.size() == 1 ? wordTerm(words.front()) : phraseTerm(words));
    return terms;
}

QList<QStringList> SearchIndex::typedTerms(const QString &typed)
{
    const QString text = typed.left(kMaxTypedLength);
    QList<QStringList> terms;
    // Quoted phrases first, then the words outside them.
    qsizetype i = 0;
    QString outside;
    while (i < text.size() && terms.size() < kMaxTerms) {
        const qsizetype open = text.indexOf(u'"', i);
        if (open < 0) {
            outside += text.mid(i);
            break;
        }
        const qsizetype close = text.indexOf(u'"', open + 1);
        outside += text.mid(i, open - i);
        if (close < 0) { // an unclosed quote: the rest is words
            outside += text.mid(open + 1);
            break;
        }
        const QStringList words = wordsOf(text.mid(open + 1, close - open - 1));
        if (!words.isEmpty())
            terms.append(words.mid(0, 32));
        i = close + 1;
    }
    for (const QString &word : wordsOf(outside)) {
        if (terms.size() >= kMaxTerms)
            break;
        terms.append(QStringList{word.left(100)});
    }
    return terms;
}

QString SearchIndex::matchExpression(const QString &typed)
{
    return terms(typed).join(QStringLiteral(" OR "));
}

SearchIndex::PageFilter SearchIndex::pagesMatching(const QStringList &terms)
{
    PageFilter filter;
    QStringList selects;
    for (const QString &term : terms) {
        selects.append(QStringLiteral("SELECT u.page_id FROM search_index JOIN search_units AS u"
                                      " ON u.id = search_index.rowid WHERE search_index MATCH ?"));
        filter.values.append(term);
    }
    filter.sql = selects.join(QStringLiteral(" INTERSECT "));
    return filter;
}

SearchIndex::PageFilter SearchIndex::pagesMatching(Backend backend, const QString &typed)
{
    if (backend == Backend::PostgreSQL)
        return server::pagesMatching(typedTerms(typed));
    return pagesMatching(terms(typed));
}

SearchIndex::Statement SearchIndex::searchStatement(const QString &typed, int limit)
{
    const QStringList words = terms(typed);
    Statement statement;
    if (words.isEmpty())
        return statement;
    // With several terms, only parts of pages that have every term somewhere.
    QString restriction;
    statement.values.append(words.join(QStringLiteral(" OR ")));
    if (words.size() > 1) {
        const PageFilter pages = pagesMatching(words);
        restriction = QStringLiteral(" AND +rowid IN (SELECT id FROM search_units WHERE page_id IN (%1))")
                          .arg(pages.sql);
        statement.values.append(pages.values);
    }
    statement.values.append(limit);
    // FTS5 sorts by rank itself and stops at the limit; only those rows are highlighted.
    statement.sql =
        QStringLiteral(
            "SELECT h.rank, h.exact_marked, h.folded_marked, u.page_id, u.place, u.sub_area, u.heading,"
            "       p.name, r.name"
            " FROM (SELECT rowid, rank,"
            "              highlight(search_index, 0, char(1), char(2)) AS exact_marked,"
            "              highlight(search_index, 1, char(1), char(2)) AS folded_marked"
            "       FROM search_index WHERE search_index MATCH ?%1 ORDER BY rank LIMIT ?) AS h"
            " JOIN search_units AS u ON u.id = h.rowid"
            " JOIN pages AS p ON p.id = u.page_id"
            " LEFT JOIN regions AS r ON r.id = p.region_id"
            " ORDER BY h.rank")
            .arg(restriction);
    return statement;
}

QString SearchIndex::snippet(const QString &marked)
{
    constexpr qsizetype before = 60;
    constexpr qsizetype after = 160;
    const qsizetype first = marked.indexOf(kMatchStart);
    qsizetype start = first < 0 ? 0 : std::max<qsizetype>(0, first - before);
    qsizetype end = std::min(marked.size(), (first < 0 ? 0 : first) + after);
    // Whole words at the edges, and never half a character.
    while (start > 0 && (isWordChar(marked[start - 1]) || marked[start].isLowSurrogate()))
        --start;
    while (end < marked.size() && (isWordChar(marked[end]) || marked[end].isLowSurrogate()))
        ++end;
    QString window = marked.mid(start, end - start);
    // A marker cut in two by the window would leave an open match.
    if (window.count(kMatchStart) > window.count(kMatchEnd))
        window += kMatchEnd;
    window = window.simplified();
    window.replace(kMatchStart, u'«').replace(kMatchEnd, u'»');
    if (start > 0)
        window.prepend(u'…');
    if (end < marked.size())
        window.append(u'…');
    return window;
}

core::Result<QList<SearchHit>> SearchIndex::search(sql::Statements &statements, const QString &query,
                                                   int limit)
{
    if (statements.onServer())
        return server::search(statements, typedTerms(query), limit);
    const Statement statement = searchStatement(query, limit);
    if (statement.sql.isEmpty())
        return QList<SearchHit>();
    auto rows = statements.rows(statement.sql, statement.values);
    SALKKU_TRY(rows);
    QList<SearchHit> hits;
    for (const sql::Row &row : rows.value()) {
        // The marks of both columns, on the text as written: a query may match some words as written and
        // others only with folded letters. Folding keeps lengths, so positions carry over.
        const QString exact = row[1].toString();
        const QString folded = row[2].toString();
        QString plain;
        QList<bool> inMatch;
        auto collect = [](const QString &markedText, QString *text, QList<bool> *flags) {
            bool inside = false;
            for (const QChar c : markedText) {
                if (c == kMatchStart) {
                    inside = true;
                } else if (c == kMatchEnd) {
                    inside = false;
                } else {
                    if (text)
                        text->append(c);
                    flags->append(inside);
                }
            }
        };
        collect(exact, &plain, &inMatch);
        QList<bool> foldedMatch;
        collect(folded, nullptr, &foldedMatch);
        QString marked;
        bool inside = false;
        for (qsizetype k = 0; k < plain.size(); ++k) {
            const bool match = inMatch[k] || (k < foldedMatch.size() && foldedMatch[k]);
            if (match != inside) {
                marked += match ? kMatchStart : kMatchEnd;
                inside = match;
            }
            marked += plain[k];
        }
        if (inside)
            marked += kMatchEnd;
        SearchHit hit;
        hit.rank = row[0].toDouble();
        hit.pageId = row[3].toLongLong();
        hit.place = row[4].toString();
        hit.subArea = row[5].toInt();
        hit.heading = row[6].toString();
        hit.name = row[7].toString();
        hit.region = row[8].toString();
        hit.snippet = snippet(marked);
        hits.append(hit);
    }
    return hits;
}

} // namespace salkku::storage
