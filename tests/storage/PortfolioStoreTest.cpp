#include "StorageTestSupport.h"
#include "core/RecordJson.h"
#include "storage/ImportRunner.h"

#include <QFile>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace salkku;
using namespace salkku::testing;
using storage::StoreStatus;

namespace {
class PortfolioStore : public OnBothBackends
{
};
} // namespace

TEST_P(PortfolioStore, NothingIsLostBetweenParseAndLoad)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    for (const QString &name : {QStringLiteral("project-complete.txt"), QStringLiteral("practice-page.txt"),
                                QStringLiteral("article-news.txt")}) {
        const core::PageRecord record = fixtureRecord(name);
        const auto stored = store->store(record, sourceFor(name, name));
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
        EXPECT_EQ(stored.value().status, StoreStatus::Imported);
        const auto loaded = store->page(stored.value().pageId);
        ASSERT_TRUE(loaded.ok());
        EXPECT_EQ(core::RecordJson::toJson(loaded.value().record), core::RecordJson::toJson(record))
            << name.toStdString();
        EXPECT_EQ(loaded.value().source.sha256, name);
    }
}

TEST_P(PortfolioStore, TheSameContentAgainIsUnchanged)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    const core::PageRecord record = fixtureRecord(QStringLiteral("project-complete.txt"));
    const auto first = store->store(record, sourceFor(QStringLiteral("a.txt"), QStringLiteral("h1")));
    const auto second = store->store(record, sourceFor(QStringLiteral("b.txt"), QStringLiteral("h1")));
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(second.value().status, StoreStatus::Unchanged);
    EXPECT_EQ(second.value().pageId, first.value().pageId);
}

TEST_P(PortfolioStore, ANewerExportUpdatesInPlaceAndKeepsTheId)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    core::PageRecord record = fixtureRecord(QStringLiteral("project-complete.txt"));
    const auto first = store->store(record, sourceFor(QStringLiteral("a.txt"), QStringLiteral("h1")));
    record.modified = record.modified->addDays(30);
    record.summary = QStringLiteral("Uusi tiivistelmä.");
    record.subAreas.removeLast();
    const auto second = store->store(record, sourceFor(QStringLiteral("a.txt"), QStringLiteral("h2")));
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(second.value().status, StoreStatus::Updated);
    EXPECT_EQ(second.value().pageId, first.value().pageId);
    const auto loaded = store->page(first.value().pageId);
    EXPECT_EQ(loaded.value().record.summary, QStringLiteral("Uusi tiivistelmä."));
    EXPECT_EQ(loaded.value().record.subAreas.size(), 1);
    EXPECT_EQ(store->list().value().size(), 1);
    // The old text is gone from the search index, the new one is in it.
    EXPECT_TRUE(store->search(QStringLiteral("tiivistelmä")).value().size() == 1);
    EXPECT_TRUE(store->search(QStringLiteral("kokeillaan")).value().isEmpty());
}

TEST_P(PortfolioStore, AnOlderExportIsSkippedUnlessForced)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    core::PageRecord record = fixtureRecord(QStringLiteral("project-complete.txt"));
    ASSERT_TRUE(store->store(record, sourceFor(QStringLiteral("new.txt"), QStringLiteral("new"))).ok());
    record.modified = record.modified->addYears(-1);
    record.summary = QStringLiteral("Vanha.");
    const auto skipped = store->store(record, sourceFor(QStringLiteral("old.txt"), QStringLiteral("old")));
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped.value().status, StoreStatus::Skipped);
    EXPECT_TRUE(skipped.value().reason.contains(QStringLiteral("older than the stored page")));
    EXPECT_NE(store->page(skipped.value().pageId).value().record.summary, QStringLiteral("Vanha."));
    const auto forced =
        store->store(record, sourceFor(QStringLiteral("old.txt"), QStringLiteral("old")), true);
    EXPECT_EQ(forced.value().status, StoreStatus::Updated);
    EXPECT_EQ(store->page(forced.value().pageId).value().record.summary, QStringLiteral("Vanha."));
}

TEST_P(PortfolioStore, SameNameInAnotherRegionIsAnotherProject)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    core::PageRecord record = fixtureRecord(QStringLiteral("project-complete.txt"));
    ASSERT_TRUE(store->store(record, sourceFor(QStringLiteral("a"), QStringLiteral("1"))).ok());
    record.region = QStringLiteral("Lappi");
    const auto other = store->store(record, sourceFor(QStringLiteral("b"), QStringLiteral("2")));
    EXPECT_EQ(other.value().status, StoreStatus::Imported);
    EXPECT_EQ(store->list().value().size(), 2);
}

TEST_P(PortfolioStore, ListsInFinnishOrderAndFiltersByRegion)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    int n = 0;
    for (const QString &name :
         {QStringLiteral("Östersundomin hanke"), QStringLiteral("Ähtärin hanke"),
          QStringLiteral("Zürichin hanke"), QStringLiteral("Ålandin hanke"), QStringLiteral("Lapin hanke")}) {
        ASSERT_TRUE(
            store->store(textRecord(projectPageText(name)), sourceFor(name, QString::number(++n))).ok());
    }
    QStringList names;
    for (const storage::PageSummary &page : store->list().value())
        names.append(page.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("Lapin hanke"), QStringLiteral("Zürichin hanke"),
                                  QStringLiteral("Ålandin hanke"), QStringLiteral("Ähtärin hanke"),
                                  QStringLiteral("Östersundomin hanke")}));
    storage::ListFilter lappi;
    lappi.region = QStringLiteral("Lapin");
    ASSERT_EQ(store->list(lappi).value().size(), 1);
    EXPECT_EQ(store->list(lappi).value().front().region, QStringLiteral("Lappi"));
    storage::ListFilter unknown;
    unknown.region = QStringLiteral("Atlantis");
    EXPECT_FALSE(store->list(unknown).ok());
}

TEST_P(PortfolioStore, ListLeavesArticlesOutUnlessAsked)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    ASSERT_TRUE(storeFixture(*store, QStringLiteral("article-news.txt")));
    EXPECT_TRUE(store->list().value().isEmpty());
    storage::ListFilter all;
    all.includeArticles = true;
    ASSERT_EQ(store->list(all).value().size(), 1);
    EXPECT_EQ(store->list(all).value().front().region, QStringLiteral("Pirkanmaa"));
}

TEST_P(PortfolioStore, FindsPagesByName)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    ASSERT_TRUE(storeFixture(*store, QStringLiteral("project-complete.txt")));
    EXPECT_EQ(store->findByName(QStringLiteral("KAINUUN KOTONA ASUMISEN TUKI")).value().size(), 1);
    EXPECT_EQ(store->findByName(QStringLiteral("kotona asumisen")).value().size(), 1);
    EXPECT_TRUE(store->findByName(QStringLiteral("ei ole")).value().isEmpty());
}

TEST_P(PortfolioStore, AMissingPageIsAClearError)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    const auto page = store->page(42);
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().message.contains(QStringLiteral("no page with id 42")));
}

TEST_P(PortfolioStore, IntegrityCheckIsOkAfterWork)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    ASSERT_TRUE(storeFixture(*store, QStringLiteral("project-complete.txt")));
    ASSERT_TRUE(store->optimize().ok());
    EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
}

TEST_P(PortfolioStore, AnArticleWithHeadingsButNoTextUnderThemIsStoredWhole)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    const core::PageRecord record = textRecord(QStringLiteral(
        "Uutinen otsikko\nAihe: Lappi, Digitalisaatio\n\nTausta:\n\nLisätietoja:\n\nTämä on pitkä kappale, "
        "joka kertoo "
        "asiasta paljon enemmän kuin otsikko ja jatkuu vielä pitkään, jotta se on kappale eikä otsikko.\n"));
    const auto stored = store->store(record, sourceFor(QStringLiteral("a"), QStringLiteral("1")));
    ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    EXPECT_EQ(core::RecordJson::toJson(store->page(stored.value().pageId).value().record),
              core::RecordJson::toJson(record));
}

TEST_P(PortfolioStore, ForceOrANewerImporterStoresTheSameFileAgain)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    const core::PageRecord record = fixtureRecord(QStringLiteral("practice-page.txt"));
    storage::SourceInfo source = sourceFor(QStringLiteral("a"), QStringLiteral("1"));
    ASSERT_TRUE(store->store(record, source).ok());
    EXPECT_EQ(store->store(record, source).value().status, storage::StoreStatus::Unchanged);
    EXPECT_EQ(store->store(record, source, true).value().status, storage::StoreStatus::Updated);
    source.importerVersion = QStringLiteral("99.0.0");
    EXPECT_EQ(store->store(record, source).value().status, storage::StoreStatus::Updated);
}

SALKKU_ON_BOTH_BACKENDS(PortfolioStore);

// Opening a portfolio writes nothing to it: a start waits for no disk, and a file that is only looked at
// keeps its bytes (no header rewritten, nothing left in the write-ahead log).
TEST(PortfolioFile, OpeningItAgainWritesNothingToIt)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(storeFixture(*store, QStringLiteral("project-complete.txt")));
    }
    const auto bytes = [&portfolio] {
        QFile file(portfolio.path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    ASSERT_FALSE(before.isEmpty());
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
        ASSERT_EQ(store->list().value().size(), 1);
    }
    EXPECT_TRUE(bytes() == before);
}

// The window's tree reader: a newer keystroke stops the read under way from the GUI thread, between its
// statements too, until the reader takes the next request.
TEST(PortfolioFile, AnInterruptFromAnotherThreadStopsTheReadsUntilItIsCleared)
{
    TemporaryPortfolio portfolio;
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
        ASSERT_FALSE(storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    }
    storage::BrowseFilter filter;
    filter.text = QStringLiteral("palvelu");
    std::atomic<storage::PortfolioStore *> shared = nullptr;
    std::atomic<int> reads = 0; // -1: the thread could not open the portfolio
    std::atomic<bool> interrupted = false;
    QString failure;
    int countAfter = -1;
    std::thread reader([&] {
        auto store = portfolio.open(); // the reading thread's own connection
        if (!store) {
            reads = -1;
            return;
        }
        store->interrupt(); // with nothing running, and cleared: stops nothing
        store->clearInterrupt();
        shared = store.get();
        for (int read = 0; read < 100 && failure.isEmpty(); ++read) {
            auto count = store->countPages(filter);
            if (!count) {
                failure = count.error().message;
            } else if (++reads == 1) {
                while (!interrupted) { // the first read worked: the next one begins after the interrupt
                }
            }
        }
        store->clearInterrupt();
        if (auto count = store->countPages(filter))
            countAfter = count.value();
    });
    while (reads == 0) {
    }
    if (reads > 0)
        shared.load()->interrupt(); // between two reads: no statement runs
    interrupted = true;
    reader.join();
    ASSERT_EQ(reads, 1) << "the read after the interrupt is stopped";
    EXPECT_TRUE(failure.contains(QStringLiteral("interrupt"))) << failure.toStdString();
    EXPECT_GT(countAfter, 0) << "cleared, the reads work again";
}
