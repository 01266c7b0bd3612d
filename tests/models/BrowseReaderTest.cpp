#include "models/BrowseReader.h"

#include "../storage/StorageTestSupport.h"
#include "storage/ImportRunner.h"
#include "storage/PortfolioStore.h"

#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <future>

Q_DECLARE_METATYPE(salkku::models::BrowseRead)

using namespace salkku;
using namespace salkku::testing;
using models::BrowseReader;

namespace {

class TreeReader : public OnBothBackends
{
protected:
    void SetUp() override
    {
        coreApplication();
        auto store = m_portfolio.open();
        ASSERT_TRUE(store);
        ASSERT_FALSE(storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    }

    static storage::BrowseRequest searching(const QString &text)
    {
        storage::BrowseRequest request;
        request.filter.text = text;
        return request;
    }

    // A reader whose thread waits, once it has taken its first request, until the test opens the gate.
    std::unique_ptr<BrowseReader> gatedReader()
    {
        return std::make_unique<BrowseReader>([this, gate = m_gate.get_future().share()] {
            gate.wait();
            return m_portfolio.open();
        });
    }

    static QString filterText(const QList<QVariant> &signal)
    {
        return signal.at(0).value<models::BrowseRead>().snapshot.request.filter.text;
    }

    TemporaryPortfolio m_portfolio{GetParam()};
    std::promise<void> m_gate;
};

} // namespace

SALKKU_ON_BOTH_BACKENDS(TreeReader);

TEST_P(TreeReader, AReadBringsWhatTheStoreShowsUnderTheFilter)
{
    std::atomic<bool> onAnotherThread = false;
    BrowseReader reader([&] {
        onAnotherThread = QThread::currentThread() != QCoreApplication::instance()->thread();
        return m_portfolio.open();
    });
    QSignalSpy ready(&reader, &BrowseReader::ready);
    reader.request(searching(QStringLiteral("perhekeskus")));
    EXPECT_TRUE(reader.isReading());
    ASSERT_TRUE(ready.wait(30000));
    EXPECT_FALSE(reader.isReading());
    EXPECT_TRUE(onAnotherThread) << "the store is opened, and read, on the reader's own thread";
    const auto read = ready.at(0).at(0).value<models::BrowseRead>();
    const storage::BrowseSnapshot &snapshot = read.snapshot;
    EXPECT_FALSE(read.timeline) << "read only when asked for";
    auto here = m_portfolio.open()->browse(searching(QStringLiteral("perhekeskus")));
    ASSERT_TRUE(here.ok());
    EXPECT_EQ(snapshot.groups, here.value().groups);
    EXPECT_EQ(snapshot.count, here.value().count);
    EXPECT_EQ(snapshot.count, 2);
    EXPECT_EQ(snapshot.firstSlices, here.value().firstSlices);
}

TEST_P(TreeReader, ATimelineAskedForComesLaidOutWithoutThePagesItWasMadeFrom)
{
    BrowseReader reader([this] { return m_portfolio.open(); });
    QSignalSpy ready(&reader, &BrowseReader::ready);
    storage::BrowseRequest request = searching(QStringLiteral("perhekeskus"));
    request.withTimeline = true;
    reader.request(request);
    ASSERT_TRUE(ready.wait(30000));
    const auto read = ready.at(0).at(0).value<models::BrowseRead>();
    EXPECT_FALSE(read.snapshot.timeline) << "the pages are laid out, and dropped, before they are delivered";
    ASSERT_TRUE(read.timeline);
    auto pages = m_portfolio.open()->pagesByRegion(request.filter);
    ASSERT_TRUE(pages.ok());
    const models::TimelineData here = models::TimelineData::fromPages(pages.value());
    ASSERT_EQ(read.timeline->items().size(), 2);
    ASSERT_EQ(read.timeline->items().size(), here.items().size());
    for (int item = 0; item < here.items().size(); ++item) {
        EXPECT_EQ(read.timeline->items()[item].id, here.items()[item].id);
        EXPECT_EQ(read.timeline->items()[item].start, here.items()[item].start);
        EXPECT_EQ(read.timeline->nameOf(item), here.nameOf(item));
    }
    ASSERT_EQ(read.timeline->groups().size(), here.groups().size());
    for (int group = 0; group < here.groups().size(); ++group) {
        const auto &got = read.timeline->groups()[group];
        const auto &expected = here.groups()[group];
        EXPECT_EQ(got.kind, expected.kind);
        EXPECT_EQ(read.timeline->region(got.region), here.region(expected.region));
        EXPECT_EQ(got.first, expected.first);
        EXPECT_EQ(got.count, expected.count);
    }
    EXPECT_EQ(read.timeline->years(), here.years());
}

TEST_P(TreeReader, OnlyTheNewestOfRequestsMadeWhileOneIsReadIsDelivered)
{
    auto reader = gatedReader();
    QSignalSpy ready(reader.get(), &BrowseReader::ready);
    reader->request(searching(QStringLiteral("sote")));
    reader->request(searching(QStringLiteral("perhe")));
    reader->request(searching(QStringLiteral("perhekeskus")));
    m_gate.set_value();
    ASSERT_TRUE(ready.wait(30000));
    // A request after it: whatever the older ones left would be delivered before this one's.
    reader->request(searching(QStringLiteral("lapsi")));
    ASSERT_TRUE(ready.wait(30000));
    ASSERT_EQ(ready.size(), 2);
    EXPECT_EQ(filterText(ready.at(0)), QStringLiteral("perhekeskus"));
    EXPECT_EQ(filterText(ready.at(1)), QStringLiteral("lapsi"));
}

TEST_P(TreeReader, AReadOvertakenByTheNextKeystrokeIsNeverDelivered)
{
    BrowseReader reader([this] { return m_portfolio.open(); });
    QSignalSpy ready(&reader, &BrowseReader::ready);
    // Both asked before the event loop runs: however far the first got, only the second is shown.
    reader.request(searching(QStringLiteral("sote")));
    reader.request(searching(QStringLiteral("sote-keskus")));
    ASSERT_TRUE(ready.wait(30000));
    reader.request(searching(QStringLiteral("lapsi")));
    ASSERT_TRUE(ready.wait(30000));
    ASSERT_EQ(ready.size(), 2);
    EXPECT_EQ(filterText(ready.at(0)), QStringLiteral("sote-keskus"));
}

TEST_P(TreeReader, ACancelledReadIsNeverDelivered)
{
    auto reader = gatedReader();
    QSignalSpy ready(reader.get(), &BrowseReader::ready);
    reader->request(searching(QStringLiteral("sote")));
    reader->cancel();
    EXPECT_FALSE(reader->isReading());
    m_gate.set_value();
    reader->request(searching(QStringLiteral("lapsi")));
    ASSERT_TRUE(ready.wait(30000));
    ASSERT_EQ(ready.size(), 1);
    EXPECT_EQ(filterText(ready.at(0)), QStringLiteral("lapsi"));
}

TEST_P(TreeReader, AStoreThatCannotBeOpenedIsReportedAndTriedAgainAtTheNextRequest)
{
    int attempts = 0;
    BrowseReader reader([&]() -> core::Result<std::unique_ptr<storage::PortfolioStore>> {
        if (++attempts == 1)
            return core::Error{QStringLiteral("/missing/portfolio.sqlite"), 0, QStringLiteral("cannot open")};
        return m_portfolio.open();
    });
    QSignalSpy ready(&reader, &BrowseReader::ready);
    QSignalSpy failed(&reader, &BrowseReader::failed);
    reader.request(searching(QStringLiteral("sote")));
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_EQ(failed.at(0).at(0).toString(), QStringLiteral("/missing/portfolio.sqlite: cannot open"));
    EXPECT_FALSE(reader.isReading());
    reader.request(searching(QStringLiteral("sote")));
    ASSERT_TRUE(ready.wait(30000));
    EXPECT_EQ(attempts, 2);
}
