#include "TimelineModel.h"

#include "storage/PortfolioStore.h"

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

// Groups have internal id 0; a project has its group's row + 1.
constexpr quintptr kGroupId = 0;

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_regions.append(QString());
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setStore(storage::PortfolioStore *store)
{
    m_store = store;
    rebuild();
}

void TimelineModel::setFilter(const storage::BrowseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void TimelineModel::reload()
{
    rebuild();
}

void TimelineModel::showPages(const storage::BrowseFilter &filter, const QList<storage::PageSummary> &pages)
{
    m_filter = filter;
    beginResetModel();
    clear();
    load(pages);
    endResetModel();
}

void TimelineModel::clear()
{
    m_items.clear();
    m_groups.clear();
    m_names.clear();
    m_regions = QStringList{QString()};
    m_years.reset();
    m_lastError.clear();
}

void TimelineModel::rebuild()
{
    beginResetModel();
    clear();
    if (m_store) {
        auto pages = m_store->pagesByRegion(m_filter);
        if (pages)
            load(pages.value());
        else
            m_lastError = pages.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

void TimelineModel::load(const QList<storage::PageSummary> &pages)
{
    qsizetype nameChars = 0;
    for (const storage::PageSummary &page : pages)
        nameChars += page.name.size();
    // Offsets are 32-bit: four thousand million characters of names would not fit in memory anyway.
    if (nameChars > static_cast<qsizetype>(std::numeric_limits<quint32>::max())) {
        m_lastError = tr("The portfolio is too large for the timeline.");
        return;
    }
    m_items.reserve(static_cast<size_t>(pages.size()));
    m_names.reserve(nameChars);
    QHash<QString, qint32> regionIndex;

    const auto append = [&](const storage::PageSummary &page, int start, int end) {
        qint32 region = 0;
        if (!page.region.isEmpty()) {
            auto found = regionIndex.constFind(page.region);
            if (found == regionIndex.constEnd()) {
                found = regionIndex.insert(page.region, static_cast<qint32>(m_regions.size()));
                m_regions.append(page.region);
            }
            region = *found;
        }
        Item item;
        item.id = page.id;
        item.nameOffset = static_cast<quint32>(m_names.size());
        item.region = region;
        item.start = static_cast<qint16>(start);
        item.end = static_cast<qint16>(end);
        item.pageKind = static_cast<quint8>(page.kind);
        m_items.push_back(item);
        m_names.append(page.name);
        return region;
    };

    // Projects with years, in the store's order (region, then name): a new group where the region changes.
    for (const storage::PageSummary &page : pages) {
        const auto span = spanOf(page);
        if (!span)
            continue;
        const int itemNumber = static_cast<int>(m_items.size());
        const qint32 region = append(page, span->first, span->second);
        if (m_groups.empty() || m_groups.back().region != region)
            m_groups.push_back(
                Group{region == 0 ? GroupKind::NoRegion : GroupKind::Region, region, itemNumber, 0});
        ++m_groups.back().count;
        if (!m_years)
            m_years = YearRange{span->first, span->second};
        m_years->first = std::min(m_years->first, span->first);
        m_years->last = std::max(m_years->last, span->second);
    }
    // Then the projects without years, apart.
    const int undated = static_cast<int>(m_items.size());
    for (const storage::PageSummary &page : pages)
        if (!spanOf(page))
            append(page, 0, 0);
    if (static_cast<int>(m_items.size()) > undated)
        m_groups.push_back(Group{GroupKind::NoYears, 0, undated, static_cast<int>(m_items.size()) - undated});
}

int TimelineModel::undatedProjectCount() const
{
    return !m_groups.empty() && m_groups.back().kind == GroupKind::NoYears ? m_groups.back().count : 0;
}

int TimelineModel::groupOfItem(int item) const
{
    const auto after = std::upper_bound(m_groups.begin(), m_groups.end(), item,
                                        [](int value, const Group &group) { return value < group.first; });
    return static_cast<int>(after - m_groups.begin()) - 1;
}

QModelIndex TimelineModel::findProject(qint64 pageId) const
{
    const auto found = std::find_if(m_items.begin(), m_items.end(),
                                    [pageId](const Item &item) { return item.id == pageId; });
    if (found == m_items.end())
        return {};
    const int item = static_cast<int>(found - m_items.begin());
    const int group = groupOfItem(item);
    return createIndex(item - m_groups[static_cast<size_t>(group)].first, 0,
                       static_cast<quintptr>(group) + 1);
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_groups.size()) ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.column() != 0 || parent.internalId() != kGroupId || parent.row() < 0 ||
        parent.row() >= static_cast<int>(m_groups.size()))
        return {};
    if (row >= m_groups[static_cast<size_t>(parent.row())].count)
        return {};
    return createIndex(row, 0, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupId);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId ||
        parent.row() >= static_cast<int>(m_groups.size()))
        return 0;
    return m_groups[static_cast<size_t>(parent.row())].count;
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kGroupId)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QString TimelineModel::nameOf(int item) const
{
    const auto next = static_cast<size_t>(item) + 1;
    const qsizetype begin = m_items[static_cast<size_t>(item)].nameOffset;
    const qsizetype end = next < m_items.size() ? qsizetype{m_items[next].nameOffset} : m_names.size();
    return m_names.mid(begin, end - begin);
}

QString TimelineModel::groupLabel(const Group &group) const
{
    switch (group.kind) {
    case GroupKind::Region:
        return m_regions[group.region];
    case GroupKind::NoRegion:
        return tr("No region");
    case GroupKind::NoYears:
        return tr("No years given");
    }
    return QString();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != 0)
        return {};
    if (index.internalId() == kGroupId) {
        if (index.row() >= static_cast<int>(m_groups.size()))
            return {};
        return groupData(m_groups[static_cast<size_t>(index.row())], role);
    }
    const auto group = static_cast<size_t>(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups[group].count)
        return {};
    return projectData(m_groups[group].first + index.row(), role);
}

QVariant TimelineModel::groupData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 (%2)").arg(groupLabel(group)).arg(group.count);
    case LabelRole:
        return groupLabel(group);
    case Qt::ToolTipRole:
        return tr("%n project(s)", nullptr, group.count);
    case KindRole:
        return static_cast<int>(NodeKind::Group);
    case GroupKindRole:
        return static_cast<int>(group.kind);
    case CountRole:
        return group.count;
    case RegionRole:
        return m_regions[group.region];
    default:
        return {};
    }
}

QVariant TimelineModel::projectData(int itemNumber, int role) const
{
    const Item &item = m_items[static_cast<size_t>(itemNumber)];
    const bool dated = item.start != 0;
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return nameOf(itemNumber);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(nameOf(itemNumber), dated ? core::yearsText(item.start, item.end)
                                                                      : tr("no years given"));
    case Qt::ToolTipRole: {
        QStringList facts;
        facts.append(item.region != 0 ? m_regions[item.region] : tr("No region"));
        facts.append(dated ? core::yearsText(item.start, item.end) : tr("no years given"));
        if (item.pageKind == static_cast<quint8>(core::PageKind::Practice))
            facts.append(tr("practice"));
        return nameOf(itemNumber) + u'\n' + facts.join(QStringLiteral(" · "));
    }
    case KindRole:
        return static_cast<int>(NodeKind::Project);
    case PageIdRole:
        return item.id;
    case StartYearRole:
        return dated ? QVariant(int{item.start}) : QVariant();
    case EndYearRole:
        return dated ? QVariant(int{item.end}) : QVariant();
    case RegionRole:
        return m_regions[item.region];
    case PageKindRole:
        return int{item.pageKind};
    default:
        return {};
    }
}

} // namespace salkku::models
