// `salkku copy`: a whole portfolio from a file to a server and back, the same portfolio each way.
#include "storage/PortfolioCopy.h"

#include "StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using storage::Backend;
using storage::PortfolioCopy;

namespace {

const QDateTime kMonday(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

// The sample portfolio with a coordinator's work on it: tags, a note, a follow-up, a collection, and a
// project in the trash.
void fill(storage::PortfolioStore &store)
{
    ASSERT_FALSE(storage::ImportRunner::run(store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    const auto pages = store.list().value();
    ASSERT_GE(pages.size(), 6);
    auto &layer = store.coordinator();
    ASSERT_TRUE(layer.addTag({pages[0].id, 0}, QStringLiteral("Seuranta")));
    ASSERT_TRUE(layer.addTag({pages[1].id, 1}, QStringLiteral("Vertailu")));
    ASSERT_TRUE(layer.addNote({pages[1].id, 0}, QStringLiteral("Kysy loppuraportista."),
                              QStringLiteral("Anna"), kMonday));
    ASSERT_TRUE(layer.setFollowUp(pages[2].id, {core::FollowUpStatus::ToCheck, QDate(2026, 4, 1)}));
    const auto collection = layer.createCollection(QStringLiteral("Lappi ja Satakunta"));
    ASSERT_TRUE(collection);
    ASSERT_TRUE(layer.addToCollection(collection.value(), {pages[3].id, 0}));
    ASSERT_TRUE(layer.moveToTrash(pages[4].id, kMonday));
}

} // namespace

TEST(PortfolioCopy, AFileCopiedToAServerAndBackIsTheSamePortfolio)
{
    TemporaryPortfolio file;
    auto original = file.open();
    fill(*original);
    TemporaryPortfolio server(Backend::PostgreSQL);
    auto shared = server.open();
    const auto there = PortfolioCopy::run(*original, *shared);
    ASSERT_TRUE(there.ok()) << there.error().toString().toStdString();
    EXPECT_EQ(there.value().copied, there.value().pages);
    EXPECT_EQ(there.value().trashed, 1);
    EXPECT_EQ(there.value().layer.notesAdded, 1);

    TemporaryPortfolio back;
    auto returned = back.open();
    const auto home = PortfolioCopy::run(*shared, *returned);
    ASSERT_TRUE(home.ok()) << home.error().toString().toStdString();
    EXPECT_EQ(home.value().checksum, there.value().checksum);
    EXPECT_EQ(canonicalDump(*returned), canonicalDump(*original));
    EXPECT_EQ(canonicalDump(*shared), canonicalDump(*original));
    EXPECT_EQ(original->coordinator().exportLayer().value().items.size(),
              returned->coordinator().exportLayer().value().items.size());
    EXPECT_EQ(returned->coordinator().trash().value().size(), 1);

    // Copying again finds everything there.
    const auto again = PortfolioCopy::run(*original, *shared);
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again.value().copied, 0);
    EXPECT_EQ(again.value().unchanged, again.value().pages);
}

TEST(PortfolioCopy, AStoppedCopyGoesOnFromWhereItStopped)
{
    TemporaryPortfolio file;
    auto original = file.open();
    fill(*original);
    TemporaryPortfolio server(Backend::PostgreSQL);
    auto shared = server.open();
    const auto stopped = PortfolioCopy::run(*original, *shared, [](int done, int) { return done < 3; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_TRUE(stopped.error().message.contains(QStringLiteral("again")))
        << stopped.error().message.toStdString();
    const auto resumed = PortfolioCopy::run(*original, *shared);
    ASSERT_TRUE(resumed.ok()) << resumed.error().toString().toStdString();
    EXPECT_EQ(resumed.value().unchanged, 3);
    EXPECT_EQ(resumed.value().copied, resumed.value().pages - 3);
    EXPECT_EQ(PortfolioCopy::checksum(*shared).value(), PortfolioCopy::checksum(*original).value());
}

TEST(PortfolioCopy, ACopyIntoAPortfolioWithOtherPagesIsToldApart)
{
    TemporaryPortfolio file;
    auto original = file.open();
    fill(*original);
    TemporaryPortfolio other;
    auto target = other.open();
    ASSERT_TRUE(storeFixture(*target, QStringLiteral("project-complete.txt")));
    const auto copied = PortfolioCopy::run(*original, *target);
    ASSERT_FALSE(copied.ok());
    EXPECT_TRUE(copied.error().message.contains(QStringLiteral("checksum")))
        << copied.error().message.toStdString();
}
