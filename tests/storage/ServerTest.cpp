// A shared portfolio on PostgreSQL: addresses, set-up and the messages a team member sees when something is
// wrong. (The portfolio's behaviour on the server is tested with the file's: the suites on both backends.)
#include "StorageTestSupport.h"
#include "storage/Location.h"
#include "storage/ServerSetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using storage::Backend;
using storage::Location;

namespace {

QString errorOf(const core::Result<std::unique_ptr<storage::PortfolioStore>> &store)
{
    return store ? QString() : store.error().toString();
}

// The event loop's application: it must exist before a connection subscribes (the driver's socket notifier
// belongs to the thread's event dispatcher).
void application()
{
    static int argc = 1;
    static char name[] = "storage_tests";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // NOLINT: lives as long as the test program
}

// Runs the event loop (where notices arrive) until the condition holds, or at most 30 s.
bool eventually(const std::function<bool()> &condition)
{
    QElapsedTimer waited;
    waited.start();
    while (!condition()) {
        if (waited.hasExpired(30000))
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

TEST(ServerAddress, AUriGivesUserHostPortDatabaseAndSettings)
{
    const auto location =
        Location::parse(QStringLiteral("postgresql://anna@db.example.fi:5433/sote?sslmode=require"));
    ASSERT_TRUE(location.ok());
    EXPECT_EQ(location.value().backend, Backend::PostgreSQL);
    EXPECT_EQ(location.value().user, QStringLiteral("anna"));
    EXPECT_EQ(location.value().host, QStringLiteral("db.example.fi"));
    EXPECT_EQ(location.value().port, 5433);
    EXPECT_EQ(location.value().database, QStringLiteral("sote"));
    EXPECT_EQ(location.value().options, QStringList{QStringLiteral("sslmode=require")});
}

TEST(ServerAddress, ASocketFolderAndAServiceNameAreAddressesToo)
{
    const auto socket = Location::parse(QStringLiteral("postgres://%2Fvar%2Frun%2Fpostgresql/salkku"));
    ASSERT_TRUE(socket.ok());
    EXPECT_EQ(socket.value().host, QStringLiteral("/var/run/postgresql"));
    EXPECT_EQ(socket.value().database, QStringLiteral("salkku"));
    const auto service = Location::parse(QStringLiteral("service=tiimi"));
    ASSERT_TRUE(service.ok());
    EXPECT_EQ(service.value().backend, Backend::PostgreSQL);
    EXPECT_EQ(service.value().options, QStringList{QStringLiteral("service=tiimi")});
}

TEST(ServerAddress, AFileIsAFile)
{
    const auto file = Location::parse(QStringLiteral("/home/anna/postgresql.sqlite"));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file.value().backend, Backend::SQLite);
    EXPECT_EQ(file.value().display(), QStringLiteral("/home/anna/postgresql.sqlite"));
}

TEST(ServerAddress, APasswordInTheAddressIsRefusedAndNeverRepeated)
{
    for (const QString &address : {QStringLiteral("postgresql://anna:Salainen1@db/sote"),
                                   QStringLiteral("postgresql://anna@db/sote?password=Salainen1"),
                                   QStringLiteral("service=tiimi password=Salainen1")}) {
        const auto location = Location::parse(address);
        ASSERT_FALSE(location.ok()) << address.toStdString();
        EXPECT_TRUE(location.error().message.contains(QStringLiteral(".pgpass")))
            << location.error().message.toStdString();
        EXPECT_FALSE(location.error().toString().contains(QStringLiteral("Salainen1")));
    }
}

TEST(ServerAddress, TheDisplayedAddressReadsBackAsTheSameAddress)
{
    const auto location =
        Location::parse(QStringLiteral("postgresql://anna@%2Ftmp%2Fpg:5432/tiimi?connect_timeout=5"));
    ASSERT_TRUE(location.ok());
    const auto again = Location::parse(location.value().display());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().host, QStringLiteral("/tmp/pg"));
    EXPECT_EQ(again.value().user, QStringLiteral("anna"));
    EXPECT_EQ(again.value().database, QStringLiteral("tiimi"));
    EXPECT_EQ(again.value().options, location.value().options);
    EXPECT_FALSE(Location::parse(QStringLiteral("postgresql://db:99999/x")).ok());
    EXPECT_FALSE(Location::parse(QStringLiteral("postgresql://db/x?colour=blue")).ok());
}

TEST(Server, ADatabaseWithoutAPortfolioSaysHowToMakeOne)
{
    const auto store = storage::PortfolioStore::open(testServerAddress(QStringLiteral("postgres")));
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(errorOf(store).contains(QStringLiteral("salkku server-init")))
        << errorOf(store).toStdString();
}

TEST(Server, AnUnreachableServerIsAClearError)
{
    const auto store =
        storage::PortfolioStore::open(QStringLiteral("postgresql://anna@%2Fno%2Fsuch%2Ffolder:5432/tiimi"));
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(errorOf(store).contains(QStringLiteral("cannot reach the PostgreSQL server")))
        << errorOf(store).toStdString();
    EXPECT_TRUE(errorOf(store).startsWith(QStringLiteral("postgresql://anna@")))
        << errorOf(store).toStdString();
}

TEST(Server, AWrongPasswordIsAClearErrorThatNeverShowsIt)
{
    TemporaryPortfolio portfolio(Backend::PostgreSQL);
    const QByteArray passfile = qgetenv("PGPASSFILE");
    QTemporaryDir dir;
    const QString wrong = dir.filePath(QStringLiteral("pgpass"));
    {
        QFile file(wrong);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("*:*:*:*:Vaara-Salasana-42\n");
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    qputenv("PGPASSFILE", wrong.toLocal8Bit());
    const auto store = storage::PortfolioStore::open(portfolio.path());
    qputenv("PGPASSFILE", passfile);
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(errorOf(store).contains(QStringLiteral("refused the password")))
        << errorOf(store).toStdString();
    EXPECT_FALSE(errorOf(store).contains(QStringLiteral("Vaara-Salasana-42")));
}

TEST(Server, SettingUpAgainChangesNothing)
{
    TemporaryPortfolio portfolio(Backend::PostgreSQL);
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(storeFixture(*store, QStringLiteral("project-complete.txt")));
    const auto again = storage::ServerSetup::initialize(Location::parse(portfolio.path()).value());
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_FALSE(again.value().createdDatabase);
    EXPECT_EQ(again.value().schemaVersion, 4);
    EXPECT_EQ(store->list().value().size(), 1);
}

TEST(Server, AReadOnlyConnectionRefusesWritesWithASentence)
{
    TemporaryPortfolio portfolio(Backend::PostgreSQL);
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(storeFixture(*store, QStringLiteral("project-complete.txt")));
    }
    storage::DatabaseOptions readOnly;
    readOnly.readOnly = true;
    auto reader = portfolio.open(readOnly);
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->list().value().size(), 1);
    const auto stored = reader->store(fixtureRecord(QStringLiteral("project-complete.txt")),
                                      sourceFor(QStringLiteral("b.txt"), QStringLiteral("other")));
    ASSERT_FALSE(stored.ok());
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("read-only")))
        << stored.error().message.toStdString();
}

TEST(Server, AReaderBrowsesAndSearchesButEveryWriteIsRefusedByTheServerToo)
{
    TemporaryPortfolio portfolio(Backend::PostgreSQL);
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(storeFixture(*store, QStringLiteral("project-complete.txt")));
    }
    const Location location = Location::parse(portfolio.path()).value();
    ASSERT_TRUE(storage::ServerSetup::grant(location, QStringLiteral("anna_reader"),
                                            storage::ServerSetup::Role::Reader));
    ASSERT_TRUE(storage::ServerSetup::grant(location, QStringLiteral("pekka_editor"),
                                            storage::ServerSetup::Role::Editor));

    const QString readerAddress = testServerAddress(location.database, QStringLiteral("anna_reader"));
    auto reader = storage::PortfolioStore::open(readerAddress);
    ASSERT_TRUE(reader.ok()) << errorOf(reader).toStdString();
    EXPECT_TRUE(reader.value()->readOnly());
    const auto pages = reader.value()->list();
    ASSERT_TRUE(pages.ok());
    ASSERT_EQ(pages.value().size(), 1);
    EXPECT_FALSE(reader.value()->search(pages.value().front().name).value().isEmpty());
    const auto stored = reader.value()->store(fixtureRecord(QStringLiteral("article-news.txt")),
                                              sourceFor(QStringLiteral("n.txt"), QStringLiteral("n")));
    ASSERT_FALSE(stored.ok());
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("read-only")))
        << stored.error().message.toStdString();
    const auto tagged =
        reader.value()->coordinator().addTag({pages.value().front().id, 0}, QStringLiteral("x"));
    ASSERT_FALSE(tagged.ok());

    // Past Salkku, with SQL of its own, the server refuses the reader too.
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), readerAddress,
                QStringLiteral("-c"),
                QStringLiteral("INSERT INTO salkku.tags (name, match_key) VALUES ('ohi', 'ohi')")});
    ASSERT_TRUE(psql.waitForFinished(60000));
    EXPECT_NE(psql.exitCode(), 0);
    EXPECT_TRUE(psql.readAllStandardError().contains("permission denied"));

    // An editor imports and annotates.
    auto editor =
        storage::PortfolioStore::open(testServerAddress(location.database, QStringLiteral("pekka_editor")));
    ASSERT_TRUE(editor.ok()) << errorOf(editor).toStdString();
    EXPECT_FALSE(editor.value()->readOnly());
    EXPECT_TRUE(
        editor.value()->coordinator().addTag({pages.value().front().id, 0}, QStringLiteral("seuranta")).ok());
    EXPECT_TRUE(editor.value()
                    ->store(fixtureRecord(QStringLiteral("article-news.txt")),
                            sourceFor(QStringLiteral("n.txt"), QStringLiteral("n")))
                    .ok());
    EXPECT_EQ(reader.value()->coordinator().tagCounts({}).value().size(), 1);
}

TEST(Server, OtherClientsHearOfEveryCommittedChangeAndNotOfTheirOwn)
{
    application();
    TemporaryPortfolio portfolio(Backend::PostgreSQL);
    auto writer = portfolio.open();
    auto watcher = portfolio.open();
    ASSERT_TRUE(writer && watcher);
    QList<storage::PortfolioChange> heard;
    ASSERT_TRUE(
        watcher->watchChanges([&heard](const storage::PortfolioChange &change) { heard.append(change); }));

    const auto stored = writer->store(fixtureRecord(QStringLiteral("project-complete.txt")),
                                      sourceFor(QStringLiteral("a.txt"), QStringLiteral("a")));
    ASSERT_TRUE(stored.ok());
    const qint64 id = stored.value().pageId;
    ASSERT_TRUE(eventually([&] { return !heard.isEmpty(); }));
    EXPECT_EQ(heard.takeFirst(), (storage::PortfolioChange{storage::PortfolioChange::Kind::Pages, {id}}));

    // The watcher's own change is not announced to it; the writer's next one is, in order.
    ASSERT_TRUE(watcher->coordinator().addTag({id, 0}, QStringLiteral("oma")));
    ASSERT_TRUE(writer->coordinator().addNote({id, 2}, QStringLiteral("Huomio."), QStringLiteral("Pekka"),
                                              QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)));
    ASSERT_TRUE(eventually([&] { return !heard.isEmpty(); }));
    EXPECT_EQ(heard, (QList<storage::PortfolioChange>{{storage::PortfolioChange::Kind::Layer, {id}}}));

    // A change about no page in particular (a new collection) names none.
    heard.clear();
    ASSERT_TRUE(writer->coordinator().createCollection(QStringLiteral("Kevät")));
    ASSERT_TRUE(eventually([&] { return !heard.isEmpty(); }));
    EXPECT_EQ(heard, (QList<storage::PortfolioChange>{{storage::PortfolioChange::Kind::Layer, {}}}));

    TemporaryPortfolio file;
    EXPECT_FALSE(file.open()->watchChanges([](const storage::PortfolioChange &) {}));
}

TEST(Server, APortfolioOfANewerSalkkuIsRefusedWithASentence)
{
    TemporaryPortfolio portfolio(Backend::PostgreSQL);
    ASSERT_TRUE(portfolio.open());
    // What a newer Salkku would leave behind: a later schema version (written past Salkku, with psql).
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                portfolio.path(), QStringLiteral("-c"),
                QStringLiteral("UPDATE salkku.meta SET value = '99' WHERE key = 'schema_version'")});
    ASSERT_TRUE(psql.waitForFinished(60000));
    ASSERT_EQ(psql.exitCode(), 0) << psql.readAllStandardError().toStdString();
    const auto store = storage::PortfolioStore::open(portfolio.path());
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(errorOf(store).contains(QStringLiteral("newer Salkku"))) << errorOf(store).toStdString();
}
