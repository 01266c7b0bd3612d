#pragma once

#include "core/PageRecord.h"
#include "storage/PortfolioStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>

namespace salkku::testing {

// A portfolio in a fresh temporary folder, or (PostgreSQL) in a new database of the tests' server, set up as
// `salkku server-init` does and dropped at the end.
class TemporaryPortfolio
{
public:
    explicit TemporaryPortfolio(storage::Backend backend = storage::Backend::SQLite);
    ~TemporaryPortfolio();
    TemporaryPortfolio(const TemporaryPortfolio &) = delete;
    TemporaryPortfolio &operator=(const TemporaryPortfolio &) = delete;

    // The file, or the server address (what --db takes).
    QString path() const;
    QString folder() const { return m_dir.path(); }
    storage::Backend backend() const { return m_backend; }
    std::unique_ptr<storage::PortfolioStore> open(const storage::DatabaseOptions &options = {}) const;

private:
    storage::Backend m_backend;
    QTemporaryDir m_dir;
    QString m_address;
};

// The tests' PostgreSQL server (tests/support/postgres-cluster, started by ctest's "postgres" fixture in the
// build folder, or by hand with SALKKU_TEST_POSTGRES naming its state folder): the address of one of its
// databases. Fails the test when there is no server: a test that needs it never passes without it. user: one
// of the server's team members (anna_reader, pekka_editor: see postgres-cluster); empty: its administrator.
QString testServerAddress(const QString &database, const QString &user = QString());
// A new database name, unique on the server across parallel test processes.
QString uniqueDatabaseName();

// A PostgreSQL server of a test's own (tests/support/postgres-cluster), for a test that restarts it:
// restarting the tests' shared server would break the tests running beside it. While it lives, libpq reads
// its password file (PGPASSFILE), in this process and in the processes it starts.
class PrivateServer
{
public:
    PrivateServer();
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    // The address of a portfolio on it (made as server-init makes one); empty when it did not start.
    const QString &address() const { return m_address; }
    // As an administrator restarts a server: every client's connection breaks.
    bool restart();

private:
    QTemporaryDir m_state;
    bool m_started = false;
    QString m_address;
    std::optional<QByteArray> m_passwordFileBefore;
};

struct PsqlResult
{
    int exitCode = -1;
    QByteArray errors;
};
// Runs SQL on a server's database past Salkku, as another program (or an older Salkku) would.
PsqlResult psql(const QString &address, const QString &sql);
// Runs SQL on a portfolio past Salkku: through SQLite for a file, psql (in the schema salkku) for a server.
// What went wrong, or nothing.
QString sqlPastSalkku(const TemporaryPortfolio &portfolio, const QString &sql);

// Runs `work` on two threads at the same time (two Salkkus at once) and waits for both. QThreads: Qt Sql on
// a plain std::thread leaves Qt's adopted-thread data behind.
void twiceAtOnce(const std::function<void()> &work);

// For TEST_P suites that run on both backends.
class OnBothBackends : public ::testing::TestWithParam<storage::Backend>
{
};
std::string backendName(const ::testing::TestParamInfo<storage::Backend> &info);
#define SALKKU_ON_BOTH_BACKENDS(suite)                                                                       \
    INSTANTIATE_TEST_SUITE_P(                                                                                \
        Backends, suite,                                                                                     \
        ::testing::Values(::salkku::storage::Backend::SQLite, ::salkku::storage::Backend::PostgreSQL),       \
        ::salkku::testing::backendName)

// A parsed page from tests/import/fixtures, data/samples or a text.
core::PageRecord fixtureRecord(const QString &name);
core::PageRecord sampleRecord(const QString &name);
core::PageRecord textRecord(const QString &text, const QString &file = QStringLiteral("page.txt"));

// A small project page in the Innokylä layout.
QString projectPageText(const QString &name, const QString &extra = QString());

// Stores a fixture page (tests/import/fixtures) as a first import; true when it was stored.
bool storeFixture(storage::PortfolioStore &store, const QString &name);

// A source description for a record with the given content hash.
storage::SourceInfo sourceFor(const QString &path, const QString &sha256);
// The names of the pages a search finds, best first, each once; a failed search fails the test.
QStringList hitNames(storage::PortfolioStore &store, const QString &query);
// Runs SQL on a portfolio file directly, as another program (or an older Salkku) would; a failure fails the
// test.
void rawSql(const QString &path, const char *sql);

// What a portfolio holds, as JSON text without ids, import times or file paths: equal for equal portfolios.
QString canonicalDump(storage::PortfolioStore &store);

// The event loop's application: it must exist before a connection subscribes (the driver's socket notifier
// belongs to the thread's event dispatcher).
void coreApplication();
// Runs the event loop (where notices arrive) until the condition holds, or at most 30 s.
bool eventually(const std::function<bool()> &condition);

} // namespace salkku::testing
