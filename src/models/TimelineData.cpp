#include "TimelineData.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace salkku::models {

namespace {

// Years a timeline can draw. The importer keeps only 1900–2100; a value outside this range (another
// program's file) counts as not given rather than stretching the axis over centuries.
constexpr int kFirstDrawableYear = 1000;
constexpr int kLastDrawableYear = 9999;

std::optional<int> drawable(const std::optional<int> &year)
{
    if (year && *year >= kFirstDrawableYear && *year <= kLastDrawableYear)
        return year;
    return std::nullopt;
}

// Start and end of a page, whole years, start <= end; none when it gives no year at all.
std::optional<std::pair<int, int>> spanOf(const storage::PageSummary &page)
{
    const std::optional<int> start = drawable(page.startYear);
    const std::optional<int> end = drawable(page.endYear);
    if (!start && !end)
        return std::nullopt;
    const int first = start.value_or(*end);
    const int last = end.value_or(first);
    return std::make_pair(std::min(first, last), std::max(first, last));
}

} // namespace

// Each region once, numbered from 1 in the order met (0 is no region).
class TimelineData::RegionNumbers
{
public:
    explicit RegionNumbers(QStringList &regions) : m_regions(regions) {}

    qint32 of(const QString &region)
    {
        if (region.isEmpty())
            return 0;
        auto found = m_index.constFind(region);
        if (found == m_index.constEnd()) {
            m_regions.append(region);
            found = m_index.insert(region, static_cast<qint32>(m_regions.size()));
        }
        return *found;
    }

private:
    QStringList &m_regions;
    QHash<QString, qint32> m_index;
};

TimelineData TimelineData::fromPages(const QList<storage::PageSummary> &pages)
{
    TimelineData data;
    qsizetype nameChars = 0;
    for (const storage::PageSummary &page : pages)
        nameChars += page.name.size();
    // Offsets are 32-bit: four thousand million characters of names would not fit in memory anyway.
    if (nameChars > static_cast<qsizetype>(std::numeric_limits<quint32>::max())) {
        data.m_tooLarge = true;
        return data;
    }
    data.m_items.reserve(pages.size());
    data.m_names.reserve(nameChars);
    RegionNumbers regions(data.m_regions);
    data.appendDated(pages, regions);
    data.appendUndated(pages, regions);
    return data;
}

// Projects with years, in the store's order (region, then name): a new group where the region changes.
void TimelineData::appendDated(const QList<storage::PageSummary> &pages, RegionNumbers &regions)
{
    for (const storage::PageSummary &page : pages) {
        const auto span = spanOf(page);
        if (!span)
            continue;
        const auto itemNumber = static_cast<int>(m_items.size());
        const qint32 region = regions.of(page.region);
        append(page, span->first, span->second, region);
        if (m_groups.empty() || m_groups.back().region != region)
            m_groups.append(
                Group{region == 0 ? GroupKind::NoRegion : GroupKind::Region, region, itemNumber, 0});
        ++m_groups.back().count;
        if (!m_years)
            m_years = YearRange{span->first, span->second};
        m_years->first = std::min(m_years->first, span->first);
        m_years->last = std::max(m_years->last, span->second);
    }
}

// Then the projects without years, apart, in a group of their own.
void TimelineData::appendUndated(const QList<storage::PageSummary> &pages, RegionNumbers &regions)
{
    const auto first = static_cast<int>(m_items.size());
    for (const storage::PageSummary &page : pages)
        if (!spanOf(page))
            append(page, 0, 0, regions.of(page.region));
    const auto items = static_cast<int>(m_items.size());
    if (items > first)
        m_groups.append(Group{GroupKind::NoYears, 0, first, items - first});
}

void TimelineData::append(const storage::PageSummary &page, int start, int end, qint32 region)
{
    Item item;
    item.id = page.id;
    item.nameOffset = static_cast<quint32>(m_names.size());
    item.region = region;
    item.start = static_cast<qint16>(start);
    item.end = static_cast<qint16>(end);
    item.pageKind = static_cast<quint8>(page.kind);
    m_items.append(item);
    m_names.append(page.name);
}

QString TimelineData::region(qint32 number) const
{
    return number > 0 && number <= m_regions.size() ? m_regions[number - 1] : QString();
}

QString TimelineData::nameOf(int item) const
{
    const qsizetype next = item + 1;
    const qsizetype begin = m_items[item].nameOffset;
    const qsizetype end = next < m_items.size() ? qsizetype{m_items[next].nameOffset} : m_names.size();
    return m_names.mid(begin, end - begin);
}

int TimelineData::undatedCount() const
{
    return !m_groups.empty() && m_groups.back().kind == GroupKind::NoYears ? m_groups.back().count : 0;
}

int TimelineData::groupOfItem(int item) const
{
    const auto after = std::upper_bound(m_groups.begin(), m_groups.end(), item,
                                        [](int value, const Group &group) { return value < group.first; });
    return static_cast<int>(after - m_groups.begin()) - 1;
}

} // namespace salkku::models
