#include "models/GroupOverviewModel.h"

#include "core/FinnishText.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

#include <algorithm>

using namespace salkku;
using models::GroupOverviewModel;

namespace {

storage::PageSummary project(qint64 id, const QString &name, std::optional<int> start = {},
                             std::optional<int> end = {}, int subAreas = 0)
{
    storage::PageSummary page;
    page.id = id;
    page.name = name;
    page.startYear = start;
    page.endYear = end;
    page.subAreaCount = subAreas;
    return page;
}

// The names of a sorted view from the top.
QStringList namesSortedBy(GroupOverviewModel &model, int column, Qt::SortOrder order = Qt::AscendingOrder)
{
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(GroupOverviewModel::SortRole);
    sorted.sort(column, order);
    QStringList names;
    for (int row = 0; row < sorted.rowCount(); ++row)
        names.append(sorted.index(row, GroupOverviewModel::Name).data().toString());
    return names;
}

} // namespace

TEST(GroupOverviewModel, ShowsAProjectPerRowWithItsFieldsAndPassesTheModelTester)
{
    GroupOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    storage::PageSummary tagged = project(7, QStringLiteral("Lapin hanke"), 2020, 2023, 3);
    tagged.funders = {QStringLiteral("STM"), QStringLiteral("EU")};
    tagged.tags = {QStringLiteral("pohjoinen"), QStringLiteral("raportoitava")};
    tagged.followUp = core::FollowUp{core::FollowUpStatus::None, QDate(2026, 3, 16)};
    model.setPages({tagged, project(8, QStringLiteral("Toinen"))});

    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), GroupOverviewModel::ColumnCount);
    EXPECT_EQ(model.headerData(GroupOverviewModel::Name, Qt::Horizontal).toString(),
              QStringLiteral("Project"));
    EXPECT_EQ(model.index(0, GroupOverviewModel::Name).data().toString(), QStringLiteral("Lapin hanke"));
    EXPECT_EQ(model.index(0, GroupOverviewModel::Years).data().toString(), QStringLiteral("2020–2023"));
    EXPECT_EQ(model.index(0, GroupOverviewModel::Funders).data().toString(), QStringLiteral("STM, EU"));
    EXPECT_EQ(model.index(0, GroupOverviewModel::SubAreas).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(model.index(0, GroupOverviewModel::Tags).data().toString(),
              QStringLiteral("pohjoinen, raportoitava"));
    EXPECT_FALSE(model.index(0, GroupOverviewModel::FollowUp).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, GroupOverviewModel::Tags).data(GroupOverviewModel::PageIdRole).toLongLong(), 7);
    EXPECT_EQ(model.index(1, GroupOverviewModel::SubAreas).data().toString(), QString()); // none, not "0"

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(GroupOverviewModel, NamesSortTheFinnishWay)
{
    GroupOverviewModel model;
    model.setPages({project(1, QStringLiteral("Östersundom")), project(2, QStringLiteral("Ähtäri")),
                    project(3, QStringLiteral("Zeta")), project(4, QStringLiteral("Åland")),
                    project(5, QStringLiteral("aamu"))});
    EXPECT_EQ(namesSortedBy(model, GroupOverviewModel::Name),
              (QStringList{QStringLiteral("aamu"), QStringLiteral("Zeta"), QStringLiteral("Åland"),
                           QStringLiteral("Ähtäri"), QStringLiteral("Östersundom")}));
}

// Many names whose collation keys differ in bytes over 0x7f: the proxy compares them as keys, not as text.
TEST(GroupOverviewModel, ManyNamesSortAsTheFinnishCollatorSortsThem)
{
    const QStringList names{QStringLiteral("Vaasan hanke"),
                            QStringLiteral("Wasa projekt"),
                            QStringLiteral("vaalea"),
                            QStringLiteral("Åbo Akademi"),
                            QStringLiteral("Äänekoski"),
                            QStringLiteral("Öljy"),
                            QStringLiteral("Oulu"),
                            QStringLiteral("Ähtäri"),
                            QStringLiteral("Zeta"),
                            QStringLiteral("Åland"),
                            QStringLiteral("aamu"),
                            QStringLiteral("Aamu-ohjelma"),
                            QStringLiteral("sote-keskus"),
                            QStringLiteral("Sotekeskus"),
                            QStringLiteral("SOTE 2023"),
                            QStringLiteral("Helsinki"),
                            QStringLiteral("Hämeenlinna"),
                            QStringLiteral("Hyvinkää"),
                            QStringLiteral("Yli-Ii"),
                            QStringLiteral("Ylöjärvi"),
                            QStringLiteral("Üb"),
                            QStringLiteral("Kärsämäki"),
                            QStringLiteral("Karstula"),
                            QStringLiteral("Kökar"),
                            QStringLiteral("Lapin tulevaisuuden"),
                            QStringLiteral("Lapinlahti"),
                            QStringLiteral("Lapua"),
                            QStringLiteral("Pöytyä"),
                            QStringLiteral("Pori"),
                            QStringLiteral("Porvoo")};
    QList<storage::PageSummary> pages;
    for (const QString &name : names)
        pages.append(project(pages.size() + 1, name));
    GroupOverviewModel model;
    model.setPages(pages);
    QStringList expected = names;
    const core::FinnishCollator collator;
    std::sort(expected.begin(), expected.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    EXPECT_EQ(namesSortedBy(model, GroupOverviewModel::Name), expected);
}

TEST(GroupOverviewModel, YearsAndCountsSortAsNumbersWithTheUndatedLast)
{
    GroupOverviewModel model;
    model.setPages({project(1, QStringLiteral("undated")),
                    project(2, QStringLiteral("2021-2022"), 2021, 2022, 12),
                    project(3, QStringLiteral("2020-2025"), 2020, 2025, 2),
                    project(4, QStringLiteral("2020-2021"), 2020, 2021, 3),
                    project(5, QStringLiteral("ends 2021"), std::nullopt, 2021)});
    EXPECT_EQ(
        namesSortedBy(model, GroupOverviewModel::Years),
        (QStringList{QStringLiteral("2020-2021"), QStringLiteral("2020-2025"), QStringLiteral("ends 2021"),
                     QStringLiteral("2021-2022"), QStringLiteral("undated")}));
    EXPECT_EQ(
        namesSortedBy(model, GroupOverviewModel::SubAreas, Qt::DescendingOrder),
        (QStringList{QStringLiteral("2021-2022"), QStringLiteral("2020-2021"), QStringLiteral("2020-2025"),
                     QStringLiteral("undated"), QStringLiteral("ends 2021")})); // ties: as read
}
