#include "models/TimelineData.h"

#include <gtest/gtest.h>

using namespace salkku;
using models::TimelineData;

namespace {

storage::PageSummary page(qint64 id, const QString &name, const QString &region, std::optional<int> start,
                          std::optional<int> end)
{
    storage::PageSummary summary;
    summary.id = id;
    summary.name = name;
    summary.region = region;
    summary.startYear = start;
    summary.endYear = end;
    return summary;
}

} // namespace

TEST(TimelineData, RegionsAreGroupsInTheOrderReadAndTheUndatedComeLastInAGroupOfTheirOwn)
{
    const TimelineData data = TimelineData::fromPages({
        page(1, QStringLiteral("Alfa"), QStringLiteral("Kainuu"), 2020, 2022),
        page(2, QStringLiteral("Beta"), QStringLiteral("Kainuu"), std::nullopt, std::nullopt),
        page(3, QStringLiteral("Gamma"), QStringLiteral("Åland"), 2018, 2019),
        page(4, QStringLiteral("Delta"), QString(), 2021, std::nullopt),
    });
    ASSERT_EQ(data.groups().size(), 4);
    EXPECT_EQ(data.groups()[0].kind, TimelineData::GroupKind::Region);
    EXPECT_EQ(data.region(data.groups()[0].region), QStringLiteral("Kainuu"));
    EXPECT_EQ(data.region(data.groups()[1].region), QStringLiteral("Åland"));
    EXPECT_EQ(data.groups()[2].kind, TimelineData::GroupKind::NoRegion);
    EXPECT_EQ(data.groups()[3].kind, TimelineData::GroupKind::NoYears);
    EXPECT_EQ(data.undatedCount(), 1);
    ASSERT_EQ(data.items().size(), 4);
    EXPECT_EQ(data.nameOf(0), QStringLiteral("Alfa"));
    EXPECT_EQ(data.nameOf(3), QStringLiteral("Beta")) << "the undated after every dated project";
    EXPECT_EQ(data.region(data.items()[3].region), QStringLiteral("Kainuu")) << "and keeps its region";
    EXPECT_EQ(data.groupOfItem(3), 3);
    EXPECT_EQ(data.groupOfItem(1), 1);
    EXPECT_EQ(data.groupOfItem(0), 0);
    EXPECT_EQ(data.years(), (TimelineData::YearRange{2018, 2022}));
    EXPECT_FALSE(data.tooLarge());
}

TEST(TimelineData, OneYearGivenSpansThatYearAndYearsNoTimelineCanDrawCountAsNotGiven)
{
    const TimelineData data = TimelineData::fromPages({
        page(1, QStringLiteral("Vain loppu"), QStringLiteral("Lappi"), std::nullopt, 2024),
        page(2, QStringLiteral("Väärin päin"), QStringLiteral("Lappi"), 2023, 2021),
        page(3, QStringLiteral("Liian kaukana"), QStringLiteral("Lappi"), 20230, std::nullopt),
    });
    ASSERT_EQ(data.items().size(), 3);
    EXPECT_EQ(data.items()[0].start, 2024);
    EXPECT_EQ(data.items()[0].end, 2024);
    EXPECT_EQ(data.items()[1].start, 2021);
    EXPECT_EQ(data.items()[1].end, 2023);
    EXPECT_EQ(data.items()[2].start, 0) << "no year";
    EXPECT_EQ(data.undatedCount(), 1);
    EXPECT_EQ(data.years(), (TimelineData::YearRange{2021, 2024}));
}

TEST(TimelineData, NoPagesIsNoGroupsAndNoYears)
{
    const TimelineData data = TimelineData::fromPages({});
    EXPECT_TRUE(data.groups().empty());
    EXPECT_TRUE(data.items().empty());
    EXPECT_FALSE(data.years());
    EXPECT_EQ(data.undatedCount(), 0);
}
