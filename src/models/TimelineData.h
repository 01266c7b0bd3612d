#pragma once

#include "storage/StorageTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace salkku::models {

// What the timeline shows, laid out from the projects read under a filter: the groups are the regions (in the
// order read: Finnish, "No region" last) with the projects that give years, then one group with every project
// that gives none (still in region, then name order), so that no project under the filter is left out. A
// group that would be empty is not there.
//
// A value, built on whichever thread read the projects (BrowseReader builds it on its own), so that showing
// it (TimelineModel::showData) is a swap, not ten thousand names copied on the GUI thread. What it keeps is
// compact: 24 bytes a project, the names in one shared buffer and each region once.
class TimelineData
{
public:
    enum class GroupKind
    {
        Region,   // a region's projects that give years
        NoRegion, // projects with years but no region
        NoYears,  // projects that give no year, whatever their region
    };

    // One project: where its name is in the names' buffer (it ends where the next item's begins), its region
    // (0: none), its years (0 when it gives none) and its kind. Items are in display order.
    struct Item
    {
        qint64 id = 0;
        quint32 nameOffset = 0;
        qint32 region = 0;
        qint16 start = 0;
        qint16 end = 0;
        quint8 pageKind = 0;
    };

    struct Group
    {
        GroupKind kind = GroupKind::Region;
        qint32 region = 0; // into the regions
        int first = 0;     // its first item
        int count = 0;
    };

    // The years the projects span, first and last inclusive.
    struct YearRange
    {
        int first = 0;
        int last = 0;
        friend bool operator==(const YearRange &, const YearRange &) = default;
    };

    // Projects as PortfolioStore::pagesByRegion gives them (region, then name). Years outside 1000–9999
    // count as not given. Empty, and tooLarge(), when the names would not fit 32-bit offsets.
    static TimelineData fromPages(const QList<storage::PageSummary> &pages);

    const QList<Item> &items() const { return m_items; }
    const QList<Group> &groups() const { return m_groups; }
    QString nameOf(int item) const;
    // A region by its number (0: none, the empty string).
    QString region(qint32 number) const;
    // The years the projects span; none when no project gives a year.
    std::optional<YearRange> years() const { return m_years; }
    int undatedCount() const;
    // The group an item is in (items are in group order).
    int groupOfItem(int item) const;
    bool tooLarge() const { return m_tooLarge; }

private:
    class RegionNumbers;

    void appendDated(const QList<storage::PageSummary> &pages, RegionNumbers &regions);
    void appendUndated(const QList<storage::PageSummary> &pages, RegionNumbers &regions);
    void append(const storage::PageSummary &page, int start, int end, qint32 region);

    QList<Item> m_items;
    QList<Group> m_groups;
    QString m_names;
    QStringList m_regions; // region n is [n - 1]
    std::optional<YearRange> m_years;
    bool m_tooLarge = false;
};

static_assert(sizeof(TimelineData::Item) <= 24);

} // namespace salkku::models
