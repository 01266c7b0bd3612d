#include "models/ProjectTreeModel.h"

#include "../storage/StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using models::ProjectTreeModel;

namespace {

class TreeModel : public OnBothBackends
{
protected:
    void SetUp() override
    {
        m_store = m_portfolio.open();
        ASSERT_TRUE(m_store);
        ASSERT_FALSE(storage::ImportRunner::run(*m_store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
        m_model.setStore(m_store.get());
    }

    QModelIndex group(const QString &key)
    {
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QModelIndex index = m_model.index(row, 0);
            if (index.data(ProjectTreeModel::GroupKeyRole).toString() == key)
                return index;
        }
        return {};
    }

    TemporaryPortfolio m_portfolio{GetParam()};
    std::unique_ptr<storage::PortfolioStore> m_store;
    ProjectTreeModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

SALKKU_ON_BOTH_BACKENDS(TreeModel);

TEST_P(TreeModel, GroupsByRegionWithCounts)
{
    ASSERT_EQ(m_model.rowCount(), 10);
    EXPECT_EQ(m_model.index(0, 0).data().toString(), QStringLiteral("Etelä-Karjala (1)"));
    const QModelIndex lappi = group(QStringLiteral("Lappi"));
    ASSERT_TRUE(lappi.isValid());
    EXPECT_EQ(lappi.data().toString(), QStringLiteral("Lappi (2)"));
    EXPECT_TRUE(m_model.hasChildren(lappi));
    EXPECT_EQ(m_model.rowCount(lappi), 0); // not read yet
    EXPECT_EQ(m_model.shownProjectCount(), 11);
}

TEST_P(TreeModel, ProjectsAndSubAreasAreReadWhenOpened)
{
    const QModelIndex satakunta = group(QStringLiteral("Satakunta"));
    ASSERT_TRUE(m_model.canFetchMore(satakunta));
    m_model.fetchMore(satakunta);
    ASSERT_EQ(m_model.rowCount(satakunta), 1);
    EXPECT_FALSE(m_model.canFetchMore(satakunta));
    const QModelIndex project = m_model.index(0, 0, satakunta);
    EXPECT_EQ(project.data(ProjectTreeModel::KindRole).toInt(),
              static_cast<int>(ProjectTreeModel::NodeKind::Project));
    EXPECT_TRUE(project.data().toString().startsWith(QStringLiteral("Satakunnan sote-valmistelu")));
    EXPECT_EQ(project.data(ProjectTreeModel::CountRole).toInt(), 4);
    m_model.fetchMore(project);
    ASSERT_EQ(m_model.rowCount(project), 4);
    const QModelIndex subArea = m_model.index(1, 0, project);
    EXPECT_EQ(subArea.data(ProjectTreeModel::SubAreaNumberRole).toInt(), 2);
    EXPECT_EQ(subArea.data(ProjectTreeModel::PageIdRole), project.data(ProjectTreeModel::PageIdRole));
    EXPECT_TRUE(subArea.data().toString().startsWith(QStringLiteral("Sub-area 2: ")));
    EXPECT_EQ(m_model.findProject(project.data(ProjectTreeModel::PageIdRole).toLongLong()), project);
}

TEST_P(TreeModel, AFilterNarrowsTheTree)
{
    storage::BrowseFilter filter;
    filter.text = QStringLiteral("perhekeskus");
    m_model.setFilter(filter);
    ASSERT_EQ(m_model.rowCount(), 2);
    EXPECT_EQ(m_model.index(0, 0).data().toString(), QStringLiteral("Pohjois-Karjala (1)"));
    EXPECT_EQ(m_model.index(1, 0).data().toString(), QStringLiteral("Vantaa-Kerava (1)"));
    EXPECT_EQ(m_model.shownProjectCount(), 2);
    storage::BrowseFilter years;
    years.yearFrom = 2023;
    m_model.setFilter(years);
    EXPECT_LT(m_model.shownProjectCount(), 11);
}

TEST_P(TreeModel, OtherGroupings)
{
    m_model.setGrouping(storage::Grouping::Maakunta);
    EXPECT_TRUE(group(QStringLiteral("Uusimaa")).isValid());
    EXPECT_FALSE(group(QStringLiteral("Helsinki")).isValid());
    m_model.setGrouping(storage::Grouping::StartYear);
    EXPECT_TRUE(group(QStringLiteral("2020")).isValid());
    m_model.setGrouping(storage::Grouping::Topic);
    EXPECT_TRUE(group(QStringLiteral("Tiedolla johtaminen")).isValid());
    m_model.setGrouping(storage::Grouping::Funder);
    EXPECT_GE(m_model.rowCount(), 1);
}

TEST(TreeModelSlices, ALargeGroupIsReadASliceAtATime)
{
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    const int count = ProjectTreeModel::kSliceSize + 50;
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE(store
                        ->store(textRecord(projectPageText(QStringLiteral("Lapin hanke %1").arg(i))),
                                sourceFor(QString::number(i), QString::number(i)))
                        .ok());
    ProjectTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStore(store.get());
    const QModelIndex lappi = model.index(0, 0);
    model.fetchMore(lappi);
    EXPECT_EQ(model.rowCount(lappi), ProjectTreeModel::kSliceSize);
    EXPECT_TRUE(model.canFetchMore(lappi));
    model.fetchMore(lappi);
    EXPECT_EQ(model.rowCount(lappi), count);
    EXPECT_FALSE(model.canFetchMore(lappi));
    model.setStore(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}
