#include "models/SliceReader.h"

#include "../storage/StorageTestSupport.h"
#include "storage/ImportRunner.h"
#include "storage/PortfolioStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <future>

using namespace salkku;
using namespace salkku::testing;
using models::SliceReader;

namespace {

class SliceReading : public OnBothBackends
{
protected:
    void SetUp() override
    {
        coreApplication();
        auto store = m_portfolio.open();
        ASSERT_TRUE(store);
        ASSERT_FALSE(storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    }

    static SliceReader::Slice lappi(int first, int count)
    {
        return SliceReader::Slice{storage::Grouping::Region, QStringLiteral("Lappi"), {}, first, count};
    }

    // A reader whose thread waits, once it has taken its first request, until the test opens the gate.
    std::unique_ptr<SliceReader> gatedReader()
    {
        return std::make_unique<SliceReader>([this, gate = m_gate.get_future().share()] {
            gate.wait();
            return m_portfolio.open();
        });
    }

    static QStringList names(const QList<QVariant> &signal)
    {
        QStringList names;
        for (const storage::PageSummary &page : signal.at(1).value<QList<storage::PageSummary>>())
            names.append(page.name);
        return names;
    }

    TemporaryPortfolio m_portfolio{GetParam()};
    std::promise<void> m_gate;
};

} // namespace

SALKKU_ON_BOTH_BACKENDS(SliceReading);

TEST_P(SliceReading, SlicesAreReadOnTheReadersThreadInTheOrderAsked)
{
    std::atomic<bool> onAnotherThread = false;
    SliceReader reader([&] {
        onAnotherThread = QThread::currentThread() != QCoreApplication::instance()->thread();
        return m_portfolio.open();
    });
    QSignalSpy ready(&reader, &SliceReader::ready);
    const quint64 first = reader.request(lappi(0, 1));
    const quint64 second = reader.request(lappi(1, 1));
    EXPECT_LT(first, second);
    ASSERT_TRUE(QTest::qWaitFor([&] { return ready.size() == 2; }, 30000));
    EXPECT_TRUE(onAnotherThread) << "the store is opened, and read, on the reader's own thread";
    EXPECT_EQ(ready.at(0).at(0).toULongLong(), first);
    EXPECT_EQ(ready.at(1).at(0).toULongLong(), second);
    auto here =
        m_portfolio.open()->pagesInGroup(storage::Grouping::Region, QStringLiteral("Lappi"), {}, 0, 2);
    ASSERT_TRUE(here && here.value().size() == 2);
    EXPECT_EQ(names(ready.at(0)), QStringList{here.value().at(0).name});
    EXPECT_EQ(names(ready.at(1)), QStringList{here.value().at(1).name});
}

TEST_P(SliceReading, CancelledSlicesAreNeverDelivered)
{
    auto reader = gatedReader();
    QSignalSpy ready(reader.get(), &SliceReader::ready);
    reader->request(lappi(0, 1));
    reader->request(lappi(1, 1));
    reader->cancel();
    m_gate.set_value();
    const quint64 after = reader->request(lappi(0, 2));
    ASSERT_TRUE(ready.wait(30000));
    ASSERT_EQ(ready.size(), 1);
    EXPECT_EQ(ready.at(0).at(0).toULongLong(), after);
    EXPECT_EQ(names(ready.at(0)).size(), 2);
}

TEST_P(SliceReading, AStoreThatCannotBeOpenedIsReportedAndTriedAgainAtTheNextRequest)
{
    int attempts = 0;
    SliceReader reader([&]() -> core::Result<std::unique_ptr<storage::PortfolioStore>> {
        if (++attempts == 1)
            return core::Error{QStringLiteral("/missing/portfolio.sqlite"), 0, QStringLiteral("cannot open")};
        return m_portfolio.open();
    });
    QSignalSpy ready(&reader, &SliceReader::ready);
    QSignalSpy failed(&reader, &SliceReader::failed);
    const quint64 ticket = reader.request(lappi(0, 1));
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_EQ(failed.at(0).at(0).toULongLong(), ticket);
    EXPECT_EQ(failed.at(0).at(1).toString(), QStringLiteral("/missing/portfolio.sqlite: cannot open"));
    reader.request(lappi(0, 1));
    ASSERT_TRUE(ready.wait(30000));
    EXPECT_EQ(attempts, 2);
}

// The tree relies on it: the places of changed pages come after the rows asked for before them.
TEST_P(SliceReading, SubAreasAndPlacesAreDeliveredWithTheSlicesInTheOrderAsked)
{
    auto store = m_portfolio.open();
    auto lapland = store->findByName(QStringLiteral("Lapin tulevaisuuden sote-keskus"));
    ASSERT_TRUE(lapland && lapland.value().size() == 1);
    const qint64 id = lapland.value().front().id;
    SliceReader reader([this] { return m_portfolio.open(); });
    QList<quint64> delivered;
    storage::ProjectChildren children;
    models::PagePlaces places;
    QObject::connect(&reader, &SliceReader::ready, [&](quint64 ticket) { delivered.append(ticket); });
    QObject::connect(&reader, &SliceReader::childrenReady,
                     [&](quint64 ticket, const storage::ProjectChildren &read) {
                         delivered.append(ticket);
                         children = read;
                     });
    QObject::connect(&reader, &SliceReader::placesReady, [&](quint64 ticket, const models::PagePlaces &read) {
        delivered.append(ticket);
        places = read;
    });
    const QList<quint64> asked{reader.request(lappi(0, 1)), reader.request(SliceReader::Children{id}),
                               reader.request(SliceReader::Places{
                                   storage::Grouping::Region, {}, {id}, {QStringLiteral("Lappi")}, {id}}),
                               reader.request(lappi(1, 1))};
    ASSERT_TRUE(QTest::qWaitFor([&] { return delivered.size() == 4; }, 30000));
    EXPECT_EQ(delivered, asked);
    EXPECT_EQ(children, store->projectChildren(id).value());
    EXPECT_EQ(places.affected, QList<qint64>{id});
    EXPECT_EQ(places.count, 11);
    EXPECT_EQ(places.rows.value(QStringLiteral("Lappi")).value(id, -1), 0);
    EXPECT_EQ(places.children.value(id), children) << "an open project's rows, read again";
}
