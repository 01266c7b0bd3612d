#include "Migrations.h"

#include "Database.h"
#include "FinnishTokenizer.h"
#include "PageRepository.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "core/FinnishText.h"
#include "import/Gazetteer.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

namespace salkku::storage {

namespace {

// Version 1: the portfolio's tables.
const char *const kVersion1[] = {
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE regions (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        maakunta TEXT NOT NULL,
        sort_key BLOB NOT NULL))",
    R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        importer_version TEXT NOT NULL,
        encoding TEXT NOT NULL))",
    // Projects, practices and articles are pages; an article is linked to its region like any page.
    // identity: kind, folded name and region: a newer export of the same project has the same identity.
    R"(CREATE TABLE pages (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('project', 'practice', 'article')),
        identity TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        sort_key BLOB NOT NULL,
        region_id INTEGER REFERENCES regions(id),
        file_name TEXT NOT NULL,
        summary TEXT,
        purpose TEXT,
        timeline_text TEXT,
        start_year INTEGER,
        end_year INTEGER,
        funder TEXT,
        contact_name TEXT,
        contact_organization TEXT,
        contact_email TEXT,
        created TEXT,
        modified TEXT,
        source_id INTEGER NOT NULL REFERENCES sources(id)))",
    "CREATE INDEX pages_region ON pages(region_id)",
    // The browser's groups and counts read these indexes, not the table.
    "CREATE INDEX pages_kind_region ON pages(kind, region_id)",
    "CREATE INDEX pages_kind_year ON pages(kind, start_year)",
    "CREATE INDEX pages_kind_funder ON pages(kind, funder)",
    "CREATE INDEX pages_sort ON pages(kind, sort_key)",
    "CREATE INDEX pages_source ON pages(source_id)",
    R"(CREATE TABLE sub_areas (
        id INTEGER PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        title TEXT,
        goal TEXT,
        results TEXT,
        benefits TEXT,
        impacts TEXT,
        UNIQUE (page_id, number)))",
    R"(CREATE TABLE outputs (
        sub_area_id INTEGER NOT NULL REFERENCES sub_areas(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (sub_area_id, position)))",
    R"(CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE page_people (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id INTEGER NOT NULL REFERENCES people(id),
        role TEXT,
        PRIMARY KEY (page_id, position)))",
    "CREATE INDEX page_people_person ON page_people(person_id)",
    R"(CREATE TABLE organizations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE page_organizations (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        organization_id INTEGER NOT NULL REFERENCES organizations(id),
        role TEXT NOT NULL CHECK (role IN ('administrator', 'co-implementer', 'partner')),
        PRIMARY KEY (page_id, position)))",
    "CREATE INDEX page_organizations_organization ON page_organizations(organization_id)",
    R"(CREATE TABLE links (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT,
        url TEXT,
        PRIMARY KEY (page_id, position)))",
    R"(CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE page_topics (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        topic_id INTEGER NOT NULL REFERENCES topics(id),
        PRIMARY KEY (page_id, position)))",
    "CREATE INDEX page_topics_topic ON page_topics(topic_id)",
    R"(CREATE TABLE phenomena (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE page_phenomena (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        phenomenon_id INTEGER NOT NULL REFERENCES phenomena(id),
        PRIMARY KEY (page_id, position)))",
    R"(CREATE TABLE sections (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        heading TEXT,
        text TEXT NOT NULL,
        line INTEGER NOT NULL,
        PRIMARY KEY (page_id, position)))",
    R"(CREATE TABLE warnings (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        line INTEGER NOT NULL,
        message TEXT NOT NULL,
        PRIMARY KEY (page_id, position)))",
};

// The schema is written once, in SQLite's words; on PostgreSQL row ids are identity columns (64 bits, like
// SQLite's), every integer is 64 bits, and sort keys are bytea.
QString forBackend(const sql::Statements &statements, const char *statement)
{
    QString text = QString::fromUtf8(statement);
    if (!statements.onServer())
        return text;
    text.replace(QStringLiteral("id INTEGER PRIMARY KEY"),
                 QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    text.replace(QStringLiteral(" INTEGER"), QStringLiteral(" BIGINT"));
    text.replace(QStringLiteral(" BLOB"), QStringLiteral(" BYTEA"));
    return text;
}

core::Result<void> runAll(sql::Statements &statements, const char *const *begin, const char *const *end)
{
    for (const char *const *statement = begin; statement != end; ++statement) {
        QSqlQuery query(statements.database());
        if (!query.exec(forBackend(statements, *statement)))
            return sql::toError(
                query.lastError(), statements.path(),
                QCoreApplication::translate("salkku::storage", "cannot create the portfolio's tables"));
    }
    return {};
}

// PRAGMA application_id: "SALK", so that a Salkku portfolio is recognisable (file(1) shows it too).
constexpr int kApplicationId = 0x53414C4B;

core::Result<void> version1(sql::Statements &statements)
{
    SALKKU_TRY(runAll(statements, std::begin(kVersion1), std::end(kVersion1)));
    if (!statements.onServer()) // on a server, the schema "salkku" is the mark
        SALKKU_TRY(statements.run(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)));
    const core::FinnishCollator collator;
    for (const importer::Region &region : importer::Gazetteer::builtIn().regions()) {
        SALKKU_TRY(statements.run(
            QStringLiteral(
                "INSERT INTO regions (slug, name, kind, maakunta, sort_key) VALUES (?, ?, ?, ?, ?)"),
            {region.id, region.name, region.kind, region.maakunta, collator.sortKey(region.name)}));
    }
    return statements.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('collation_version', ?)"),
                          {core::FinnishCollator::version()});
}

// Version 2: Finnish full-text search (see SearchIndex). The index is built for the pages already there
// once the schema is current (refreshSearchIndex): no tokenizer has built it yet.
core::Result<void> version2(sql::Statements &statements)
{
    SALKKU_TRY(SearchIndex::createTables(statements));
    return statements.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('search_tokenizer', '')"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
}

// Version 3: the parts of a page (a practice's Kehittämisen polku tab, a project's list of practices) and the
// links between pages by name; several funders, the author, places, cut-off pages; the whole country as a
// region. Identities gain the part.
const char *const kVersion3[] = {
    R"(ALTER TABLE pages ADD COLUMN part TEXT NOT NULL DEFAULT 'main'
        CHECK (part IN ('main', 'development-path', 'practice-list')))",
    "ALTER TABLE pages ADD COLUMN name_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE pages ADD COLUMN author TEXT",
    "ALTER TABLE pages ADD COLUMN parent_name TEXT",
    "ALTER TABLE pages ADD COLUMN parent_key TEXT",
    "ALTER TABLE pages ADD COLUMN truncated INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX pages_name_key ON pages(name_key, kind, part)",
    "CREATE INDEX pages_parent_key ON pages(parent_key)",
    R"(CREATE TABLE page_funders (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (page_id, position)))",
    "CREATE INDEX page_funders_name ON page_funders(name)",
    R"(CREATE TABLE page_places (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (page_id, position)))",
    R"(CREATE TABLE page_practices (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        PRIMARY KEY (page_id, position)))",
    "CREATE INDEX page_practices_key ON page_practices(name_key)",
    "INSERT INTO page_funders (page_id, position, name) SELECT id, 0, funder FROM pages WHERE funder <> ''",
};

// Regions the gazetteer has and the portfolio does not yet (Valtakunnallinen, from version 3 on).
core::Result<void> addNewRegions(sql::Statements &statements)
{
    const core::FinnishCollator collator;
    for (const importer::Region &region : importer::Gazetteer::builtIn().regions())
        SALKKU_TRY(statements.run(
            QStringLiteral("INSERT INTO regions (slug, name, kind, maakunta, sort_key)"
                           " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            {region.id, region.name, region.kind, region.maakunta, collator.sortKey(region.name)}));
    return {};
}

// Name keys and identities are ICU's case folding: computed here, not in SQL.
core::Result<void> rekeyPages(sql::Statements &statements)
{
    auto rows =
        statements.rows(QStringLiteral("SELECT p.id, p.kind, p.part, p.name, r.name, p.file_name"
                                       " FROM pages AS p LEFT JOIN regions AS r ON r.id = p.region_id"));
    SALKKU_TRY(rows);
    for (const sql::Row &row : rows.value()) {
        core::PageRecord record;
        record.kind = core::pageKindFromKey(row[1].toString()).value_or(core::PageKind::Project);
        record.part = core::pagePartFromKey(row[2].toString()).value_or(core::PagePart::Main);
        record.name = row[3].toString();
        record.region = row[4].toString();
        record.file = row[5].toString();
        SALKKU_TRY(statements.run(
            QStringLiteral("UPDATE pages SET name_key = ?, identity = ? WHERE id = ?"),
            {core::FinnishText::matchKey(record.name), PageRepository::identityOf(record), row[0]}));
    }
    return {};
}

core::Result<void> version3(sql::Statements &statements)
{
    SALKKU_TRY(runAll(statements, std::begin(kVersion3), std::end(kVersion3)));
    SALKKU_TRY(addNewRegions(statements));
    return rekeyPages(statements);
}

// Version 4: the coordinator's own layer (see CoordinatorStore): tags, notes, follow-up and collections on
// page identities (not rows), sub-area titles as they were when annotated, and the trash.
const char *const kVersion4[] = {
    "ALTER TABLE pages ADD COLUMN trashed_at TEXT",
    "ALTER TABLE pages ADD COLUMN trashed_with INTEGER",
    "CREATE INDEX pages_trashed ON pages(trashed_with) WHERE trashed_with IS NOT NULL",
    "CREATE INDEX pages_identity_live ON pages(identity) WHERE trashed_at IS NULL",
    R"(CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        match_key TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE item_tags (
        identity TEXT NOT NULL,
        sub_area INTEGER NOT NULL DEFAULT 0,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (identity, sub_area, tag_id)))",
    "CREATE INDEX item_tags_tag ON item_tags(tag_id)",
    R"(CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        identity TEXT NOT NULL,
        sub_area INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        author TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL))",
    "CREATE INDEX notes_identity ON notes(identity, sub_area)",
    R"(CREATE TABLE follow_ups (
        identity TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('none', 'following', 'to-check', 'done')),
        due TEXT))",
    R"(CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        match_key TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL))",
    R"(CREATE TABLE collection_items (
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        identity TEXT NOT NULL,
        sub_area INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL,
        PRIMARY KEY (collection_id, identity, sub_area)))",
    "CREATE INDEX collection_items_identity ON collection_items(identity)",
    R"(CREATE TABLE sub_area_marks (
        identity TEXT NOT NULL,
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        PRIMARY KEY (identity, number)))",
};

core::Result<void> version4(sql::Statements &statements)
{
    return runAll(statements, std::begin(kVersion4), std::end(kVersion4));
}

// Version 5: on a server, one search vector per unit, written and folded words weighted apart (see
// ServerSearch), instead of two vectors and two indexes; the index is built again. A file is unchanged.
core::Result<void> version5(sql::Statements &statements)
{
    if (!statements.onServer())
        return {};
    SALKKU_TRY(statements.run(QStringLiteral("DROP TABLE search_units")));
    SALKKU_TRY(SearchIndex::createTables(statements));
    return statements.run(QStringLiteral("UPDATE meta SET value = '' WHERE key = 'search_tokenizer'"));
}

// The tables of a page's (or a sub-area's) short rows in order, keyed by (page, position): in a file, without
// rowids, their key is the table's own b-tree instead of a second index beside it. Not the sections: a b-tree
// without rowids fills its pages only half as rows are added, which for rows of a kilobyte or two cost more
// than the index it saved (10 000 pages: the sections 38 % larger).
constexpr const char *kKeyedTables[] = {
    "outputs",      "page_people", "page_organizations", "page_topics", "page_phenomena",
    "page_funders", "page_places", "page_practices",     "links",       "warnings"};

// Makes a table again without rowids, from its own definition, with its indexes; its rows are copied in key
// order, so that the new b-tree fills its pages. The search's view names some of these tables, so the new
// one is renamed without SQLite's check of the views (legacy_alter_table), which would fail while the view's
// table is missing; the view reads the new table afterwards. A table that is not as Salkku made it (already
// without rowids, or missing) is left as it is: the layout saves room, nothing depends on it.
core::Result<void> withoutRowids(sql::Statements &statements, const QString &table)
{
    auto definitions = statements.rows(QStringLiteral("SELECT type, sql FROM sqlite_master WHERE tbl_name = ?"
                                                      " AND sql IS NOT NULL ORDER BY type = 'index'"),
                                       {table});
    SALKKU_TRY(definitions);
    if (definitions.value().isEmpty() || definitions.value().front()[0].toString() != u"table")
        return {};
    const QString create = definitions.value().front()[1].toString();
    // "CREATE TABLE sections (…" or, after a rename, "CREATE TABLE "sections" (…".
    const qsizetype open = create.indexOf(u'(');
    QString head = create.left(open);
    head.remove(u'"');
    if (open < 0 || head.simplified() != QStringLiteral("CREATE TABLE %1").arg(table) ||
        create.contains(QStringLiteral("WITHOUT ROWID")))
        return {};
    const QString rebuilt = table + QStringLiteral("_v6");
    QStringList steps{QStringLiteral("CREATE TABLE %1 %2 WITHOUT ROWID").arg(rebuilt, create.mid(open)),
                      // The key is the first two columns of each of these tables.
                      QStringLiteral("INSERT INTO %1 SELECT * FROM %2 ORDER BY 1, 2").arg(rebuilt, table),
                      QStringLiteral("DROP TABLE %1").arg(table),
                      QStringLiteral("PRAGMA legacy_alter_table = ON"),
                      QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(rebuilt, table),
                      QStringLiteral("PRAGMA legacy_alter_table = OFF")};
    for (qsizetype i = 1; i < definitions.value().size(); ++i)
        steps.append(definitions.value()[i][1].toString()); // the table's indexes
    for (const QString &step : std::as_const(steps)) {
        if (auto done = statements.run(step); !done) {
            (void)statements.run(QStringLiteral("PRAGMA legacy_alter_table = OFF"));
            return done;
        }
    }
    return {};
}

// Version 6: an index on the sources' digests (importing a page asks whether its bytes were stored before,
// PageRepository::find: without it that read every source, and an import slowed as the portfolio grew); no
// second index of the pages' identities (the unique one answers every lookup); in a file, the tables keyed
// by page and position without rowids, and the search index's settings of today.
core::Result<void> version6(sql::Statements &statements)
{
    SALKKU_TRY(statements.run(QStringLiteral("CREATE INDEX sources_sha256 ON sources(sha256)")));
    SALKKU_TRY(statements.run(QStringLiteral("DROP INDEX IF EXISTS pages_identity_live")));
    if (statements.onServer())
        return {};
    for (const char *table : kKeyedTables)
        SALKKU_TRY(withoutRowids(statements, QString::fromLatin1(table)));
    return SearchIndex::applySettings(statements);
}

// Clients of one server upgrade its schema (and rebuild its search index) one at a time: the first takes
// this lock, the others wait and then find the work done. (A transaction-scoped advisory lock: released by
// COMMIT or ROLLBACK, also when a client dies.)
constexpr qint64 kSchemaLock = 0x53414C4B;

core::Result<void> lockSchema(sql::Statements &statements)
{
    if (!statements.onServer())
        return {};
    auto locked = statements.rows(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSchemaLock));
    SALKKU_TRY(locked);
    return {};
}

core::Result<bool> searchIndexIsCurrent(sql::Statements &statements)
{
    auto stored = statements.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'search_tokenizer'"));
    SALKKU_TRY(stored);
    return stored.value().toString() == FinnishTokenizer::fingerprint();
}

// An index built by another tokenizer (another Voikko, no dictionary then) is built again.
core::Result<void> refreshSearchIndex(sql::Statements &statements)
{
    auto current = searchIndexIsCurrent(statements);
    SALKKU_TRY(current);
    if (current.value())
        return {};
    sql::WriteTransaction transaction(statements);
    SALKKU_TRY(transaction.begun());
    // On a server, another Salkku may be rebuilding it too: one at a time, and the second finds it done.
    SALKKU_TRY(lockSchema(statements));
    current = searchIndexIsCurrent(statements);
    SALKKU_TRY(current);
    if (current.value())
        return transaction.commit();
    SALKKU_TRY(SearchIndex::rebuild(statements));
    SALKKU_TRY(statements.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('search_tokenizer', ?)"
                                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {FinnishTokenizer::fingerprint()}));
    return transaction.commit();
}

struct Step
{
    core::Result<void> (*run)(sql::Statements &);
    bool changesFiles; // a file is backed up before a step that changes it
};
constexpr Step kSteps[] = {{version1, true}, {version2, true},  {version3, true},
                           {version4, true}, {version5, false}, {version6, true}};
static_assert(std::size(kSteps) == Migrations::kSchemaVersion);

bool changesFiles(int from, int to)
{
    for (int step = from; step < to; ++step)
        if (kSteps[step].changesFiles)
            return true;
    return false;
}

// The schema's version: PRAGMA user_version in a file; on a server, in the meta table (0: no portfolio yet).
int userVersion(sql::Statements &statements)
{
    if (statements.onServer()) {
        auto exists = statements.scalar(QStringLiteral("SELECT to_regclass('salkku.meta') IS NOT NULL"));
        if (!exists)
            return -1;
        if (!exists.value().toBool())
            return 0;
        auto value = statements.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        return value ? value.value().toInt() : -1;
    }
    auto value = statements.scalar(QStringLiteral("PRAGMA user_version"));
    return value ? value.value().toInt() : -1;
}

core::Result<void> setUserVersion(sql::Statements &statements, int version)
{
    if (statements.onServer())
        return statements.run(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {QString::number(version)});
    return statements.run(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

// What a server's roles may do: readers read, editors change the pages and the team's layer.
core::Result<void> grantRoles(sql::Statements &statements)
{
    const QStringList roles{QLatin1String(Migrations::kReaderRole), QLatin1String(Migrations::kEditorRole)};
    for (const QString &role : roles) {
        // Roles belong to the whole server: another portfolio's server-init may have made them already.
        SALKKU_TRY(statements.run(
            QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object OR"
                           " unique_violation THEN NULL; END $$")
                .arg(role)));
        SALKKU_TRY(statements.run(QStringLiteral("GRANT USAGE ON SCHEMA salkku TO %1").arg(role)));
    }
    const QStringList grants{
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA salkku TO %1").arg(roles[0]),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA salkku TO %1")
            .arg(roles[1]),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA salkku TO %1").arg(roles[1]),
        // Editors are readers too, so that a reader's grants are never more than an editor's.
        QStringLiteral("GRANT %1 TO %2").arg(roles[0], roles[1]),
    };
    for (const QString &grant : grants)
        SALKKU_TRY(statements.run(grant));
    return {};
}

// The steps from the stored version up to the given one, in one transaction under the schema lock.
core::Result<void> runSteps(sql::Statements &statements, int version)
{
    sql::WriteTransaction transaction(statements);
    SALKKU_TRY(transaction.begun());
    SALKKU_TRY(lockSchema(statements));
    // Another Salkku may have upgraded it while this one waited for the lock.
    const int current = userVersion(statements);
    for (int step = current; step < version; ++step)
        SALKKU_TRY(kSteps[step].run(statements));
    if (current < version)
        SALKKU_TRY(setUserVersion(statements, version));
    if (statements.onServer())
        SALKKU_TRY(grantRoles(statements));
    return transaction.commit();
}

core::Result<void> backup(sql::Statements &statements, int from)
{
    const QString target = QStringLiteral("%1.v%2.bak").arg(statements.path()).arg(from);
    if (QFile::exists(target))
        return {}; // backed up at this version already (by another Salkku meanwhile)
    if (auto copied = statements.run(QStringLiteral("VACUUM INTO ?"), {target}); !copied)
        return core::Error{statements.path(), 0,
                           QCoreApplication::translate("salkku::storage",
                                                       "cannot back the portfolio up before upgrading it: %1")
                               .arg(copied.error().message)};
    return {};
}

// Sort keys depend on ICU's collation version; after an ICU upgrade they are computed again.
core::Result<void> refreshSortKeys(sql::Statements &statements)
{
    auto stored = statements.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'collation_version'"));
    SALKKU_TRY(stored);
    const QString current = core::FinnishCollator::version();
    if (stored.value().toString() == current)
        return {};
    sql::WriteTransaction transaction(statements);
    SALKKU_TRY(transaction.begun());
    const core::FinnishCollator collator;
    for (const char *table : {"pages", "regions"}) {
        auto rows = statements.rows(QStringLiteral("SELECT id, name FROM %1").arg(QLatin1String(table)));
        SALKKU_TRY(rows);
        for (const sql::Row &row : rows.value())
            SALKKU_TRY(statements.run(
                QStringLiteral("UPDATE %1 SET sort_key = ? WHERE id = ?").arg(QLatin1String(table)),
                {collator.sortKey(row[1].toString()), row[0]}));
    }
    SALKKU_TRY(statements.run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'collation_version'"),
                              {current}));
    return transaction.commit();
}

} // namespace

int Migrations::currentVersion(Database &database)
{
    sql::Statements statements(database.connection(), database.path());
    return userVersion(statements);
}

core::Result<void> Migrations::upgradeTo(Database &database, int version, bool withBackup)
{
    sql::Statements statements(database.connection(), database.path());
    const int from = userVersion(statements);
    if (from < 0)
        return core::Error{
            database.path(), 0,
            QCoreApplication::translate("salkku::storage", "the file is not a Salkku portfolio")};
    if (from > kSchemaVersion) {
        return core::Error{
            database.path(), 0,
            QCoreApplication::translate(
                "salkku::storage",
                "this portfolio was written by a newer Salkku (schema version %1; this Salkku knows "
                "up to %2): update Salkku to open it")
                .arg(from)
                .arg(kSchemaVersion)};
    }
    if (from == 0 && statements.onServer() && !database.initializing()) {
        return core::Error{
            database.path(), 0,
            QCoreApplication::translate("salkku::storage",
                                        "this database holds no Salkku portfolio: its administrator creates "
                                        "one with “salkku server-init ADDRESS”")};
    }
    if (from == 0 && !statements.onServer()) {
        // A new file is empty; any other SQLite file is not ours to change.
        auto tables = statements.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        auto application = statements.scalar(QStringLiteral("PRAGMA application_id"));
        if (!tables || !application)
            return core::Error{
                database.path(), 0,
                QCoreApplication::translate("salkku::storage", "the file is not a Salkku portfolio")};
        if (tables.value().toInt() > 0 && application.value().toInt() != kApplicationId)
            return core::Error{
                database.path(), 0,
                QCoreApplication::translate("salkku::storage",
                                            "this is another program's SQLite database, not a Salkku "
                                            "portfolio; it was left as it was")};
    }
    if (from < version) {
        if (database.readOnly()) {
            return core::Error{
                database.path(), 0,
                QCoreApplication::translate("salkku::storage",
                                            "this portfolio is from an older Salkku and must be "
                                            "upgraded, which cannot be done read-only: open it once "
                                            "with write access")};
        }
        if (withBackup && from > 0 && !statements.onServer() && changesFiles(from, version))
            SALKKU_TRY(backup(statements, from));
        auto upgraded = runSteps(statements, version);
        if (!upgraded && statements.onServer() && !database.initializing() &&
            !upgraded.error().lostConnection) {
            // Usually an editor's connection, which may not change tables.
            return core::Error{
                database.path(), 0,
                QCoreApplication::translate("salkku::storage",
                                            "this shared portfolio is from an older Salkku and could not be "
                                            "upgraded (%1): its administrator upgrades it with “salkku "
                                            "server-init ADDRESS”")
                    .arg(upgraded.error().message)};
        }
        SALKKU_TRY(upgraded);
    }
    if (version >= 1 && !database.readOnly())
        SALKKU_TRY(refreshSortKeys(statements));
    // The index is built by reading pages with today's code: only at today's schema.
    if (version == kSchemaVersion && !database.readOnly())
        return refreshSearchIndex(statements);
    return {};
}

core::Result<void> Migrations::upgrade(Database &database)
{
    return upgradeTo(database, kSchemaVersion, true);
}

} // namespace salkku::storage
