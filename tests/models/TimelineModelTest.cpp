#include "models/TimelineModel.h"

#include "../storage/StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using models::TimelineModel;

namespace {

// A project page of the given name whose Toimiaika says `timeline` (none when empty: no years at all).
core::PageRecord page(const QString &name, const QString &timeline)
{
    QString text = QStringLiteral("Kokonaisuuden nimi\n%1\nLyhyt kuvaus\n\nLyhyesti.\n\n").arg(name);
    if (!timeline.isEmpty())
        text += QStringLiteral("Toimiaika\n\n%1\n\n").arg(timeline);
    text += QStringLiteral("Viimeksi muokattu\n\n01.02.2021\n");
    core::PageRecord record = textRecord(text);
    // A name without a region: no region (as a page about several regions has), not the national page the
    // importer takes it for.
    if (record.region == core::nationalRegionName())
        record.region.clear();
    return record;
}

bool store(storage::PortfolioStore &store, const QString &name, const QString &timeline)
{
    const auto stored = store.store(page(name, timeline), sourceFor(name, name));
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().toString().toStdString());
    return stored.ok();
}

QStringList labels(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result.append(model.index(row, 0, parent).data().toString());
    return result;
}

QModelIndex groupLabelled(const QAbstractItemModel &model, const QString &label)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(TimelineModel::LabelRole).toString() == label)
            return model.index(row, 0);
    return {};
}

class Timeline : public OnBothBackends
{
protected:
    void SetUp() override
    {
        m_store = m_portfolio.open();
        ASSERT_TRUE(m_store);
        ASSERT_FALSE(storage::ImportRunner::run(*m_store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
        m_model.setStore(m_store.get());
    }

    QModelIndex project(const QString &namePrefix) const
    {
        for (int group = 0; group < m_model.rowCount(); ++group) {
            const QModelIndex parent = m_model.index(group, 0);
            for (int row = 0; row < m_model.rowCount(parent); ++row)
                if (m_model.index(row, 0, parent).data().toString().startsWith(namePrefix))
                    return m_model.index(row, 0, parent);
        }
        return {};
    }

    TemporaryPortfolio m_portfolio{GetParam()};
    std::unique_ptr<storage::PortfolioStore> m_store;
    TimelineModel m_model;
    QAbstractItemModelTester m_tester{&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

SALKKU_ON_BOTH_BACKENDS(Timeline);

TEST_P(Timeline, GroupsTheSamplesByRegionWithTheUndatedApart)
{
    EXPECT_EQ(labels(m_model),
              (QStringList{QStringLiteral("Etelä-Karjala (1)"), QStringLiteral("Helsinki (1)"),
                           QStringLiteral("Kanta-Häme (1)"), QStringLiteral("Keski-Suomi (1)"),
                           QStringLiteral("Lappi (1)"), QStringLiteral("Pirkanmaa (1)"),
                           QStringLiteral("Pohjois-Karjala (1)"), QStringLiteral("Satakunta (1)"),
                           QStringLiteral("Vantaa-Kerava (1)"), QStringLiteral("Varsinais-Suomi (1)"),
                           QStringLiteral("No years given (1)")}));
    EXPECT_EQ(m_model.shownProjectCount(), 11);
    EXPECT_EQ(m_model.undatedProjectCount(), 1);
    ASSERT_TRUE(m_model.yearRange());
    EXPECT_EQ(*m_model.yearRange(), (TimelineModel::YearRange{2016, 2023}));

    const QModelIndex lappi = groupLabelled(m_model, QStringLiteral("Lappi"));
    ASSERT_TRUE(lappi.isValid());
    EXPECT_EQ(lappi.data(TimelineModel::KindRole).toInt(), static_cast<int>(TimelineModel::NodeKind::Group));
    EXPECT_EQ(lappi.data(TimelineModel::GroupKindRole).toInt(),
              static_cast<int>(TimelineModel::GroupKind::Region));
    EXPECT_EQ(lappi.data(TimelineModel::CountRole).toInt(), 1);
    EXPECT_EQ(lappi.data(TimelineModel::RegionRole).toString(), QStringLiteral("Lappi"));
    EXPECT_EQ(lappi.data(Qt::ToolTipRole).toString(), QStringLiteral("1 project(s)"));

    const QModelIndex sotekeskus = m_model.index(0, 0, lappi);
    EXPECT_EQ(sotekeskus.data(TimelineModel::KindRole).toInt(),
              static_cast<int>(TimelineModel::NodeKind::Project));
    EXPECT_TRUE(sotekeskus.data().toString().startsWith(QStringLiteral("Lapin")));
    EXPECT_EQ(sotekeskus.data(TimelineModel::StartYearRole).toInt(), 2020);
    EXPECT_EQ(sotekeskus.data(TimelineModel::EndYearRole).toInt(), 2023);
    EXPECT_EQ(sotekeskus.data(TimelineModel::RegionRole).toString(), QStringLiteral("Lappi"));
    EXPECT_EQ(sotekeskus.data(TimelineModel::PageKindRole).toInt(),
              static_cast<int>(core::PageKind::Project));
    const QString tip = sotekeskus.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith(sotekeskus.data().toString() + u'\n')) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Lappi · 2020–2023"))) << tip.toStdString();

    // The practice gives no years: listed apart, with its region, not hidden.
    const QModelIndex undated = m_model.index(m_model.rowCount() - 1, 0);
    EXPECT_EQ(undated.data(TimelineModel::GroupKindRole).toInt(),
              static_cast<int>(TimelineModel::GroupKind::NoYears));
    ASSERT_EQ(m_model.rowCount(undated), 1);
    const QModelIndex practice = m_model.index(0, 0, undated);
    EXPECT_EQ(practice.data(TimelineModel::PageKindRole).toInt(), static_cast<int>(core::PageKind::Practice));
    EXPECT_FALSE(practice.data(TimelineModel::StartYearRole).isValid());
    EXPECT_FALSE(practice.data(TimelineModel::EndYearRole).isValid());
    EXPECT_EQ(practice.data(TimelineModel::RegionRole).toString(), QStringLiteral("Lappi"));
    EXPECT_TRUE(practice.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no years given")));
}

TEST_P(Timeline, FindsProjectsByTheirId)
{
    const QModelIndex satakunta = project(QStringLiteral("Satakunnan sote-valmistelu"));
    ASSERT_TRUE(satakunta.isValid());
    const qint64 id = satakunta.data(TimelineModel::PageIdRole).toLongLong();
    EXPECT_GT(id, 0);
    EXPECT_EQ(m_model.findProject(id), satakunta);
    EXPECT_FALSE(m_model.findProject(id + 1000).isValid());
    EXPECT_EQ(satakunta.data(TimelineModel::StartYearRole).toInt(), 2020);
    EXPECT_EQ(satakunta.data(TimelineModel::EndYearRole).toInt(), 2021);
}

TEST_P(Timeline, NamesAndRegionsAreInFinnishOrder)
{
    // Å, Ä and Ö come after Z in Finnish (not beside A and O, as in a code-point or English order).
    for (const QString &name : {QStringLiteral("Lapin öljylämmitys"), QStringLiteral("Lapin zeta-hanke"),
                                QStringLiteral("Lapin ärrä-palvelu"), QStringLiteral("Lapin aapa-hanke"),
                                QStringLiteral("Lapin åkerö-malli"), QStringLiteral("Lapin oja-hanke")})
        ASSERT_TRUE(store(*m_store, name, QStringLiteral("vuosina 2021-2022")));
    ASSERT_TRUE(store(*m_store, QStringLiteral("Ahvenanmaan saaristohanke"), QStringLiteral("vuonna 2019")));
    ASSERT_TRUE(store(*m_store, QStringLiteral("Itä-Uudenmaan hanke"), QStringLiteral("vuonna 2019")));
    ASSERT_TRUE(store(*m_store, QStringLiteral("Yleinen kehittämishanke"), QStringLiteral("vuonna 2015")));
    m_model.reload();

    const QModelIndex lappi = groupLabelled(m_model, QStringLiteral("Lappi"));
    ASSERT_TRUE(lappi.isValid());
    QStringList names = labels(m_model, lappi);
    names.removeIf([](const QString &name) {
        return !name.endsWith(QStringLiteral("-hanke")) && !name.endsWith(QStringLiteral("-palvelu")) &&
               !name.endsWith(QStringLiteral("-malli")) && !name.endsWith(QStringLiteral("lämmitys"));
    });
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Lapin aapa-hanke"), QStringLiteral("Lapin oja-hanke"),
                           QStringLiteral("Lapin zeta-hanke"), QStringLiteral("Lapin åkerö-malli"),
                           QStringLiteral("Lapin ärrä-palvelu"), QStringLiteral("Lapin öljylämmitys")}));

    const QStringList groups = labels(m_model);
    EXPECT_EQ(groups.front(), QStringLiteral("Ahvenanmaa (1)"));
    EXPECT_LT(groups.indexOf(QStringLiteral("Helsinki (1)")),
              groups.indexOf(QStringLiteral("Itä-Uusimaa (1)")));
    // With years but no region: after the regions, before the projects without years.
    ASSERT_GE(groups.size(), 2);
    EXPECT_EQ(groups[groups.size() - 2], QStringLiteral("No region (1)"));
    const QModelIndex noRegion = m_model.index(static_cast<int>(groups.size()) - 2, 0);
    EXPECT_EQ(noRegion.data(TimelineModel::GroupKindRole).toInt(),
              static_cast<int>(TimelineModel::GroupKind::NoRegion));
    EXPECT_EQ(m_model.index(0, 0, noRegion).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Yleinen kehittämishanke\nNo region · 2015"));
    EXPECT_EQ(m_model.yearRange()->first, 2015);
}

TEST_P(Timeline, ProjectsWithoutYearsHaveTheirOwnGroupAtTheEnd)
{
    ASSERT_TRUE(store(*m_store, QStringLiteral("Satakunnan ajaton hanke"), QString()));
    ASSERT_TRUE(store(*m_store, QStringLiteral("Aikatauluton hanke"), QString())); // no region either
    ASSERT_TRUE(store(*m_store, QStringLiteral("Lapin epämääräinen hanke"), QStringLiteral("myöhemmin")));
    m_model.reload();

    const QModelIndex undated = m_model.index(m_model.rowCount() - 1, 0);
    EXPECT_EQ(undated.data(TimelineModel::LabelRole).toString(), QStringLiteral("No years given"));
    // In the store's order: by region (no region last), then by name.
    EXPECT_EQ(labels(m_model, undated),
              (QStringList{QStringLiteral("Lapin epämääräinen hanke"),
                           QStringLiteral("Liikkuva etävastaanotto Lapin kylillä"),
                           QStringLiteral("Satakunnan ajaton hanke"), QStringLiteral("Aikatauluton hanke")}))
        << labels(m_model, undated).join(u'|').toStdString();
    EXPECT_EQ(m_model.undatedProjectCount(), 4);
    EXPECT_EQ(m_model.shownProjectCount(), 14);
    // Regions keep only their dated projects; none of them is left empty.
    EXPECT_EQ(groupLabelled(m_model, QStringLiteral("Satakunta")).data(TimelineModel::CountRole).toInt(), 1);
    EXPECT_FALSE(groupLabelled(m_model, QStringLiteral("No region")).isValid());
    EXPECT_EQ(m_model.index(3, 0, undated).data(Qt::ToolTipRole).toString(),
              QStringLiteral("Aikatauluton hanke\nNo region · no years given"));
}

TEST_P(Timeline, AnEndYearDefaultsToTheStartYear)
{
    const QModelIndex before = project(QStringLiteral("Satakunnan sote-valmistelu"));
    const qint64 id = before.data(TimelineModel::PageIdRole).toLongLong();
    // The importer always writes both years; another writer may not.
    const QString written =
        sqlPastSalkku(m_portfolio, QStringLiteral("UPDATE pages SET end_year = NULL WHERE id = %1").arg(id));
    ASSERT_TRUE(written.isEmpty()) << written.toStdString();
    m_model.reload();
    const QModelIndex after = m_model.findProject(id);
    EXPECT_EQ(after.data(TimelineModel::StartYearRole).toInt(), 2020);
    EXPECT_EQ(after.data(TimelineModel::EndYearRole).toInt(), 2020);
    EXPECT_TRUE(after.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("Satakunta · 2020")));
}

TEST_P(Timeline, FollowsTheSearchAndTheFilters)
{
    QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
    storage::BrowseFilter filter;
    filter.text = QStringLiteral("perhekeskus");
    m_model.setFilter(filter);
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(labels(m_model),
              (QStringList{QStringLiteral("Pohjois-Karjala (1)"), QStringLiteral("Vantaa-Kerava (1)")}));
    EXPECT_EQ(m_model.shownProjectCount(), 2);
    EXPECT_EQ(*m_model.yearRange(), (TimelineModel::YearRange{2017, 2022}));
    m_model.setFilter(filter); // the same filter: nothing read again
    EXPECT_EQ(resets.size(), 1);

    storage::BrowseFilter region;
    region.region = QStringLiteral("Lappi");
    m_model.setFilter(region);
    EXPECT_EQ(labels(m_model),
              (QStringList{QStringLiteral("Lappi (1)"), QStringLiteral("No years given (1)")}));

    storage::BrowseFilter years;
    years.yearFrom = 2023;
    m_model.setFilter(years);
    EXPECT_EQ(labels(m_model), (QStringList{QStringLiteral("Kanta-Häme (1)"), QStringLiteral("Lappi (1)")}));

    storage::BrowseFilter nothing;
    nothing.text = QStringLiteral("xyzzyplugh");
    m_model.setFilter(nothing);
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_FALSE(m_model.yearRange());
    EXPECT_TRUE(m_model.lastError().isEmpty());
}

TEST_P(Timeline, ProjectsReadElsewhereShowAsReadingHereWould)
{
    storage::BrowseRequest request;
    request.filter.text = QStringLiteral("perhekeskus");
    request.withTimeline = true;
    auto snapshot = m_store->browse(request);
    ASSERT_TRUE(snapshot.ok());
    ASSERT_TRUE(snapshot.value().timeline.has_value());
    TimelineModel shown;
    QAbstractItemModelTester tester{&shown, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QSignalSpy resets(&shown, &QAbstractItemModel::modelReset);
    shown.showPages(request.filter, *snapshot.value().timeline);
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(shown.filter(), request.filter);
    m_model.setFilter(request.filter);
    EXPECT_EQ(labels(shown), labels(m_model));
    EXPECT_EQ(shown.shownProjectCount(), 2);
    EXPECT_EQ(shown.yearRange(), m_model.yearRange());

    request.withTimeline = false;
    EXPECT_FALSE(m_store->browse(request).value().timeline.has_value()) << "read only when asked";
}

TEST_P(Timeline, TheTimelineReadAloneForATreeShownAlreadyIsTheSameWithoutTheTree)
{
    storage::BrowseRequest request;
    request.filter.text = QStringLiteral("perhekeskus");
    request.withTimeline = true;
    auto withTree = m_store->browse(request);
    request.onlyTimeline = true;
    auto alone = m_store->browse(request);
    ASSERT_TRUE(withTree.ok() && alone.ok());
    ASSERT_TRUE(alone.value().timeline.has_value());
    EXPECT_EQ(*alone.value().timeline, *withTree.value().timeline);
    EXPECT_TRUE(alone.value().groups.isEmpty());
    EXPECT_TRUE(alone.value().firstSlices.isEmpty());
}

TEST_P(Timeline, ReloadShowsWhatWasImported)
{
    EXPECT_EQ(m_model.shownProjectCount(), 11);
    ASSERT_TRUE(storeFixture(*m_store, QStringLiteral("project-complete.txt")));
    EXPECT_EQ(m_model.shownProjectCount(), 11); // not until asked
    QSignalSpy resets(&m_model, &QAbstractItemModel::modelReset);
    m_model.reload();
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(m_model.shownProjectCount(), 12);
    EXPECT_TRUE(project(QStringLiteral("Kainuun")).isValid());
}

TEST_P(Timeline, WithoutAStoreItIsEmpty)
{
    m_model.setStore(nullptr);
    EXPECT_EQ(m_model.rowCount(), 0);
    EXPECT_EQ(m_model.shownProjectCount(), 0);
    EXPECT_FALSE(m_model.yearRange());
    EXPECT_FALSE(m_model.index(0, 0).isValid());
}

TEST_P(Timeline, AReadThatFailsIsReportedOnceAndProjectsShownAfterItClearIt)
{
    QSignalSpy failed(&m_model, &TimelineModel::loadFailed);
    m_store->interrupt(); // every statement fails until it is cleared
    m_model.reload();
    m_store->clearInterrupt();
    EXPECT_EQ(failed.size(), 1);
    EXPECT_FALSE(m_model.lastError().isEmpty());
    EXPECT_EQ(m_model.rowCount(), 0) << "nothing half-read is shown";

    auto pages = m_store->pagesByRegion(m_model.filter());
    ASSERT_TRUE(pages.ok());
    m_model.showPages(m_model.filter(), pages.value());
    EXPECT_TRUE(m_model.lastError().isEmpty());
    EXPECT_GT(m_model.rowCount(), 0);
    EXPECT_EQ(failed.size(), 1) << "showing projects read elsewhere reports nothing";
}
