#include "storage/Migrations.h"

#include "StorageTestSupport.h"
#include "storage/FinnishTokenizer.h"
#include "storage/ImportRunner.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <atomic>
#include <sqlite3.h>

using namespace salkku;
using namespace salkku::testing;

namespace {

// A portfolio made by Salkku 0.1.0 (schema version 2); see its README.
constexpr const char *kLegacyPortfolio =
    SALKKU_SOURCE_DIR "/tests/storage/fixtures/legacy-0.1.0/portfolio.sqlite";

} // namespace

TEST(Migrations, ANewPortfolioHasTheCurrentSchema)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
    }
    auto database = storage::Database::open(portfolio.path());
    ASSERT_TRUE(database.ok());
    EXPECT_EQ(storage::Migrations::currentVersion(*database.value()), storage::Migrations::kSchemaVersion);
}

TEST(Migrations, AnOlderPortfolioIsBackedUpThenUpgradedInPlace)
{
    TemporaryPortfolio portfolio;
    ASSERT_TRUE(QFile::copy(QString::fromUtf8(kLegacyPortfolio), portfolio.path()));
    QFile::setPermissions(portfolio.path(), QFile::ReadOwner | QFile::WriteOwner);
    // What version 1 of Salkku left: no search index.
    rawSql(portfolio.path(), "DROP TABLE search_index; DROP VIEW search_content; DROP TABLE search_units;"
                             " PRAGMA user_version = 1;");
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    EXPECT_TRUE(QFileInfo::exists(portfolio.path() + QStringLiteral(".v1.bak")));
    EXPECT_EQ(store->list({.includeArticles = true}).value().size(), 17);
    // The upgrade built the search index for the pages already there.
    EXPECT_EQ(store->search(QStringLiteral("omaishoitajien")).value().isEmpty(), false);
    EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
    // The backup is a portfolio of the old version, with the data.
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open((portfolio.path() + QStringLiteral(".v1.bak")).toUtf8().constData(), &db),
              SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM pages", -1, &statement, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(statement, 0), 17);
    sqlite3_finalize(statement);
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(statement, 0), 1);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

namespace {

// One column of every row a query gives, on a connection of its own (the query needs no tokenizer).
QString columnOf(const QString &path, const char *query, int column)
{
    sqlite3 *db = nullptr;
    QString text;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, query, -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW)
                text +=
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return text;
}

// Imports the sample portfolio; what the portfolio then holds (empty if it failed).
QString importSamples(TemporaryPortfolio &portfolio)
{
    auto store = portfolio.open();
    if (!store || storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed())
        return {};
    return canonicalDump(*store);
}

// How SQLite would look up a source by its digest, as an import does for every page.
QString sourceLookupPlan(const QString &path)
{
    return columnOf(path, "EXPLAIN QUERY PLAN SELECT id FROM sources WHERE sha256 = 'x'", 3);
}

// How the outputs' table is made (sqlite_master).
QString outputsTable(const QString &path)
{
    return columnOf(path, "SELECT sql FROM sqlite_master WHERE name = 'outputs'", 0);
}

// How many segments of the search index FTS5 merges at a time (empty: FTS5's default, 4).
QString searchAutomerge(const QString &path)
{
    return columnOf(path, "SELECT v FROM search_index_config WHERE k = 'automerge'", 0);
}

} // namespace

TEST(Migrations, APortfolioOfSchema5GetsItsSmallerFasterLayoutAndKeepsEveryPage)
{
    TemporaryPortfolio portfolio;
    const QString before = importSamples(portfolio);
    ASSERT_FALSE(before.isEmpty());
    EXPECT_EQ(searchAutomerge(portfolio.path()), QStringLiteral("16"));
    // What Salkku of schema 5 left: every import's lookup of a page's bytes read every source, the search
    // index merged its segments four at a time, outputs and a page's people had rowids and an index of their
    // keys beside them, and the pages' identities had a second index.
    rawSql(
        portfolio.path(),
        "DROP INDEX sources_sha256; DELETE FROM search_index_config WHERE k = 'automerge';"
        " CREATE TABLE outputs_v5 (sub_area_id INTEGER NOT NULL REFERENCES sub_areas(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (sub_area_id, position));"
        " INSERT INTO outputs_v5 SELECT sub_area_id, position, text FROM outputs; DROP TABLE outputs;"
        " PRAGMA legacy_alter_table = ON; ALTER TABLE outputs_v5 RENAME TO outputs;"
        " CREATE TABLE people_v5 (page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,"
        "  position INTEGER NOT NULL, person_id INTEGER NOT NULL REFERENCES people(id), role TEXT,"
        "  PRIMARY KEY (page_id, position));"
        " INSERT INTO people_v5 SELECT * FROM page_people; DROP TABLE page_people;"
        " ALTER TABLE people_v5 RENAME TO page_people;"
        " CREATE INDEX page_people_person ON page_people(person_id);"
        " CREATE INDEX pages_identity_live ON pages(identity) WHERE trashed_at IS NULL;"
        " PRAGMA user_version = 5;");
    EXPECT_TRUE(sourceLookupPlan(portfolio.path()).contains(QStringLiteral("SCAN")));
    EXPECT_EQ(searchAutomerge(portfolio.path()), QString());
    EXPECT_FALSE(outputsTable(portfolio.path()).contains(QStringLiteral("WITHOUT ROWID")));
    EXPECT_FALSE(columnOf(portfolio.path(), "SELECT sql FROM sqlite_master WHERE name = 'page_people'", 0)
                     .contains(QStringLiteral("WITHOUT ROWID")));
    const QString outputs = columnOf(portfolio.path(), "SELECT count(*) FROM outputs", 0);
    ASSERT_NE(outputs, QStringLiteral("0"));
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
        EXPECT_EQ(canonicalDump(*store), before);
        // The search's view reads the new outputs: a page stored again is taken out of the index and put
        // back.
        core::PageRecord page = sampleRecord(QStringLiteral("satakunta-sote-valmistelu.txt"));
        page.purpose = QStringLiteral("Kuntoutusohjaajien verkostopäivät.");
        ASSERT_TRUE(store->store(page, sourceFor(QStringLiteral("again"), QStringLiteral("9"))).ok());
        EXPECT_EQ(hitNames(*store, QStringLiteral("kuntoutusohjaaja")), QStringList{page.name});
        EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
    }
    EXPECT_TRUE(QFileInfo::exists(portfolio.path() + QStringLiteral(".v5.bak")));
    EXPECT_TRUE(
        sourceLookupPlan(portfolio.path()).contains(QStringLiteral("INDEX sources_sha256 (sha256=?)")))
        << sourceLookupPlan(portfolio.path()).toStdString();
    EXPECT_EQ(searchAutomerge(portfolio.path()), QStringLiteral("16"));
    EXPECT_TRUE(outputsTable(portfolio.path()).contains(QStringLiteral("WITHOUT ROWID")));
    EXPECT_EQ(columnOf(portfolio.path(), "SELECT count(*) FROM outputs", 0), outputs);
    // So are the other tables keyed by page and position, with their own indexes.
    EXPECT_EQ(
        columnOf(portfolio.path(),
                 "SELECT count(*) FROM sqlite_master WHERE name IN ('page_people', 'page_funders', 'links')"
                 " AND sql LIKE '%WITHOUT ROWID'",
                 0),
        QStringLiteral("3"));
    // A rebuilt table keeps its indexes: a person's pages are still found through one.
    EXPECT_TRUE(columnOf(portfolio.path(),
                         "EXPLAIN QUERY PLAN SELECT page_id FROM page_people WHERE person_id = 1", 3)
                    .contains(QStringLiteral("INDEX page_people_person")));
    EXPECT_EQ(columnOf(portfolio.path(),
                       "SELECT count(*) FROM sqlite_master WHERE name = 'pages_identity_live'", 0),
              QStringLiteral("0"));
}

TEST(Migrations, ANewPortfolioHasPagesOf16KiBAndAnOlderOneKeepsItsOwn)
{
    TemporaryPortfolio portfolio;
    ASSERT_TRUE(portfolio.open());
    EXPECT_EQ(columnOf(portfolio.path(), "PRAGMA page_size", 0), QStringLiteral("16384"));

    TemporaryPortfolio older;
    ASSERT_TRUE(QFile::copy(QString::fromUtf8(kLegacyPortfolio), older.path()));
    QFile::setPermissions(older.path(), QFile::ReadOwner | QFile::WriteOwner);
    const QString size = columnOf(older.path(), "PRAGMA page_size", 0);
    ASSERT_TRUE(older.open());
    EXPECT_EQ(columnOf(older.path(), "PRAGMA page_size", 0), size);
}

TEST(Migrations, APortfolioFromANewerSalkkuIsRefused)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
    }
    rawSql(portfolio.path(), "PRAGMA user_version = 99;");
    auto store = storage::PortfolioStore::open(portfolio.path());
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("newer Salkku")))
        << store.error().message.toStdString();
}

TEST(Migrations, AnOlderPortfolioOpenedReadOnlyIsAClearError)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
    }
    rawSql(portfolio.path(), "DROP TABLE search_index; DROP VIEW search_content; DROP TABLE search_units;"
                             " PRAGMA user_version = 1;");
    storage::DatabaseOptions readOnly;
    readOnly.readOnly = true;
    auto store = storage::PortfolioStore::open(portfolio.path(), readOnly);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("read-only")));
}

TEST(Migrations, AFileThatIsNoPortfolioIsAClearError)
{
    TemporaryPortfolio portfolio;
    QFile file(portfolio.path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto store = storage::PortfolioStore::open(portfolio.path());
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("not a Salkku portfolio")))
        << store.error().message.toStdString();
}

TEST(Migrations, AnotherProgramsSqliteFileIsLeftAlone)
{
    TemporaryPortfolio portfolio;
    rawSql(portfolio.path(), "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);");
    auto store = storage::PortfolioStore::open(portfolio.path());
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("another program's SQLite database")));
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(portfolio.path().toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &statement, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(statement, 0), 1); // nothing was added
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST(Migrations, TwoSalkkusCreatingThePortfolioAtOnceBothSucceed)
{
    TemporaryPortfolio portfolio;
    std::atomic<int> opened = 0;
    auto open = [&] {
        auto store = storage::PortfolioStore::open(portfolio.path());
        if (store.ok())
            ++opened;
        else
            ADD_FAILURE() << store.error().toString().toStdString();
    };
    twiceAtOnce(open);
    EXPECT_EQ(opened.load(), 2);
}

TEST(Migrations, AnIndexBuiltByAnotherTokenizerIsRebuilt)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(storeFixture(*store, QStringLiteral("project-complete.txt")));
    }
    rawSql(portfolio.path(),
           "UPDATE meta SET value = 'salkku_fi/0' WHERE key = 'search_tokenizer';"
           " DELETE FROM search_units; INSERT INTO search_index (search_index) VALUES ('delete-all');");
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    EXPECT_FALSE(store->search(QStringLiteral("omaishoitajien")).value().isEmpty());
    EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
}

TEST(Migrations, APortfolioOfSchema3IsUpgradedWithEveryPageAndTakesTheCoordinatorsLayer)
{
    TemporaryPortfolio portfolio;
    const QString before = importSamples(portfolio);
    ASSERT_FALSE(before.isEmpty());
    // What Salkku 0.2 (schema 3) left: no coordinator's layer, no trash, and a search index of its own
    // (today's view of the search's text reads the notes, so it goes first; the index is built again).
    rawSql(portfolio.path(),
           "DROP VIEW search_content; UPDATE meta SET value = 'salkku_fi/3' WHERE key = 'search_tokenizer';"
           " DROP TABLE item_tags; DROP TABLE tags; DROP TABLE notes; DROP TABLE follow_ups;"
           " DROP TABLE collection_items; DROP TABLE collections; DROP TABLE sub_area_marks;"
           " DROP INDEX pages_trashed; DROP INDEX sources_sha256;"
           " ALTER TABLE pages DROP COLUMN trashed_at; ALTER TABLE pages DROP COLUMN trashed_with;"
           " PRAGMA user_version = 3;");
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    EXPECT_TRUE(QFileInfo::exists(portfolio.path() + QStringLiteral(".v3.bak")));
    EXPECT_EQ(canonicalDump(*store), before);
    const qint64 id = store->list().value().front().id;
    ASSERT_TRUE(store->coordinator().addTag({id, 0}, QStringLiteral("päivitetty")).ok());
    EXPECT_EQ(store->coordinator().tagNames().value(), QStringList{QStringLiteral("päivitetty")});
    EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
}
