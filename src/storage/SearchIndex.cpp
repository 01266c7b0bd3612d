#include "SearchIndex.h"

#include "FinnishTokenizer.h"
#include "PageRepository.h"
#include "SearchRanking.h"
#include "ServerSearch.h"
#include "SqlSupport.h"
#include "core/FinnishText.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cstdint>
#include <utility>

namespace salkku::storage {

namespace {

constexpr QChar kMatchStart = u'\x01';
constexpr QChar kMatchEnd = u'\x02';
constexpr qsizetype kMaxTypedLength = 2000; // a search box holds no more; the rest is ignored
constexpr int kMaxTerms = 16;
constexpr qsizetype kShortestPrefix = 3; // "a"* would match half the index
constexpr qsizetype kMaxJoinedWords = 4; // "Etelä-Pohjanmaan-…": words joined by hyphens searched together
constexpr int kPagesPerRead = 16;        // pages whose text is read back at once

// Long texts are several units of at most this many characters, split between paragraphs, lines or words:
// a hit shows the part that matched.
constexpr qsizetype kMaxUnitLength = 3000;

const QString kName = QStringLiteral("name");

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

// A unit's text holds neither the markers of matches nor the unit separator; a lone surrogate (which has no
// UTF-8 form, so SQLite would not give it back as it was) becomes U+FFFD.
QString cleaned(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == kMatchStart || c == kMatchEnd || c == QChar(FinnishTokenizer::kUnitSeparator)) {
            text[i] = u' ';
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
        }
    }
    return text;
}

void addUnit(QList<SearchIndex::Unit> &units, const QString &place, const QString &text, int subArea = 0,
             const QString &heading = QString())
{
    if (text.trimmed().isEmpty())
        return;
    QStringView rest(text);
    while (rest.size() > kMaxUnitLength) {
        const qsizetype at = splitPoint(rest);
        units.append(SearchIndex::Unit{place, subArea, heading, cleaned(rest.left(at).toString())});
        rest = rest.mid(at);
    }
    if (!rest.trimmed().isEmpty())
        units.append(SearchIndex::Unit{place, subArea, heading, cleaned(rest.toString())});
}

// A line of text as compared with the sub-areas' lines: without a leading bullet, spaces simplified.
QString lineKey(QStringView line)
{
    QString key = line.toString().simplified();
    qsizetype bullet = 0;
    while (bullet < key.size() &&
           (key[bullet] == u'\u2022' || key[bullet] == u'-' || key[bullet] == u'*' || key[bullet].isSpace()))
        ++bullet;
    return key.mid(bullet);
}

// The lines of the page's sub-areas (goals, outputs, results, benefits, impacts). A project page repeats them
// in its sections ("Tuotokset ja tulokset", "Vaikutukset ja vaikuttavuus"); the index keeps them once, in the
// sub-area, where a hit is more precise, and the index is not twice their size.
QSet<QString> subAreaLines(const core::PageRecord &record)
{
    QSet<QString> lines;
    for (const core::SubArea &subArea : record.subAreas) {
        for (const QString &text :
             {subArea.goal, subArea.results, subArea.benefits, subArea.impacts, subArea.outputs.join(u'\n')})
            for (const QStringView line : QStringView(text).split(u'\n'))
                if (const QString key = lineKey(line); key.size() > 20)
                    lines.insert(key);
    }
    return lines;
}

// A section's text without the lines a sub-area has (also after a label: "Saavutetut hyödyt: …").
QString withoutSubAreaLines(const QString &text, const QSet<QString> &lines)
{
    if (lines.isEmpty())
        return text;
    QStringList kept;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QString key = lineKey(line);
        const qsizetype colon = key.indexOf(QStringLiteral(": "));
        const bool repeated =
            lines.contains(key) || (colon > 0 && colon < 60 && lines.contains(key.mid(colon + 2)));
        if (!repeated)
            kept.append(line.toString());
    }
    return kept.join(u'\n');
}

QList<SearchIndex::Unit> unitsOfRecord(const core::PageRecord &record)
{
    QList<SearchIndex::Unit> units;
    addUnit(units, kName, record.name);
    addUnit(units, QStringLiteral("summary"), record.summary);
    addUnit(units, QStringLiteral("purpose"), record.purpose);
    addUnit(units, QStringLiteral("timeline"), record.timeline.text);
    addUnit(units, QStringLiteral("project"), record.parent); // a practice's project
    // By number, as the portfolio gives them back.
    QList<const core::SubArea *> subAreas;
    for (const core::SubArea &subArea : record.subAreas)
        subAreas.append(&subArea);
    std::stable_sort(subAreas.begin(), subAreas.end(),
                     [](const core::SubArea *a, const core::SubArea *b) { return a->number < b->number; });
    for (const core::SubArea *subArea : std::as_const(subAreas)) {
        QStringList parts{subArea->title,   subArea->goal,     subArea->outputs.join(u'\n'),
                          subArea->results, subArea->benefits, subArea->impacts};
        parts.removeAll(QString());
        addUnit(units, QStringLiteral("sub-area"), parts.join(QStringLiteral("\n")), subArea->number);
    }
    const QSet<QString> repeated = subAreaLines(record);
    for (const core::Section &section : record.sections)
        addUnit(units, QStringLiteral("section"), withoutSubAreaLines(section.text, repeated), 0,
                section.heading);
    QStringList people;
    for (const core::Person &person : record.actors)
        people.append(person.role.isEmpty() ? person.name : person.name + u' ' + person.role);
    if (!record.author.isEmpty())
        people.append(record.author);
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
    addUnit(units, QStringLiteral("places"), record.places.join(u'\n'));
    addUnit(units, QStringLiteral("practices"), record.practices.join(u'\n')); // a list of practices
    return units;
}

int columnOf(const SearchIndex::Unit &unit)
{
    return unit.place == kName ? SearchRanking::kNameColumn : SearchRanking::kBodyColumn;
}

// The index's two columns of a page: its units, a unit separator between two.
struct Columns
{
    QString name;
    QString body;
    std::optional<qint64> digest; // known when the text was made ahead (SearchIndex::IndexedText)
};

Columns columnsOf(const QList<SearchIndex::Unit> &units)
{
    Columns columns;
    const QString separator = QStringLiteral("\n%1\n").arg(QChar(FinnishTokenizer::kUnitSeparator));
    for (const SearchIndex::Unit &unit : units) {
        QString &column = columnOf(unit) == SearchRanking::kNameColumn ? columns.name : columns.body;
        if (!column.isEmpty())
            column += separator;
        column += unit.text;
    }
    return columns;
}

// FNV-1a (64 bits) of both columns: the same text always gives the same digest, on every platform.
qint64 digestOf(const Columns &columns)
{
    std::uint64_t hash = 14695981039346656037ull;
    const auto add = [&hash](const QString &text) {
        for (const QChar c : text) {
            hash ^= c.unicode();
            hash *= 1099511628211ull;
        }
    };
    add(columns.name);
    hash ^= 0xFFFFu;
    hash *= 1099511628211ull;
    add(columns.body);
    return static_cast<qint64>(hash);
}

// The search tables: the index, the digest of what it holds for each page, and where its text comes from
// (what unitsOf() reads from a record, as the page's tables hold it).
const char *const kCreateTables[] = {
    "CREATE TABLE search_units ("
    " page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,"
    " digest INTEGER NOT NULL)",
    "CREATE VIEW search_content (page_id, kind, number, sub, heading, text) AS"
    " SELECT id, 'name', 0, 0, NULL, name FROM pages"
    " UNION ALL SELECT id, 'summary', 0, 0, NULL, summary FROM pages WHERE summary IS NOT NULL"
    " UNION ALL SELECT id, 'purpose', 0, 0, NULL, purpose FROM pages WHERE purpose IS NOT NULL"
    " UNION ALL SELECT id, 'timeline', 0, 0, NULL, timeline_text FROM pages WHERE timeline_text IS NOT NULL"
    " UNION ALL SELECT id, 'funder', 0, 0, NULL, funder FROM pages WHERE funder IS NOT NULL"
    " UNION ALL SELECT id, 'parent', 0, 0, NULL, parent_name FROM pages WHERE parent_name IS NOT NULL"
    " UNION ALL SELECT id, 'author', 0, 0, NULL, author FROM pages WHERE author IS NOT NULL"
    " UNION ALL SELECT id, 'contact', 0, 0, NULL, contact_name FROM pages WHERE contact_name IS NOT NULL"
    " UNION ALL SELECT id, 'contact-organization', 0, 0, NULL, contact_organization FROM pages"
    "  WHERE contact_organization IS NOT NULL"
    " UNION ALL SELECT page_id, 'sub-area', number, 0, NULL, title FROM sub_areas"
    " UNION ALL SELECT page_id, 'sub-area', number, 1, NULL, goal FROM sub_areas WHERE goal IS NOT NULL"
    " UNION ALL SELECT s.page_id, 'output', s.number, o.position, NULL, o.text"
    "  FROM sub_areas AS s JOIN outputs AS o ON o.sub_area_id = s.id"
    " UNION ALL SELECT page_id, 'sub-area', number, 3, NULL, results FROM sub_areas WHERE results IS NOT NULL"
    " UNION ALL SELECT page_id, 'sub-area', number, 4, NULL, benefits FROM sub_areas WHERE benefits IS NOT "
    "NULL"
    " UNION ALL SELECT page_id, 'sub-area', number, 5, NULL, impacts FROM sub_areas WHERE impacts IS NOT NULL"
    " UNION ALL SELECT page_id, 'section', position, 0, heading, text FROM sections"
    " UNION ALL SELECT x.page_id, 'person', x.position, 0, x.role, y.name"
    "  FROM page_people AS x JOIN people AS y ON y.id = x.person_id"
    " UNION ALL SELECT x.page_id, 'organization', x.position, 0, NULL, y.name"
    "  FROM page_organizations AS x JOIN organizations AS y ON y.id = x.organization_id"
    " UNION ALL SELECT x.page_id, 'topic', x.position, 0, NULL, y.name"
    "  FROM page_topics AS x JOIN topics AS y ON y.id = x.topic_id"
    " UNION ALL SELECT x.page_id, 'phenomenon', x.position, 0, NULL, y.name"
    "  FROM page_phenomena AS x JOIN phenomena AS y ON y.id = x.phenomenon_id"
    " UNION ALL SELECT page_id, 'place', position, 0, NULL, name FROM page_places"
    " UNION ALL SELECT page_id, 'practice', position, 0, NULL, name FROM page_practices"
    " UNION ALL SELECT p.id, 'note', n.id, n.sub_area, NULL, n.text"
    "  FROM notes AS n JOIN pages AS p ON p.identity = n.identity",
    // One row per page (rowid = pages.id); no copy of the text (contentless).
    "CREATE VIRTUAL TABLE search_index USING fts5(body, name, content = '', tokenize = 'salkku_fi')",
};

// The index's settings (kept in the file, search_index_config). Segments are merged 16 at a time instead of
// FTS5's 4: an import writes a segment per batch, and with 4 it merged the same tokens again and again (a
// sixth of a 10 000-page import's time); the import ends with 'optimize', which leaves one segment anyway.
const char *const kSettings[] = {
    "INSERT INTO search_index (search_index, rank) VALUES ('rank', 'salkku_rank()')",
    "INSERT INTO search_index (search_index, rank) VALUES ('automerge', 16)",
};

// The search tables of this and of earlier layouts (schema 2: search_units held a copy of every unit's text,
// search_content folded it for a second column).
const char *const kDropTables[] = {
    "DROP TABLE IF EXISTS search_index",
    "DROP VIEW IF EXISTS search_content",
    "DROP TABLE IF EXISTS search_units",
};

// A page as search_content gives it back: what unitsOf() reads, and where the page is.
struct StoredText
{
    core::PageRecord record;
    QString region;
    QMap<qint64, std::pair<int, QString>> notes; // by id: the sub-area, the text
};

// The coordinator's notes as units (place "note"), in the order they were written, after the page's own.
void addNoteUnit(QList<SearchIndex::Unit> &units, int subArea, const QString &text)
{
    addUnit(units, QStringLiteral("note"), text, subArea);
}

QList<SearchIndex::Unit> unitsOfStored(const StoredText &stored)
{
    QList<SearchIndex::Unit> units = unitsOfRecord(stored.record);
    for (const auto &[subArea, text] : stored.notes)
        addNoteUnit(units, subArea, text);
    return units;
}

core::Result<QList<SearchIndex::Unit>> noteUnits(sql::Statements &statements, qint64 pageId)
{
    auto rows = statements.rows(QStringLiteral("SELECT n.sub_area, n.text FROM notes AS n JOIN pages AS p ON"
                                               " p.identity = n.identity WHERE p.id = ? ORDER BY n.id"),
                                {pageId});
    SALKKU_TRY(rows);
    QList<SearchIndex::Unit> units;
    for (const sql::Row &row : rows.value())
        addNoteUnit(units, row[0].toInt(), row[1].toString());
    return units;
}

// A page's units as stored now: from the record being stored, and its notes from their table.
core::Result<QList<SearchIndex::Unit>> unitsWithNotes(sql::Statements &statements, qint64 pageId,
                                                      const core::PageRecord &record)
{
    auto notes = noteUnits(statements, pageId);
    SALKKU_TRY(notes);
    return unitsOfRecord(record) + notes.value();
}

// page_id IN (?, ?, …) with a fixed number of values (-1 for none): SQLite looks each page up in every table
// of the view (it does not for IN (SELECT …)), and the statement is prepared once.
struct IdList
{
    QString placeholders;
    QVariantList values;
};

IdList idListOf(const QList<qint64> &ids)
{
    IdList list;
    for (const qint64 id : ids)
        list.values.append(id);
    while (list.values.size() % kPagesPerRead != 0)
        list.values.append(-1);
    QStringList placeholders;
    for (qsizetype i = 0; i < list.values.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    list.placeholders = placeholders.join(QStringLiteral(", "));
    return list;
}

// A page's rows of search_content, gathered by number and position, then put into its record in order.
struct Gathered
{
    QMap<int, core::SubArea> subAreas;
    QMap<int, QMap<int, QString>> outputs;
    QMap<int, core::Section> sections;
    QMap<int, core::Person> people;
    QMap<int, QString> organizations, topics, phenomena, places, practices;
};

// The record's field for a kind of search_content that is one text of the page; nullptr for the others.
QString *pageField(core::PageRecord &r, const QString &kind)
{
    const std::pair<const char16_t *, QString *> fields[] = {
        {u"name", &r.name},
        {u"summary", &r.summary},
        {u"purpose", &r.purpose},
        {u"timeline", &r.timeline.text},
        {u"funder", &r.funder},
        {u"parent", &r.parent},
        {u"author", &r.author},
        {u"contact", &r.contact.name},
        {u"contact-organization", &r.contact.organization}};
    for (const auto &[name, field] : fields)
        if (kind == QStringView(name))
            return field;
    return nullptr;
}

// The numbered texts of a page by kind of search_content; nullptr for the others.
QMap<int, QString> *listOf(Gathered &g, const QString &kind)
{
    const std::pair<const char16_t *, QMap<int, QString> *> lists[] = {{u"organization", &g.organizations},
                                                                       {u"topic", &g.topics},
                                                                       {u"phenomenon", &g.phenomena},
                                                                       {u"place", &g.places},
                                                                       {u"practice", &g.practices}};
    for (const auto &[name, list] : lists)
        if (kind == QStringView(name))
            return list;
    return nullptr;
}

// One row of search_content: page_id, kind, number, sub, heading, text.
void gatherRow(const sql::Row &row, core::PageRecord &r, Gathered &g)
{
    const QString kind = row[1].toString();
    const int number = row[2].toInt();
    const int sub = row[3].toInt();
    const QString text = row[5].toString();
    if (QString *field = pageField(r, kind)) {
        *field = text;
    } else if (QMap<int, QString> *list = listOf(g, kind)) {
        (*list)[number] = text;
    } else if (kind == u"sub-area") {
        core::SubArea &subArea = g.subAreas[number];
        subArea.number = number;
        QString *parts[] = {&subArea.title,   &subArea.goal,     nullptr,
                            &subArea.results, &subArea.benefits, &subArea.impacts};
        if (sub >= 0 && sub < 6 && parts[sub])
            *parts[sub] = text;
    } else if (kind == u"output") {
        g.subAreas[number].number = number;
        g.outputs[number][sub] = text;
    } else if (kind == u"section") {
        g.sections[number] = core::Section{row[4].toString(), text, 0};
    } else if (kind == u"person") {
        g.people[number] = core::Person{text, row[4].toString()};
    }
}

void finishRecord(core::PageRecord &r, const Gathered &g)
{
    for (auto subArea = g.subAreas.cbegin(); subArea != g.subAreas.cend(); ++subArea) {
        r.subAreas.append(subArea.value());
        r.subAreas.last().outputs = g.outputs.value(subArea.key()).values();
    }
    r.sections = g.sections.values();
    r.actors = g.people.values();
    for (const QString &name : std::as_const(g.organizations))
        r.organizations.append(core::Organization{name, core::OrganizationRole::Partner});
    r.topics = g.topics.values();
    r.phenomena = g.phenomena.values();
    r.places = g.places.values();
    r.practices = g.practices.values();
}

// The pages' text from their tables, by page id.
core::Result<QHash<qint64, StoredText>> readTexts(sql::Statements &statements, const QList<qint64> &ids)
{
    QHash<qint64, StoredText> texts;
    if (ids.isEmpty())
        return texts;
    const IdList in = idListOf(ids);
    auto pages = statements.rows(
        QStringLiteral("SELECT p.id, r.name FROM pages AS p LEFT JOIN regions AS r ON r.id = p.region_id"
                       " WHERE p.id IN (%1)")
            .arg(in.placeholders),
        in.values);
    SALKKU_TRY(pages);
    for (const sql::Row &row : pages.value())
        texts[row[0].toLongLong()].region = row[1].toString();
    auto rows = statements.rows(
        QStringLiteral(
            "SELECT page_id, kind, number, sub, heading, text FROM search_content WHERE page_id IN (%1)")
            .arg(in.placeholders),
        in.values);
    SALKKU_TRY(rows);
    QHash<qint64, Gathered> gathered;
    for (const sql::Row &row : rows.value()) {
        const qint64 id = row[0].toLongLong();
        if (row[1].toString() == u"note")
            texts[id].notes[row[2].toLongLong()] = {row[3].toInt(), row[5].toString()};
        else
            gatherRow(row, texts[id].record, gathered[id]);
    }
    for (auto it = gathered.cbegin(); it != gathered.cend(); ++it)
        finishRecord(texts[it.key()].record, it.value());
    return texts;
}

core::Result<void> insertPage(sql::Statements &statements, qint64 pageId, const Columns &columns)
{
    SALKKU_TRY(statements.run(QStringLiteral("INSERT INTO search_index (rowid, body, name) VALUES (?, ?, ?)"),
                              {pageId, columns.body, columns.name}));
    return statements.run(QStringLiteral("INSERT INTO search_units (page_id, digest) VALUES (?, ?)"),
                          {pageId, columns.digest ? *columns.digest : digestOf(columns)});
}

core::Result<void> runEach(sql::Statements &statements, const auto &sqlStatements)
{
    for (const char *statement : sqlStatements)
        SALKKU_TRY(statements.run(QString::fromUtf8(statement)));
    return {};
}

core::Result<void> createSearchTables(sql::Statements &statements)
{
    SALKKU_TRY(runEach(statements, kCreateTables));
    return runEach(statements, kSettings);
}

// ----- What was typed, as FTS5 queries -----

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// The words of a text, those joined by a hyphen ("sote-keskus", "Etelä-Karjala") in one group.
QList<QStringList> wordGroupsOf(const QString &typed)
{
    const QString text = core::FinnishText::withoutInvisible(typed);
    QList<QStringList> groups;
    QStringList group;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool word = i < text.size() && isWordChar(text[i]);
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            group.append(text.mid(start, i - start).left(FinnishTokenizer::kMaxAnalysedLength));
            start = -1;
            const bool hyphen = i + 1 < text.size() && (text[i] == u'-' || text[i] == QChar(0x2010)) &&
                                isWordChar(text[i + 1]);
            if (!hyphen || group.size() >= kMaxJoinedWords) {
                groups.append(group);
                group.clear();
            }
        }
    }
    if (!group.isEmpty())
        groups.append(group);
    return groups;
}

QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString folded(const QStringList &words)
{
    const QString mark = QString(QChar(FinnishTokenizer::kFoldedMark));
    return mark + words.join(u' ' + mark);
}

// One FTS5 query for a word, phrase or hyphenated word, and the kinds of its phrases (SearchRanking).
struct Term
{
    QString expression;
    QString kinds;
};

// A word: as typed (with its base forms), as a prefix, folded, folded as a prefix.
Term wordTerm(const QString &word)
{
    const QString exact = quoted(word);
    const QString loose = quoted(folded({word}));
    if (word.size() < kShortestPrefix)
        return {QStringLiteral("(%1 OR %2)").arg(exact, loose), QStringLiteral("EF")};
    return {QStringLiteral("(%1 OR %1* OR %2 OR %2*)").arg(exact, loose), QStringLiteral("EPFQ")};
}

// Words in quotes: a phrase, as typed or folded.
Term phraseTerm(const QStringList &words)
{
    return {QStringLiteral("(%1 OR %2)").arg(quoted(words.join(u' ')), quoted(folded(words))),
            QStringLiteral("EF")};
}

// Words joined by hyphens: the phrase (its last word also as a prefix, as it is being typed), or the words
// written as one.
Term joinedTerm(const QStringList &words)
{
    const QString exact = quoted(words.join(u' '));
    const QString loose = quoted(folded(words));
    const QString one = quoted(words.join(QString()));
    if (words.last().size() < kShortestPrefix)
        return {QStringLiteral("(%1 OR %2 OR %3)").arg(exact, loose, one), QStringLiteral("EFE")};
    return {QStringLiteral("(%1 OR %1* OR %2 OR %2* OR %3 OR %3*)").arg(exact, loose, one),
            QStringLiteral("EPFQEP")};
}

// What was typed, read as searches: a word, words in quotes (a phrase) or words joined by hyphens.
struct Piece
{
    enum class Kind
    {
        Word,
        Phrase,
        Joined
    } kind;
    QStringList words;
};

QList<Piece> piecesOf(const QString &typed)
{
    const QString text = typed.left(kMaxTypedLength);
    QList<Piece> pieces;
    // Quoted phrases first, then the words outside them.
    qsizetype i = 0;
    QString outside;
    while (i < text.size() && pieces.size() < kMaxTerms) {
        const qsizetype open = text.indexOf(u'"', i);
        if (open < 0) {
            outside += text.mid(i);
            break;
        }
        const qsizetype close = text.indexOf(u'"', open + 1);
        outside += text.mid(i, open - i) + u' ';
        if (close < 0) { // an unclosed quote: the rest is words
            outside += text.mid(open + 1);
            break;
        }
        QStringList words;
        for (const QStringList &group : wordGroupsOf(text.mid(open + 1, close - open - 1)))
            words.append(group);
        if (words.size() == 1)
            pieces.append({Piece::Kind::Word, words});
        else if (words.size() > 1)
            pieces.append({Piece::Kind::Phrase, words.mid(0, 32)});
        i = close + 1;
    }
    for (const QStringList &group : wordGroupsOf(outside)) {
        if (pieces.size() >= kMaxTerms)
            break;
        pieces.append({group.size() == 1 ? Piece::Kind::Word : Piece::Kind::Joined, group});
    }
    return pieces;
}

QList<Term> termsOf(const QString &typed)
{
    QList<Term> terms;
    for (const Piece &piece : piecesOf(typed)) {
        switch (piece.kind) {
        case Piece::Kind::Word:
            terms.append(wordTerm(piece.words.front()));
            break;
        case Piece::Kind::Phrase:
            terms.append(phraseTerm(piece.words));
            break;
        case Piece::Kind::Joined:
            terms.append(joinedTerm(piece.words));
            break;
        }
    }
    return terms;
}

QString expressionOf(const QList<Term> &terms)
{
    QStringList expressions;
    for (const Term &term : terms)
        expressions.append(term.expression);
    return expressions.join(QStringLiteral(" AND "));
}

// ----- Hits -----

qint32 readInt(const QByteArray &bytes, qsizetype at)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
    return static_cast<qint32>(static_cast<std::uint32_t>(b[0]) | (static_cast<std::uint32_t>(b[1]) << 8) |
                               (static_cast<std::uint32_t>(b[2]) << 16) |
                               (static_cast<std::uint32_t>(b[3]) << 24));
}

// The text with \x01 … \x02 around each range (ranges sorted; overlapping ones merged).
QString marked(const QString &text, QList<std::pair<qsizetype, qsizetype>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QString result;
    result.reserve(text.size() + 2 * ranges.size());
    qsizetype done = 0;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        qsizetype start = std::max(ranges[i].first, done);
        qsizetype end = ranges[i].second;
        while (i + 1 < ranges.size() && ranges[i + 1].first <= end)
            end = std::max(end, ranges[++i].second);
        if (end <= start)
            continue;
        result += QStringView(text).mid(done, start - done);
        result += kMatchStart;
        result += QStringView(text).mid(start, end - start);
        result += kMatchEnd;
        done = end;
    }
    result += QStringView(text).mid(done);
    return result;
}

// A unit of a page's text, where its words are among its column's positions, and what matched in it.
struct Placed
{
    int first = 0; // the position of its first word
    QList<FinnishTokenizer::Span> words;
    double score = 0;
    QList<std::pair<qsizetype, qsizetype>> ranges;
};

// A page's units placed as the index numbered their words: one column after the other, a unit separator
// between two units.
struct PlacedUnits
{
    QList<Placed> placed;
    QList<qsizetype> byColumn[2];
};

PlacedUnits placedUnits(const QList<SearchIndex::Unit> &units)
{
    PlacedUnits result;
    result.placed.resize(units.size());
    int next[2] = {0, 0};
    for (qsizetype u = 0; u < units.size(); ++u) {
        const int column = columnOf(units[u]);
        Placed &placed = result.placed[u];
        placed.first = next[column];
        placed.words = FinnishTokenizer::positions(units[u].text);
        next[column] += static_cast<int>(placed.words.size()) + 1; // and the unit separator
        result.byColumn[column].append(u);
    }
    return result;
}

// Puts each match (see SearchRanking's salkku_matches) on the unit it fell in.
void placeMatches(PlacedUnits &units, const QByteArray &matches, const QString &phraseKinds)
{
    QList<Placed> &placed = units.placed;
    for (qsizetype at = 0; at + 16 <= matches.size(); at += 16) {
        const qint32 phrase = readInt(matches, at);
        const qint32 column = readInt(matches, at + 4);
        const qint32 offset = readInt(matches, at + 8);
        const qint32 length = std::max<qint32>(1, readInt(matches, at + 12));
        if (column < 0 || column > 1)
            continue;
        const QList<qsizetype> &candidates = units.byColumn[column];
        const auto found =
            std::upper_bound(candidates.cbegin(), candidates.cend(), offset,
                             [&placed](qint32 value, qsizetype u) { return value < placed[u].first; });
        if (found == candidates.cbegin())
            continue;
        Placed &unit = placed[*(found - 1)];
        const qsizetype first = offset - unit.first;
        if (first < 0 || first >= unit.words.size())
            continue; // the unit separator, or text that is not what was indexed
        const qsizetype last = std::min<qsizetype>(first + length - 1, unit.words.size() - 1);
        unit.ranges.append({unit.words[first].start, unit.words[last].end});
        const char kind = phrase >= 0 && phrase < phraseKinds.size() ? phraseKinds[phrase].toLatin1() : 'E';
        unit.score += SearchRanking::kindWeight(kind) * SearchRanking::columnWeight(column);
    }
}

// The hits of one page: its units that matched, best first.
QList<SearchHit> hitsOf(qint64 pageId, double rank, const QByteArray &matches, const QString &phraseKinds,
                        const StoredText &stored)
{
    const QList<SearchIndex::Unit> units = unitsOfStored(stored);
    PlacedUnits placed = placedUnits(units);
    placeMatches(placed, matches, phraseKinds);
    QList<qsizetype> matched;
    for (qsizetype u = 0; u < units.size(); ++u)
        if (!placed.placed[u].ranges.isEmpty())
            matched.append(u);
    std::stable_sort(matched.begin(), matched.end(), [&placed](qsizetype a, qsizetype b) {
        return placed.placed[a].score > placed.placed[b].score;
    });
    QList<SearchHit> hits;
    for (const qsizetype u : std::as_const(matched)) {
        SearchHit hit;
        hit.rank = rank;
        hit.pageId = pageId;
        hit.place = units[u].place;
        hit.subArea = units[u].subArea;
        hit.heading = units[u].heading;
        hit.name = stored.record.name;
        hit.region = stored.region;
        hit.snippet = SearchIndex::snippet(marked(units[u].text, placed.placed[u].ranges));
        hits.append(hit);
    }
    return hits;
}

} // namespace

QList<SearchIndex::Unit> SearchIndex::unitsOf(const core::PageRecord &record)
{
    return unitsOfRecord(record);
}

SearchIndex::IndexedText SearchIndex::indexedText(const core::PageRecord &record)
{
    const Columns columns = columnsOf(unitsOfRecord(record));
    return {columns.name, columns.body, digestOf(columns)};
}

core::Result<void> SearchIndex::createTables(sql::Statements &statements)
{
    if (statements.onServer())
        return server::createTables(statements);
    return createSearchTables(statements);
}

core::Result<void> SearchIndex::applySettings(sql::Statements &statements)
{
    if (statements.onServer())
        return {};
    return runEach(statements, kSettings);
}

namespace {

// A server's index is one row per unit, made from each page as PageRepository reads it.
core::Result<void> rebuildOnServer(sql::Statements &statements)
{
    SALKKU_TRY(statements.run(QStringLiteral("DELETE FROM search_units")));
    auto ids = statements.rows(QStringLiteral("SELECT id FROM pages WHERE trashed_at IS NULL ORDER BY id"));
    SALKKU_TRY(ids);
    PageRepository pages(statements);
    for (const sql::Row &row : ids.value()) {
        auto page = pages.load(row[0].toLongLong());
        SALKKU_TRY(page);
        SALKKU_TRY(SearchIndex::add(statements, page.value().id, page.value().record));
    }
    return {};
}

} // namespace

core::Result<void> SearchIndex::rebuild(sql::Statements &statements)
{
    if (statements.onServer())
        return rebuildOnServer(statements);
    for (const char *statement : kDropTables)
        SALKKU_TRY(statements.run(QString::fromUtf8(statement)));
    SALKKU_TRY(createSearchTables(statements));
    // Pages in the trash are not searched.
    auto ids = statements.rows(QStringLiteral("SELECT id FROM pages WHERE trashed_at IS NULL ORDER BY id"));
    SALKKU_TRY(ids);
    for (qsizetype at = 0; at < ids.value().size(); at += kPagesPerRead) {
        QList<qint64> batch;
        for (qsizetype i = at; i < std::min(at + kPagesPerRead, ids.value().size()); ++i)
            batch.append(ids.value()[i][0].toLongLong());
        auto texts = readTexts(statements, batch);
        SALKKU_TRY(texts);
        for (const qint64 id : std::as_const(batch))
            SALKKU_TRY(insertPage(statements, id, columnsOf(unitsOfStored(texts.value()[id]))));
    }
    return {};
}

core::Result<void> SearchIndex::add(sql::Statements &statements, qint64 pageId,
                                    const core::PageRecord &record)
{
    auto units = unitsWithNotes(statements, pageId, record);
    SALKKU_TRY(units);
    if (statements.onServer())
        return server::addUnits(statements, pageId, units.value());
    return insertPage(statements, pageId, columnsOf(units.value()));
}

namespace {

// What the index holds for a page, read back from the page's tables: nothing when the page is not in the
// index; `current` is false when the tables no longer give the text that was indexed (its old tokens cannot
// be told apart then, and the index is built again).
struct IndexedColumns
{
    Columns columns;
    bool current = true;
};

core::Result<std::optional<IndexedColumns>> indexedColumns(sql::Statements &statements, qint64 pageId)
{
    auto indexed =
        statements.scalar(QStringLiteral("SELECT digest FROM search_units WHERE page_id = ?"), {pageId});
    SALKKU_TRY(indexed);
    if (!indexed.value().isValid())
        return std::optional<IndexedColumns>();
    auto texts = readTexts(statements, {pageId});
    SALKKU_TRY(texts);
    IndexedColumns result{columnsOf(unitsOfStored(texts.value()[pageId])), true};
    result.current = digestOf(result.columns) == indexed.value().toLongLong();
    return std::optional<IndexedColumns>(std::move(result));
}

// FTS5 forgets a contentless row when given its text again.
core::Result<void> deleteRow(sql::Statements &statements, qint64 pageId, const Columns &columns)
{
    SALKKU_TRY(statements.run(
        QStringLiteral(
            "INSERT INTO search_index (search_index, rowid, body, name) VALUES ('delete', ?, ?, ?)"),
        {pageId, columns.body, columns.name}));
    return statements.run(QStringLiteral("DELETE FROM search_units WHERE page_id = ?"), {pageId});
}

} // namespace

core::Result<void> SearchIndex::remove(sql::Statements &statements, qint64 pageId)
{
    if (statements.onServer())
        return statements.run(QStringLiteral("DELETE FROM search_units WHERE page_id = ?"), {pageId});
    auto indexed = indexedColumns(statements, pageId);
    SALKKU_TRY(indexed);
    if (!indexed.value())
        return {}; // not in the index
    if (!indexed.value()->current) {
        // Built again from what the tables hold now; then the page's row is what they give.
        SALKKU_TRY(rebuild(statements));
        indexed = indexedColumns(statements, pageId);
        SALKKU_TRY(indexed);
        if (!indexed.value() || !indexed.value()->current)
            return core::Error{statements.path(), 0, QStringLiteral("the search index cannot be updated")};
    }
    return deleteRow(statements, pageId, indexed.value()->columns);
}

struct SearchIndex::Batch::Impl
{
    // What happens to a page's row of the index: the text to remove (it was indexed before the batch) and
    // the text to add.
    struct Change
    {
        std::optional<Columns> removed;
        std::optional<Columns> added;
    };
    QHash<qint64, Change> kept; // pages stored in the batch
    QHash<qint64, Change> page; // the page being stored
    bool rebuild = false;       // a page's tables no longer give what was indexed: build it all again
    bool pageRebuild = false;

    Change current(qint64 pageId) const { return page.contains(pageId) ? page[pageId] : kept.value(pageId); }
};

SearchIndex::Batch::Batch() : m_impl(std::make_unique<Impl>()) {}

SearchIndex::Batch::~Batch() = default;

core::Result<void> SearchIndex::Batch::remove(sql::Statements &statements, qint64 pageId)
{
    Impl::Change change = m_impl->current(pageId);
    if (change.added || change.removed) {
        change.added.reset(); // stored earlier in this batch: not in the index yet
        m_impl->page[pageId] = change;
        return {};
    }
    auto indexed = indexedColumns(statements, pageId);
    SALKKU_TRY(indexed);
    if (!indexed.value())
        return {}; // not in the index
    if (!indexed.value()->current) {
        m_impl->pageRebuild = true; // see SearchIndex::remove
        return {};
    }
    change.removed = indexed.value()->columns;
    m_impl->page[pageId] = change;
    return {};
}

core::Result<void> SearchIndex::Batch::add(sql::Statements &statements, qint64 pageId,
                                           const core::PageRecord &record,
                                           const std::optional<IndexedText> &indexed)
{
    auto notes = noteUnits(statements, pageId);
    SALKKU_TRY(notes);
    Impl::Change change = m_impl->current(pageId);
    if (indexed && notes.value().isEmpty())
        change.added = Columns{indexed->name, indexed->body, indexed->digest};
    else
        change.added = columnsOf(unitsOfRecord(record) + notes.value());
    m_impl->page[pageId] = change;
    return {};
}

void SearchIndex::Batch::keepPage()
{
    for (auto it = m_impl->page.cbegin(); it != m_impl->page.cend(); ++it)
        m_impl->kept[it.key()] = it.value();
    m_impl->rebuild = m_impl->rebuild || m_impl->pageRebuild;
    dropPage();
}

void SearchIndex::Batch::dropPage()
{
    m_impl->page.clear();
    m_impl->pageRebuild = false;
}

core::Result<void> SearchIndex::Batch::flush(sql::Statements &statements)
{
    dropPage();
    const QHash<qint64, Impl::Change> kept = std::exchange(m_impl->kept, {});
    if (std::exchange(m_impl->rebuild, false))
        return rebuild(statements); // from the tables, which hold the batch's pages too
    // Ascending page ids: the index is written in rowid order.
    QList<qint64> ids = kept.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids))
        if (const Impl::Change &change = kept[id]; change.removed)
            SALKKU_TRY(deleteRow(statements, id, *change.removed));
    for (const qint64 id : std::as_const(ids))
        if (const Impl::Change &change = kept[id]; change.added)
            SALKKU_TRY(insertPage(statements, id, *change.added));
    return {};
}

core::Result<void> SearchIndex::beforeNotesChange(sql::Statements &statements, const QString &identity)
{
    if (statements.onServer())
        return {}; // the server's notes are units of their own (reindexNotes)
    auto pages = statements.rows(
        QStringLiteral("SELECT id FROM pages WHERE identity = ? AND trashed_at IS NULL"), {identity});
    SALKKU_TRY(pages);
    for (const sql::Row &row : pages.value())
        SALKKU_TRY(remove(statements, row[0].toLongLong()));
    return {};
}

core::Result<void> SearchIndex::reindexNotes(sql::Statements &statements, const QString &identity)
{
    auto pages = statements.rows(
        QStringLiteral("SELECT id FROM pages WHERE identity = ? AND trashed_at IS NULL ORDER BY id"),
        {identity});
    SALKKU_TRY(pages);
    QList<qint64> ids;
    for (const sql::Row &row : pages.value())
        ids.append(row[0].toLongLong());
    if (statements.onServer()) {
        for (const qint64 pageId : std::as_const(ids)) {
            SALKKU_TRY(statements.run(
                QStringLiteral("DELETE FROM search_units WHERE page_id = ? AND place = 'note'"), {pageId}));
            auto notes = noteUnits(statements, pageId);
            SALKKU_TRY(notes);
            SALKKU_TRY(server::addUnits(statements, pageId, notes.value()));
        }
        return {};
    }
    auto texts = readTexts(statements, ids);
    SALKKU_TRY(texts);
    for (const qint64 pageId : std::as_const(ids))
        SALKKU_TRY(insertPage(statements, pageId, columnsOf(unitsOfStored(texts.value()[pageId]))));
    return {};
}

core::Result<void> SearchIndex::optimize(sql::Statements &statements)
{
    if (statements.onServer()) // GIN indexes tidy themselves (autovacuum)
        return {};
    return statements.run(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
}

QStringList SearchIndex::terms(const QString &typed)
{
    QStringList expressions;
    for (const Term &term : termsOf(typed))
        expressions.append(term.expression);
    return expressions;
}

QList<SearchIndex::TypedTerm> SearchIndex::typedTerms(const QString &typed)
{
    QList<TypedTerm> terms;
    for (const Piece &piece : piecesOf(typed))
        terms.append({piece.words, piece.kind == Piece::Kind::Joined});
    return terms;
}

QString SearchIndex::matchExpression(const QString &typed)
{
    return expressionOf(termsOf(typed));
}

SearchIndex::PageFilter SearchIndex::pagesMatching(const QStringList &terms)
{
    if (terms.isEmpty())
        return {QStringLiteral("SELECT NULL WHERE 0"), {}};
    return {QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?"),
            {terms.join(QStringLiteral(" AND "))}};
}

SearchIndex::PageFilter SearchIndex::pagesMatching(Backend backend, const QString &typed)
{
    if (backend == Backend::PostgreSQL)
        return server::pagesMatching(typedTerms(typed));
    return pagesMatching(terms(typed));
}

SearchIndex::PageFilter SearchIndex::pagesMatching(Backend backend, const QString &typed,
                                                   const QList<qint64> &among)
{
    QStringList ids; // numbers, written into the statement: a list of any length in one place
    for (const qint64 id : among)
        ids.append(QString::number(id));
    if (ids.isEmpty())
        return {QStringLiteral("SELECT NULL WHERE 1 = 0"), {}};
    // On a server the planner takes the condition into each term's select (the page ids are indexed there).
    if (backend == Backend::PostgreSQL) {
        PageFilter filter = server::pagesMatching(typedTerms(typed));
        filter.sql = QStringLiteral("SELECT page_id FROM (%1) AS found WHERE page_id IN (%2)")
                         .arg(filter.sql, ids.join(u','));
        return filter;
    }
    const QStringList matched = terms(typed);
    if (matched.isEmpty())
        return pagesMatching(matched);
    // FTS5 takes a rowid constraint beside MATCH: each listed row is looked up in the terms' lists.
    return {QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid IN (%1)")
                .arg(ids.join(u',')),
            {matched.join(QStringLiteral(" AND "))}};
}

SearchIndex::Statement SearchIndex::searchStatement(const QString &typed, int limit)
{
    const QList<Term> terms = termsOf(typed);
    Statement statement;
    if (terms.isEmpty())
        return statement;
    QStringList kinds;
    for (const Term &term : terms)
        kinds.append(term.kinds);
    // FTS5 ranks every matching page (salkku_rank), sorts them itself and stops at the limit; only those
    // pages' matches are read.
    statement.sql = QStringLiteral("SELECT rowid, rank, %1(search_index) FROM search_index"
                                   " WHERE search_index MATCH ? AND rank MATCH ? ORDER BY rank LIMIT ?")
                        .arg(QLatin1StringView(SearchRanking::kMatchesFunction));
    statement.values = {expressionOf(terms), SearchRanking::rankExpression(kinds.join(u'|')), limit};
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
    if (statement.sql.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    auto rows = statements.rows(statement.sql, statement.values);
    SALKKU_TRY(rows);
    QString phraseKinds;
    for (const Term &term : termsOf(query))
        phraseKinds += term.kinds;
    QList<SearchHit> hits;
    // The best pages first; their text is read a few pages at a time, until there are hits enough.
    for (qsizetype at = 0; at < rows.value().size() && hits.size() < limit; at += kPagesPerRead) {
        const qsizetype end = std::min(at + kPagesPerRead, rows.value().size());
        QList<qint64> ids;
        for (qsizetype i = at; i < end; ++i)
            ids.append(rows.value()[i][0].toLongLong());
        auto texts = readTexts(statements, ids);
        SALKKU_TRY(texts);
        for (qsizetype i = at; i < end && hits.size() < limit; ++i) {
            const sql::Row &row = rows.value()[i];
            const qint64 id = row[0].toLongLong();
            const QList<SearchHit> pageHits =
                hitsOf(id, row[1].toDouble(), row[2].toByteArray(), phraseKinds, texts.value()[id]);
            hits.append(pageHits.mid(0, limit - hits.size()));
        }
    }
    return hits;
}

} // namespace salkku::storage
