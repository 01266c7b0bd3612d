#include "StorageTestSupport.h"
#include "storage/FinnishTokenizer.h"
#include "storage/ImportRunner.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>
#include <sqlite3.h>
#include <thread>

using namespace salkku;
using namespace salkku::testing;

TEST(Reliability, AReadOnlyPortfolioIsBrowsedButNotWritten)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(storeFixture(*store, QStringLiteral("project-complete.txt")));
    }
    storage::DatabaseOptions options;
    options.readOnly = true;
    auto store = portfolio.open(options);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->list().value().size(), 1);
    EXPECT_FALSE(store->search(QStringLiteral("kainuun")).value().isEmpty());
    const auto write = store->store(fixtureRecord(QStringLiteral("practice-page.txt")),
                                    sourceFor(QStringLiteral("b"), QStringLiteral("2")));
    ASSERT_FALSE(write.ok());
    EXPECT_TRUE(write.error().message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(store->list().value().size(), 1);
}

TEST(Reliability, AMissingFolderIsAClearError)
{
    auto store = storage::PortfolioStore::open(QStringLiteral("/nonexistent-salkku-folder/portfolio.sqlite"));
    ASSERT_FALSE(store.ok());
    EXPECT_TRUE(store.error().message.contains(QStringLiteral("folder")));
}

TEST(Reliability, AFullDiskLosesNothingAndTheNextImportWorks)
{
    TemporaryPortfolio portfolio;
    QString before;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(storeFixture(*store, QStringLiteral("practice-page.txt")));
        ASSERT_TRUE(store->optimize().ok());
        before = canonicalDump(*store);
    }
    {
        storage::DatabaseOptions full;
        full.maxPageCount = 1; // no room for anything more (SQLite keeps the current size as the minimum)
        auto store = portfolio.open(full);
        ASSERT_TRUE(store);
        core::PageRecord big = sampleRecord(QStringLiteral("satakunta-sote-valmistelu.txt"));
        // More than the free room inside the file's pages.
        big.purpose += QStringLiteral(" Kotihoidon kehittäminen jatkuu.").repeated(20000);
        const auto result = store->store(big, sourceFor(QStringLiteral("b"), QStringLiteral("2")));
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("disk is full")))
            << result.error().message.toStdString();
        EXPECT_EQ(canonicalDump(*store), before);
        EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
    }
    auto store = portfolio.open();
    const auto result = store->store(sampleRecord(QStringLiteral("satakunta-sote-valmistelu.txt")),
                                     sourceFor(QStringLiteral("b"), QStringLiteral("2")));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(store->list().value().size(), 2);
}

namespace {

// Another program holding the portfolio's write lock, on its own thread and connection, until told to let go.
class LockHolder
{
public:
    explicit LockHolder(const QString &path)
    {
        m_thread = std::thread([this, path] {
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            (void)storage::FinnishTokenizer::registerOn(db);
            sqlite3_exec(db, "BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('lock-holder', 'x');",
                         nullptr, nullptr, nullptr);
            {
                std::unique_lock lock(m_mutex);
                m_locked = true;
                m_changed.notify_all();
                m_changed.wait(lock, [this] { return m_release; });
            }
            sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_locked; });
    }

    ~LockHolder()
    {
        release();
        m_thread.join();
    }

    void release()
    {
        std::lock_guard lock(m_mutex);
        m_release = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_locked = false;
    bool m_release = false;
    std::thread m_thread;
};

} // namespace

TEST(Reliability, AnImportWaitsForAnotherWriterThenSucceeds)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
    }
    LockHolder holder(portfolio.path());
    storage::DatabaseOptions options;
    options.busyTimeoutMs = 60000;
    bool waited = false;
    // The other program lets go once the import has begun to wait for it.
    options.onFirstBusyWait = [&] {
        waited = true;
        holder.release();
    };
    auto store = portfolio.open(options);
    ASSERT_TRUE(store);
    const auto result = store->store(fixtureRecord(QStringLiteral("practice-page.txt")),
                                     sourceFor(QStringLiteral("a"), QStringLiteral("1")));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_TRUE(waited);
    EXPECT_EQ(store->list().value().size(), 1);
}

TEST(Reliability, PastTheTimeoutABusyPortfolioIsAClearErrorAndTheNextImportWorks)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
    }
    storage::DatabaseOptions options;
    options.busyTimeoutMs = 100;
    auto store = portfolio.open(options);
    ASSERT_TRUE(store);
    {
        LockHolder holder(portfolio.path());
        const auto result = store->store(fixtureRecord(QStringLiteral("practice-page.txt")),
                                         sourceFor(QStringLiteral("a"), QStringLiteral("1")));
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("busy")))
            << result.error().message.toStdString();
    }
    const auto again = store->store(fixtureRecord(QStringLiteral("practice-page.txt")),
                                    sourceFor(QStringLiteral("a"), QStringLiteral("1")));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(store->list().value().size(), 1);
}

TEST(Reliability, ABusyPortfolioStopsTheImportInsteadOfWaitingForEachFile)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
    }
    storage::DatabaseOptions options;
    options.busyTimeoutMs = 100;
    auto store = portfolio.open(options);
    LockHolder holder(portfolio.path());
    const auto report = storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_EQ(report.count(storage::ImportItem::Status::Failed), static_cast<int>(report.items.size()));
    EXPECT_TRUE(report.items.front().message.contains(QStringLiteral("busy")));
    EXPECT_TRUE(report.items.back().message.contains(QStringLiteral("not tried")));
}
