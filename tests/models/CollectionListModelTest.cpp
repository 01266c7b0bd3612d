#include "models/CollectionListModel.h"

#include "../storage/StorageTestSupport.h"
#include "models/ProjectTreeModel.h"
#include "storage/ImportRunner.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using models::CollectionListModel;
using models::ProjectTreeModel;

namespace {

class Collections : public OnBothBackends
{
protected:
    void SetUp() override
    {
        m_store = m_portfolio.open();
        ASSERT_TRUE(m_store);
        ASSERT_FALSE(storage::ImportRunner::run(*m_store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
        m_model.setStore(m_store.get());
        m_tree.setStore(m_store.get());
    }

    // The first project of the tree's first group.
    QModelIndex firstProject()
    {
        const QModelIndex group = m_tree.index(0, 0);
        m_tree.fetchMore(group);
        return m_tree.index(0, 0, group);
    }

    TemporaryPortfolio m_portfolio{GetParam()};
    std::unique_ptr<storage::PortfolioStore> m_store;
    CollectionListModel m_model;
    ProjectTreeModel m_tree;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester m_treeTester{&m_tree, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

SALKKU_ON_BOTH_BACKENDS(Collections);

TEST_P(Collections, TheWholePortfolioComesFirstThenEachCollectionWithItsCount)
{
    ASSERT_EQ(m_model.rowCount(), 1);
    EXPECT_EQ(m_model.index(0, 0).data().toString(), QStringLiteral("Whole portfolio"));
    EXPECT_EQ(m_model.index(0, 0).data(CollectionListModel::CollectionIdRole).toLongLong(), 0);
    auto report = m_store->coordinator().createCollection(QStringLiteral("Raportti"));
    ASSERT_TRUE(report);
    const qint64 pageId = firstProject().data(ProjectTreeModel::PageIdRole).toLongLong();
    ASSERT_TRUE(m_store->coordinator().addToCollection(report.value(), {pageId, 0}));
    m_model.reload();
    ASSERT_EQ(m_model.rowCount(), 2);
    EXPECT_EQ(m_model.index(1, 0).data().toString(), QStringLiteral("Raportti (1)"));
    EXPECT_EQ(m_model.index(1, 0).data(CollectionListModel::NameRole).toString(), QStringLiteral("Raportti"));
    EXPECT_EQ(m_model.indexOfCollection(report.value()), m_model.index(1, 0));
}

TEST_P(Collections, TreeRowsDroppedOnACollectionAreAddedToIt)
{
    auto created = m_store->coordinator().createCollection(QStringLiteral("Seuranta"));
    ASSERT_TRUE(created);
    m_model.reload();
    const QModelIndex project = firstProject();
    ASSERT_TRUE(project.flags() & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(m_tree.mimeData({project}));
    ASSERT_TRUE(mime);
    const QModelIndex target = m_model.indexOfCollection(created.value());
    EXPECT_FALSE(m_model.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, m_model.index(0, 0)))
        << "the whole portfolio takes no drops";
    QSignalSpy added(&m_model, &CollectionListModel::itemsAdded);
    EXPECT_TRUE(m_model.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, target));
    ASSERT_EQ(added.size(), 1);
    EXPECT_EQ(m_model.indexOfCollection(created.value()).data(CollectionListModel::CountRole).toInt(), 1);
    auto items = m_store->coordinator().collectionItems(created.value());
    ASSERT_TRUE(items);
    ASSERT_EQ(items.value().size(), 1);
    EXPECT_EQ(items.value().front().item.pageId, project.data(ProjectTreeModel::PageIdRole).toLongLong());
}

TEST_P(Collections, ItemsSurviveTheirMimeEncoding)
{
    const QList<core::ItemRef> items{{12, 0}, {12, 2}, {7, 0}};
    EXPECT_EQ(CollectionListModel::decodeItems(CollectionListModel::encodeItems(items)), items);
    EXPECT_TRUE(CollectionListModel::decodeItems("nonsense\n#2").isEmpty());
}

TEST_P(Collections, TagsAndFollowUpShowInTheTreeRows)
{
    const QModelIndex project = firstProject();
    const qint64 pageId = project.data(ProjectTreeModel::PageIdRole).toLongLong();
    ASSERT_TRUE(m_store->coordinator().addTag({pageId, 0}, QStringLiteral("ohjausryhmä")));
    ASSERT_TRUE(m_store->coordinator().setFollowUp(pageId, {core::FollowUpStatus::ToCheck, std::nullopt}));
    auto annotations = m_store->coordinator().annotations(pageId);
    ASSERT_TRUE(annotations);
    m_tree.updatePage(pageId, annotations.value().tags, annotations.value().followUp);
    EXPECT_TRUE(project.data().toString().contains(QStringLiteral("#ohjausryhmä")));
    EXPECT_TRUE(project.data().toString().contains(QStringLiteral("[To check]")));
    EXPECT_EQ(project.data(ProjectTreeModel::TagsRole).toStringList(),
              QStringList{QStringLiteral("ohjausryhmä")});
    EXPECT_EQ(project.data(ProjectTreeModel::FollowUpStatusRole).toInt(),
              static_cast<int>(core::FollowUpStatus::ToCheck));
    // Read again from the portfolio, the same.
    m_tree.reload();
    const QModelIndex again = firstProject();
    EXPECT_TRUE(again.data().toString().contains(QStringLiteral("#ohjausryhmä")));
}
