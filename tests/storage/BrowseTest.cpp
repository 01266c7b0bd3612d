#include "StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using storage::Grouping;

namespace {

class Browse : public OnBothBackends
{
protected:
    void SetUp() override
    {
        m_store = m_portfolio.open();
        ASSERT_TRUE(m_store);
        const auto report = storage::ImportRunner::run(*m_store, {QStringLiteral(SALKKU_SAMPLE_DIR)});
        ASSERT_FALSE(report.anyFailed());
        core::PageRecord severalRegions =
            textRecord(projectPageText(QStringLiteral("Tulevaisuuden sote-keskus")));
        severalRegions.region.clear(); // a page about several regions has none
        ASSERT_TRUE(m_store->store(severalRegions, sourceFor(QStringLiteral("x"), QStringLiteral("x"))).ok());
    }

    QStringList keys(Grouping grouping, const storage::BrowseFilter &filter = {})
    {
        auto groups = m_store->groups(grouping, filter);
        EXPECT_TRUE(groups.ok());
        QStringList result;
        for (const storage::GroupCount &group : groups.value())
            result.append(QStringLiteral("%1=%2").arg(group.key).arg(group.count));
        return result;
    }

    TemporaryPortfolio m_portfolio{GetParam()};
    std::unique_ptr<storage::PortfolioStore> m_store;
};

} // namespace

TEST_P(Browse, GroupsByRegionInFinnishOrderWithCountsAndNoRegionLast)
{
    EXPECT_EQ(keys(Grouping::Region),
              (QStringList{QStringLiteral("Etelä-Karjala=1"), QStringLiteral("Helsinki=1"),
                           QStringLiteral("Kanta-Häme=1"), QStringLiteral("Keski-Suomi=1"),
                           QStringLiteral("Lappi=2"), QStringLiteral("Pirkanmaa=1"),
                           QStringLiteral("Pohjois-Karjala=1"), QStringLiteral("Satakunta=1"),
                           QStringLiteral("Vantaa-Kerava=1"), QStringLiteral("Varsinais-Suomi=1"),
                           QStringLiteral("=1")}));
}

TEST_P(Browse, GroupsByMaakuntaAndStartYear)
{
    const QStringList maakunnat = keys(Grouping::Maakunta);
    EXPECT_TRUE(maakunnat.contains(QStringLiteral("Uusimaa=2"))); // Helsinki and Vantaa-Kerava
    const QStringList years = keys(Grouping::StartYear);
    ASSERT_FALSE(years.isEmpty());
    EXPECT_TRUE(years.front().startsWith(QStringLiteral("2016="))) << years.join(u' ').toStdString();
}

TEST_P(Browse, AProjectIsInEachOfItsTopicsGroups)
{
    int total = 0;
    for (const QString &entry : keys(Grouping::Topic))
        total += entry.section(u'=', 1).toInt();
    EXPECT_GT(total, m_store->countPages({}).value());
}

TEST_P(Browse, FiltersCombineAndCountsFollow)
{
    storage::BrowseFilter filter;
    filter.yearFrom = 2016;
    filter.yearTo = 2018;
    EXPECT_EQ(m_store->countPages(filter).value(), 2); // Keski-Suomi 2016–2018, Pohjois-Karjala 2017–2018
    filter.text = QStringLiteral("perhekeskus");
    EXPECT_EQ(m_store->countPages(filter).value(), 1);
    EXPECT_EQ(keys(Grouping::Region, filter), QStringList{QStringLiteral("Pohjois-Karjala=1")});
    storage::BrowseFilter nothing;
    nothing.text = QStringLiteral("*** ::");
    EXPECT_EQ(m_store->countPages(nothing).value(), 0);
}

TEST_P(Browse, FunderAndTopicFilters)
{
    const QStringList funders = m_store->funders().value();
    ASSERT_FALSE(funders.isEmpty());
    storage::BrowseFilter filter;
    filter.funder = funders.front();
    EXPECT_GT(m_store->countPages(filter).value(), 0);
    const QStringList topics = m_store->topics().value();
    ASSERT_TRUE(topics.contains(QStringLiteral("Tiedolla johtaminen")));
    storage::BrowseFilter topic;
    topic.topic = QStringLiteral("Tiedolla johtaminen");
    const int count = m_store->countPages(topic).value();
    EXPECT_GT(count, 1);
    EXPECT_LT(count, m_store->countPages({}).value());
}

TEST_P(Browse, AGroupsProjectsComeASliceAtATime)
{
    const auto first = m_store->pagesInGroup(Grouping::Region, QStringLiteral("Lappi"), {}, 0, 1);
    const auto second = m_store->pagesInGroup(Grouping::Region, QStringLiteral("Lappi"), {}, 1, 1);
    const auto past = m_store->pagesInGroup(Grouping::Region, QStringLiteral("Lappi"), {}, 2, 1);
    ASSERT_TRUE(first.ok() && second.ok() && past.ok());
    ASSERT_EQ(first.value().size(), 1);
    ASSERT_EQ(second.value().size(), 1);
    EXPECT_TRUE(past.value().isEmpty());
    EXPECT_NE(first.value().front().id, second.value().front().id);
    const auto none = m_store->pagesInGroup(Grouping::Region, QString(), {}, 0, 10);
    ASSERT_EQ(none.value().size(), 1);
    EXPECT_EQ(none.value().front().name, QStringLiteral("Tulevaisuuden sote-keskus"));
}

TEST_P(Browse, SubAreasOfAProject)
{
    const auto pages =
        m_store->findByName(QStringLiteral("Satakunnan sote-valmistelu ja tiedolla johtaminen"));
    ASSERT_EQ(pages.value().size(), 1);
    const auto subAreas = m_store->subAreas(pages.value().front().id);
    ASSERT_EQ(subAreas.value().size(), 4);
    EXPECT_EQ(subAreas.value()[1].number, 2);
    EXPECT_EQ(subAreas.value()[1].outputCount, 7);
    EXPECT_FALSE(subAreas.value()[1].title.isEmpty());
}

TEST_P(Browse, FilterChoicesAreInFinnishOrder)
{
    const QStringList regions = m_store->regionNames().value();
    EXPECT_EQ(regions.front(), QStringLiteral("Etelä-Karjala"));
    EXPECT_EQ(regions.back(), QStringLiteral("Varsinais-Suomi"));
}

TEST_P(Browse, PagesByRegionListsEveryProjectInRegionOrderWithNoRegionLast)
{
    auto pages = m_store->pagesByRegion({});
    ASSERT_TRUE(pages.ok()) << pages.error().toString().toStdString();
    ASSERT_EQ(pages.value().size(), 12);
    EXPECT_EQ(pages.value().front().region, QStringLiteral("Etelä-Karjala"));
    EXPECT_EQ(pages.value().back().name, QStringLiteral("Tulevaisuuden sote-keskus"));
    EXPECT_TRUE(pages.value().back().region.isEmpty());
    // Lappi's two pages, by name within the region.
    QStringList lappi;
    for (const storage::PageSummary &page : pages.value())
        if (page.region == u"Lappi")
            lappi.append(page.name);
    EXPECT_EQ(lappi,
              (QStringList{
                  QStringLiteral(
                      "Lapin tulevaisuuden sote-keskus – palvelut lähelle pitkistä etäisyyksistä huolimatta"),
                  QStringLiteral("Liikkuva etävastaanotto Lapin kylillä")}));

    storage::BrowseFilter filter;
    filter.text = QStringLiteral("perhekeskus");
    pages = m_store->pagesByRegion(filter);
    ASSERT_TRUE(pages.ok());
    ASSERT_EQ(pages.value().size(), m_store->countPages(filter).value());
    ASSERT_EQ(pages.value().size(), 2);
    EXPECT_EQ(pages.value().front().region, QStringLiteral("Pohjois-Karjala")); // then Vantaa-Kerava
}

TEST_P(Browse, SubAreasNumberedFollowTheFilter)
{
    auto fourth = m_store->subAreasNumbered(4, {});
    ASSERT_TRUE(fourth.ok());
    QStringList regions;
    for (const storage::SubAreaSummary &subArea : fourth.value()) {
        EXPECT_EQ(subArea.number, 4);
        regions.append(m_store->page(subArea.pageId).value().record.region);
    }
    EXPECT_EQ(regions, (QStringList{QStringLiteral("Etelä-Karjala"), QStringLiteral("Satakunta")}));
    EXPECT_EQ(fourth.value().front().outputCount, 4);

    storage::BrowseFilter filter;
    filter.region = QStringLiteral("Satakunta");
    fourth = m_store->subAreasNumbered(4, filter);
    ASSERT_TRUE(fourth.ok());
    EXPECT_EQ(fourth.value().size(), 1);
    EXPECT_TRUE(m_store->subAreasNumbered(9, {}).value().isEmpty());
}

TEST_P(Browse, SubAreaOutlinesCarryTitlesAndOutputsInOrder)
{
    auto outlines = m_store->subAreaOutlines({});
    ASSERT_TRUE(outlines.ok()) << outlines.error().toString().toStdString();
    int total = 0;
    for (const storage::PageSummary &page : m_store->pagesByRegion({}).value())
        total += page.subAreaCount;
    EXPECT_EQ(outlines.value().size(), total);
    const storage::SubAreaOutline &first = outlines.value().front();
    EXPECT_EQ(first.region, QStringLiteral("Etelä-Karjala"));
    EXPECT_EQ(first.number, 1);
    const core::PageRecord record = m_store->page(first.pageId).value().record;
    EXPECT_EQ(first.project, record.name);
    EXPECT_EQ(first.title, record.subAreas.front().title);
    EXPECT_EQ(first.outputs, record.subAreas.front().outputs);
}

TEST_P(Browse, SubAreasLikeOneShareWordsAndRankMostAlikeFirst)
{
    const auto pirkanmaa = m_store->findByName(QStringLiteral("Pirkanmaan tiedolla johtamisen")).value();
    ASSERT_EQ(pirkanmaa.size(), 1);
    const qint64 id = pirkanmaa.front().id;
    const auto own = m_store->page(id).value().record.subAreas;
    ASSERT_FALSE(own.isEmpty());
    auto like = m_store->subAreasLike(id, own.front().number, {}, 5);
    ASSERT_TRUE(like.ok()) << like.error().toString().toStdString();
    ASSERT_FALSE(like.value().isEmpty());
    EXPECT_LE(like.value().size(), 5);
    double previous = 1.0;
    for (const storage::SimilarSubArea &similar : like.value()) {
        EXPECT_NE(similar.outline.pageId, id); // other projects only
        EXPECT_GT(similar.likeness, 0.0);
        EXPECT_LE(similar.likeness, previous);
        previous = similar.likeness;
    }
    // A sub-area the page does not have is a clear error.
    const auto missing = m_store->subAreasLike(id, 42, {}, 5);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("42")));
    EXPECT_FALSE(m_store->subAreasLike(987654, 1, {}, 5).ok());
}

// shows() runs the search on the page and its parts alone: the same answer as the list under each search.
TEST_P(Browse, ShowsAgreesWithTheListUnderASearchForEveryPage)
{
    const auto all = m_store->pagesByRegion({});
    ASSERT_TRUE(all.ok());
    ASSERT_FALSE(all.value().isEmpty());
    for (const QString &search :
         {QStringLiteral("perhekeskus"), QStringLiteral("palveluohjaus"), QStringLiteral("hameenlinnassa"),
          QStringLiteral("tiedolla johtaminen"), QStringLiteral("kehit"), QStringLiteral("zzzyyx")}) {
        storage::BrowseFilter filter;
        filter.text = search;
        const auto listed = m_store->pagesByRegion(filter);
        ASSERT_TRUE(listed.ok());
        QSet<qint64> shown;
        for (const auto &page : listed.value())
            shown.insert(page.id);
        for (const auto &page : all.value()) {
            const auto answer = m_store->shows(page.id, filter);
            ASSERT_TRUE(answer.ok()) << qPrintable(answer.error().toString());
            EXPECT_EQ(answer.value(), shown.contains(page.id)) << qPrintable(search + u' ' + page.name);
        }
    }
}

TEST_P(Browse, ShowsTellsWhetherAPageIsUnderTheFilter)
{
    const qint64 id =
        m_store->findByName(QStringLiteral("Pohjois-Karjalan perhekeskusten")).value().front().id;
    EXPECT_TRUE(m_store->shows(id, {}).value());
    storage::BrowseFilter filter;
    filter.region = QStringLiteral("Lappi");
    EXPECT_FALSE(m_store->shows(id, filter).value());
    filter = {};
    filter.text = QStringLiteral("perhekeskus");
    EXPECT_TRUE(m_store->shows(id, filter).value());
    EXPECT_FALSE(m_store->shows(987654, {}).value());
}

SALKKU_ON_BOTH_BACKENDS(Browse);

TEST_P(Browse, ASnapshotHoldsTheGroupsTheCountTheFirstProjectsAndTheTagCountsAtOnce)
{
    storage::BrowseFilter sote;
    sote.text = QStringLiteral("sote");
    const auto found = m_store->pagesByRegion(sote);
    ASSERT_TRUE(found.ok());
    ASSERT_GE(found.value().size(), 2);
    ASSERT_TRUE(
        m_store->coordinator().addTag({found.value().front().id, 0}, QStringLiteral("seurattava")).ok());
    // The search's pages are found once for all the reads: the same as each read searching for itself.
    for (const QString &text : {QStringLiteral("sote"), QStringLiteral("sote #seurattava"),
                                QStringLiteral("#seurattava"), QStringLiteral("zzqxv"), QString()}) {
        SCOPED_TRACE(text.toStdString());
        storage::BrowseRequest request;
        request.filter.text = text;
        request.filter.tag = text.isEmpty() ? QStringLiteral("seurattava") : QString();
        request.sliceSize = 1;
        auto snapshot = m_store->browse(request);
        ASSERT_TRUE(snapshot.ok()) << snapshot.error().toString().toStdString();
        EXPECT_EQ(snapshot.value().request, request);
        EXPECT_EQ(snapshot.value().groups, m_store->groups(request.grouping, request.filter).value());
        EXPECT_EQ(snapshot.value().count, m_store->countPages(request.filter).value());
        ASSERT_EQ(snapshot.value().firstSlices.size(), snapshot.value().groups.size());
        for (const storage::GroupCount &group : snapshot.value().groups)
            EXPECT_EQ(snapshot.value().firstSlices.value(group.key),
                      m_store->pagesInGroup(request.grouping, group.key, request.filter, 0, 1).value());
        // The tags the filter could take instead of its own: counted without it.
        storage::BrowseFilter anyTag = request.filter;
        anyTag.tag.clear();
        EXPECT_EQ(snapshot.value().tagCounts, m_store->coordinator().tagCounts(anyTag).value());
    }
    storage::BrowseRequest request;
    request.filter = sote;
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot.value().count, found.value().size());
    EXPECT_EQ(snapshot.value().tagCounts, (QList<storage::TagCount>{{QStringLiteral("seurattava"), 1}}));
}

TEST_P(Browse, AReloadReadsTheSubAreasAndPracticesOfTheProjectsThatWereOpen)
{
    auto lappi = m_store->findByName(QStringLiteral("Lapin tulevaisuuden sote-keskus"));
    ASSERT_TRUE(lappi && lappi.value().size() == 1);
    const qint64 id = lappi.value().front().id;
    storage::BrowseRequest request;
    request.openProjects = {id};
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toString().toStdString();
    ASSERT_EQ(snapshot.value().openProjects.size(), 1);
    const storage::ProjectChildren children = snapshot.value().openProjects.value(id);
    EXPECT_EQ(children.subAreas, m_store->subAreas(id).value());
    EXPECT_EQ(children.practices, m_store->practices(id).value());
    EXPECT_EQ(children.subAreas.size(), 3);
    EXPECT_EQ(children.practices.size(), 1);
}

TEST_P(Browse, ASnapshotOfManyGroupsLeavesThemToBeReadWhenOpened)
{
    storage::BrowseRequest request;
    request.openGroupsUpTo = 3;
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    EXPECT_GT(snapshot.value().groups.size(), 3);
    EXPECT_TRUE(snapshot.value().firstSlices.isEmpty());
}

TEST_P(Browse, AReloadReadsTheGroupsThatWereOpenEvenAmongManyAndAsManyRowsAsWereShown)
{
    storage::BrowseRequest request;
    request.openGroupsUpTo = 3;
    request.sliceSize = 1;
    request.openGroups.insert(QStringLiteral("Lappi"), 2);
    request.openGroups.insert(QStringLiteral("Satakunta"), 1);
    request.openGroups.insert(QStringLiteral("Ei tällaista"), 5); // gone since: nothing to read
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toString().toStdString();
    EXPECT_GT(snapshot.value().groups.size(), 3);
    const auto &slices = snapshot.value().firstSlices;
    EXPECT_EQ(QSet<QString>(slices.keyBegin(), slices.keyEnd()),
              (QSet<QString>{QStringLiteral("Lappi"), QStringLiteral("Satakunta")}));
    EXPECT_EQ(slices.value(QStringLiteral("Lappi")),
              m_store->pagesInGroup(Grouping::Region, QStringLiteral("Lappi"), {}, 0, 2).value());
    EXPECT_EQ(slices.value(QStringLiteral("Satakunta")).size(), 1);
    EXPECT_FALSE(snapshot.value().choices);
}

TEST_P(Browse, ASnapshotAskedWithChoicesHoldsTheFilterBarsChoicesAndTheWholeTotalWhateverTheFilter)
{
    storage::BrowseRequest request;
    request.filter.text = QStringLiteral("zzqxv");
    request.withChoices = true;
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot.value().count, 0);
    ASSERT_TRUE(snapshot.value().choices);
    const storage::BrowseChoices &choices = *snapshot.value().choices;
    EXPECT_EQ(choices.total, m_store->countPages({}).value());
    EXPECT_EQ(choices.regions, m_store->regionNames().value());
    EXPECT_EQ(choices.funders, m_store->funders().value());
    EXPECT_EQ(choices.topics, m_store->topics().value());
    EXPECT_TRUE(choices.regions.contains(QStringLiteral("Lappi")));
    EXPECT_FALSE(choices.funders.isEmpty());
}
