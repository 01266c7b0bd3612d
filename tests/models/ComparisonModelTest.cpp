#include "models/ComparisonModel.h"

#include "../storage/StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using core::Aspect;
using models::ComparisonModel;

namespace {

core::ComparedItem itemOf(const QString &sample, qint64 id, int subArea)
{
    auto item = core::ComparedItem::fromPage(sampleRecord(sample), id, subArea);
    EXPECT_TRUE(item);
    return item.value_or(core::ComparedItem{});
}

class CompareModel : public ::testing::Test
{
protected:
    ComparisonModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(CompareModel, EmptyHasTheAspectRowsAndNoColumns)
{
    EXPECT_EQ(m_model.rowCount(), core::comparedAspects().size());
    EXPECT_EQ(m_model.columnCount(), 0);
}

TEST_F(CompareModel, ColumnsAreItemsAndRowsAreAspects)
{
    ASSERT_TRUE(m_model.addItem(itemOf(QStringLiteral("pirkanmaa-tiedolla-johtaminen.txt"), 1, 1)));
    ASSERT_TRUE(m_model.addItem(itemOf(QStringLiteral("satakunta-sote-valmistelu.txt"), 2, 1)));
    EXPECT_EQ(m_model.columnCount(), 2);
    EXPECT_EQ(m_model.rowCount(), core::comparedAspects().size());
    EXPECT_EQ(m_model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Project and region"));
    EXPECT_EQ(m_model.aspectAt(m_model.rowOf(Aspect::Outputs)), Aspect::Outputs);
    EXPECT_TRUE(
        m_model.headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("Pirkanmaa · 1.")));
    EXPECT_EQ(m_model.headerData(1, Qt::Horizontal, ComparisonModel::ItemRefRole).toString(),
              QStringLiteral("2#1"));
    const QModelIndex project = m_model.index(m_model.rowOf(Aspect::Project), 1);
    EXPECT_TRUE(project.data().toString().endsWith(QStringLiteral("\nSatakunta")));
    const QModelIndex outputs = m_model.index(m_model.rowOf(Aspect::Outputs), 0);
    EXPECT_EQ(outputs.data(ComparisonModel::LinesRole).toStringList(),
              sampleRecord(QStringLiteral("pirkanmaa-tiedolla-johtaminen.txt")).subAreas[0].outputs);
    EXPECT_EQ(outputs.data(ComparisonModel::CommonLinesRole).toList().size(),
              outputs.data(ComparisonModel::LinesRole).toStringList().size());
    // The same item again is refused.
    EXPECT_FALSE(m_model.addItem(itemOf(QStringLiteral("satakunta-sote-valmistelu.txt"), 2, 1)));
}

TEST_F(CompareModel, MovingAndRemovingKeepCommonOutputsRight)
{
    core::ComparedItem a = itemOf(QStringLiteral("pirkanmaa-tiedolla-johtaminen.txt"), 1, 1);
    core::ComparedItem b = itemOf(QStringLiteral("satakunta-sote-valmistelu.txt"), 2, 1);
    a.outputs = {QStringLiteral("Palveluketjuopas"), QStringLiteral("Omavalvontaohjelman selvitys")};
    b.outputs = {QStringLiteral("Kotihoidon opas"), QStringLiteral("Hyvinvointialueen omavalvontaohjelma")};
    m_model.addItem(a);
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    m_model.addItem(b);
    EXPECT_GE(changed.size(), 1); // the first column's outputs became common
    const int outputsRow = m_model.rowOf(Aspect::Outputs);
    EXPECT_EQ(m_model.index(outputsRow, 0).data(ComparisonModel::CommonLinesRole).toList(),
              (QVariantList{false, true}));
    EXPECT_EQ(m_model.index(m_model.rowOf(Aspect::CommonOutputs), 1)
                  .data(ComparisonModel::LinesRole)
                  .toStringList(),
              QStringList{QStringLiteral("Hyvinvointialueen omavalvontaohjelma")});

    QSignalSpy moved(&m_model, &QAbstractItemModel::columnsMoved);
    m_model.moveItem(0, 1);
    EXPECT_EQ(moved.size(), 1);
    EXPECT_EQ(m_model.headerData(0, Qt::Horizontal, ComparisonModel::ItemRefRole).toString(),
              QStringLiteral("2#1"));
    EXPECT_EQ(m_model.index(outputsRow, 1).data(ComparisonModel::CommonLinesRole).toList(),
              (QVariantList{false, true}));
    m_model.moveItem(1, 1);
    m_model.moveItem(-1, 0);
    EXPECT_EQ(moved.size(), 1);

    m_model.removeItem(0);
    EXPECT_EQ(m_model.columnCount(), 1);
    EXPECT_EQ(m_model.index(outputsRow, 0).data(ComparisonModel::CommonLinesRole).toList(),
              (QVariantList{false, false}));
    m_model.removeItem(7);
    EXPECT_EQ(m_model.columnCount(), 1);
    m_model.clear();
    EXPECT_EQ(m_model.columnCount(), 0);
}

TEST_F(CompareModel, StopsAtSixColumns)
{
    for (qint64 id = 1; id <= 8; ++id)
        m_model.addItem(itemOf(QStringLiteral("satakunta-sote-valmistelu.txt"), id, 2));
    EXPECT_EQ(m_model.columnCount(), core::Comparison::kMaxItems);
}

class CompareSeeds : public OnBothBackends
{
};
SALKKU_ON_BOTH_BACKENDS(CompareSeeds);

// Seeds: Helsinki's and Keski-Suomi's sub-areas 2 side by side, aligned by aspect.
TEST_P(CompareSeeds, HelsinkiAndKeskiSuomiSubAreasTwo)
{
    const QString seeds = qEnvironmentVariable("SALKKU_SEED_DIR");
    if (seeds.isEmpty())
        GTEST_SKIP() << "SALKKU_SEED_DIR is not set";
    ASSERT_TRUE(QDir(seeds).exists()) << "SALKKU_SEED_DIR does not exist: " << seeds.toStdString();
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    ASSERT_FALSE(storage::ImportRunner::run(*store, {seeds}).anyFailed());
    auto helsinki = store->findByName(QStringLiteral("Helsingin rakenneuudistus"));
    auto keskiSuomi = store->findByName(QStringLiteral("Keski-Suomi: Rakenneuudistusta tukeva"));
    ASSERT_TRUE(helsinki && keskiSuomi);
    ASSERT_EQ(helsinki.value().size(), 1);
    ASSERT_EQ(keskiSuomi.value().size(), 1);

    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const qint64 id : {helsinki.value()[0].id, keskiSuomi.value()[0].id}) {
        const auto item = core::ComparedItem::fromPage(store->page(id).value().record, id, 2);
        ASSERT_TRUE(item);
        ASSERT_TRUE(model.addItem(*item));
    }
    ASSERT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("Helsinki · 2. Johtamisen ja ohjauksen kehittäminen"));
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Keski-Suomi · Sub-area 2"));
    const int outputs = model.rowOf(Aspect::Outputs);
    EXPECT_EQ(model.index(outputs, 0).data(ComparisonModel::LinesRole).toStringList().size(), 12);
    EXPECT_EQ(model.index(outputs, 1).data(ComparisonModel::LinesRole).toStringList().size(), 19);
    // The omavalvontaohjelma of both regions is a common output.
    const QStringList common =
        model.index(model.rowOf(Aspect::CommonOutputs), 1).data(ComparisonModel::LinesRole).toStringList();
    EXPECT_TRUE(common.contains(
        QStringLiteral("Keski-Suomen hyvinvointialueen omavalvontaohjelma (= valvontasuunnitelma)")))
        << common.join(u'|').toStdString();
    EXPECT_TRUE(model.index(model.rowOf(Aspect::CommonOutputs), 0)
                    .data(ComparisonModel::LinesRole)
                    .toStringList()
                    .contains(QStringLiteral("Omavalvontaohjelman selvityksen raportti")));
    // Every aspect row has both columns (aligned), and each column's texts come from its own page.
    EXPECT_TRUE(model.index(model.rowOf(Aspect::Impacts), 0).data().toString().size() > 100);
    EXPECT_TRUE(model.index(model.rowOf(Aspect::Impacts), 1).data().toString().size() > 100);
    EXPECT_EQ(model.index(model.rowOf(Aspect::Timeline), 1).data().toString(), QStringLiteral("2020–2021"));
}

TEST_F(CompareModel, TooltipsShowMarkupInNamesAsText)
{
    core::ComparedItem item = itemOf(QStringLiteral("satakunta-sote-valmistelu.txt"), 2, 1);
    item.project = QStringLiteral("<b>Lihava</b> & <img src=x>");
    ASSERT_TRUE(m_model.addItem(item));
    const QString tip = m_model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;b&gt;Lihava&lt;/b&gt; &amp; &lt;img src=x&gt;")))
        << tip.toStdString();
}
