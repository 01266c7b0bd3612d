#pragma once

#include "TimelineData.h"
#include "storage/StorageTypes.h"

#include <QAbstractItemModel>

#include <optional>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::models {

// The timeline's data: group → project, as TimelineData lays it out ("No region" and "No years given" are the
// groups' labels here).
//
// Unlike ProjectTreeModel it is not lazy: a timeline shows the whole range at once, so every project under
// the filter is read in one query (PortfolioStore::pagesByRegion). What it keeps is compact (100 000 projects
// with 22-character names: 6.8 MB; the read itself, mostly the query, takes about a quarter of a second and
// briefly needs some 55 MB more).
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind
    {
        Group,
        Project,
    };

    using GroupKind = TimelineData::GroupKind;

    enum Role
    {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        PageIdRole,                  // projects: qint64
        StartYearRole,               // projects with years: int; none otherwise
        EndYearRole,                 // projects with years: int, the start year when only that is known
        GroupKindRole,               // groups: GroupKind as int
        CountRole,                   // groups: projects in the group
        LabelRole,                   // groups: the label without the count; projects: the name
        RegionRole,                  // the region (empty: none; for the "No years given" group: empty)
        PageKindRole,                // projects: core::PageKind as int
    };

    using YearRange = TimelineData::YearRange;

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    // The store is not owned; it must outlive the model or be replaced first (nullptr: empty).
    void setStore(storage::PortfolioStore *store);
    void setFilter(const storage::BrowseFilter &filter);
    const storage::BrowseFilter &filter() const { return m_filter; }
    // Reads everything again (after an import).
    void reload();
    // The projects read elsewhere (BrowseReader, PortfolioStore::pagesByRegion) under the filter, which
    // becomes this model's.
    void showPages(const storage::BrowseFilter &filter, const QList<storage::PageSummary> &pages);
    // The same, laid out already (on the thread that read it: BrowseReader): shown without copying a name.
    void showData(const storage::BrowseFilter &filter, TimelineData data);

    // Projects under the filter (with and without years), the years they span (none when no project gives a
    // year), and the last error reading the store (empty when none).
    int shownProjectCount() const { return static_cast<int>(m_data.items().size()); }
    int undatedProjectCount() const { return m_data.undatedCount(); }
    std::optional<YearRange> yearRange() const { return m_data.years(); }
    QString lastError() const { return m_lastError; }

    // The index of a project, or an invalid index when it is not under the filter.
    QModelIndex findProject(qint64 pageId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void loadFailed(const QString &message);

private:
    using Group = TimelineData::Group;

    void rebuild();
    void show(TimelineData data, const QString &error = {});
    QString groupLabel(const Group &group) const;
    QVariant groupData(const Group &group, int role) const;
    QVariant projectData(int item, int role) const;

    storage::PortfolioStore *m_store = nullptr;
    storage::BrowseFilter m_filter;
    TimelineData m_data;
    QString m_lastError;
};

} // namespace salkku::models
