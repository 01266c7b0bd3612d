#include "StorageTestSupport.h"

#include "core/RecordJson.h"
#include "import/InnokylaParser.h"
#include "storage/FinnishTokenizer.h"
#include "storage/ServerSetup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <sqlite3.h>

namespace salkku::testing {

namespace {

core::PageRecord parseFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    auto result = importer::InnokylaParser::parse(file.readAll(), path);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : core::PageRecord{};
}

} // namespace

QString testServerAddress(const QString &database, const QString &user)
{
    // The build's own server (ctest starts it), unless another is named.
    const QString state =
        qEnvironmentVariable("SALKKU_TEST_POSTGRES", QStringLiteral(SALKKU_TEST_POSTGRES_STATE));
    QFile file(state + QStringLiteral("/address"));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE()
            << "the tests' PostgreSQL server is not running (no " << file.fileName().toStdString()
            << "): run the tests with ctest, whose \"postgres\" fixture starts it (see the "
               "postgres_cluster_start test's output), or start one with tests/support/postgres-cluster "
               "start DIR and set SALKKU_TEST_POSTGRES=DIR";
        return {};
    }
    // libpq reads the password from here; Salkku never sees it.
    if (qEnvironmentVariableIsEmpty("PGPASSFILE"))
        qputenv("PGPASSFILE", (state + QStringLiteral("/pgpass")).toLocal8Bit());
    QString address = QString::fromUtf8(file.readAll()).trimmed();
    address.truncate(address.lastIndexOf(u'/') + 1);
    if (!user.isEmpty())
        address.replace(QStringLiteral("salkku_admin@"), user + u'@');
    return address + database;
}

QString uniqueDatabaseName()
{
    static int counter = 0;
    return QStringLiteral("salkku_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

std::string backendName(const ::testing::TestParamInfo<storage::Backend> &info)
{
    return info.param == storage::Backend::PostgreSQL ? "PostgreSQL" : "SQLite";
}

namespace {

const QString kClusterScript = QStringLiteral(SALKKU_SOURCE_DIR "/tests/support/postgres-cluster");

} // namespace

PrivateServer::PrivateServer()
{
    m_started = QProcess::execute(QStringLiteral("sh"),
                                  {kClusterScript, QStringLiteral("start"), m_state.path()}) == 0;
    QFile addressFile(m_state.filePath(QStringLiteral("address")));
    if (!m_started || !addressFile.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "a PostgreSQL server of the test's own did not start in "
                      << m_state.path().toStdString();
        return;
    }
    if (qEnvironmentVariableIsSet("PGPASSFILE"))
        m_passwordFileBefore = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", m_state.filePath(QStringLiteral("pgpass")).toLocal8Bit());
    const QString address = QString::fromUtf8(addressFile.readAll()).trimmed();
    const QString portfolio = address.left(address.lastIndexOf(u'/') + 1) + QStringLiteral("restarted");
    auto location = storage::Location::parse(portfolio);
    if (!location) {
        ADD_FAILURE() << location.error().toString().toStdString();
        return;
    }
    auto initialized = storage::ServerSetup::initialize(location.value());
    if (initialized)
        m_address = portfolio;
    else
        ADD_FAILURE() << initialized.error().toString().toStdString();
}

PrivateServer::~PrivateServer()
{
    if (m_started)
        QProcess::execute(QStringLiteral("sh"), {kClusterScript, QStringLiteral("stop"), m_state.path()});
    if (m_passwordFileBefore)
        qputenv("PGPASSFILE", *m_passwordFileBefore);
    else
        qunsetenv("PGPASSFILE");
}

bool PrivateServer::restart()
{
    return QProcess::execute(QStringLiteral("sh"),
                             {kClusterScript, QStringLiteral("restart"), m_state.path()}) == 0;
}

PsqlResult psql(const QString &address, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), address, QStringLiteral("-c"), sql});
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardError()};
}

QString sqlPastSalkku(const TemporaryPortfolio &portfolio, const QString &sql)
{
    if (portfolio.backend() == storage::Backend::PostgreSQL) {
        const PsqlResult result = psql(portfolio.path(), QStringLiteral("SET search_path = salkku; ") + sql);
        return result.exitCode == 0 ? QString() : QString::fromLocal8Bit(result.errors) + u' ';
    }
    const QString connection = QStringLiteral("past-salkku");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(portfolio.path());
        QSqlQuery query(db);
        if (!db.open())
            failure = db.lastError().text() + u' ';
        else if (!query.exec(sql))
            failure = query.lastError().text() + u' ';
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

void twiceAtOnce(const std::function<void()> &work)
{
    std::unique_ptr<QThread> first(QThread::create(work));
    std::unique_ptr<QThread> second(QThread::create(work));
    first->start();
    second->start();
    first->wait();
    second->wait();
}

TemporaryPortfolio::TemporaryPortfolio(storage::Backend backend) : m_backend(backend)
{
    EXPECT_TRUE(m_dir.isValid());
    if (backend != storage::Backend::PostgreSQL)
        return;
    m_address = testServerAddress(uniqueDatabaseName());
    if (m_address.isEmpty())
        return;
    auto location = storage::Location::parse(m_address);
    EXPECT_TRUE(location.ok());
    if (!location)
        return;
    auto initialized = storage::ServerSetup::initialize(location.value());
    EXPECT_TRUE(initialized.ok()) << (initialized ? "" : initialized.error().toString().toStdString());
}

TemporaryPortfolio::~TemporaryPortfolio()
{
    if (m_address.isEmpty())
        return;
    if (auto location = storage::Location::parse(m_address); location) {
        auto dropped = storage::ServerSetup::dropDatabase(location.value());
        EXPECT_TRUE(dropped.ok()) << (dropped ? "" : dropped.error().toString().toStdString());
    }
}

QString TemporaryPortfolio::path() const
{
    return m_backend == storage::Backend::PostgreSQL ? m_address
                                                     : m_dir.filePath(QStringLiteral("portfolio.sqlite"));
}

std::unique_ptr<storage::PortfolioStore>
TemporaryPortfolio::open(const storage::DatabaseOptions &options) const
{
    auto store = storage::PortfolioStore::open(path(), options);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().toString().toStdString());
    return store.ok() ? std::move(store).value() : nullptr;
}

core::PageRecord fixtureRecord(const QString &name)
{
    return parseFile(QStringLiteral(SALKKU_FIXTURE_DIR "/") + name);
}

core::PageRecord sampleRecord(const QString &name)
{
    return parseFile(QStringLiteral(SALKKU_SAMPLE_DIR "/") + name);
}

core::PageRecord textRecord(const QString &text, const QString &file)
{
    auto result = importer::InnokylaParser::parse(text.toUtf8(), file);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : core::PageRecord{};
}

QString projectPageText(const QString &name, const QString &extra)
{
    return QStringLiteral(
               "Kokonaisuuden nimi\n%1\nLyhyt kuvaus\n\nLyhyesti.\n\nToimiaika\n\nvuosina 2020-2021\n\n"
               "Viimeksi muokattu\n\n01.02.2021\n%2")
        .arg(name, extra);
}

storage::SourceInfo sourceFor(const QString &path, const QString &sha256)
{
    return storage::SourceInfo{path, sha256, 100, QDateTime::currentDateTimeUtc(),
                               QStringLiteral(SALKKU_VERSION)};
}

void rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const auto registered = storage::FinnishTokenizer::registerOn(db);
    ASSERT_TRUE(registered.ok()) << registered.error().toString().toStdString();
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
}

QStringList hitNames(storage::PortfolioStore &store, const QString &query)
{
    auto hits = store.search(query);
    EXPECT_TRUE(hits.ok()) << (hits.ok() ? "" : hits.error().toString().toStdString());
    QStringList names;
    if (hits.ok())
        for (const storage::SearchHit &hit : hits.value())
            if (!names.contains(hit.name))
                names.append(hit.name);
    return names;
}

bool storeFixture(storage::PortfolioStore &store, const QString &name)
{
    const auto stored = store.store(fixtureRecord(name), sourceFor(QStringLiteral("a"), QStringLiteral("1")));
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().toString().toStdString());
    return stored.ok();
}

QString canonicalDump(storage::PortfolioStore &store)
{
    storage::ListFilter filter;
    filter.includeArticles = true;
    auto pages = store.list(filter);
    EXPECT_TRUE(pages.ok());
    QStringList objects;
    for (const storage::PageSummary &summary : pages.value()) {
        auto page = store.page(summary.id);
        EXPECT_TRUE(page.ok());
        QJsonObject json = core::RecordJson::toJson(page.value().record);
        json.remove(QStringLiteral("file"));
        json[u"sha256"] = page.value().source.sha256;
        // The links and parts, without the ids, which differ from portfolio to portfolio.
        QJsonArray parts;
        for (const storage::StoredPart &part : page.value().parts) {
            QJsonObject partJson = core::RecordJson::toJson(part.record);
            partJson.remove(QStringLiteral("file"));
            parts.append(partJson);
        }
        json[u"stored_parts"] = parts;
        QJsonArray practices;
        for (const storage::PageLink &link : page.value().practices)
            practices.append(link.name + (link.pageId != 0 ? QStringLiteral(" (imported)") : QString()));
        json[u"stored_practices"] = practices;
        json[u"stored_project"] =
            page.value().project.name +
            (page.value().project.pageId != 0 ? QStringLiteral(" (imported)") : QString());
        objects.append(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
    std::sort(objects.begin(), objects.end());
    return objects.join(u'\n');
}

// The event loop's application: it must exist before a connection subscribes (the driver's socket notifier
// belongs to the thread's event dispatcher).
void coreApplication()
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

} // namespace salkku::testing
