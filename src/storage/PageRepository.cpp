#include "PageRepository.h"

#include "SqlSupport.h"
#include "core/FinnishText.h"

#include <QCoreApplication>

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
constexpr const char *kChildTables[] = {"sub_areas",   "page_people",    "page_organizations", "links",
                                        "page_topics", "page_phenomena", "sections",           "warnings"};

} // namespace

PageRepository::PageRepository(sql::Statements &statements) : m_statements(statements) {}

QString PageRepository::identityOf(const core::PageRecord &record)
{
    return core::pageKindKey(record.kind) + u'\n' + core::FinnishText::matchKey(record.name) + u'\n' +
           core::FinnishText::matchKey(record.region);
}

core::Result<std::optional<PageRepository::Existing>> PageRepository::find(const QString &identity)
{
    auto rows = m_statements.rows(
        QStringLiteral("SELECT p.id, p.source_id, s.sha256, p.modified, s.importer_version FROM pages AS p"
                       " JOIN sources AS s ON s.id = p.source_id WHERE p.identity = ?"),
        {identity});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<Existing>();
    const sql::Row &row = rows.value().front();
    return std::optional<Existing>(Existing{row[0].toLongLong(), row[1].toLongLong(), row[2].toString(),
                                            row[4].toString(), optionalDate(row[3])});
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
            notNull(r.name),
            collator().sortKey(r.name),
            text(r.region),
            notNull(r.file),
            text(r.summary),
            text(r.purpose),
            text(r.timeline.text),
            year(r.timeline.startYear),
            year(r.timeline.endYear),
            text(r.funder),
            text(r.contact.name),
            text(r.contact.organization),
            text(r.contact.email),
            date(r.created),
            date(r.modified),
            sourceId};
}

core::Result<qint64> PageRepository::insert(const core::PageRecord &record, const QString &identity,
                                            qint64 sourceId)
{
    QVariantList values = pageColumns(record, sourceId);
    values.prepend(identity);
    auto id = m_statements.insert(
        QStringLiteral(
            "INSERT INTO pages (identity, kind, name, sort_key, region_id, file_name, summary, purpose,"
            " timeline_text, start_year, end_year, funder, contact_name, contact_organization,"
            " contact_email, created, modified, source_id)"
            " VALUES (?, ?, ?, ?, (SELECT id FROM regions WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?)"),
        values);
    if (!id)
        return id.error();
    if (auto error = writeChildren(id.value(), record))
        return *error;
    return id;
}

std::optional<core::Error> PageRepository::replace(qint64 id, const core::PageRecord &record, qint64 sourceId)
{
    if (auto error = deleteChildren(id))
        return error;
    QVariantList values = pageColumns(record, sourceId);
    values.append(id);
    if (auto error = m_statements.run(
            QStringLiteral("UPDATE pages SET kind = ?, name = ?, sort_key = ?,"
                           " region_id = (SELECT id FROM regions WHERE name = ?), file_name = ?, summary = ?,"
                           " purpose = ?, timeline_text = ?, start_year = ?, end_year = ?, funder = ?,"
                           " contact_name = ?, contact_organization = ?, contact_email = ?, created = ?,"
                           " modified = ?, source_id = ? WHERE id = ?"),
            values))
        return error;
    return writeChildren(id, record);
}

std::optional<core::Error> PageRepository::deleteChildren(qint64 id)
{
    for (const char *table : kChildTables)
        if (auto error = m_statements.run(
                QStringLiteral("DELETE FROM %1 WHERE page_id = ?").arg(QLatin1String(table)), {id}))
            return error;
    return std::nullopt;
}

core::Result<qint64> PageRepository::nameId(const char *table, const QString &name)
{
    // One statement that both adds a new name and finds an old one.
    auto id =
        m_statements.scalar(QStringLiteral("INSERT INTO %1 (name) VALUES (?) ON CONFLICT (name) DO UPDATE"
                                           " SET name = excluded.name RETURNING id")
                                .arg(QLatin1String(table)),
                            {name});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

std::optional<core::Error> PageRepository::writeChildren(qint64 id, const core::PageRecord &r)
{
    for (const core::SubArea &subArea : r.subAreas) {
        auto subAreaId = m_statements.insert(
            QStringLiteral("INSERT INTO sub_areas (page_id, number, title, goal, results, benefits, impacts)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, subArea.number, text(subArea.title), text(subArea.goal), text(subArea.results),
             text(subArea.benefits), text(subArea.impacts)});
        if (!subAreaId)
            return subAreaId.error();
        for (qsizetype i = 0; i < subArea.outputs.size(); ++i)
            if (auto error = m_statements.run(
                    QStringLiteral("INSERT INTO outputs (sub_area_id, position, text) VALUES (?, ?, ?)"),
                    {subAreaId.value(), i, notNull(subArea.outputs[i])}))
                return error;
    }
    for (qsizetype i = 0; i < r.actors.size(); ++i) {
        auto person = nameId("people", r.actors[i].name);
        if (!person)
            return person.error();
        if (auto error = m_statements.run(
                QStringLiteral(
                    "INSERT INTO page_people (page_id, position, person_id, role) VALUES (?, ?, ?, ?)"),
                {id, i, person.value(), text(r.actors[i].role)}))
            return error;
    }
    for (qsizetype i = 0; i < r.organizations.size(); ++i) {
        auto organization = nameId("organizations", r.organizations[i].name);
        if (!organization)
            return organization.error();
        if (auto error = m_statements.run(
                QStringLiteral("INSERT INTO page_organizations (page_id, position,"
                               " organization_id, role) VALUES (?, ?, ?, ?)"),
                {id, i, organization.value(), core::organizationRoleKey(r.organizations[i].role)}))
            return error;
    }
    for (qsizetype i = 0; i < r.links.size(); ++i)
        if (auto error = m_statements.run(
                QStringLiteral("INSERT INTO links (page_id, position, label, url) VALUES (?, ?, ?, ?)"),
                {id, i, text(r.links[i].label), text(r.links[i].url)}))
            return error;
    for (qsizetype i = 0; i < r.topics.size(); ++i) {
        auto topic = nameId("topics", r.topics[i]);
        if (!topic)
            return topic.error();
        if (auto error = m_statements.run(
                QStringLiteral("INSERT INTO page_topics (page_id, position, topic_id) VALUES (?, ?, ?)"),
                {id, i, topic.value()}))
            return error;
    }
    for (qsizetype i = 0; i < r.phenomena.size(); ++i) {
        auto phenomenon = nameId("phenomena", r.phenomena[i]);
        if (!phenomenon)
            return phenomenon.error();
        if (auto error = m_statements.run(
                QStringLiteral(
                    "INSERT INTO page_phenomena (page_id, position, phenomenon_id) VALUES (?, ?, ?)"),
                {id, i, phenomenon.value()}))
            return error;
    }
    for (qsizetype i = 0; i < r.sections.size(); ++i)
        if (auto error = m_statements.run(
                QStringLiteral(
                    "INSERT INTO sections (page_id, position, heading, text, line) VALUES (?, ?, ?, ?, ?)"),
                {id, i, text(r.sections[i].heading), notNull(r.sections[i].text), r.sections[i].line}))
            return error;
    for (qsizetype i = 0; i < r.warnings.size(); ++i)
        if (auto error = m_statements.run(
                QStringLiteral("INSERT INTO warnings (page_id, position, line, message) VALUES (?, ?, ?, ?)"),
                {id, i, r.warnings[i].line, notNull(r.warnings[i].message)}))
            return error;
    return std::nullopt;
}

std::optional<core::Error> PageRepository::removeSourceIfUnused(qint64 sourceId)
{
    return m_statements.run(
        QStringLiteral(
            "DELETE FROM sources WHERE id = ? AND NOT EXISTS (SELECT 1 FROM pages WHERE source_id = ?)"),
        {sourceId, sourceId});
}

std::optional<core::Error> PageRepository::removeOrphans()
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
        if (auto error = m_statements.run(statement))
            return error;
    return std::nullopt;
}

core::Result<StoredPage> PageRepository::load(qint64 id)
{
    auto pages = m_statements.rows(
        QStringLiteral(
            "SELECT p.kind, p.name, r.name, p.file_name, p.summary, p.purpose, p.timeline_text,"
            " p.start_year, p.end_year, p.funder, p.contact_name, p.contact_organization, p.contact_email,"
            " p.created, p.modified, s.path, s.sha256, s.size, s.imported_at, s.importer_version,"
            " s.encoding"
            " FROM pages AS p JOIN sources AS s ON s.id = p.source_id"
            " LEFT JOIN regions AS r ON r.id = p.region_id WHERE p.id = ?"),
        {id});
    if (!pages)
        return pages.error();
    if (pages.value().isEmpty())
        return core::Error{m_statements.path(), 0,
                           QCoreApplication::translate("salkku::storage", "no page with id %1").arg(id)};
    const sql::Row &p = pages.value().front();
    StoredPage stored;
    stored.id = id;
    core::PageRecord &r = stored.record;
    r.kind = core::pageKindFromKey(p[0].toString()).value_or(core::PageKind::Project);
    r.name = p[1].toString();
    r.region = p[2].toString();
    r.file = p[3].toString();
    r.summary = p[4].toString();
    r.purpose = p[5].toString();
    r.timeline = core::Timeline{p[6].toString(), optionalInt(p[7]), optionalInt(p[8])};
    r.funder = p[9].toString();
    r.contact = core::Contact{p[10].toString(), p[11].toString(), p[12].toString()};
    r.created = optionalDate(p[13]);
    r.modified = optionalDate(p[14]);
    stored.source = SourceInfo{p[15].toString(), p[16].toString(), p[17].toLongLong(),
                               QDateTime::fromString(p[18].toString(), Qt::ISODateWithMs), p[19].toString()};
    r.encoding = p[20].toString();

    auto subAreas =
        m_statements.rows(QStringLiteral("SELECT id, number, title, goal, results, benefits, impacts"
                                         " FROM sub_areas WHERE page_id = ? ORDER BY number"),
                          {id});
    if (!subAreas)
        return subAreas.error();
    for (const sql::Row &row : subAreas.value()) {
        core::SubArea subArea{row[1].toInt(),    row[2].toString(), row[3].toString(), {},
                              row[4].toString(), row[5].toString(), row[6].toString()};
        auto outputs = m_statements.rows(
            QStringLiteral("SELECT text FROM outputs WHERE sub_area_id = ? ORDER BY position"), {row[0]});
        if (!outputs)
            return outputs.error();
        for (const sql::Row &output : outputs.value())
            subArea.outputs.append(output[0].toString());
        r.subAreas.append(subArea);
    }
    auto people =
        m_statements.rows(QStringLiteral("SELECT n.name, pp.role FROM page_people AS pp JOIN people AS n"
                                         " ON n.id = pp.person_id WHERE pp.page_id = ? ORDER BY pp.position"),
                          {id});
    if (!people)
        return people.error();
    for (const sql::Row &row : people.value())
        r.actors.append(core::Person{row[0].toString(), row[1].toString()});
    auto organizations = m_statements.rows(
        QStringLiteral("SELECT o.name, po.role FROM page_organizations AS po JOIN organizations AS o"
                       " ON o.id = po.organization_id WHERE po.page_id = ? ORDER BY po.position"),
        {id});
    if (!organizations)
        return organizations.error();
    for (const sql::Row &row : organizations.value())
        r.organizations.append(core::Organization{
            row[0].toString(),
            core::organizationRoleFromKey(row[1].toString()).value_or(core::OrganizationRole::Partner)});
    auto links = m_statements.rows(
        QStringLiteral("SELECT label, url FROM links WHERE page_id = ? ORDER BY position"), {id});
    if (!links)
        return links.error();
    for (const sql::Row &row : links.value())
        r.links.append(core::Link{row[0].toString(), row[1].toString()});
    auto topics =
        m_statements.rows(QStringLiteral("SELECT t.name FROM page_topics AS pt JOIN topics AS t ON t.id ="
                                         " pt.topic_id WHERE pt.page_id = ? ORDER BY pt.position"),
                          {id});
    if (!topics)
        return topics.error();
    for (const sql::Row &row : topics.value())
        r.topics.append(row[0].toString());
    auto phenomena = m_statements.rows(
        QStringLiteral(
            "SELECT f.name FROM page_phenomena AS pf JOIN phenomena AS f ON f.id = pf.phenomenon_id"
            " WHERE pf.page_id = ? ORDER BY pf.position"),
        {id});
    if (!phenomena)
        return phenomena.error();
    for (const sql::Row &row : phenomena.value())
        r.phenomena.append(row[0].toString());
    auto sections = m_statements.rows(
        QStringLiteral("SELECT heading, text, line FROM sections WHERE page_id = ? ORDER BY position"), {id});
    if (!sections)
        return sections.error();
    for (const sql::Row &row : sections.value())
        r.sections.append(core::Section{row[0].toString(), row[1].toString(), row[2].toInt()});
    auto warnings = m_statements.rows(
        QStringLiteral("SELECT line, message FROM warnings WHERE page_id = ? ORDER BY position"), {id});
    if (!warnings)
        return warnings.error();
    for (const sql::Row &row : warnings.value())
        r.warnings.append(core::Warning{row[0].toInt(), row[1].toString()});
    return stored;
}

} // namespace salkku::storage
