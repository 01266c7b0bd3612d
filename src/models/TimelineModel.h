#pragma once

#include "storage/StorageTypes.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::models {

// The timeline's data: group → project. The groups are the regions (Finnish order, "No region" last) with the
// projects that give years, then one group "No years given" with every project that gives none (still in
// region, then name order), so that no project under the filter is left out. A group that would be empty is
// not there.
//
// Unlike ProjectTreeModel it is not lazy: a timeline shows the whole range at once, so every project under
// the filter is read in one query (PortfolioStore::pagesByRegion). What it keeps is compact: 24 bytes a
// project, the names in one shared buffer and each region once (100 000 projects with 22-character names: 6.8
// MB; the read itself, mostly the query, takes about a quarter of a second and briefly needs some 55 MB
// more).
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind
    {
        Group,
        Project,
    };

    enum class GroupKind
    {
        Region,   // a region's projects that give years
        NoRegion, // projects with years but no region
        NoYears,  // projects that give no year, whatever their region
    };

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

    // The years the projects span, first and last inclusive.
    struct YearRange
    {
        int first = 0;
        int last = 0;
        friend bool operator==(const YearRange &, const YearRange &) = default;
    };

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

    // Projects under the filter (with and without years), the years they span (none when no project gives a
    // year), and the last error reading the store (empty when none).
    int shownProjectCount() const { return static_cast<int>(m_items.size()); }
    int undatedProjectCount() const;
    std::optional<YearRange> yearRange() const { return m_years; }
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
    // One project: where its name is in m_names (it ends where the next item's begins), its region in
    // m_regions, its years (0 when it gives none) and its kind. Items are in display order.
    struct Item
    {
        qint64 id = 0;
        quint32 nameOffset = 0;
        qint32 region = 0;
        qint16 start = 0;
        qint16 end = 0;
        quint8 pageKind = 0;
    };
    static_assert(sizeof(Item) <= 24);

    struct Group
    {
        GroupKind kind = GroupKind::Region;
        qint32 region = 0; // into m_regions
        int first = 0;     // its first item
        int count = 0;
    };

    void rebuild();
    void clear();
    void load(const QList<storage::PageSummary> &pages);
    int groupOfItem(int item) const;
    QString nameOf(int item) const;
    QString groupLabel(const Group &group) const;
    QVariant groupData(const Group &group, int role) const;
    QVariant projectData(int item, int role) const;

    storage::PortfolioStore *m_store = nullptr;
    storage::BrowseFilter m_filter;
    std::vector<Item> m_items;
    std::vector<Group> m_groups;
    QString m_names;
    QStringList m_regions; // [0] is "" (no region)
    std::optional<YearRange> m_years;
    QString m_lastError;
};

} // namespace salkku::models
