// storage_benchmark [N] [SAMPLES_DIR] [--postgres]
//
// The portfolio store against plain SQLite, on a synthetic portfolio of N pages (PortfolioGenerator; N
// defaults to 10000). Prints numbers, asserts nothing (timings depend on the machine, the disk and the
// build).
//
// a. Import. The pages are generated and parsed in memory first, so neither side measures parsing or the
//    disk the pages would come from. Then every page is stored with PortfolioStore::store() into a fresh
//    portfolio, one transaction per page as in a real import. The baseline writes exactly the same rows and
//    search-index entries (PageRepository and SearchIndex, mirrored statement by statement) through the
//    sqlite3 C API: statements prepared once, bind/step/reset, one BEGIN IMMEDIATE … COMMIT per page, into a
//    fresh portfolio with the same schema, tokenizer and pragmas. Afterwards both files are compared table by
//    table, so the baseline is known to have done the same work.
// b. Search. 100 queries (base forms, inflected forms, parts of compounds, words typed without ä and ö,
//    two words, quoted phrases, some without hits) through PortfolioStore::search(query, 50), and the same
//    FTS5 query (SearchIndex's SQL and SearchIndex::matchExpression()) through sqlite3 on the same file,
//    stepping every row and reading every column. Each query is run once on both sides before measuring.
// c. The portfolio's size after PortfolioStore::optimize().
// d. Memory: peak (VmHWM) and the resident set (VmRSS) after every tenth of the pages stored.
// e. With --postgres: the same pages stored through PortfolioStore into a PostgreSQL portfolio (a throw-away
//    cluster of its own, or the database SALKKU_BENCH_SERVER names, made by salkku server-init and empty),
//    then the same queries on the server and the file, alternating; import time, search median and p95, and
//    size against the file's.
#include "PortfolioGenerator.h"
#include "ThrowAwayServer.h"
#include "core/FinnishText.h"
#include "core/PageRecord.h"
#include "import/InnokylaParser.h"
#include "storage/FinnishTokenizer.h"
#include "storage/Location.h"
#include "storage/PageRepository.h"
#include "storage/PortfolioStore.h"
#include "storage/SearchIndex.h"
#include "storage/ServerSetup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <sqlite3.h>
#include <sys/vfs.h>
#include <time.h>
#include <vector>

namespace {

using salkku::core::PageRecord;
using salkku::storage::FinnishTokenizer;
using salkku::storage::PageRepository;
using salkku::storage::PortfolioStore;
using salkku::storage::SearchIndex;
using salkku::storage::SourceInfo;

// ---------------------------------------------------------------------------------------------------------
// Small helpers

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "storage_benchmark: %s\n", qPrintable(message));
    std::exit(1);
}

[[noreturn]] void failSql(sqlite3 *db, const char *doing)
{
    fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(doing), QString::fromUtf8(sqlite3_errmsg(db))));
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// CPU time of the process (user and system), in seconds: beside the wall time it shows how long a phase
// waited for the disk.
double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double perSecond(double amount, double secs)
{
    return secs > 0 ? amount / secs : 0.0;
}

struct Memory
{
    qint64 rssKb = -1;
    qint64 peakKb = -1; // VmHWM
};

Memory memory()
{
    Memory result;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line] { return line.mid(6).trimmed().split(' ').value(0).toLongLong(); };
        if (line.startsWith("VmRSS:"))
            result.rssKb = value();
        else if (line.startsWith("VmHWM:"))
            result.peakKb = value();
    }
    return result;
}

// Resets VmHWM to the current resident set (Linux ≥ 4.0), so that a phase's own peak can be read.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double mb(qint64 kilobytes)
{
    return static_cast<double>(kilobytes) / 1024.0;
}

QString fileSystemOf(const QString &path)
{
    struct statfs info
    {
    };
    if (statfs(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("?");
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0xEF53:
        return QStringLiteral("ext4");
    case 0x01021994:
        return QStringLiteral("tmpfs");
    case 0x794C7630:
        return QStringLiteral("overlayfs");
    case 0x9123683E:
        return QStringLiteral("btrfs");
    case 0x58465342:
        return QStringLiteral("xfs");
    default:
        return QStringLiteral("0x%1").arg(static_cast<unsigned long>(info.f_type), 0, 16);
    }
}

struct Percentiles
{
    double median = 0;
    double p95 = 0;
};

// Of durations in seconds; returned in milliseconds.
Percentiles percentiles(std::vector<double> values)
{
    Percentiles result;
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    result.median = (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2) * 1000.0;
    const size_t rank = static_cast<size_t>(0.95 * static_cast<double>(n) + 0.999999); // ceil(0.95 n)
    result.p95 = values[std::min(n, std::max<size_t>(rank, 1)) - 1] * 1000.0;
    return result;
}

// ---------------------------------------------------------------------------------------------------------
// Plain SQLite

// One prepared statement: prepared once, then bind / step / reset. Strings are bound without a copy
// (SQLITE_STATIC, a null destructor): the caller keeps them alive until the statement has been stepped.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db), m_sql(sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            failSql(db, sql);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    sqlite3_stmt *get() const { return m_statement; }

    void bindNull(int index) { check(sqlite3_bind_null(m_statement, index)); }
    void bindInt(int index, qint64 value) { check(sqlite3_bind_int64(m_statement, index, value)); }
    // A QString as Qt Sql binds it: a null QString is NULL, any other (even empty) is text (UTF-16, converted
    // by SQLite, as Qt's driver does).
    void bindString(int index, const QString &value)
    {
        if (value.isNull())
            bindNull(index);
        else
            check(sqlite3_bind_text16(m_statement, index, value.utf16(), static_cast<int>(value.size() * 2),
                                      nullptr));
    }
    // PageRepository's text(): NULL for an empty string.
    void bindText(int index, const QString &value)
    {
        if (value.isEmpty())
            bindNull(index);
        else
            bindString(index, value);
    }
    void bindBlob(int index, const QByteArray &value)
    {
        if (value.isNull())
            bindNull(index);
        else
            check(sqlite3_bind_blob(m_statement, index, value.constData(), static_cast<int>(value.size()),
                                    nullptr));
    }
    void bindOptionalInt(int index, const std::optional<int> &value)
    {
        if (value)
            bindInt(index, *value);
        else
            bindNull(index);
    }

    // A statement without a result, e.g. an INSERT.
    void run()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            failSql(m_db, m_sql);
        sqlite3_reset(m_statement);
    }
    // INSERT … RETURNING id.
    qint64 returningId()
    {
        if (sqlite3_step(m_statement) != SQLITE_ROW)
            failSql(m_db, m_sql);
        const qint64 id = sqlite3_column_int64(m_statement, 0);
        sqlite3_reset(m_statement);
        return id;
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK)
            failSql(m_db, m_sql);
    }

    sqlite3 *m_db;
    const char *m_sql;
    sqlite3_stmt *m_statement = nullptr;
};

// A connection as Database sets one up: the tokenizer and salkku_fold(), then the same pragmas.
sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        failSql(db, "open");
    sqlite3_extended_result_codes(db, 1);
    if (auto registered = FinnishTokenizer::registerOn(db); !registered)
        fail(registered.error().message);
    // The same settings as storage::Database.
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF", "PRAGMA busy_timeout = 10000",
          "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"})
        if (sqlite3_exec(db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
            failSql(db, pragma);
    return db;
}

QString isoDate(const std::optional<QDate> &date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

struct Input
{
    PageRecord record;
    SourceInfo source;
};

// Where the baseline's time goes, by part of a page's import (wall time, summed over the pages).
struct Breakdown
{
    enum Part
    {
        Find,   // BEGIN IMMEDIATE and the SELECT by identity
        Rows,   // sources, pages and the child rows (sub-areas, outputs, names, links, sections, warnings)
        Units,  // INSERT INTO search_units
        Fts,    // INSERT INTO search_index: FTS5, the tokenizer (Voikko), the index's segments
        Commit, // COMMIT: the WAL written and synced
        Cpp,    // identity, sort key, dates, search units, folding: C++ and Qt work
        kParts
    };
    static constexpr const char *kNames[kParts] = {"begin + find", "rows",   "search_units",
                                                   "FTS5 insert",  "commit", "C++ (keys, units, fold)"};
    std::array<qint64, kParts> nanoseconds{};    // wall
    std::array<qint64, kParts> cpuNanoseconds{}; // this thread's CPU: the difference is waiting (fsync)
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpu = 0;

    static qint64 threadCpu()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    void start()
    {
        clock.start();
        last = 0;
        lastCpu = threadCpu();
    }
    // Adds the time since the last lap to part.
    void lap(Part part)
    {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpu();
        nanoseconds[static_cast<size_t>(part)] += now - last;
        cpuNanoseconds[static_cast<size_t>(part)] += cpu - lastCpu;
        last = now;
        lastCpu = cpu;
    }
};

// What PortfolioStore::store() writes for a new page (PageRepository::find, insertSource, insert,
// writeChildren; SearchIndex::add), through the C API.
class RawImporter
{
public:
    explicit RawImporter(sqlite3 *db)
        : m_begin(db, "BEGIN IMMEDIATE"), m_commit(db, "COMMIT"), m_rollback(db, "ROLLBACK"),
          m_find(db, "SELECT p.id, p.source_id, s.sha256, p.modified FROM pages AS p"
                     " JOIN sources AS s ON s.id = p.source_id WHERE p.identity = ?"),
          m_source(db, "INSERT INTO sources (path, sha256, size, imported_at, importer_version,"
                       " encoding) VALUES (?, ?, ?, ?, ?, ?)"),
          m_page(db,
                 "INSERT INTO pages (identity, kind, name, sort_key, region_id, file_name, summary, purpose,"
                 " timeline_text, start_year, end_year, funder, contact_name, contact_organization,"
                 " contact_email, created, modified, source_id, part, name_key, author, parent_name,"
                 " parent_key, truncated)"
                 " VALUES (?, ?, ?, ?, (SELECT id FROM regions WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                 " ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          m_funder(db, "INSERT INTO page_funders (page_id, position, name) VALUES (?, ?, ?)"),
          m_place(db, "INSERT INTO page_places (page_id, position, name) VALUES (?, ?, ?)"),
          m_practice(db,
                     "INSERT INTO page_practices (page_id, position, name, name_key) VALUES (?, ?, ?, ?)"),
          m_subArea(db, "INSERT INTO sub_areas (page_id, number, title, goal, results, benefits, impacts)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)"),
          m_output(db, "INSERT INTO outputs (sub_area_id, position, text) VALUES (?, ?, ?)"),
          m_person(db, "INSERT INTO people (name) VALUES (?) ON CONFLICT (name) DO UPDATE"
                       " SET name = excluded.name RETURNING id"),
          m_pagePerson(db,
                       "INSERT INTO page_people (page_id, position, person_id, role) VALUES (?, ?, ?, ?)"),
          m_organization(db, "INSERT INTO organizations (name) VALUES (?) ON CONFLICT (name) DO UPDATE"
                             " SET name = excluded.name RETURNING id"),
          m_pageOrganization(db, "INSERT INTO page_organizations (page_id, position,"
                                 " organization_id, role) VALUES (?, ?, ?, ?)"),
          m_link(db, "INSERT INTO links (page_id, position, label, url) VALUES (?, ?, ?, ?)"),
          m_topic(db, "INSERT INTO topics (name) VALUES (?) ON CONFLICT (name) DO UPDATE"
                      " SET name = excluded.name RETURNING id"),
          m_pageTopic(db, "INSERT INTO page_topics (page_id, position, topic_id) VALUES (?, ?, ?)"),
          m_phenomenon(db, "INSERT INTO phenomena (name) VALUES (?) ON CONFLICT (name) DO UPDATE"
                           " SET name = excluded.name RETURNING id"),
          m_pagePhenomenon(db,
                           "INSERT INTO page_phenomena (page_id, position, phenomenon_id) VALUES (?, ?, ?)"),
          m_section(db,
                    "INSERT INTO sections (page_id, position, heading, text, line) VALUES (?, ?, ?, ?, ?)"),
          m_warning(db, "INSERT INTO warnings (page_id, position, line, message) VALUES (?, ?, ?, ?)"),
          m_unit(db, "INSERT INTO search_units (page_id, digest) VALUES (?, ?)"),
          m_index(db, "INSERT INTO search_index (rowid, body, name) VALUES (?, ?, ?)"), m_db(db)
    {}

    // False when the page was already there (the benchmark's pages are all new).
    bool store(const Input &input)
    {
        const PageRecord &r = input.record;
        const SourceInfo &s = input.source;
        Breakdown &b = m_breakdown;
        b.start();
        const QString identity = PageRepository::identityOf(r);
        b.lap(Breakdown::Cpp);
        m_begin.run();
        m_find.bindString(1, identity);
        bool exists = false;
        while (sqlite3_step(m_find.get()) == SQLITE_ROW) {
            // Read as PageRepository::find() does.
            exists = true;
            static_cast<void>(sqlite3_column_int64(m_find.get(), 0));
            static_cast<void>(sqlite3_column_int64(m_find.get(), 1));
            static_cast<void>(sqlite3_column_text(m_find.get(), 2));
            static_cast<void>(sqlite3_column_text(m_find.get(), 3));
        }
        sqlite3_reset(m_find.get());
        b.lap(Breakdown::Find);
        if (exists) {
            m_rollback.run();
            return false;
        }

        const QString importedAt = s.importedAt.toString(Qt::ISODateWithMs);
        b.lap(Breakdown::Cpp);
        m_source.bindString(1, s.path);
        m_source.bindString(2, s.sha256);
        m_source.bindInt(3, s.size);
        m_source.bindString(4, importedAt);
        m_source.bindString(5, s.importerVersion);
        m_source.bindString(6, r.encoding);
        m_source.run();
        const qint64 sourceId = sqlite3_last_insert_rowid(m_db);

        b.lap(Breakdown::Rows);
        const QString kind = salkku::core::pageKindKey(r.kind);
        const QByteArray sortKey = m_collator.sortKey(salkku::core::displayName(r));
        const QString part = salkku::core::pagePartKey(r.part);
        const QString nameKey = PageRepository::nameKey(r);
        const QString parentKey = salkku::core::FinnishText::matchKey(r.parent);
        const QString created = isoDate(r.created);
        const QString modified = isoDate(r.modified);
        b.lap(Breakdown::Cpp);
        m_page.bindString(1, identity);
        m_page.bindString(2, kind);
        m_page.bindString(3, r.name);
        m_page.bindBlob(4, sortKey);
        m_page.bindText(5, r.region);
        m_page.bindString(6, r.file);
        m_page.bindText(7, r.summary);
        m_page.bindText(8, r.purpose);
        m_page.bindText(9, r.timeline.text);
        m_page.bindOptionalInt(10, r.timeline.startYear);
        m_page.bindOptionalInt(11, r.timeline.endYear);
        m_page.bindText(12, r.funder);
        m_page.bindText(13, r.contact.name);
        m_page.bindText(14, r.contact.organization);
        m_page.bindText(15, r.contact.email);
        m_page.bindString(16, created);
        m_page.bindString(17, modified);
        m_page.bindInt(18, sourceId);
        m_page.bindString(19, part);
        m_page.bindString(20, nameKey);
        m_page.bindText(21, r.author);
        m_page.bindText(22, r.parent);
        m_page.bindText(23, parentKey);
        m_page.bindInt(24, r.truncated ? 1 : 0);
        m_page.run();
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        storeStrings(m_funder, id, r.funders);
        storeStrings(m_place, id, r.places);
        for (qsizetype i = 0; i < r.practices.size(); ++i) {
            m_practice.bindInt(1, id);
            m_practice.bindInt(2, i);
            m_practice.bindString(3, r.practices[i]);
            m_practice.bindString(4, salkku::core::FinnishText::matchKey(r.practices[i]));
            m_practice.run();
        }

        for (const salkku::core::SubArea &subArea : r.subAreas) {
            m_subArea.bindInt(1, id);
            m_subArea.bindInt(2, subArea.number);
            m_subArea.bindText(3, subArea.title);
            m_subArea.bindText(4, subArea.goal);
            m_subArea.bindText(5, subArea.results);
            m_subArea.bindText(6, subArea.benefits);
            m_subArea.bindText(7, subArea.impacts);
            m_subArea.run();
            const qint64 subAreaId = sqlite3_last_insert_rowid(m_db);
            for (qsizetype i = 0; i < subArea.outputs.size(); ++i) {
                m_output.bindInt(1, subAreaId);
                m_output.bindInt(2, i);
                m_output.bindString(3, subArea.outputs[i]);
                m_output.run();
            }
        }
        for (qsizetype i = 0; i < r.actors.size(); ++i) {
            m_person.bindString(1, r.actors[i].name);
            const qint64 person = m_person.returningId();
            m_pagePerson.bindInt(1, id);
            m_pagePerson.bindInt(2, i);
            m_pagePerson.bindInt(3, person);
            m_pagePerson.bindText(4, r.actors[i].role);
            m_pagePerson.run();
        }
        for (qsizetype i = 0; i < r.organizations.size(); ++i) {
            m_organization.bindString(1, r.organizations[i].name);
            const qint64 organization = m_organization.returningId();
            const QString role = salkku::core::organizationRoleKey(r.organizations[i].role);
            m_pageOrganization.bindInt(1, id);
            m_pageOrganization.bindInt(2, i);
            m_pageOrganization.bindInt(3, organization);
            m_pageOrganization.bindString(4, role);
            m_pageOrganization.run();
        }
        for (qsizetype i = 0; i < r.links.size(); ++i) {
            m_link.bindInt(1, id);
            m_link.bindInt(2, i);
            m_link.bindText(3, r.links[i].label);
            m_link.bindText(4, r.links[i].url);
            m_link.run();
        }
        for (qsizetype i = 0; i < r.topics.size(); ++i) {
            m_topic.bindString(1, r.topics[i]);
            const qint64 topic = m_topic.returningId();
            m_pageTopic.bindInt(1, id);
            m_pageTopic.bindInt(2, i);
            m_pageTopic.bindInt(3, topic);
            m_pageTopic.run();
        }
        for (qsizetype i = 0; i < r.phenomena.size(); ++i) {
            m_phenomenon.bindString(1, r.phenomena[i]);
            const qint64 phenomenon = m_phenomenon.returningId();
            m_pagePhenomenon.bindInt(1, id);
            m_pagePhenomenon.bindInt(2, i);
            m_pagePhenomenon.bindInt(3, phenomenon);
            m_pagePhenomenon.run();
        }
        for (qsizetype i = 0; i < r.sections.size(); ++i) {
            m_section.bindInt(1, id);
            m_section.bindInt(2, i);
            m_section.bindText(3, r.sections[i].heading);
            m_section.bindString(4, r.sections[i].text);
            m_section.bindInt(5, r.sections[i].line);
            m_section.run();
        }
        for (qsizetype i = 0; i < r.warnings.size(); ++i) {
            m_warning.bindInt(1, id);
            m_warning.bindInt(2, i);
            m_warning.bindInt(3, r.warnings[i].line);
            m_warning.bindString(4, r.warnings[i].message);
            m_warning.run();
        }

        b.lap(Breakdown::Rows);
        // SearchIndex::add()
        const SearchIndex::IndexedText text = SearchIndex::indexedText(r); // exactly the store's text
        b.lap(Breakdown::Cpp);
        m_index.bindInt(1, id);
        m_index.bindString(2, text.body);
        m_index.bindString(3, text.name);
        m_index.run();
        b.lap(Breakdown::Fts);
        m_unit.bindInt(1, id);
        m_unit.bindInt(2, text.digest);
        m_unit.run();
        b.lap(Breakdown::Units);
        m_commit.run();
        b.lap(Breakdown::Commit);
        return true;
    }

    const Breakdown &breakdown() const { return m_breakdown; }

private:
    // A page's strings in order, as PageRepository::writeStrings writes them.
    static void storeStrings(Statement &statement, qint64 page, const QStringList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            statement.bindInt(1, page);
            statement.bindInt(2, i);
            statement.bindString(3, values[i]);
            statement.run();
        }
    }

    Breakdown m_breakdown;
    Statement m_begin, m_commit, m_rollback, m_find, m_source, m_page, m_funder, m_place, m_practice,
        m_subArea, m_output, m_person, m_pagePerson, m_organization, m_pageOrganization, m_link, m_topic,
        m_pageTopic, m_phenomenon, m_pagePhenomenon, m_section, m_warning, m_unit, m_index;
    sqlite3 *m_db;
    salkku::core::FinnishCollator m_collator;
};

// A digest of every row of every table (the FTS5 index's shadow tables included), per table.
QList<std::pair<QString, QByteArray>> digestTables(sqlite3 *db)
{
    QList<std::pair<QString, QByteArray>> digests;
    QStringList tables;
    {
        Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                           " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name");
        while (sqlite3_step(list.get()) == SQLITE_ROW)
            tables.append(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list.get(), 0))));
    }
    for (const QString &table : std::as_const(tables)) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + '"';
        Statement rows(db, sql.constData());
        QCryptographicHash hash(QCryptographicHash::Sha1);
        qint64 count = 0;
        const int columns = sqlite3_column_count(rows.get());
        while (sqlite3_step(rows.get()) == SQLITE_ROW) {
            ++count;
            for (int c = 0; c < columns; ++c) {
                const int type = sqlite3_column_type(rows.get(), c);
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(&type), sizeof type));
                const void *data = type == SQLITE_TEXT
                                       ? static_cast<const void *>(sqlite3_column_text(rows.get(), c))
                                       : sqlite3_column_blob(rows.get(), c);
                const int bytes = sqlite3_column_bytes(rows.get(), c);
                if (data && bytes > 0)
                    hash.addData(QByteArrayView(static_cast<const char *>(data), bytes));
            }
        }
        digests.append({QStringLiteral("%1 (%2 rows)").arg(table).arg(count), hash.result()});
    }
    return digests;
}

// Where the file's bytes are: the largest tables and indexes (SQLite's dbstat, when it is compiled in).
QString spaceByObject(sqlite3 *db, qint64 fileBytes)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8",
                           -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return QStringLiteral("(dbstat is not available)");
    }
    QStringList parts;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const qint64 bytes = sqlite3_column_int64(statement, 1);
        parts.append(
            QStringLiteral("%1 %2 MB (%3%)")
                .arg(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))))
                .arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)
                .arg(fileBytes > 0 ? 100.0 * static_cast<double>(bytes) / static_cast<double>(fileBytes)
                                   : 0.0,
                     0, 'f', 0));
    }
    sqlite3_finalize(statement);
    qint64 freePages = 0;
    qint64 pageSize = 0;
    if (sqlite3_prepare_v2(db, "SELECT * FROM pragma_freelist_count, pragma_page_size", -1, &statement,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        freePages = sqlite3_column_int64(statement, 0);
        pageSize = sqlite3_column_int64(statement, 1);
    }
    sqlite3_finalize(statement);
    parts.append(
        QStringLiteral("free pages %1 MB").arg(static_cast<double>(freePages * pageSize) / 1e6, 0, 'f', 1));
    return parts.join(QStringLiteral(", "));
}

constexpr int kSearchLimit = 50;

// Prepared search statements by SQL (one per number of search terms), as Qt Sql's cache keeps them on the
// other side.
struct RawSearch
{
    sqlite3 *db = nullptr;
    std::map<QString, std::pair<QByteArray, std::unique_ptr<Statement>>> statements;
};

// Runs one search through plain SQLite, reading every column of every row; the number of rows.
int rawSearch(RawSearch &raw, const QString &query, quint64 &checksum)
{
    // The statement SearchIndex::search() runs, prepared and bound here through plain sqlite3.
    const SearchIndex::Statement prepared = SearchIndex::searchStatement(query, kSearchLimit);
    if (prepared.sql.isEmpty())
        return 0;
    auto it = raw.statements.find(prepared.sql);
    if (it == raw.statements.end()) {
        it = raw.statements.emplace(prepared.sql, std::make_pair(prepared.sql.toUtf8(), nullptr)).first;
        it->second.second = std::make_unique<Statement>(raw.db, it->second.first.constData());
    }
    Statement &search = *it->second.second;
    for (qsizetype i = 0; i < prepared.values.size(); ++i) {
        if (prepared.values[i].typeId() == QMetaType::QString)
            search.bindString(static_cast<int>(i) + 1, prepared.values[i].toString());
        else
            search.bindInt(static_cast<int>(i) + 1, prepared.values[i].toInt());
    }
    sqlite3_stmt *statement = search.get();
    int rows = 0;
    const int columns = sqlite3_column_count(statement);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_INTEGER:
                checksum += static_cast<quint64>(sqlite3_column_int64(statement, c));
                break;
            case SQLITE_FLOAT:
                checksum += static_cast<quint64>(sqlite3_column_double(statement, c) * -1000.0);
                break;
            case SQLITE_TEXT:
                if (sqlite3_column_text(statement, c))
                    checksum += static_cast<quint64>(sqlite3_column_bytes(statement, c));
                break;
            default:
                break;
            }
        }
    }
    if (rc != SQLITE_DONE)
        failSql(sqlite3_db_handle(statement), "search");
    sqlite3_reset(statement);
    return rows;
}

// 100 searches a coordinator might type, in words of the generated portfolio.
constexpr std::array kQueries{
    // Base forms (found in inflected and compound forms through Voikko).
    u"strategia", u"palveluohjaus", u"kotihoito", u"omaishoito", u"perhekeskus", u"mielenterveys",
    u"tietopohja", u"valvonta", u"etävastaanotto", u"hyvinvointialue", u"digitalisaatio", u"asiakaskokemus",
    u"kirjaaminen", u"kuntoutus", u"päihdepalvelu", u"järjestö", u"omavalvontaohjelma", u"ennustemalli",
    u"palveluauto", u"lastensuojelu",
    // Inflected forms.
    u"palveluja", u"asukkaiden", u"hyvinvointialueen", u"järjestäjien", u"kunnissa", u"nuorten",
    u"ikääntyneiden", u"palveluohjauksen", u"kotihoidon", u"terveysasemilla", u"ammattilaisten",
    u"omaishoitajien", u"perheiden", u"mittareita", u"valvontakäynnit", u"tietojärjestelmiä",
    u"sosiaalityöntekijän", u"maakunnan", u"vastaanotoilla",
    // Parts of compounds.
    u"ohjelma", u"raportti", u"malli", u"keskus", u"kanava", u"suunnitelma", u"verkosto", u"asiointi",
    u"mittaristo",
    // Typed without ä and ö.
    u"jarjestaja", u"paatoksenteko", u"vaesto", u"lahtotilanne", u"kaytannot", u"tyontekijat",
    u"paihdepalvelut", u"Kayhko", u"Hamalainen", u"etavastaanotto", u"yhteistyo", u"tietojarjestelma",
    u"saavutetut hyodyt", u"Paijat-Hame", u"Etela-Karjala",
    // Two words (both must match).
    u"digitaalinen asiointi", u"kotihoito teknologia", u"nuorten mielenterveys", u"tiedolla johtaminen",
    u"omaishoidon tuki", u"palveluauto kylä", u"valvonta omavalvonta", u"chat ajanvaraus",
    u"perhekeskus neuvola", u"sote-keskus etäpalvelut", u"Virtanen projektipäällikkö", u"Lapin kotihoito",
    u"kirjaaminen koulutus", u"järjestöt yhteistyö", u"ennustemalli ajanvaraus",
    // Quoted phrases.
    u"\"tiedolla johtaminen\"", u"\"matalan kynnyksen\"", u"\"sosiaali- ja terveyspalvelujen\"",
    u"\"saavutetut hyödyt\"", u"\"palvelutarpeen arviointi\"", u"\"kotona asumisen\"",
    u"\"yhteinen tietopohja\"", u"\"lasten ja nuorten\"",
    // Names, regions, prefixes.
    u"Pirkanmaa", u"Kainuun", u"Korhonen", u"Marja-Leena", u"Söderström", u"digi", u"sote",
    // No hits.
    u"kvanttitietokone", u"avaruusasema", u"ksylofoni", u"zzqx", u"\"palveluauto ajanvaraus kotihoito\"",
    u"merirosvo", u"dinosaurus"};
static_assert(kQueries.size() == 100);

// ---------------------------------------------------------------------------------------------------------
// e. The same portfolio on a PostgreSQL server (--postgres)

struct ServerRun
{
    QString failure; // why it did not run
    double importSeconds = 0;
    double importCpu = 0;
    int importErrors = 0;
    std::vector<double> serverLatencies;
    std::vector<double> fileLatencies;
    std::vector<std::pair<double, QString>> slowest; // on the server: the query's slowest run, in ms
    int differingHitCounts = 0;
    qint64 databaseBytes = -1;
};

qint64 serverDatabaseBytes(const QString &address)
{
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QStringLiteral("-XAt"), address, QStringLiteral("-c"),
                                        QStringLiteral("SELECT pg_database_size(current_database())")});
    if (!psql.waitForFinished(60000) || psql.exitCode() != 0)
        return -1;
    return QString::fromUtf8(psql.readAllStandardOutput()).trimmed().toLongLong();
}

// Imports the pages into a new server portfolio as into the file (one store() per page), then runs the
// queries on both, alternating which goes first.
ServerRun compareOnServer(const QList<Input> &inputs, PortfolioStore &file, const QList<QString> &queries,
                          const QString &stateFolder)
{
    ServerRun run;
    QString address = qEnvironmentVariable("SALKKU_BENCH_SERVER");
    std::unique_ptr<salkku::bench::ThrowAwayServer> server;
    if (address.isEmpty()) {
        auto started = salkku::bench::ThrowAwayServer::start(stateFolder);
        if (!started) {
            run.failure = started.error().toString();
            return run;
        }
        server = std::move(started).value();
        address = server->address(QStringLiteral("salkku_bench"));
    }
    const auto location = salkku::storage::Location::parse(address);
    if (!location) {
        run.failure = location.error().toString();
        return run;
    }
    if (auto initialized = salkku::storage::ServerSetup::initialize(location.value()); !initialized) {
        run.failure = initialized.error().toString();
        return run;
    }
    auto opened = PortfolioStore::open(address);
    if (!opened) {
        run.failure = opened.error().toString();
        return run;
    }
    std::unique_ptr<PortfolioStore> store = std::move(opened).value();
    QElapsedTimer timer;
    const double cpu = cpuSeconds();
    timer.start();
    const int step = std::max<int>(1, static_cast<int>(inputs.size()) / 10);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        auto outcome = store->store(inputs[i].record, inputs[i].source);
        if (!outcome || outcome.value().status != salkku::storage::StoreStatus::Imported) {
            if (++run.importErrors <= 5)
                std::fprintf(stderr, "server store: %s\n",
                             outcome ? "not imported as new" : qPrintable(outcome.error().toString()));
        }
        if ((i + 1) % step == 0 || i + 1 == inputs.size())
            std::fprintf(stderr, "  server: %lld / %lld pages, %.1f s\n", static_cast<long long>(i + 1),
                         static_cast<long long>(inputs.size()), seconds(timer));
    }
    run.importSeconds = seconds(timer);
    run.importCpu = cpuSeconds() - cpu;
    run.databaseBytes = serverDatabaseBytes(address);

    constexpr int kRounds = 5;
    for (const QString &query : queries) { // a warm-up, which also compares the hit counts
        const auto onServer = store->search(query, kSearchLimit);
        const auto inFile = file.search(query, kSearchLimit);
        if (!onServer || !inFile || onServer.value().size() != inFile.value().size())
            ++run.differingHitCounts;
    }
    QElapsedTimer queryTimer;
    for (int round = 0; round < kRounds; ++round) {
        for (qsizetype q = 0; q < queries.size(); ++q) {
            for (int side = 0; side < 2; ++side) {
                const bool serverSide = (side + round + q) % 2 == 0;
                queryTimer.start();
                (void)(serverSide ? store.get() : &file)->search(queries[q], kSearchLimit);
                (serverSide ? run.serverLatencies : run.fileLatencies).push_back(seconds(queryTimer));
                if (serverSide && round == 0)
                    run.slowest.emplace_back(run.serverLatencies.back() * 1000.0, queries[q]);
            }
        }
    }
    std::sort(run.slowest.begin(), run.slowest.end(), std::greater<>());
    run.slowest.resize(std::min<size_t>(run.slowest.size(), 6));
    return run;
}

void printServerRun(const ServerRun &run, double fileImportSeconds, qint64 fileBytes)
{
    std::printf("\ne. the same portfolio on a PostgreSQL server (PortfolioStore on both; --postgres)\n");
    if (!run.failure.isEmpty()) {
        std::printf("   NOT RUN: %s\n", qPrintable(run.failure));
        return;
    }
    std::printf(
        "   import: server %.1f s (CPU %.1f s, %d errors), file %.1f s: ratio %.2f   (target <= 2.0)\n",
        run.importSeconds, run.importCpu, run.importErrors, fileImportSeconds,
        fileImportSeconds > 0 ? run.importSeconds / fileImportSeconds : 0.0);
    const Percentiles server = percentiles(run.serverLatencies);
    const Percentiles file = percentiles(run.fileLatencies);
    std::printf("   search: server median %.2f ms p95 %.2f ms; file median %.2f ms p95 %.2f ms\n",
                server.median, server.p95, file.median, file.p95);
    std::printf("   ratio server/file: median %.2f, p95 %.2f   (target p95 <= 2.0)\n",
                file.median > 0 ? server.median / file.median : 0.0,
                file.p95 > 0 ? server.p95 / file.p95 : 0.0);
    std::printf("   slowest on the server (first round):");
    for (const auto &[ms, query] : run.slowest)
        std::printf(" %s %.1f ms;", qPrintable(query), ms);
    std::printf("\n");
    std::printf("   queries whose hit counts differ (top %d): %d of %d\n", kSearchLimit,
                run.differingHitCounts, static_cast<int>(kQueries.size()));
    if (run.databaseBytes >= 0)
        std::printf("   size: database %.1f MB, file %.1f MB (ratio %.2f)\n",
                    static_cast<double>(run.databaseBytes) / 1e6, static_cast<double>(fileBytes) / 1e6,
                    fileBytes > 0 ? static_cast<double>(run.databaseBytes) / static_cast<double>(fileBytes)
                                  : 0.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt Sql loads its SQLite driver as a plugin
    QStringList arguments = app.arguments().mid(1);
    const bool onServer = arguments.removeAll(QStringLiteral("--postgres")) > 0;
    int count = 10000;
    if (!arguments.isEmpty()) {
        bool ok = false;
        count = arguments[0].toInt(&ok);
        if (!ok || count < 1) {
            std::fprintf(stderr, "usage: storage_benchmark [N] [SAMPLES_DIR] [--postgres]\n");
            return 2;
        }
    }
    const QString samplesDir = arguments.size() > 1 ? arguments[1] : QStringLiteral(SALKKU_SAMPLE_DIR);
    const Memory atStart = memory();

    // ----- The corpus: generated and parsed in memory -----
    QElapsedTimer timer;
    timer.start();
    auto generated = salkku::bench::PortfolioGenerator::generatePages(count, samplesDir);
    if (!generated)
        fail(generated.error().toString());
    const double generateSeconds = seconds(timer);
    timer.restart();
    QList<Input> inputs;
    inputs.reserve(count);
    qint64 pageBytes = 0;
    int parseErrors = 0;
    const QDateTime importedAt = QDateTime::currentDateTimeUtc();
    for (const salkku::bench::GeneratedPage &page : std::as_const(generated.value())) {
        auto record = salkku::importer::InnokylaParser::parse(page.bytes, page.fileName);
        if (!record) {
            ++parseErrors;
            continue;
        }
        SourceInfo source;
        source.path = QStringLiteral("/bench/portfolio/") + page.fileName;
        source.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(page.bytes, QCryptographicHash::Sha256).toHex());
        source.size = page.bytes.size();
        source.importedAt = importedAt;
        source.importerVersion = QStringLiteral(SALKKU_VERSION);
        inputs.append(Input{std::move(record).value(), source});
        pageBytes += page.bytes.size();
    }
    const double parseSeconds = seconds(timer);
    generated = QList<salkku::bench::GeneratedPage>(); // the bytes are not needed any more
    const double pageMB = static_cast<double>(pageBytes) / 1e6;
    const Memory withCorpus = memory();

    QTemporaryDir tempDir;
    if (!tempDir.isValid())
        fail(QStringLiteral("cannot create a temporary folder"));
    const QString storePath = tempDir.filePath(QStringLiteral("portfolio.sqlite"));
    const QString rawPath = tempDir.filePath(QStringLiteral("baseline.sqlite"));
    std::fprintf(stderr, "%d pages generated (%.1f s) and parsed (%.1f s); storing into %s (%s)\n", count,
                 generateSeconds, parseSeconds, qPrintable(tempDir.path()),
                 qPrintable(fileSystemOf(tempDir.path())));

    // ----- a. Import through PortfolioStore -----
    auto opened = PortfolioStore::open(storePath);
    if (!opened)
        fail(opened.error().toString());
    std::unique_ptr<PortfolioStore> store = std::move(opened).value();
    const bool peakReset = resetPeak();
    const int step = std::max<int>(1, static_cast<int>(inputs.size()) / 10);
    QList<std::pair<int, qint64>> rssRow{{0, memory().rssKb}};
    int storeErrors = 0;
    double cpu = cpuSeconds();
    timer.restart();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        auto outcome = store->store(inputs[i].record, inputs[i].source);
        if (!outcome || outcome.value().status != salkku::storage::StoreStatus::Imported) {
            if (++storeErrors <= 5)
                std::fprintf(stderr, "store: %s\n",
                             outcome ? "not imported as new" : qPrintable(outcome.error().toString()));
        }
        if ((i + 1) % step == 0 || i + 1 == inputs.size()) {
            rssRow.append({static_cast<int>(i + 1), memory().rssKb});
            std::fprintf(stderr, "  store: %lld / %lld pages, %.1f s\n", static_cast<long long>(i + 1),
                         static_cast<long long>(inputs.size()), seconds(timer));
        }
    }
    const double storeSeconds = seconds(timer);
    const double storeCpu = cpuSeconds() - cpu;
    const Memory afterStore = memory();

    // ----- a. The baseline: the same rows through the C API -----
    {
        auto schema = PortfolioStore::open(rawPath); // the same schema, migrations and tokenizer
        if (!schema)
            fail(schema.error().toString());
    }
    sqlite3 *rawDb = openRaw(rawPath);
    int rawErrors = 0;
    double rawSeconds = 0;
    double rawCpu = 0;
    Breakdown breakdown;
    {
        RawImporter raw(rawDb);
        cpu = cpuSeconds();
        timer.restart();
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            if (!raw.store(inputs[i]))
                ++rawErrors;
            if ((i + 1) % step == 0 || i + 1 == inputs.size())
                std::fprintf(stderr, "  baseline: %lld / %lld pages, %.1f s\n", static_cast<long long>(i + 1),
                             static_cast<long long>(inputs.size()), seconds(timer));
        }
        rawSeconds = seconds(timer);
        rawCpu = cpuSeconds() - cpu;
        breakdown = raw.breakdown();
    }
    const Memory afterBaseline = memory();

    // Did the baseline write what the store wrote? Every table, before the store's file is optimised.
    timer.restart();
    sqlite3 *storeDb = openRaw(storePath);
    const auto storeDigests = digestTables(storeDb);
    const auto rawDigests = digestTables(rawDb);
    QStringList differing;
    for (qsizetype i = 0; i < storeDigests.size(); ++i)
        if (i >= rawDigests.size() || storeDigests[i] != rawDigests[i])
            differing.append(storeDigests[i].first);
    if (rawDigests.size() != storeDigests.size())
        differing.append(
            QStringLiteral("(%1 tables against %2)").arg(rawDigests.size()).arg(storeDigests.size()));
    const double compareSeconds = seconds(timer);
    sqlite3_close(rawDb);

    // ----- c. Size after optimize() -----
    timer.restart();
    if (auto tidied = store->optimize(); !tidied)
        fail(tidied.error().toString());
    const double optimizeSeconds = seconds(timer);
    const qint64 fileBytes = QFileInfo(storePath).size();
    const qint64 walBytes = QFileInfo(storePath + QStringLiteral("-wal")).size();
    const QString space = spaceByObject(storeDb, fileBytes);

    // ----- b. Search -----
    QList<QString> queries;
    for (const char16_t *query : kQueries)
        queries.append(QString::fromUtf16(query));
    quint64 checksum = 0;
    std::vector<int> hitsPerQuery(static_cast<size_t>(queries.size()), 0);
    int searchErrors = 0;
    constexpr int kRounds = 5;
    std::vector<double> storeLatencies;
    std::vector<double> rawLatencies;
    std::vector<std::vector<double>> storeByQuery(static_cast<size_t>(queries.size()));
    std::vector<std::vector<double>> rawByQuery(static_cast<size_t>(queries.size()));
    {
        RawSearch rawSearcher{storeDb, {}};
        // Warm-up: every query once on each side (page cache, the tokenizer's cache of analysed words).
        for (qsizetype q = 0; q < queries.size(); ++q) {
            auto hits = store->search(queries[q], kSearchLimit);
            if (!hits) {
                if (++searchErrors <= 5)
                    std::fprintf(stderr, "search \"%s\": %s\n", qPrintable(queries[q]),
                                 qPrintable(hits.error().toString()));
            } else {
                hitsPerQuery[static_cast<size_t>(q)] = static_cast<int>(hits.value().size());
            }
            const int rows = rawSearch(rawSearcher, queries[q], checksum);
            if (hits && rows != hits.value().size())
                std::fprintf(stderr, "search \"%s\": %lld hits, %d rows through SQLite\n",
                             qPrintable(queries[q]), static_cast<long long>(hits.value().size()), rows);
        }
        QElapsedTimer queryTimer;
        for (int round = 0; round < kRounds; ++round) {
            for (qsizetype q = 0; q < queries.size(); ++q) {
                // Alternate which side goes first, so that neither always finds the caches warmed by the
                // other.
                for (int side = 0; side < 2; ++side) {
                    if ((side + round + q) % 2 == 0) {
                        queryTimer.start();
                        auto hits = store->search(queries[q], kSearchLimit);
                        storeLatencies.push_back(seconds(queryTimer));
                        storeByQuery[static_cast<size_t>(q)].push_back(storeLatencies.back());
                        checksum += hits ? static_cast<quint64>(hits.value().size()) : 0;
                    } else {
                        queryTimer.start();
                        rawSearch(rawSearcher, queries[q], checksum);
                        rawLatencies.push_back(seconds(queryTimer));
                        rawByQuery[static_cast<size_t>(q)].push_back(rawLatencies.back());
                    }
                }
            }
        }
    }
    sqlite3_close(storeDb);
    const ServerRun serverRun =
        onServer ? compareOnServer(inputs, *store, queries, tempDir.filePath(QStringLiteral("server")))
                 : ServerRun{};
    const Percentiles storeSearch = percentiles(storeLatencies);
    const Percentiles rawSearchTimes = percentiles(rawLatencies);
    const auto noHits = std::count(hitsPerQuery.cbegin(), hitsPerQuery.cend(), 0);
    const auto fullHits = std::count(hitsPerQuery.cbegin(), hitsPerQuery.cend(), kSearchLimit);
    const Memory atEnd = memory();

    // ----- Results -----
    const double n = static_cast<double>(inputs.size());
    const double storePagesPerSecond = perSecond(n, storeSeconds);
    const double rawPagesPerSecond = perSecond(n, rawSeconds);
    std::printf("\n=== storage_benchmark: %lld pages ===\n", static_cast<long long>(inputs.size()));
    std::printf("build: %s\n", kSanitized ? "with AddressSanitizer: timings and memory are not representative"
                                          : "no sanitizers");
    std::printf("environment: SQLite %s, Voikko %s, portfolio on %s (%s)\n", sqlite3_libversion(),
                FinnishTokenizer::morphologyAvailable() ? "yes" : "NO (no base forms)",
                qPrintable(tempDir.path()), qPrintable(fileSystemOf(tempDir.path())));
    std::printf("corpus: %lld pages, %.2f MB (%.1f kB per page), generated in %.1f s, parsed in %.1f s "
                "(%d parse errors)\n",
                static_cast<long long>(inputs.size()), pageMB, pageMB * 1000.0 / std::max(1.0, n),
                generateSeconds, parseSeconds, parseErrors);
    std::printf("\na. import (one transaction per page)\n");
    std::printf("   PortfolioStore::store  %7.1f s (CPU %5.1f s)  %7.1f pages/s  %6.2f MB/s  (%d errors)\n",
                storeSeconds, storeCpu, storePagesPerSecond, perSecond(pageMB, storeSeconds), storeErrors);
    std::printf("   raw sqlite3 C API      %7.1f s (CPU %5.1f s)  %7.1f pages/s  %6.2f MB/s  (%d errors)\n",
                rawSeconds, rawCpu, rawPagesPerSecond, perSecond(pageMB, rawSeconds), rawErrors);
    std::printf("   ratio store/raw (throughput): %.2f   (target >= 0.5); by CPU time: %.2f\n",
                rawPagesPerSecond > 0 ? storePagesPerSecond / rawPagesPerSecond : 0.0,
                storeCpu > 0 ? rawCpu / storeCpu : 0.0);
    std::printf(
        "   where the baseline's time goes, per page (wall; of it CPU, the rest is waiting for the disk):\n");
    for (size_t part = 0; part < Breakdown::kParts; ++part) {
        const double wall = static_cast<double>(breakdown.nanoseconds[part]) / 1e6 / std::max(1.0, n);
        std::printf("     %-24s %5.2f ms %3.0f%%   CPU %5.2f ms\n", Breakdown::kNames[part], wall,
                    rawSeconds > 0
                        ? 100.0 * static_cast<double>(breakdown.nanoseconds[part]) / 1e9 / rawSeconds
                        : 0.0,
                    static_cast<double>(breakdown.cpuNanoseconds[part]) / 1e6 / std::max(1.0, n));
    }
    if (differing.isEmpty())
        std::printf("   same content: yes, all %lld tables identical (FTS5 shadow tables included; compared "
                    "in %.1f s)\n",
                    static_cast<long long>(storeDigests.size()), compareSeconds);
    else
        std::printf("   same content: NO, differing: %s\n", qPrintable(differing.join(QStringLiteral(", "))));
    std::printf("\nb. search (%lld queries, top %d with snippets; %lld without hits, %lld with %d or more; "
                "%d rounds after a warm-up)\n",
                static_cast<long long>(queries.size()), kSearchLimit, static_cast<long long>(noHits),
                static_cast<long long>(fullHits), kSearchLimit, kRounds);
    std::printf("   PortfolioStore::search  median %7.2f ms   p95 %7.2f ms\n", storeSearch.median,
                storeSearch.p95);
    std::printf("   raw sqlite3 (same SQL)  median %7.2f ms   p95 %7.2f ms\n", rawSearchTimes.median,
                rawSearchTimes.p95);
    std::printf("   ratio store/raw: median %.2f, p95 %.2f   (target p95 <= 1.2)\n",
                rawSearchTimes.median > 0 ? storeSearch.median / rawSearchTimes.median : 0.0,
                rawSearchTimes.p95 > 0 ? storeSearch.p95 / rawSearchTimes.p95 : 0.0);
    {
        // The slowest queries (by the store's median), with the same query through SQLite.
        std::vector<std::pair<double, qsizetype>> slowest;
        for (qsizetype q = 0; q < queries.size(); ++q)
            slowest.emplace_back(percentiles(storeByQuery[static_cast<size_t>(q)]).median, q);
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        std::printf("   slowest (store / raw median, hits):");
        for (size_t i = 0; i < std::min<size_t>(6, slowest.size()); ++i) {
            const auto q = static_cast<size_t>(slowest[i].second);
            std::printf("%s %s %.1f / %.1f ms (%d)", i == 0 ? "" : ",",
                        qPrintable(queries[slowest[i].second]), slowest[i].first,
                        percentiles(rawByQuery[q]).median, hitsPerQuery[q]);
        }
        std::printf("\n");
    }
    if (searchErrors > 0)
        std::printf("   search errors: %d\n", searchErrors);
    std::printf(
        "\nc. portfolio file after optimize() (%.1f s): %.1f MB, %.0f bytes per page (WAL %lld bytes; "
        "pages %.1f MB)\n",
        optimizeSeconds, static_cast<double>(fileBytes) / 1e6,
        static_cast<double>(fileBytes) / std::max(1.0, n), static_cast<long long>(walBytes), pageMB);
    std::printf("   largest: %s\n", qPrintable(space));
    std::printf("\nd. memory (MB)\n");
    std::printf(
        "   at start %.1f; with the corpus generated and parsed %.1f; after the store phase %.1f; after "
        "the baseline %.1f; at the end %.1f\n",
        mb(atStart.rssKb), mb(withCorpus.rssKb), mb(afterStore.rssKb), mb(afterBaseline.rssKb),
        mb(atEnd.rssKb));
    std::printf("   peak (VmHWM) after the import: %.1f%s\n", mb(afterStore.peakKb),
                peakReset ? " (reset before the store phase: its own peak, corpus included)"
                          : " (whole run)");
    std::printf("   RSS while storing, after every %d pages (growth over the corpus: %+.1f MB):\n   ", step,
                mb(rssRow.last().second - rssRow.first().second));
    for (const auto &[pages, rss] : std::as_const(rssRow))
        std::printf(" %d:%.1f", pages, mb(rss));
    if (onServer)
        printServerRun(serverRun, storeSeconds, fileBytes);
    std::printf("\n(checksum %llu)\n", static_cast<unsigned long long>(checksum));
    return onServer && !serverRun.failure.isEmpty() ? 1 : 0; // asked for and not run: a failure, not a skip
}
