#include "models/ProjectTreeModel.h"

#include "../storage/StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <future>

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

namespace {

// One region of more projects than a slice.
class TreeModelSlices : public ::testing::Test
{
protected:
    static constexpr int kCount = ProjectTreeModel::kSliceSize + 50;

    void SetUp() override
    {
        ASSERT_TRUE(m_store);
        for (int i = 0; i < kCount; ++i)
            ASSERT_TRUE(m_store
                            ->store(textRecord(projectPageText(
                                        QStringLiteral("Lapin hanke %1").arg(i, 3, 10, QChar(u'0')))),
                                    sourceFor(QString::number(i), QString::number(i)))
                            .ok());
        m_model.setStore(m_store.get());
    }

    TemporaryPortfolio m_portfolio;
    std::unique_ptr<storage::PortfolioStore> m_store = m_portfolio.open();
    ProjectTreeModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(TreeModelSlices, ALargeGroupIsReadASliceAtATime)
{
    const QModelIndex lappi = m_model.index(0, 0);
    m_model.fetchMore(lappi);
    EXPECT_EQ(m_model.rowCount(lappi), ProjectTreeModel::kSliceSize);
    EXPECT_TRUE(m_model.canFetchMore(lappi));
    m_model.fetchMore(lappi);
    EXPECT_EQ(m_model.rowCount(lappi), kCount);
    EXPECT_FALSE(m_model.canFetchMore(lappi));
    m_model.setStore(nullptr);
    EXPECT_EQ(m_model.rowCount(), 0);
}

namespace {

// Every row read so far, indented by depth: what a view of the model shows.
QStringList rowsRead(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        rows.append(QString(depth * 2, u' ') + index.data().toString() + QStringLiteral(" | ") +
                    index.data(Qt::ToolTipRole).toString());
        rows.append(rowsRead(model, index, depth + 1));
    }
    return rows;
}

// Reads every group, project and sub-area, waiting for those read on the model's slice reader.
void readEverything(ProjectTreeModel &model, const QModelIndex &parent = {})
{
    for (;;) {
        if (model.canFetchMore(parent))
            model.fetchMore(parent);
        else if (model.canReadMore(parent))
            model.readMore(parent);
        else if (model.isFetching(parent))
            ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isFetching(parent); }, 30000));
        else
            break;
    }
    for (int row = 0; row < model.rowCount(parent); ++row)
        readEverything(model, model.index(row, 0, parent));
}

QStringList sampleFiles(bool withPractices)
{
    QStringList files;
    const QDir samples(QStringLiteral(SALKKU_SAMPLE_DIR));
    for (const QString &name : samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        if (withPractices || !name.startsWith(QStringLiteral("practice-")))
            files.append(samples.filePath(name));
    return files;
}

enum class Reading
{
    Here,      // no slice reader: everything is read on the model's thread
    OnAReader, // the window's way: slices, sub-areas and places on the slice reader's thread
};

// The tree of one window while another team member (another connection) changes the portfolio.
class TreeModelUpdates : public ::testing::TestWithParam<std::tuple<storage::Backend, Reading>>
{
protected:
    void SetUp() override
    {
        coreApplication();
        m_store = m_portfolio.open();
        m_other = m_portfolio.open();
        ASSERT_TRUE(m_store && m_other);
        ASSERT_FALSE(storage::ImportRunner::run(*m_store, sampleFiles(false)).anyFailed());
        m_model.setStore(m_store.get());
        if (std::get<1>(GetParam()) == Reading::OnAReader)
            m_model.setSliceReader(
                std::make_unique<models::SliceReader>([this] { return m_portfolio.open(); }));
        readEverything(m_model);
        m_resets.clear();
    }

    // Pages changed: once their places are read (on the reader's thread, when there is one), they are shown.
    void update(const QList<qint64> &pageIds)
    {
        QSignalSpy placed(&m_model, &ProjectTreeModel::pagesPlaced);
        m_model.updatePages(pageIds);
        if (std::get<1>(GetParam()) == Reading::OnAReader) {
            EXPECT_TRUE(m_model.isPlacing()) << "read on the reader's thread, not here";
            EXPECT_EQ(placed.size(), 0);
        }
        ASSERT_TRUE(QTest::qWaitFor([&] { return placed.size() == 1; }, 30000));
        EXPECT_FALSE(m_model.isPlacing());
    }

    // What the other member's change added: the ids of pages that are new.
    QList<qint64> newPages(const std::function<void()> &change)
    {
        const QList<qint64> before = m_store->allPageIds().value();
        change();
        QList<qint64> added;
        for (const qint64 id : m_store->allPageIds().value())
            if (!before.contains(id))
                added.append(id);
        return added;
    }

    qint64 store(const QString &text, const QString &hash)
    {
        auto stored = m_other->store(textRecord(text), sourceFor(hash, hash));
        EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().toString().toStdString());
        return stored.ok() ? stored.value().pageId : 0;
    }

    // What a window opened now would show, everything read.
    QStringList freshTree()
    {
        ProjectTreeModel fresh;
        fresh.setFilter(m_model.filter());
        fresh.setStore(m_store.get());
        readEverything(fresh);
        return rowsRead(fresh);
    }

    QModelIndex project(const QString &name)
    {
        for (int group = 0; group < m_model.rowCount(); ++group) {
            const QModelIndex groupIndex = m_model.index(group, 0);
            for (int row = 0; row < m_model.rowCount(groupIndex); ++row)
                if (m_model.index(row, 0, groupIndex)
                        .data(ProjectTreeModel::LabelRole)
                        .toString()
                        .startsWith(name))
                    return m_model.index(row, 0, groupIndex);
        }
        return {};
    }

    TemporaryPortfolio m_portfolio{std::get<0>(GetParam())};
    std::unique_ptr<storage::PortfolioStore> m_store;
    std::unique_ptr<storage::PortfolioStore> m_other;
    ProjectTreeModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy m_resets{&m_model, &QAbstractItemModel::modelReset};
};

} // namespace

INSTANTIATE_TEST_SUITE_P(
    BackendsAndReadings, TreeModelUpdates,
    ::testing::Combine(::testing::Values(storage::Backend::SQLite, storage::Backend::PostgreSQL),
                       ::testing::Values(Reading::Here, Reading::OnAReader)),
    [](const ::testing::TestParamInfo<std::tuple<storage::Backend, Reading>> &info) {
        return backendName(::testing::TestParamInfo<storage::Backend>(std::get<0>(info.param), info.index)) +
               (std::get<1>(info.param) == Reading::Here ? "ReadHere" : "ReadOnAReader");
    });

TEST_P(TreeModelUpdates, NewPagesTakeTheirPlacesAndANewRegionItsGroupWithoutAReset)
{
    const QPersistentModelIndex lappi(project(QStringLiteral("Lapin tulevaisuuden")));
    ASSERT_TRUE(lappi.isValid());
    const qint64 lappiId = lappi.data(ProjectTreeModel::PageIdRole).toLongLong();
    const int lappiChildren = m_model.rowCount(lappi);
    const QList<qint64> added{
        store(projectPageText(QStringLiteral("Lapin aamupalvelut")), QStringLiteral("a")),
        store(projectPageText(QStringLiteral("Lapin öinen päivystys")), QStringLiteral("b")),
        store(projectPageText(QStringLiteral("Kainuun kotihoito")), QStringLiteral("c"))};

    update(added);

    EXPECT_EQ(m_resets.size(), 0);
    EXPECT_EQ(m_model.shownProjectCount(), 13);
    // The project read before is where it was, still with its sub-areas read.
    ASSERT_TRUE(lappi.isValid());
    EXPECT_EQ(lappi.data(ProjectTreeModel::PageIdRole).toLongLong(), lappiId);
    EXPECT_EQ(m_model.rowCount(lappi), lappiChildren);
    const QModelIndex lappiGroup = lappi.parent();
    EXPECT_EQ(lappiGroup.data().toString(), QStringLiteral("Lappi (3)"));
    ASSERT_EQ(m_model.rowCount(lappiGroup), 3);
    EXPECT_EQ(m_model.index(0, 0, lappiGroup).data().toString(), QStringLiteral("Lapin aamupalvelut"));
    EXPECT_EQ(m_model.index(2, 0, lappiGroup).data().toString(), QStringLiteral("Lapin öinen päivystys"));
    readEverything(m_model); // the new Kainuu group is read when it is opened
    EXPECT_EQ(rowsRead(m_model), freshTree());
}

TEST_P(TreeModelUpdates, APracticeImportedElsewhereJoinsItsOpenProject)
{
    const QPersistentModelIndex lappi(project(QStringLiteral("Lapin tulevaisuuden")));
    ASSERT_TRUE(lappi.isValid());
    const int subAreas = m_model.rowCount(lappi);
    ASSERT_GE(subAreas, 2);
    const QPersistentModelIndex secondSubArea(m_model.index(1, 0, lappi)); // the row a coordinator had chosen
    const QString secondSubAreaText = secondSubArea.data().toString();
    QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);
    const QList<qint64> added = newPages([&] {
        QStringList practices = sampleFiles(true);
        practices.removeIf([](const QString &file) { return !file.contains(QStringLiteral("/practice-")); });
        ASSERT_EQ(practices.size(), 2);
        ASSERT_FALSE(storage::ImportRunner::run(*m_other, practices).anyFailed());
    });
    ASSERT_EQ(added.size(), 2);

    update(added);

    EXPECT_EQ(m_resets.size(), 0);
    ASSERT_TRUE(lappi.isValid());
    ASSERT_EQ(m_model.rowCount(lappi), subAreas + 1);
    EXPECT_TRUE(m_model.index(subAreas, 0, lappi).data().toString().startsWith(QStringLiteral("Practice: ")));
    // Its sub-areas stayed in their rows: nothing was removed, the chosen one is still there.
    EXPECT_EQ(removed.size(), 0);
    ASSERT_TRUE(secondSubArea.isValid());
    EXPECT_EQ(secondSubArea.row(), 1);
    EXPECT_EQ(secondSubArea.data().toString(), secondSubAreaText);
    EXPECT_EQ(rowsRead(m_model), freshTree()); // and the practice is listed in its region too
}

TEST_P(TreeModelUpdates, AnOpenProjectsSubAreaThatIsNoLongerThereLeavesItsRowToNoOther)
{
    QFile file(QStringLiteral(SALKKU_FIXTURE_DIR "/project-complete.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qint64 id = store(text, QStringLiteral("k1"));
    update({id});
    readEverything(m_model);
    const QModelIndex kainuu = project(QStringLiteral("Kainuun"));
    ASSERT_EQ(m_model.rowCount(kainuu), 2);
    const QPersistentModelIndex first(m_model.index(0, 0, kainuu)); // sub-area 1, chosen
    const QPersistentModelIndex second(m_model.index(1, 0, kainuu));
    QString renumbered = text;
    renumbered.replace(QStringLiteral("Osa-alue 1"), QStringLiteral("Osa-alue 3")); // 1 is gone, 3 is new
    ASSERT_EQ(store(renumbered, QStringLiteral("k2")), id);

    update({id});

    ASSERT_EQ(m_model.rowCount(kainuu), 2);
    EXPECT_EQ(m_model.index(0, 0, kainuu).data(ProjectTreeModel::SubAreaNumberRole).toInt(), 2);
    EXPECT_EQ(m_model.index(1, 0, kainuu).data(ProjectTreeModel::SubAreaNumberRole).toInt(), 3);
    EXPECT_FALSE(first.isValid()) << "sub-area 1's row is gone, not shown as sub-area 2";
    EXPECT_FALSE(second.isValid());
    EXPECT_EQ(rowsRead(m_model), freshTree());
}

TEST_P(TreeModelUpdates, PagesTrashedElsewhereLeaveAndAnEmptiedGroupGoes)
{
    const QPersistentModelIndex satakunta(project(QStringLiteral("Satakunnan")));
    ASSERT_TRUE(satakunta.isValid());
    const QPersistentModelIndex lappi(project(QStringLiteral("Lapin tulevaisuuden")));
    const int groups = m_model.rowCount();
    auto moved = m_other->coordinator().moveToTrash(satakunta.data(ProjectTreeModel::PageIdRole).toLongLong(),
                                                    QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC));
    ASSERT_TRUE(moved);

    update(moved.value());

    EXPECT_EQ(m_resets.size(), 0);
    EXPECT_FALSE(satakunta.isValid());
    EXPECT_TRUE(lappi.isValid());
    EXPECT_EQ(m_model.rowCount(), groups - 1);
    EXPECT_EQ(m_model.shownProjectCount(), 9);
    EXPECT_EQ(rowsRead(m_model), freshTree());
}

TEST_P(TreeModelUpdates, APageImportedAgainIsUpdatedInItsRow)
{
    const qint64 id = store(projectPageText(QStringLiteral("Lapin aamupalvelut")), QStringLiteral("a"));
    update({id});
    const QPersistentModelIndex page(project(QStringLiteral("Lapin aamupalvelut")));
    ASSERT_TRUE(page.isValid());
    QSignalSpy removed(&m_model, &QAbstractItemModel::rowsRemoved);
    QString again = projectPageText(QStringLiteral("Lapin aamupalvelut"));
    again.replace(QStringLiteral("vuosina 2020-2021"), QStringLiteral("vuosina 2022-2024"));
    ASSERT_EQ(store(again, QStringLiteral("a2")), id); // the same page, updated

    update({id});

    EXPECT_EQ(m_resets.size(), 0);
    EXPECT_EQ(removed.size(), 0);
    ASSERT_TRUE(page.isValid());
    EXPECT_TRUE(page.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2022")))
        << page.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_EQ(rowsRead(m_model), freshTree());
}

TEST_P(TreeModelUpdates, APageOutsideTheFilterStaysOut)
{
    storage::BrowseFilter lappi;
    lappi.region = QStringLiteral("Lappi");
    m_model.setFilter(lappi);
    readEverything(m_model);
    m_resets.clear();
    update({store(projectPageText(QStringLiteral("Lapin aamupalvelut")), QStringLiteral("a")),
            store(projectPageText(QStringLiteral("Kainuun kotihoito")), QStringLiteral("c"))});
    EXPECT_EQ(m_resets.size(), 0);
    EXPECT_EQ(m_model.rowCount(), 1);
    EXPECT_EQ(m_model.shownProjectCount(), 2);
    EXPECT_EQ(rowsRead(m_model), freshTree());
}

TEST_F(TreeModelSlices, ASnapshotOfAReloadShowsAsManyRowsOfAnOpenGroupAsWereShownAndReadsOnFromThere)
{
    storage::BrowseRequest request;
    request.sliceSize = ProjectTreeModel::kSliceSize;
    request.openGroupsUpTo = 0; // closed, but for the one open on screen
    request.openGroups.insert(QStringLiteral("Lappi"), ProjectTreeModel::kSliceSize + 10);
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    m_model.showSnapshot(snapshot.value());
    const QModelIndex lappi = m_model.index(0, 0);
    EXPECT_EQ(m_model.rowCount(lappi), ProjectTreeModel::kSliceSize + 10);
    ASSERT_TRUE(m_model.canFetchMore(lappi));
    m_model.fetchMore(lappi);
    EXPECT_EQ(m_model.rowCount(lappi), kCount);
    EXPECT_FALSE(m_model.canFetchMore(lappi));

    request.openGroups.insert(QStringLiteral("Lappi"), kCount + 5); // some were trashed since
    snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    m_model.showSnapshot(snapshot.value());
    EXPECT_EQ(m_model.rowCount(m_model.index(0, 0)), kCount);
    EXPECT_FALSE(m_model.canFetchMore(m_model.index(0, 0)));
}

TEST_F(TreeModelSlices, AStoreSetToBeReadLaterShowsNothingUntilItsSnapshotComes)
{
    QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
    m_model.setStore(m_store.get(), ProjectTreeModel::Reading::Later);
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_EQ(m_model.shownProjectCount(), 0);
    auto snapshot = m_store->browse({});
    ASSERT_TRUE(snapshot.ok());
    m_model.showSnapshot(snapshot.value());
    EXPECT_EQ(m_model.rowCount(), 1);
    EXPECT_EQ(m_model.shownProjectCount(), kCount);
}

TEST_F(TreeModelSlices, PagesPastTheRowsReadWaitForTheirSlice)
{
    const QModelIndex lappi = m_model.index(0, 0);
    m_model.fetchMore(lappi);
    ASSERT_EQ(m_model.rowCount(lappi), ProjectTreeModel::kSliceSize);
    auto first = m_store->store(textRecord(projectPageText(QStringLiteral("Lapin ahkerat"))),
                                sourceFor(QStringLiteral("x"), QStringLiteral("x")));
    auto last = m_store->store(textRecord(projectPageText(QStringLiteral("Lapin ääret"))),
                               sourceFor(QStringLiteral("y"), QStringLiteral("y")));
    ASSERT_TRUE(first && last);

    m_model.updatePages({first.value().pageId, last.value().pageId});

    EXPECT_EQ(m_model.rowCount(lappi), ProjectTreeModel::kSliceSize + 1); // the last one is not read yet
    EXPECT_EQ(m_model.index(0, 0, lappi).data().toString(), QStringLiteral("Lapin ahkerat"));
    readEverything(m_model);
    ASSERT_EQ(m_model.rowCount(lappi), kCount + 2);
    EXPECT_EQ(m_model.index(kCount + 1, 0, lappi).data().toString(), QStringLiteral("Lapin ääret"));
    QStringList names;
    for (int row = 0; row < m_model.rowCount(lappi); ++row)
        names.append(m_model.index(row, 0, lappi).data().toString());
    EXPECT_EQ(names.removeDuplicates(), 0);
}

TEST_P(TreeModel, ASnapshotReadElsewhereShowsTheRowsReadingHereWould)
{
    storage::BrowseRequest request;
    request.filter.text = QStringLiteral("sote");
    request.sliceSize = ProjectTreeModel::kSliceSize;
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    ProjectTreeModel here;
    here.setStore(m_store.get());
    here.setFilter(request.filter);

    QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
    m_model.showSnapshot(snapshot.value());
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(m_model.filter(), request.filter);
    EXPECT_EQ(m_model.shownProjectCount(), here.shownProjectCount());
    ASSERT_EQ(m_model.rowCount(), here.rowCount());
    ASSERT_GT(m_model.rowCount(), 1);
    for (int row = 0; row < here.rowCount(); ++row) {
        const QModelIndex group = m_model.index(row, 0);
        const QModelIndex hereGroup = here.index(row, 0);
        EXPECT_EQ(group.data(), hereGroup.data());
        // Read with the groups: shown at once, nothing more to fetch.
        EXPECT_FALSE(m_model.canFetchMore(group));
        here.fetchMore(hereGroup);
        ASSERT_EQ(m_model.rowCount(group), here.rowCount(hereGroup));
        for (int child = 0; child < here.rowCount(hereGroup); ++child)
            EXPECT_EQ(m_model.index(child, 0, group).data(), here.index(child, 0, hereGroup).data());
    }
}

TEST_P(TreeModel, ASnapshotsGroupsReadWithoutTheirProjectsAreReadWhenOpened)
{
    storage::BrowseRequest request;
    request.openGroupsUpTo = 0;
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    m_model.showSnapshot(snapshot.value());
    const QModelIndex lappi = group(QStringLiteral("Lappi"));
    ASSERT_TRUE(lappi.isValid());
    EXPECT_EQ(m_model.rowCount(lappi), 0);
    ASSERT_TRUE(m_model.canFetchMore(lappi));
    m_model.fetchMore(lappi);
    EXPECT_EQ(m_model.rowCount(lappi), 2);
}

TEST_P(TreeModel, AProjectsSubAreasAreReadOnTheSliceReadersThreadWhenThereIsOne)
{
    coreApplication(); // to deliver what the reader read
    std::atomic<QThread *> readerThread = nullptr;
    m_model.setSliceReader(std::make_unique<models::SliceReader>([&] {
        readerThread = QThread::currentThread();
        return m_portfolio.open();
    }));
    const QModelIndex satakunta = group(QStringLiteral("Satakunta"));
    m_model.fetchMore(satakunta);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_model.rowCount(satakunta) == 1; }, 30000));
    const QModelIndex project = m_model.index(0, 0, satakunta);
    ASSERT_TRUE(m_model.canFetchMore(project));
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);

    m_model.fetchMore(project);

    EXPECT_EQ(m_model.rowCount(project), 0) << "asked for, not read here";
    EXPECT_TRUE(m_model.isFetching(project));
    EXPECT_FALSE(m_model.canFetchMore(project)) << "asked for once";
    ASSERT_TRUE(inserted.wait(30000));
    EXPECT_NE(readerThread.load(), QThread::currentThread());
    EXPECT_FALSE(m_model.isFetching(project));
    ASSERT_EQ(m_model.rowCount(project), 4);
    EXPECT_EQ(m_model.index(3, 0, project).data(ProjectTreeModel::SubAreaNumberRole).toInt(), 4);
}

TEST_P(TreeModel, ASnapshotOfAReloadShowsTheSubAreasOfTheProjectsThatWereOpen)
{
    auto satakunta = m_store->findByName(QStringLiteral("Satakunnan sote-valmistelu"));
    ASSERT_TRUE(satakunta && satakunta.value().size() == 1);
    const qint64 id = satakunta.value().front().id;
    storage::BrowseRequest request;
    request.openGroups.insert(QStringLiteral("Satakunta"), 1);
    request.openProjects.insert(id);
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);

    m_model.showSnapshot(snapshot.value());

    const QModelIndex project = m_model.index(0, 0, group(QStringLiteral("Satakunta")));
    ASSERT_EQ(project.data(ProjectTreeModel::PageIdRole).toLongLong(), id);
    EXPECT_FALSE(m_model.canFetchMore(project)) << "read with the tree";
    ASSERT_EQ(m_model.rowCount(project), 4);
    EXPECT_EQ(inserted.size(), 0);
    EXPECT_EQ(m_model.index(1, 0, project).data(ProjectTreeModel::SubAreaNumberRole).toInt(), 2);
    // A project that was closed is read when it is opened.
    const QModelIndex lappi = group(QStringLiteral("Lappi"));
    ASSERT_GT(m_model.rowCount(lappi), 0);
    EXPECT_TRUE(m_model.canFetchMore(m_model.index(0, 0, lappi)));
}

namespace {

// One region of more than three slices, read with a slice reader as the window does.
class TreeModelSliceReader : public ::testing::Test
{
protected:
    static constexpr int kCount = 3 * ProjectTreeModel::kSliceSize + 50;

    void SetUp() override
    {
        coreApplication();
        ASSERT_TRUE(m_store);
        for (int i = 0; i < kCount; ++i)
            ASSERT_TRUE(m_store
                            ->store(textRecord(projectPageText(
                                        QStringLiteral("Lapin hanke %1").arg(i, 3, 10, QChar(u'0')))),
                                    sourceFor(QString::number(i), QString::number(i)))
                            .ok());
        m_model.setStore(m_store.get());
    }

    // Opens the reader's store; until the test opens the gate when `gated`.
    void useReader(bool gated = false)
    {
        auto gate = m_gate.get_future().share();
        if (!gated)
            m_gate.set_value();
        m_model.setSliceReader(std::make_unique<models::SliceReader>([this, gate] {
            gate.wait();
            m_readerThread = QThread::currentThread();
            return m_portfolio.open();
        }));
    }

    // Waits until the group's slice being read has come (and been inserted or dropped).
    bool sliceCame(const QModelIndex &group)
    {
        return QTest::qWaitFor([&] { return !m_model.isFetching(group); }, 30000);
    }

    QStringList names(const QModelIndex &group) const
    {
        QStringList names;
        for (int row = 0; row < m_model.rowCount(group); ++row)
            names.append(m_model.index(row, 0, group).data(ProjectTreeModel::LabelRole).toString());
        return names;
    }

    TemporaryPortfolio m_portfolio;
    std::unique_ptr<storage::PortfolioStore> m_store = m_portfolio.open();
    ProjectTreeModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    std::promise<void> m_gate;
    std::atomic<QThread *> m_readerThread = nullptr;
};

} // namespace

TEST_F(TreeModelSliceReader, AGroupsSlicesAreReadOnTheReadersThreadAndInsertedWhenRead)
{
    useReader();
    const QModelIndex lappi = m_model.index(0, 0);
    ASSERT_TRUE(m_model.canFetchMore(lappi));
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.fetchMore(lappi);
    // Asked, not read here: the view gets its rows when the event loop delivers them.
    EXPECT_EQ(m_model.rowCount(lappi), 0);
    EXPECT_TRUE(m_model.isFetching(lappi));
    EXPECT_FALSE(m_model.canFetchMore(lappi));
    ASSERT_TRUE(inserted.wait(30000));
    EXPECT_EQ(m_model.rowCount(lappi), ProjectTreeModel::kSliceSize);
    EXPECT_NE(m_readerThread.load(), QThread::currentThread());
    EXPECT_EQ(m_model.index(0, 0, lappi).data(ProjectTreeModel::LabelRole).toString(),
              QStringLiteral("Lapin hanke 000"));
    // The next slices only when asked for by name: a view's layouts fetch each time they run.
    EXPECT_FALSE(m_model.canFetchMore(lappi));
    for (int slice = 2; slice <= 4; ++slice) {
        ASSERT_TRUE(m_model.canReadMore(lappi));
        m_model.readMore(lappi);
        ASSERT_TRUE(inserted.wait(30000));
    }
    EXPECT_EQ(m_model.rowCount(lappi), kCount);
    EXPECT_FALSE(m_model.canReadMore(lappi));
    EXPECT_EQ(names(lappi).removeDuplicates(), 0);
}

TEST_F(TreeModelSliceReader, ASliceReadForATreeThatIsReadAgainIsNeverShown)
{
    useReader(true);
    m_model.fetchMore(m_model.index(0, 0)); // Lappi's first slice, waiting at the gate
    m_model.setGrouping(storage::Grouping::StartYear);
    m_gate.set_value();
    const QModelIndex year = m_model.index(0, 0);
    EXPECT_EQ(year.data(ProjectTreeModel::GroupKeyRole).toString(), QStringLiteral("2020"));
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.fetchMore(year);
    ASSERT_TRUE(inserted.wait(30000));
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.at(0).at(0).value<QModelIndex>(), year);
    EXPECT_EQ(m_model.rowCount(year), ProjectTreeModel::kSliceSize);
}

TEST_F(TreeModelSliceReader, AProjectLookedForWhileASliceIsReadIsFoundAndTheGroupReadsOnFromItsEnd)
{
    useReader();
    const QModelIndex lappi = m_model.index(0, 0);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.fetchMore(lappi);
    ASSERT_TRUE(inserted.wait(30000));
    m_model.readMore(lappi); // rows 200… asked for
    auto wanted = m_store->findByName(QStringLiteral("Lapin hanke 450"));
    ASSERT_TRUE(wanted && wanted.value().size() == 1);

    const QModelIndex found = m_model.loadProject(wanted.value().front().id);

    ASSERT_TRUE(found.isValid());
    EXPECT_EQ(found.data(ProjectTreeModel::LabelRole).toString(), QStringLiteral("Lapin hanke 450"));
    EXPECT_EQ(m_model.rowCount(lappi), 3 * ProjectTreeModel::kSliceSize);
    // The slice asked for before comes after rows it would repeat: it is dropped and read again from the end.
    ASSERT_TRUE(sliceCame(lappi));
    EXPECT_EQ(m_model.rowCount(lappi), kCount);
    EXPECT_EQ(names(lappi).removeDuplicates(), 0);
    EXPECT_FALSE(m_model.canReadMore(lappi));
}

TEST_F(TreeModelSliceReader, AProjectSoughtFarDownItsGroupIsReadOnTheReadersThreadInOneSliceAndFound)
{
    useReader();
    auto wanted = m_store->findByName(QStringLiteral("Lapin hanke 640"));
    ASSERT_TRUE(wanted && wanted.value().size() == 1);
    QSignalSpy found(&m_model, &ProjectTreeModel::projectFound);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);

    const QModelIndex now = m_model.seekProject(wanted.value().front().id, {QStringLiteral("Lappi")});

    EXPECT_FALSE(now.isValid()) << "not read here: the window keeps its events";
    EXPECT_TRUE(m_model.isSeeking());
    ASSERT_TRUE(found.wait(30000));
    EXPECT_FALSE(m_model.isSeeking());
    const auto index = found.at(0).at(0).value<QModelIndex>();
    EXPECT_EQ(index.data(ProjectTreeModel::LabelRole).toString(), QStringLiteral("Lapin hanke 640"));
    EXPECT_EQ(inserted.size(), 1) << "the group's rows to its end in one read (a search runs once)";
    const QModelIndex lappi = m_model.index(0, 0);
    EXPECT_EQ(m_model.rowCount(lappi), kCount);
    EXPECT_FALSE(m_model.canReadMore(lappi));
    EXPECT_EQ(names(lappi).removeDuplicates(), 0);
    EXPECT_NE(m_readerThread.load(), QThread::currentThread());

    // Found at once when it is loaded.
    EXPECT_EQ(m_model.seekProject(wanted.value().front().id), index);
    EXPECT_FALSE(m_model.isSeeking());
}

TEST_F(TreeModelSliceReader, AProjectInNoGroupIsReportedNotFoundOnceEveryGroupIsRead)
{
    useReader();
    QSignalSpy notFound(&m_model, &ProjectTreeModel::projectNotFound);
    constexpr qint64 kNoSuchPage = 999999;
    EXPECT_FALSE(m_model.seekProject(kNoSuchPage).isValid());
    EXPECT_TRUE(m_model.isSeeking());
    ASSERT_TRUE(notFound.wait(30000));
    EXPECT_EQ(notFound.at(0).at(0).toLongLong(), kNoSuchPage);
    EXPECT_FALSE(m_model.isSeeking());
    EXPECT_EQ(m_model.rowCount(m_model.index(0, 0)), kCount);
}

TEST_F(TreeModelSliceReader, NothingIsReadForAProjectWhenEveryGroupIsReadAlready)
{
    useReader();
    storage::BrowseFilter filter;
    filter.yearFrom = 2030; // hides every project: no groups
    m_model.setFilter(filter);
    QSignalSpy notFound(&m_model, &ProjectTreeModel::projectNotFound);
    auto wanted = m_store->findByName(QStringLiteral("Lapin hanke 010"));
    ASSERT_TRUE(wanted && wanted.value().size() == 1);
    EXPECT_FALSE(m_model.seekProject(wanted.value().front().id).isValid());
    EXPECT_FALSE(m_model.isSeeking()) << "not found, at once";
    EXPECT_EQ(notFound.size(), 0) << "the caller knows from the return";
}

TEST_F(TreeModelSliceReader, ASeekWhoseRowsCannotBeReadEndsAndSaysWhy)
{
    m_model.setSliceReader(
        std::make_unique<models::SliceReader>([]() -> core::Result<std::unique_ptr<storage::PortfolioStore>> {
            return core::Error{QString(), 0, QStringLiteral("the server went away")};
        }));
    auto wanted = m_store->findByName(QStringLiteral("Lapin hanke 640"));
    ASSERT_TRUE(wanted && wanted.value().size() == 1);
    QSignalSpy failed(&m_model, &ProjectTreeModel::loadFailed);
    QSignalSpy found(&m_model, &ProjectTreeModel::projectFound);
    QSignalSpy notFound(&m_model, &ProjectTreeModel::projectNotFound);
    EXPECT_FALSE(m_model.seekProject(wanted.value().front().id).isValid());
    ASSERT_TRUE(failed.wait(30000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("the server went away")));
    EXPECT_FALSE(m_model.isSeeking()) << "not asked again and again";
    EXPECT_EQ(found.size(), 0);
    EXPECT_EQ(notFound.size(), 0) << "it is not hidden: its rows could not be read";
}

TEST_F(TreeModelSliceReader, PlacesReadForATreeThatIsReadAgainAreNeverApplied)
{
    m_model.fetchMore(m_model.index(0, 0)); // read here: the reader below waits at its gate
    useReader(true);
    auto added = m_store->store(textRecord(projectPageText(QStringLiteral("Lapin aamu"))),
                                sourceFor(QStringLiteral("b"), QStringLiteral("b")));
    ASSERT_TRUE(added);
    QSignalSpy placed(&m_model, &ProjectTreeModel::pagesPlaced);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.updatePages({added.value().pageId});
    ASSERT_TRUE(m_model.isPlacing());

    m_model.setGrouping(storage::Grouping::StartYear); // read here, with the new page, before the places come
    EXPECT_FALSE(m_model.isPlacing());
    m_gate.set_value();
    const QModelIndex year = m_model.index(0, 0);
    m_model.fetchMore(year); // asked after the places: read, and delivered, after them
    ASSERT_TRUE(inserted.wait(30000));

    EXPECT_EQ(placed.size(), 0);
    EXPECT_EQ(year.data(ProjectTreeModel::CountRole).toInt(), kCount + 1);
    EXPECT_EQ(m_model.rowCount(year), ProjectTreeModel::kSliceSize);
}

TEST_F(TreeModelSliceReader, ASeekIsDroppedWhenTheTreeIsReadAgain)
{
    useReader(true);
    auto wanted = m_store->findByName(QStringLiteral("Lapin hanke 640"));
    ASSERT_TRUE(wanted && wanted.value().size() == 1);
    QSignalSpy found(&m_model, &ProjectTreeModel::projectFound);
    QSignalSpy notFound(&m_model, &ProjectTreeModel::projectNotFound);
    EXPECT_FALSE(m_model.seekProject(wanted.value().front().id).isValid());
    m_model.setGrouping(storage::Grouping::StartYear); // before the slice is read
    EXPECT_FALSE(m_model.isSeeking());
    m_gate.set_value();
    const QModelIndex year = m_model.index(0, 0);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.fetchMore(year);
    ASSERT_TRUE(inserted.wait(30000));
    EXPECT_EQ(found.size(), 0);
    EXPECT_EQ(notFound.size(), 0);
}

TEST_F(TreeModelSliceReader, ASliceAskedForBeforeAChangeButReadAfterItIsReadAgainFromTheGroupsEnd)
{
    const QModelIndex lappi = m_model.index(0, 0);
    m_model.fetchMore(lappi); // rows 0…199, read here
    ASSERT_EQ(m_model.rowCount(lappi), ProjectTreeModel::kSliceSize);
    useReader(true);
    ASSERT_TRUE(m_model.canReadMore(lappi));
    m_model.readMore(lappi); // rows 200…, counted before the change below, read after it (at the gate)
    auto added = m_store->store(textRecord(projectPageText(QStringLiteral("Lapin hanke 100b"))),
                                sourceFor(QStringLiteral("b"), QStringLiteral("b")));
    ASSERT_TRUE(added);
    QSignalSpy placed(&m_model, &ProjectTreeModel::pagesPlaced);

    m_model.updatePages({added.value().pageId});
    m_gate.set_value();

    ASSERT_TRUE(placed.wait(30000));
    EXPECT_EQ(m_model.index(101, 0, lappi).data(ProjectTreeModel::LabelRole).toString(),
              QStringLiteral("Lapin hanke 100b"));
    ASSERT_TRUE(sliceCame(lappi));
    while (m_model.canReadMore(lappi)) {
        m_model.readMore(lappi);
        ASSERT_TRUE(sliceCame(lappi));
    }
    QStringList read = names(lappi);
    EXPECT_EQ(read.size(), kCount + 1);
    EXPECT_EQ(read.removeDuplicates(), 0) << "no row read twice";
}

TEST_F(TreeModelSliceReader, ASliceAskedForBeforePagesChangedIsReadAgainAfterThem)
{
    useReader();
    const QModelIndex lappi = m_model.index(0, 0);
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);
    m_model.fetchMore(lappi);
    ASSERT_TRUE(inserted.wait(30000));
    m_model.readMore(lappi); // rows 200…, most likely read before the page below is stored
    auto added = m_store->store(textRecord(projectPageText(QStringLiteral("Lapin hanke 300b"))),
                                sourceFor(QStringLiteral("b"), QStringLiteral("b")));
    ASSERT_TRUE(added);

    m_model.updatePages({added.value().pageId});

    EXPECT_EQ(m_model.rowCount(lappi), ProjectTreeModel::kSliceSize) << "it waits for its slice";
    ASSERT_TRUE(sliceCame(lappi));
    while (m_model.canReadMore(lappi)) {
        m_model.readMore(lappi);
        ASSERT_TRUE(sliceCame(lappi));
    }
    const QStringList read = names(lappi);
    EXPECT_EQ(read.size(), kCount + 1);
    EXPECT_TRUE(read.contains(QStringLiteral("Lapin hanke 300b")));
    EXPECT_EQ(QStringList(read).removeDuplicates(), 0);
}
