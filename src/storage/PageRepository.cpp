#include "PageRepository.h"

#include "SqlSupport.h"
#include "core/FinnishText.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <array>

namespace salkku::storage {

namespace {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant year(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant date(const std::optional<QDate> &value)
{
    return value ? QVariant(value->toString(Qt::ISODate)) : QVariant();
}

// For NOT NULL text columns: Qt binds a null QString as SQL NULL.
QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<QDate> optionalDate(const QVariant &value)
{
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? std::optional<QDate>(parsed) : std::nullopt;
}

const core::FinnishCollator &collator()
{
    thread_local const core::FinnishCollator instance;
    return instance;
}

// Child tables of a page, deleted before a page is rewritten (outputs go with their sub-areas).
constexpr std::array kChildTables{"sub_areas",    "page_people",    "page_organizations", "links",
                                  "page_topics",  "page_phenomena", "sections",           "warnings",
                                  "page_funders", "page_places",    "page_practices"};

// The columns of pages a record fills, in the order pageColumns() gives their values.
constexpr std::array kPageColumns{
    "kind",          "part",    "name",        "name_key",      "sort_key",     "region_id",
    "file_name",     "summary", "purpose",     "timeline_text", "start_year",   "end_year",
    "funder",        "author",  "parent_name", "parent_key",    "contact_name", "contact_organization",
    "contact_email", "created", "modified",    "truncated",     "source_id"};

// The value placeholders of kPageColumns: the region is looked up by its name.
QString placeholder(const char *column)
{
    return qstrcmp(column, "region_id") == 0 ? QStringLiteral("(SELECT id FROM regions WHERE name = ?)")
                                             : QStringLiteral("?");
}

// The page's main row, read by name: SELECT <kLoadColumns> FROM pages p JOIN sources s LEFT JOIN regions r.
enum LoadColumn
{
    Kind,
    Part,
    Name,
    Region,
    File,
    Summary,
    Purpose,
    TimelineText,
    StartYear,
    EndYear,
    Funder,
    Author,
    Parent,
    ContactName,
    ContactOrganization,
    ContactEmail,
    Created,
    Modified,
    Truncated,
    SourcePath,
    SourceSha,
    SourceSize,
    SourceImportedAt,
    SourceVersion,
    SourceEncoding,
};
constexpr const char *kLoadColumns =
    "p.kind, p.part, p.name, r.name, p.file_name, p.summary, p.purpose, p.timeline_text, p.start_year,"
    " p.end_year, p.funder, p.author, p.parent_name, p.contact_name, p.contact_organization, p.contact_email,"
    " p.created, p.modified, p.truncated, s.path, s.sha256, s.size, s.imported_at, s.importer_version,"
    " s.encoding";

void readMainRow(const sql::Row &p, StoredPage &stored)
{
    core::PageRecord &r = stored.record;
    r.kind = core::pageKindFromKey(p[Kind].toString()).value_or(core::PageKind::Project);
    r.part = core::pagePartFromKey(p[Part].toString()).value_or(core::PagePart::Main);
    r.name = p[Name].toString();
    r.region = p[Region].toString();
    r.file = p[File].toString();
    r.summary = p[Summary].toString();
    r.purpose = p[Purpose].toString();
    r.timeline =
        core::Timeline{p[TimelineText].toString(), optionalInt(p[StartYear]), optionalInt(p[EndYear])};
    r.funder = p[Funder].toString();
    r.author = p[Author].toString();
    r.parent = p[Parent].toString();
    r.contact = core::Contact{p[ContactName].toString(), p[ContactOrganization].toString(),
                              p[ContactEmail].toString()};
    r.created = optionalDate(p[Created]);
    r.modified = optionalDate(p[Modified]);
    r.truncated = p[Truncated].toInt() != 0;
    stored.source = SourceInfo{p[SourcePath].toString(), p[SourceSha].toString(), p[SourceSize].toLongLong(),
                               QDateTime::fromString(p[SourceImportedAt].toString(), Qt::ISODateWithMs),
                               p[SourceVersion].toString()};
    r.encoding = p[SourceEncoding].toString();
}

// Runs a query about one page and appends a value made from each row, in order.
template <typename T, typename MakeValue>
core::Result<void> appendRows(sql::Statements &statements, const char *select, qint64 pageId, QList<T> &into,
                              MakeValue makeValue)
{
    auto rows = statements.rows(QLatin1String(select), {pageId});
    SALKKU_TRY(rows);
    for (const sql::Row &row : rows.value())
        into.append(makeValue(row));
    return {};
}

} // namespace

PageRepository::PageRepository(sql::Statements &statements) : m_statements(statements) {}

QString PageRepository::nameKey(const core::PageRecord &record)
{
    // A Kehittämisen polku tab saved without its title has no name: its file's name stands in.
    if (record.name.isEmpty())
        return QStringLiteral("#") + core::FinnishText::matchKey(QFileInfo(record.file).completeBaseName());
    return core::FinnishText::matchKey(record.name);
}

QString PageRepository::identityOf(const core::PageRecord &record)
{
    return core::pageKindKey(record.kind) + u'\n' + core::pagePartKey(record.part) + u'\n' + nameKey(record) +
           u'\n' + core::FinnishText::matchKey(record.region);
}

core::Result<std::optional<PageRepository::Existing>> PageRepository::findOne(const QString &where,
                                                                              const QVariantList &values)
{
    auto rows = m_statements.rows(
        QStringLiteral("SELECT p.id, p.source_id, s.sha256, p.modified, s.importer_version, p.identity,"
                       " p.trashed_at IS NOT NULL FROM pages AS p JOIN sources AS s ON s.id = p.source_id "
                       "LEFT JOIN regions AS r ON r.id = p.region_id"
                       " WHERE %1 LIMIT 2")
            .arg(where),
        values);
    SALKKU_TRY(rows);
    if (rows.value().size() != 1) // none, or not one page
        return std::optional<Existing>();
    const sql::Row &row = rows.value().front();
    return std::optional<Existing>(Existing{row[0].toLongLong(), row[1].toLongLong(), row[2].toString(),
                                            row[4].toString(), optionalDate(row[3]), row[5].toString(),
                                            row[6].toBool()});
}

core::Result<std::optional<PageRepository::Existing>> PageRepository::find(const core::PageRecord &record,
                                                                           const QString &sha256)
{
    // 1. The same page as this one reads it.
    auto byIdentity = findOne(QStringLiteral("p.identity = ?"), {identityOf(record)});
    if (!byIdentity || byIdentity.value())
        return byIdentity;
    // 2. The same bytes, stored before: an older Salkku read another name, region or kind from them.
    auto bySource = findOne(QStringLiteral("s.sha256 = ?"), {sha256});
    if (!bySource || bySource.value())
        return bySource;
    // 3. The same page, whose region an older Salkku did not recognise (or this export no longer names).
    return findOne(QStringLiteral("p.kind = ? AND p.part = ? AND p.name_key = ? AND (p.region_id IS NULL OR"
                                  " r.name = ? OR ? = '')"),
                   {core::pageKindKey(record.kind), core::pagePartKey(record.part), nameKey(record),
                    notNull(record.region), notNull(record.region)});
}

core::Result<qint64> PageRepository::insertSource(const SourceInfo &source, const QString &encoding)
{
    return m_statements.insert(
        QStringLiteral("INSERT INTO sources (path, sha256, size, imported_at, importer_version,"
                       " encoding) VALUES (?, ?, ?, ?, ?, ?)"),
        {source.path, source.sha256, source.size, source.importedAt.toString(Qt::ISODateWithMs),
         source.importerVersion, encoding});
}

QVariantList PageRepository::pageColumns(const core::PageRecord &r, qint64 sourceId)
{
    return {core::pageKindKey(r.kind),
            core::pagePartKey(r.part),
            notNull(r.name),
            nameKey(r),
            collator().sortKey(core::displayName(r)),
            text(r.region),
            notNull(r.file),
            text(r.summary),
            text(r.purpose),
            text(r.timeline.text),
            year(r.timeline.startYear),
            year(r.timeline.endYear),
            text(r.funder),
            text(r.author),
            text(r.parent),
            r.parent.isEmpty() ? QVariant() : QVariant(core::FinnishText::matchKey(r.parent)),
            text(r.contact.name),
            text(r.contact.organization),
            text(r.contact.email),
            date(r.created),
            date(r.modified),
            r.truncated ? 1 : 0,
            sourceId};
}

core::Result<qint64> PageRepository::insert(const core::PageRecord &record, qint64 sourceId)
{
    QStringList columns{QStringLiteral("identity")};
    QStringList placeholders{QStringLiteral("?")};
    for (const char *column : kPageColumns) {
        columns.append(QLatin1String(column));
        placeholders.append(placeholder(column));
    }
    QVariantList values = pageColumns(record, sourceId);
    values.prepend(identityOf(record));
    auto id = m_statements.insert(
        QStringLiteral("INSERT INTO pages (%1) VALUES (%2)")
            .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
        values);
    SALKKU_TRY(id);
    SALKKU_TRY(writeChildren(id.value(), record));
    return id;
}

core::Result<void> PageRepository::replace(qint64 id, const core::PageRecord &record, qint64 sourceId)
{
    SALKKU_TRY(deleteChildren(id));
    QStringList assignments{QStringLiteral("identity = ?")};
    for (const char *column : kPageColumns)
        assignments.append(QLatin1String(column) + QStringLiteral(" = ") + placeholder(column));
    QVariantList values = pageColumns(record, sourceId);
    values.prepend(identityOf(record));
    values.append(id);
    SALKKU_TRY(m_statements.run(
        QStringLiteral("UPDATE pages SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
        values));
    return writeChildren(id, record);
}

core::Result<void> PageRepository::deleteChildren(qint64 id)
{
    for (const char *table : kChildTables)
        SALKKU_TRY(m_statements.run(
            QStringLiteral("DELETE FROM %1 WHERE page_id = ?").arg(QLatin1String(table)), {id}));
    return {};
}

core::Result<qint64> PageRepository::nameId(const char *table, const QString &name)
{
    // Most names recur (10 000 generated pages: 2 016 people for 29 516 mentions), and a name found is only
    // read; the upsert, which writes its row again, is for a new name or one another client added meanwhile.
    // On a server the row found is kept from another client's removal of unused names until this page is
    // stored (FOR KEY SHARE); SQLite has one writer at a time.
    auto found =
        m_statements.scalar(QStringLiteral("SELECT id FROM %1 WHERE name = ?%2")
                                .arg(QLatin1String(table),
                                     m_statements.onServer() ? QStringLiteral(" FOR KEY SHARE") : QString()),
                            {name});
    SALKKU_TRY(found);
    if (!found.value().isNull())
        return found.value().toLongLong();
    auto id =
        m_statements.scalar(QStringLiteral("INSERT INTO %1 (name) VALUES (?) ON CONFLICT (name) DO UPDATE"
                                           " SET name = excluded.name RETURNING id")
                                .arg(QLatin1String(table)),
                            {name});
    SALKKU_TRY(id);
    return id.value().toLongLong();
}

core::Result<void> PageRepository::writeChildren(qint64 id, const core::PageRecord &r)
{
    SALKKU_TRY(writeSubAreas(id, r.subAreas));
    sql::InsertBatch people(m_statements, QStringLiteral("page_people (page_id, position, person_id, role)"),
                            QStringLiteral("(?, ?, ?, ?)"));
    for (qsizetype i = 0; i < r.actors.size(); ++i) {
        auto person = nameId("people", r.actors[i].name);
        SALKKU_TRY(person);
        people.add({id, i, person.value(), text(r.actors[i].role)});
    }
    SALKKU_TRY(people.flush());
    sql::InsertBatch organizations(
        m_statements, QStringLiteral("page_organizations (page_id, position, organization_id, role)"),
        QStringLiteral("(?, ?, ?, ?)"));
    for (qsizetype i = 0; i < r.organizations.size(); ++i) {
        auto organization = nameId("organizations", r.organizations[i].name);
        SALKKU_TRY(organization);
        organizations.add({id, i, organization.value(), core::organizationRoleKey(r.organizations[i].role)});
    }
    SALKKU_TRY(organizations.flush());
    sql::InsertBatch links(m_statements, QStringLiteral("links (page_id, position, label, url)"),
                           QStringLiteral("(?, ?, ?, ?)"));
    for (qsizetype i = 0; i < r.links.size(); ++i)
        links.add({id, i, text(r.links[i].label), text(r.links[i].url)});
    SALKKU_TRY(links.flush());
    SALKKU_TRY(writeNamed(id, "topics", "page_topics", "topic_id", r.topics));
    SALKKU_TRY(writeNamed(id, "phenomena", "page_phenomena", "phenomenon_id", r.phenomena));
    SALKKU_TRY(writeStrings(id, "page_funders", r.funders));
    SALKKU_TRY(writeStrings(id, "page_places", r.places));
    sql::InsertBatch practices(m_statements,
                               QStringLiteral("page_practices (page_id, position, name, name_key)"),
                               QStringLiteral("(?, ?, ?, ?)"));
    for (qsizetype i = 0; i < r.practices.size(); ++i)
        practices.add({id, i, r.practices[i], core::FinnishText::matchKey(r.practices[i])});
    SALKKU_TRY(practices.flush());
    sql::InsertBatch sections(m_statements,
                              QStringLiteral("sections (page_id, position, heading, text, line)"),
                              QStringLiteral("(?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < r.sections.size(); ++i)
        sections.add({id, i, text(r.sections[i].heading), notNull(r.sections[i].text), r.sections[i].line});
    SALKKU_TRY(sections.flush());
    sql::InsertBatch warnings(m_statements, QStringLiteral("warnings (page_id, position, line, message)"),
                              QStringLiteral("(?, ?, ?, ?)"));
    for (qsizetype i = 0; i < r.warnings.size(); ++i)
        warnings.add({id, i, r.warnings[i].line, notNull(r.warnings[i].message)});
    return warnings.flush();
}

core::Result<void> PageRepository::writeSubAreas(qint64 id, const QList<core::SubArea> &subAreas)
{
    sql::InsertBatch outputs(m_statements, QStringLiteral("outputs (sub_area_id, position, text)"),
                             QStringLiteral("(?, ?, ?)"));
    for (const core::SubArea &subArea : subAreas) {
        auto subAreaId = m_statements.insert(
            QStringLiteral("INSERT INTO sub_areas (page_id, number, title, goal, results, benefits, impacts)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, subArea.number, text(subArea.title), text(subArea.goal), text(subArea.results),
             text(subArea.benefits), text(subArea.impacts)});
        SALKKU_TRY(subAreaId);
        for (qsizetype i = 0; i < subArea.outputs.size(); ++i)
            outputs.add({subAreaId.value(), i, notNull(subArea.outputs[i])});
    }
    return outputs.flush();
}

core::Result<void> PageRepository::writeNamed(qint64 id, const char *names, const char *links,
                                              const char *column, const QStringList &values)
{
    sql::InsertBatch rows(
        m_statements,
        QStringLiteral("%1 (page_id, position, %2)").arg(QLatin1String(links), QLatin1String(column)),
        QStringLiteral("(?, ?, ?)"));
    for (qsizetype i = 0; i < values.size(); ++i) {
        auto nameRow = nameId(names, values[i]);
        SALKKU_TRY(nameRow);
        rows.add({id, i, nameRow.value()});
    }
    return rows.flush();
}

core::Result<void> PageRepository::writeStrings(qint64 id, const char *table, const QStringList &values)
{
    sql::InsertBatch rows(m_statements,
                          QStringLiteral("%1 (page_id, position, name)").arg(QLatin1String(table)),
                          QStringLiteral("(?, ?, ?)"));
    for (qsizetype i = 0; i < values.size(); ++i)
        rows.add({id, i, values[i]});
    return rows.flush();
}

core::Result<void> PageRepository::removeSourceIfUnused(qint64 sourceId)
{
    return m_statements.run(
        QStringLiteral(
            "DELETE FROM sources WHERE id = ? AND NOT EXISTS (SELECT 1 FROM pages WHERE source_id = ?)"),
        {sourceId, sourceId});
}

core::Result<void> PageRepository::removeOrphans()
{
    const QStringList statements{
        QStringLiteral("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM page_people)"),
        QStringLiteral(
            "DELETE FROM organizations WHERE id NOT IN (SELECT organization_id FROM page_organizations)"),
        QStringLiteral("DELETE FROM topics WHERE id NOT IN (SELECT topic_id FROM page_topics)"),
        QStringLiteral("DELETE FROM phenomena WHERE id NOT IN (SELECT phenomenon_id FROM page_phenomena)"),
        QStringLiteral("DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM pages)"),
    };
    for (const QString &statement : statements)
        SALKKU_TRY(m_statements.run(statement));
    return {};
}

core::Result<StoredPage> PageRepository::load(qint64 id)
{
    auto pages =
        m_statements.rows(QStringLiteral("SELECT %1 FROM pages AS p JOIN sources AS s ON s.id = p.source_id"
                                         " LEFT JOIN regions AS r ON r.id = p.region_id WHERE p.id = ?")
                              .arg(QLatin1String(kLoadColumns)),
                          {id});
    SALKKU_TRY(pages);
    if (pages.value().isEmpty())
        return core::Error{m_statements.path(), 0,
                           QCoreApplication::translate("salkku::storage", "no page with id %1").arg(id)};
    StoredPage stored;
    stored.id = id;
    readMainRow(pages.value().front(), stored);
    SALKKU_TRY(loadChildren(id, stored.record));
    return stored;
}

core::Result<void> PageRepository::loadChildren(qint64 id, core::PageRecord &r)
{
    auto subAreas = loadSubAreas(id);
    SALKKU_TRY(subAreas);
    r.subAreas = std::move(subAreas).value();
    SALKKU_TRY(appendRows(m_statements,
                          "SELECT n.name, pp.role FROM page_people AS pp JOIN people AS n"
                          " ON n.id = pp.person_id WHERE pp.page_id = ? ORDER BY pp.position",
                          id, r.actors, [](const sql::Row &row) {
                              return core::Person{row[0].toString(), row[1].toString()};
                          }));
    SALKKU_TRY(appendRows(
        m_statements,
        "SELECT o.name, po.role FROM page_organizations AS po JOIN organizations AS o"
        " ON o.id = po.organization_id WHERE po.page_id = ? ORDER BY po.position",
        id, r.organizations, [](const sql::Row &row) {
            return core::Organization{
                row[0].toString(),
                core::organizationRoleFromKey(row[1].toString()).value_or(core::OrganizationRole::Partner)};
        }));
    SALKKU_TRY(appendRows(m_statements, "SELECT label, url FROM links WHERE page_id = ? ORDER BY position",
                          id, r.links, [](const sql::Row &row) {
                              return core::Link{row[0].toString(), row[1].toString()};
                          }));
    SALKKU_TRY(loadStrings(id, r));
    SALKKU_TRY(appendRows(m_statements,
                          "SELECT heading, text, line FROM sections WHERE page_id = ? ORDER BY position", id,
                          r.sections, [](const sql::Row &row) {
                              return core::Section{row[0].toString(), row[1].toString(), row[2].toInt()};
                          }));
    SALKKU_TRY(appendRows(m_statements,
                          "SELECT line, message FROM warnings WHERE page_id = ? ORDER BY position", id,
                          r.warnings, [](const sql::Row &row) {
                              return core::Warning{row[0].toInt(), row[1].toString()};
                          }));
    return {};
}

core::Result<QList<core::SubArea>> PageRepository::loadSubAreas(qint64 id)
{
    auto subAreas =
        m_statements.rows(QStringLiteral("SELECT id, number, title, goal, results, benefits, impacts"
                                         " FROM sub_areas WHERE page_id = ? ORDER BY number"),
                          {id});
    SALKKU_TRY(subAreas);
    QList<core::SubArea> result;
    for (const sql::Row &row : subAreas.value()) {
        core::SubArea subArea{row[1].toInt(),    row[2].toString(), row[3].toString(), {},
                              row[4].toString(), row[5].toString(), row[6].toString()};
        auto outputs = m_statements.rows(
            QStringLiteral("SELECT text FROM outputs WHERE sub_area_id = ? ORDER BY position"), {row[0]});
        SALKKU_TRY(outputs);
        for (const sql::Row &output : outputs.value())
            subArea.outputs.append(output[0].toString());
        result.append(subArea);
    }
    return result;
}

// The page's lists of names, each one column of a table in position order.
core::Result<void> PageRepository::loadStrings(qint64 id, core::PageRecord &r)
{
    const struct
    {
        const char *sql;
        QStringList *into;
    } lists[] = {
        {"SELECT t.name FROM page_topics AS x JOIN topics AS t ON t.id = x.topic_id WHERE x.page_id = ?"
         " ORDER BY x.position",
         &r.topics},
        {"SELECT f.name FROM page_phenomena AS x JOIN phenomena AS f ON f.id = x.phenomenon_id"
         " WHERE x.page_id = ? ORDER BY x.position",
         &r.phenomena},
        {"SELECT name FROM page_funders WHERE page_id = ? ORDER BY position", &r.funders},
        {"SELECT name FROM page_places WHERE page_id = ? ORDER BY position", &r.places},
        {"SELECT name FROM page_practices WHERE page_id = ? ORDER BY position", &r.practices},
    };
    for (const auto &list : lists) {
        auto rows = m_statements.rows(QString::fromUtf8(list.sql), {id});
        SALKKU_TRY(rows);
        for (const sql::Row &row : rows.value())
            list.into->append(row[0].toString());
    }
    return {};
}

} // namespace salkku::storage
