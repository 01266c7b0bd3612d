#include "TimelineModel.h"

#include "storage/PortfolioStore.h"

#include <algorithm>

namespace salkku::models {

namespace {

// Groups have internal id 0; a project has its group's row + 1.
constexpr quintptr kGroupId = 0;

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractItemModel(parent) {}

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
    showData(filter, TimelineData::fromPages(pages));
}

void TimelineModel::showData(const storage::BrowseFilter &filter, TimelineData data)
{
    m_filter = filter;
    show(std::move(data));
}

void TimelineModel::rebuild()
{
    TimelineData data;
    QString error;
    if (m_store) {
        if (auto pages = m_store->pagesByRegion(m_filter))
            data = TimelineData::fromPages(pages.value());
        else
            error = pages.error().message;
    }
    show(std::move(data), error);
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

void TimelineModel::show(TimelineData data, const QString &error)
{
    beginResetModel();
    m_data = std::move(data);
    m_lastError = !error.isEmpty()    ? error
                  : m_data.tooLarge() ? tr("The portfolio is too large for the timeline.")
                                      : QString();
    endResetModel();
}

QModelIndex TimelineModel::findProject(qint64 pageId) const
{
    const auto &items = m_data.items();
    const auto found = std::find_if(items.begin(), items.end(),
                                    [pageId](const TimelineData::Item &item) { return item.id == pageId; });
    if (found == items.end())
        return {};
    const int item = static_cast<int>(found - items.begin());
    const int group = m_data.groupOfItem(item);
    return createIndex(item - m_data.groups()[group].first, 0, static_cast<quintptr>(group) + 1);
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_data.groups().size()) ? createIndex(row, 0, kGroupId) : QModelIndex();
    if (parent.column() != 0 || parent.internalId() != kGroupId || parent.row() < 0 ||
        parent.row() >= static_cast<int>(m_data.groups().size()))
        return {};
    if (row >= m_data.groups()[parent.row()].count)
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
        return static_cast<int>(m_data.groups().size());
    if (parent.column() != 0 || parent.internalId() != kGroupId ||
        parent.row() >= static_cast<int>(m_data.groups().size()))
        return 0;
    return m_data.groups()[parent.row()].count;
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

QString TimelineModel::groupLabel(const Group &group) const
{
    switch (group.kind) {
    case GroupKind::Region:
        return m_data.region(group.region);
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
        if (index.row() >= static_cast<int>(m_data.groups().size()))
            return {};
        return groupData(m_data.groups()[index.row()], role);
    }
    const auto group = static_cast<qsizetype>(index.internalId() - 1);
    if (group >= m_data.groups().size() || index.row() >= m_data.groups()[group].count)
        return {};
    return projectData(m_data.groups()[group].first + index.row(), role);
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
        return m_data.region(group.region);
    default:
        return {};
    }
}

QVariant TimelineModel::projectData(int itemNumber, int role) const
{
    const TimelineData::Item &item = m_data.items()[itemNumber];
    const bool dated = item.start != 0;
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return m_data.nameOf(itemNumber);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(
            m_data.nameOf(itemNumber), dated ? core::yearsText(item.start, item.end) : tr("no years given"));
    case Qt::ToolTipRole: {
        QStringList facts;
        facts.append(item.region != 0 ? m_data.region(item.region) : tr("No region"));
        facts.append(dated ? core::yearsText(item.start, item.end) : tr("no years given"));
        if (item.pageKind == static_cast<quint8>(core::PageKind::Practice))
            facts.append(tr("practice"));
        return m_data.nameOf(itemNumber) + u'\n' + facts.join(QStringLiteral(" · "));
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
        return m_data.region(item.region);
    case PageKindRole:
        return int{item.pageKind};
    default:
        return {};
    }
}

} // namespace salkku::models
