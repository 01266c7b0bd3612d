#include "ProjectTreeModel.h"

#include "CollectionListModel.h"
#include "storage/PortfolioStore.h"

#include <QHash>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace salkku::models {

struct ProjectTreeModel::Node
{
    NodeKind kind = NodeKind::Group;
    Node *parent = nullptr;
    int row = 0;
    QString groupKey;
    int count = 0; // groups: projects under the filter
    storage::PageSummary page;
    storage::SubAreaSummary subArea;
    storage::PageLink practice;
    std::vector<std::unique_ptr<Node>> children;
    bool complete = false; // every child has been read
    quint64 slice = 0;     // the ticket of its read under way (SliceReader): a group's slice, a project's
                           // sub-areas; 0 when none

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

// Listeners of modelReset and rowsInserted (views, QAbstractItemModelTester) may ask to fetch while the
// change is still being delivered; rows inserted then would nest one change in another. While it is
// delivered, nothing can be fetched; they ask again when they need the rows.
class Delivering
{
public:
    explicit Delivering(bool &flag) : m_flag(flag) { m_flag = true; }
    ~Delivering() { m_flag = false; }
    Delivering(const Delivering &) = delete;
    Delivering &operator=(const Delivering &) = delete;

private:
    bool &m_flag;
};

} // namespace

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->complete = true;
}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::setStore(storage::PortfolioStore *store, Reading reading)
{
    m_store = store;
    rebuild(reading);
}

void ProjectTreeModel::setSliceReader(std::unique_ptr<SliceReader> reader)
{
    forgetSlices();
    m_sliceReader = std::move(reader);
    if (!m_sliceReader)
        return;
    connect(m_sliceReader.get(), &SliceReader::ready, this, &ProjectTreeModel::onSliceRead);
    connect(m_sliceReader.get(), &SliceReader::childrenReady, this, &ProjectTreeModel::onChildrenRead);
    connect(m_sliceReader.get(), &SliceReader::placesReady, this, &ProjectTreeModel::onPlacesRead);
    connect(m_sliceReader.get(), &SliceReader::failed, this, &ProjectTreeModel::onSliceFailed);
}

// The tree is read again (or its reader replaced): what is being read belongs to the tree that was.
void ProjectTreeModel::forgetSlices()
{
    if (m_sliceReader)
        m_sliceReader->cancel();
    m_slices.clear();
    m_childReads.clear();
    m_placeReads.clear();
    m_seek.reset();
    for (const auto &group : m_root->children) {
        group->slice = 0;
        for (const auto &project : group->children)
            project->slice = 0;
    }
}

void ProjectTreeModel::setGrouping(storage::Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void ProjectTreeModel::setFilter(const storage::BrowseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void ProjectTreeModel::reload()
{
    rebuild();
}

void ProjectTreeModel::retranslate()
{
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

void ProjectTreeModel::fail(const QString &message)
{
    m_lastError = message;
    emit loadFailed(message);
}

void ProjectTreeModel::rebuild(Reading reading)
{
    const Delivering delivering(m_delivering);
    beginResetModel();
    forgetSlices();
    m_root = std::make_unique<Node>();
    m_root->complete = true;
    m_shownCount = 0;
    m_lastError.clear();
    if (m_store && reading == Reading::Here) {
        auto groups = m_store->groups(m_grouping, m_filter);
        if (groups) {
            for (const storage::GroupCount &group : groups.value()) {
                auto node = std::make_unique<Node>();
                node->kind = NodeKind::Group;
                node->groupKey = group.key;
                node->count = group.count;
                m_root->add(std::move(node));
            }
        } else {
            m_lastError = groups.error().message;
        }
        auto count = m_store->countPages(m_filter);
        if (count)
            m_shownCount = count.value();
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

void ProjectTreeModel::showSnapshot(const storage::BrowseSnapshot &snapshot)
{
    const Delivering delivering(m_delivering);
    beginResetModel();
    forgetSlices();
    m_grouping = snapshot.request.grouping;
    m_filter = snapshot.request.filter;
    m_root = std::make_unique<Node>();
    m_root->complete = true;
    m_shownCount = snapshot.count;
    m_lastError.clear();
    for (const storage::GroupCount &group : snapshot.groups) {
        Node *node = m_root->add(std::make_unique<Node>());
        node->kind = NodeKind::Group;
        node->groupKey = group.key;
        node->count = group.count;
        const auto slice = snapshot.firstSlices.constFind(group.key);
        if (slice == snapshot.firstSlices.cend())
            continue; // read when the group is opened
        for (const storage::PageSummary &page : *slice) {
            Node *child = node->add(std::make_unique<Node>());
            child->kind = NodeKind::Project;
            child->page = page;
            if (const auto open = snapshot.openProjects.constFind(page.id);
                open != snapshot.openProjects.cend())
                addProjectChildren(child, *open);
        }
        node->complete = slice->size() < snapshot.request.firstRows(group.key, snapshot.groups.size()) ||
                         slice->size() >= group.count;
    }
    endResetModel();
}

void ProjectTreeModel::updatePages(const QList<qint64> &pageIds)
{
    if (!m_store)
        return;
    if (pageIds.isEmpty()) {
        rebuild();
        return;
    }
    if (m_sliceReader) {
        // A slice asked for before the change may be read before it or after it, from a row counted before
        // it: when it comes (before the places: the reader delivers in order) it is asked for again, from the
        // group's end (takeSlice), and read after the places.
        for (PendingSlice &slice : m_slices)
            slice.first = -1;
        m_placeReads.insert(m_sliceReader->request(placesRequest(pageIds)));
        return;
    }
    auto places = readPagePlaces(*m_store, placesRequest(pageIds));
    if (!places)
        return fail(places.error().message);
    placePages(places.value());
}

// The groups whose rows have been read, or are being read: there the changed pages are placed. The projects
// whose sub-areas have been read, or are being read (perhaps before the change): an affected one's are read
// again with the places.
PlacesRequest ProjectTreeModel::placesRequest(const QList<qint64> &pageIds) const
{
    PlacesRequest request{m_grouping, m_filter, pageIds, {}, {}};
    for (const auto &group : m_root->children) {
        if (!group->children.empty() || group->complete || group->slice != 0)
            request.groupKeys.append(group->groupKey);
        for (const auto &project : group->children)
            if (project->complete || project->slice != 0)
                request.openProjects.insert(project->page.id);
    }
    return request;
}

void ProjectTreeModel::onPlacesRead(quint64 ticket, const PagePlaces &places)
{
    if (m_placeReads.remove(ticket))
        placePages(places);
}

void ProjectTreeModel::placePages(const PagePlaces &places)
{
    m_shownCount = places.count;
    bool placed = false;
    {
        const Delivering delivering(m_delivering);
        placed = updateGroups(places.groups);
        if (placed)
            for (const auto &group : m_root->children)
                if ((!group->children.empty() || group->complete) && places.rows.contains(group->groupKey))
                    placeInGroup(group.get(), places);
    }
    if (!placed)
        rebuild();
    emit pagesPlaced();
}

bool ProjectTreeModel::updateGroups(const QList<storage::GroupCount> &groups)
{
    QHash<QString, int> counts;
    for (const storage::GroupCount &group : groups)
        counts.insert(group.key, group.count);
    for (int row = static_cast<int>(m_root->children.size()) - 1; row >= 0; --row)
        if (!counts.contains(m_root->children[static_cast<size_t>(row)]->groupKey))
            removeChild(m_root.get(), row);
    // Both lists are in the groups' order, which follows from their keys: a key not in its place is new.
    for (int row = 0; row < groups.size(); ++row) {
        const storage::GroupCount &group = groups[row];
        Node *node = row < static_cast<int>(m_root->children.size())
                         ? m_root->children[static_cast<size_t>(row)].get()
                         : nullptr;
        if (!node || node->groupKey != group.key) {
            auto added = std::make_unique<Node>();
            added->kind = NodeKind::Group;
            added->groupKey = group.key;
            added->count = group.count;
            insertChild(m_root.get(), row, std::move(added));
        } else if (node->count != group.count) {
            node->count = group.count;
            const QModelIndex index = indexOf(node);
            emit dataChanged(index, index);
        }
    }
    return static_cast<qsizetype>(m_root->children.size()) == groups.size();
}

void ProjectTreeModel::placeInGroup(Node *group, const PagePlaces &places)
{
    const QList<qint64> &pageIds = places.affected;
    const QHash<qint64, storage::PageSummary> &pages = places.shown;
    const QHash<qint64, int> rows = places.rows.value(group->groupKey);
    std::vector<std::pair<int, qint64>> placed; // (row, page) now, in row order
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        if (pages.contains(it.key()))
            placed.emplace_back(it.value(), it.key());
    std::sort(placed.begin(), placed.end());
    const auto isPlaced = [&placed](qint64 pageId) {
        return std::any_of(placed.begin(), placed.end(),
                           [pageId](const auto &p) { return p.second == pageId; });
    };
    std::vector<std::pair<int, qint64>> kept; // pages read before that stay in the group
    for (int row = static_cast<int>(group->children.size()) - 1; row >= 0; --row) {
        const qint64 pageId = group->children[static_cast<size_t>(row)]->page.id;
        if (!pageIds.contains(pageId))
            continue;
        if (isPlaced(pageId))
            kept.emplace_back(row, pageId);
        else
            removeChild(group, row);
    }
    const auto isKept = [&kept](qint64 pageId) {
        return std::any_of(kept.begin(), kept.end(), [pageId](const auto &k) { return k.second == pageId; });
    };
    insertPlaced(group, placed, pages, isKept);
    // Pages imported again (the usual change) stay in their rows and are updated there, so an expanded
    // project stays expanded and a selected one selected. One renamed into another row moves.
    const bool inTheirRows = std::all_of(placed.begin(), placed.end(), [&](const auto &p) {
        return !isKept(p.second) || (p.first < static_cast<int>(group->children.size()) &&
                                     group->children[static_cast<size_t>(p.first)]->page.id == p.second);
    });
    if (inTheirRows) {
        for (const auto &[row, pageId] : placed)
            if (isKept(pageId))
                updateInPlace(group->children[static_cast<size_t>(row)].get(), pages.value(pageId), places);
        return;
    }
    for (int row = static_cast<int>(group->children.size()) - 1; row >= 0; --row)
        if (pageIds.contains(group->children[static_cast<size_t>(row)]->page.id))
            removeChild(group, row);
    insertPlaced(group, placed, pages, [](qint64) { return false; });
}

// In row order, each one's row counts the ones placed before it. A row past those read is read when the view
// scrolls to it.
void ProjectTreeModel::insertPlaced(Node *group, const std::vector<std::pair<int, qint64>> &placed,
                                    const QHash<qint64, storage::PageSummary> &pages,
                                    const std::function<bool(qint64)> &skip)
{
    for (const auto &[row, pageId] : placed) {
        if (skip(pageId))
            continue;
        const int read = static_cast<int>(group->children.size());
        if (row > read || (row == read && !group->complete))
            break;
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Project;
        node->page = pages.value(pageId);
        insertChild(group, row, std::move(node));
    }
}

// Its sub-areas and practices, when they had been read, were read again with the places (an updated page
// may have other sub-areas, a new practice). A project not read then is read when it is expanded, or is being
// read after the change. Rows leave while the project still counts its old ones, and come once it counts its
// new ones, so that it never has rows it says it has not.
void ProjectTreeModel::updateInPlace(Node *project, const storage::PageSummary &page,
                                     const PagePlaces &places)
{
    const auto read = places.children.constFind(page.id);
    std::vector<std::unique_ptr<Node>> fresh;
    if (project->complete && read != places.children.cend())
        fresh = keepSameChildren(project, *read);
    project->page = page;
    const QModelIndex index = indexOf(project);
    emit dataChanged(index, index);
    if (fresh.empty())
        return;
    const int first = static_cast<int>(project->children.size());
    beginInsertRows(index, first, first + static_cast<int>(fresh.size()) - 1);
    for (auto &child : fresh)
        project->add(std::move(child));
    endInsertRows();
}

// The project's rows that are what they were (the same sub-area, the same practice, in the same place) stay,
// updated in place, so that a sub-area chosen stays chosen; from the first that is not, they are removed (a
// chosen one is no longer current). Returns the rows read that are to come after those kept.
std::vector<std::unique_ptr<ProjectTreeModel::Node>>
ProjectTreeModel::keepSameChildren(Node *project, const storage::ProjectChildren &children)
{
    Node read;
    addProjectChildren(&read, children);
    const auto same = [](const Node &a, const Node &b) {
        return a.kind == b.kind && (a.kind == NodeKind::SubArea ? a.subArea.number == b.subArea.number
                                                                : a.practice.pageId == b.practice.pageId &&
                                                                      a.practice.name == b.practice.name);
    };
    const QModelIndex index = indexOf(project);
    size_t kept = 0;
    while (kept < project->children.size() && kept < read.children.size() &&
           same(*project->children[kept], *read.children[kept])) {
        Node *row = project->children[kept].get();
        row->subArea = read.children[kept]->subArea;
        row->practice = read.children[kept]->practice;
        ++kept;
    }
    if (kept > 0)
        emit dataChanged(this->index(0, 0, index), this->index(static_cast<int>(kept) - 1, 0, index));
    if (kept < project->children.size()) {
        beginRemoveRows(index, static_cast<int>(kept), static_cast<int>(project->children.size()) - 1);
        project->children.resize(kept);
        endRemoveRows();
    }
    return {std::make_move_iterator(read.children.begin() + static_cast<std::ptrdiff_t>(kept)),
            std::make_move_iterator(read.children.end())};
}

void ProjectTreeModel::insertChild(Node *parent, int row, std::unique_ptr<Node> child)
{
    beginInsertRows(indexOf(parent), row, row);
    child->parent = parent;
    parent->children.insert(parent->children.begin() + row, std::move(child));
    for (size_t i = static_cast<size_t>(row); i < parent->children.size(); ++i)
        parent->children[i]->row = static_cast<int>(i);
    endInsertRows();
}

void ProjectTreeModel::removeChild(Node *parent, int row)
{
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    for (size_t i = static_cast<size_t>(row); i < parent->children.size(); ++i)
        parent->children[i]->row = static_cast<int>(i);
    endRemoveRows();
}

ProjectTreeModel::Node *ProjectTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProjectTreeModel::indexOf(Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node *node = nodeOf(parent);
    if (row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, 0, node->children[static_cast<size_t>(row)].get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ProjectTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    if (node == m_root.get())
        return !node->children.empty();
    switch (node->kind) {
    case NodeKind::Group:
        return node->count > 0;
    case NodeKind::Project:
        return node->page.subAreaCount > 0 || node->page.practiceCount > 0;
    case NodeKind::SubArea:
    case NodeKind::Practice:
        return false;
    }
    return false;
}

// With a slice reader, only a group's first rows: views fetch at each layout, and each layout after rows
// arrive would read every open group's next slice, then the next, until every group is read. Its later
// slices come with readMore(), as the view comes near them (gui::SliceFetcher).
bool ProjectTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!canRead(parent))
        return false;
    const Node *node = nodeOf(parent);
    return !m_sliceReader || node->kind != NodeKind::Group || node->children.empty();
}

void ProjectTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        read(parent);
}

bool ProjectTreeModel::canReadMore(const QModelIndex &group) const
{
    return canRead(group) && nodeOf(group)->kind == NodeKind::Group;
}

void ProjectTreeModel::readMore(const QModelIndex &group)
{
    if (canReadMore(group))
        read(group);
}

bool ProjectTreeModel::isFetching(const QModelIndex &parent) const
{
    return (!parent.isValid() || parent.column() == 0) && nodeOf(parent)->slice != 0;
}

bool ProjectTreeModel::canRead(const QModelIndex &parent) const
{
    if (!m_store || m_delivering || (parent.isValid() && parent.column() != 0))
        return false;
    const Node *node = nodeOf(parent);
    return !node->complete && node->slice == 0 &&
           (node->kind == NodeKind::Group || node->kind == NodeKind::Project) && hasChildren(parent);
}

// A group's next projects come from the slice reader when there is one (they are inserted when read), else
// they are read here; a project's sub-areas and practices (a few rows by its id) are read here.
void ProjectTreeModel::read(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (node->kind == NodeKind::Group && m_sliceReader) {
        requestSlice(node);
    } else if (node->kind == NodeKind::Group) {
        readSliceHere(node);
    } else {
        const Delivering delivering(m_delivering); // no fetch from inside this one's signals
        fetchProjectChildren(parent, node);
    }
}

void ProjectTreeModel::requestSlice(Node *group, int count)
{
    const int first = static_cast<int>(group->children.size());
    group->slice =
        m_sliceReader->request(SliceReader::Slice{m_grouping, group->groupKey, m_filter, first, count});
    m_slices.insert(group->slice, PendingSlice{group->groupKey, first, count});
}

void ProjectTreeModel::readSliceHere(Node *group)
{
    auto pages = m_store->pagesInGroup(m_grouping, group->groupKey, m_filter,
                                       static_cast<int>(group->children.size()), kSliceSize);
    if (!pages) {
        group->complete = true;
        fail(pages.error().message);
        return;
    }
    appendSlice(group, pages.value());
}

void ProjectTreeModel::appendSlice(Node *group, const QList<storage::PageSummary> &pages, int asked)
{
    if (pages.size() < asked)
        group->complete = true;
    if (pages.isEmpty())
        return;
    const Delivering delivering(m_delivering); // no fetch from inside this one's signals
    const int first = static_cast<int>(group->children.size());
    beginInsertRows(indexOf(group), first, first + static_cast<int>(pages.size()) - 1);
    for (const storage::PageSummary &page : pages) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Project;
        child->page = page;
        group->add(std::move(child));
    }
    endInsertRows();
}

// The group the slice was read for, if it is still waiting for it; nullptr when the slice is not wanted.
ProjectTreeModel::Node *ProjectTreeModel::takeSlice(quint64 ticket)
{
    if (!m_slices.contains(ticket))
        return nullptr;
    const PendingSlice slice = m_slices.value(ticket);
    for (const auto &group : m_root->children) {
        if (group->groupKey != slice.groupKey || group->slice != ticket)
            continue;
        group->slice = 0;
        if (static_cast<int>(group->children.size()) == slice.first)
            return group.get(); // still pending: the caller takes it
        // Rows came or went since it was asked for (pages changed, or the project was looked for here): the
        // next rows are read again from where the group now ends.
        if (!group->complete)
            requestSlice(group.get());
        return nullptr;
    }
    return nullptr;
}

void ProjectTreeModel::onSliceRead(quint64 ticket, const QList<storage::PageSummary> &pages)
{
    Node *group = takeSlice(ticket);
    const PendingSlice slice = m_slices.take(ticket);
    if (group)
        appendSlice(group, pages, slice.count);
    if (m_seek)
        continueSeek();
}

// The group's rows stay as they are; the next time the view comes near its end, the slice is asked for again.
// A project looked for in that group is not looked for further (it would ask for the same slice again and
// again).
void ProjectTreeModel::onSliceFailed(quint64 ticket, const QString &message)
{
    if (m_placeReads.remove(ticket))
        return fail(message); // the rows stay as they were; the next change, or a reload, reads them again
    if (m_childReads.contains(ticket)) {
        if (takeProjectRead(ticket))
            fail(message); // expanded, it shows none; read again when it is updated or the tree reloaded
        return;
    }
    const Node *group = takeSlice(ticket);
    m_slices.remove(ticket);
    if (!group)
        return;
    if (m_seek && !m_seek->groupKeys.isEmpty() && m_seek->groupKeys.front() == group->groupKey)
        m_seek.reset(); // it waited for these rows; the error is what the coordinator needs to see
    fail(message);
}

void ProjectTreeModel::fetchProjectChildren(const QModelIndex &parent, Node *node)
{
    if (m_sliceReader) {
        node->slice = m_sliceReader->request(SliceReader::Children{node->page.id});
        m_childReads.insert(node->slice, PendingChildren{node->parent->groupKey, node->page.id});
        return;
    }
    node->complete = true;
    auto children = m_store->projectChildren(node->page.id);
    if (!children) {
        fail(children.error().message);
        return;
    }
    insertProjectChildren(parent, node, children.value());
}

// The project its sub-areas were read for, if it is still in the tree and waiting for them (it may have left,
// or been updated and asked for them again); it is read then, whatever came.
ProjectTreeModel::Node *ProjectTreeModel::takeProjectRead(quint64 ticket)
{
    const PendingChildren pending = m_childReads.take(ticket);
    Node *group = groupNode(pending.groupKey);
    if (!group)
        return nullptr;
    for (const auto &project : group->children) {
        if (project->page.id == pending.pageId && project->slice == ticket) {
            project->slice = 0;
            project->complete = true;
            return project.get();
        }
    }
    return nullptr;
}

void ProjectTreeModel::onChildrenRead(quint64 ticket, const storage::ProjectChildren &children)
{
    Node *project = takeProjectRead(ticket);
    if (!project)
        return;
    const Delivering delivering(m_delivering); // no fetch from inside this one's signals
    insertProjectChildren(indexOf(project), project, children);
}

void ProjectTreeModel::insertProjectChildren(const QModelIndex &parent, Node *node,
                                             const storage::ProjectChildren &children)
{
    node->complete = true;
    const int count = static_cast<int>(children.subAreas.size() + children.practices.size());
    if (count == 0)
        return;
    const int first = static_cast<int>(node->children.size());
    beginInsertRows(parent, first, first + count - 1);
    addProjectChildren(node, children);
    endInsertRows();
}

void ProjectTreeModel::addProjectChildren(Node *project, const storage::ProjectChildren &children)
{
    project->complete = true;
    for (const storage::SubAreaSummary &subArea : children.subAreas) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::SubArea;
        child->subArea = subArea;
        project->add(std::move(child));
    }
    for (const storage::PageLink &practice : children.practices) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Practice;
        child->practice = practice;
        project->add(std::move(child));
    }
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind != NodeKind::Group)
        flags |= Qt::ItemIsDragEnabled;
    if (nodeOf(index)->kind == NodeKind::SubArea || nodeOf(index)->kind == NodeKind::Practice)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QString ProjectTreeModel::groupLabel(const QString &key) const
{
    if (!key.isEmpty())
        return key;
    switch (m_grouping) {
    case storage::Grouping::Region:
    case storage::Grouping::Maakunta:
        return tr("No region");
    case storage::Grouping::StartYear:
        return tr("No years");
    case storage::Grouping::Funder:
        return tr("No funder");
    case storage::Grouping::Topic:
        return tr("No topic");
    }
    return key;
}

namespace {

// "  #tag #other  [To check 12.1.2027]": what the coordinator has put on a project, after its name.
QString annotationSuffix(const storage::PageSummary &page)
{
    QString suffix;
    if (!page.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : page.tags)
            tags.append(u'#' + tag);
        suffix += QStringLiteral("  ") + tags.join(u' ');
    }
    if (page.followUp.isSet()) {
        QStringList parts;
        if (page.followUp.status != core::FollowUpStatus::None)
            parts.append(core::followUpStatusLabel(page.followUp.status));
        if (page.followUp.due)
            parts.append(QLocale().toString(*page.followUp.due, QLocale::ShortFormat));
        suffix += QStringLiteral("  [") + parts.join(u' ') + u']';
    }
    return suffix;
}

} // namespace

QString ProjectTreeModel::displayText(const Node *node) const
{
    switch (node->kind) {
    case NodeKind::Group:
        return QStringLiteral("%1 (%2)").arg(groupLabel(node->groupKey)).arg(node->count);
    case NodeKind::Project:
        return node->page.subAreaCount > 0
                   ? QStringLiteral("%1 (%2)").arg(node->page.name).arg(node->page.subAreaCount)
                   : node->page.name;
    case NodeKind::SubArea:
        return node->subArea.title.isEmpty()
                   ? tr("Sub-area %1").arg(node->subArea.number)
                   : tr("Sub-area %1: %2").arg(node->subArea.number).arg(node->subArea.title);
    case NodeKind::Practice:
        return tr("Practice: %1").arg(node->practice.name);
    }
    return {};
}

QString ProjectTreeModel::toolTip(const Node *node) const
{
    switch (node->kind) {
    case NodeKind::Group:
        return tr("%n project(s)", nullptr, node->count);
    case NodeKind::Project: {
        QStringList parts;
        if (!node->page.region.isEmpty())
            parts.append(node->page.region);
        if (const QString years = core::yearsText(node->page.startYear, node->page.endYear); !years.isEmpty())
            parts.append(years);
        parts.append(tr("%n sub-area(s)", nullptr, node->page.subAreaCount));
        if (node->page.practiceCount > 0)
            parts.append(tr("%n practice(s)", nullptr, node->page.practiceCount));
        QString tip = node->page.name + u'\n' + parts.join(QStringLiteral(", "));
        if (!node->page.tags.isEmpty())
            tip += u'\n' + tr("Tags: %1").arg(node->page.tags.join(QStringLiteral(", ")));
        if (node->page.followUp.status != core::FollowUpStatus::None)
            tip += u'\n' + tr("Follow-up: %1").arg(core::followUpStatusLabel(node->page.followUp.status));
        return tip;
    }
    case NodeKind::SubArea:
        return tr("%n output(s)", nullptr, node->subArea.outputCount);
    case NodeKind::Practice:
        return tr("A practice of this project (Toimintamallin kokonaisuus)");
    }
    return {};
}

// The roles only a project has.
QVariant ProjectTreeModel::pageData(const Node *node, int role) const
{
    if (node->kind != NodeKind::Project)
        return {};
    switch (role) {
    case TagsRole:
        return node->page.tags;
    case FollowUpStatusRole:
        return static_cast<int>(node->page.followUp.status);
    case FollowUpDueRole:
        return node->page.followUp.due ? QVariant(*node->page.followUp.due) : QVariant();
    default:
        return {};
    }
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return node->kind == NodeKind::Project ? displayText(node) + annotationSuffix(node->page)
                                               : displayText(node);
    case LabelRole:
        return displayText(node);
    case GroupNameRole:
        return node->kind == NodeKind::Group ? QVariant(groupLabel(node->groupKey)) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(node);
    case KindRole:
        return static_cast<int>(node->kind);
    case PageIdRole:
        if (node->kind == NodeKind::Project)
            return node->page.id;
        if (node->kind == NodeKind::SubArea)
            return node->subArea.pageId;
        if (node->kind == NodeKind::Practice)
            return node->practice.pageId;
        return {};
    case SubAreaNumberRole:
        return node->kind == NodeKind::SubArea ? QVariant(node->subArea.number) : QVariant();
    case GroupKeyRole:
        return node->kind == NodeKind::Group ? QVariant(node->groupKey) : QVariant();
    case CountRole:
        if (node->kind == NodeKind::Group)
            return node->count;
        if (node->kind == NodeKind::Project)
            return node->page.subAreaCount;
        return node->kind == NodeKind::SubArea ? node->subArea.outputCount : 0;
    case TagsRole:
    case FollowUpStatusRole:
    case FollowUpDueRole:
        return pageData(node, role);
    default:
        return {};
    }
}

QStringList ProjectTreeModel::mimeTypes() const
{
    return {CollectionListModel::itemsMimeType()};
}

Qt::DropActions ProjectTreeModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QMimeData *ProjectTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<core::ItemRef> items;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || nodeOf(index)->kind == NodeKind::Group)
            continue;
        const core::ItemRef item{data(index, PageIdRole).toLongLong(),
                                 data(index, SubAreaNumberRole).toInt()};
        if (item.pageId > 0 && !items.contains(item))
            items.append(item);
    }
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(CollectionListModel::itemsMimeType(), CollectionListModel::encodeItems(items));
    return mime;
}

void ProjectTreeModel::updatePage(qint64 pageId, const QStringList &tags, const core::FollowUp &followUp)
{
    for (const auto &group : m_root->children) {
        for (const auto &project : group->children) {
            if (project->kind != NodeKind::Project || project->page.id != pageId)
                continue;
            project->page.tags = tags;
            project->page.followUp = followUp;
            const QModelIndex index = indexOf(project.get());
            emit dataChanged(index, index);
        }
    }
}

QModelIndex ProjectTreeModel::findProject(qint64 pageId) const
{
    for (const auto &group : m_root->children)
        for (const auto &project : group->children)
            if (project->page.id == pageId)
                return indexOf(project.get());
    return {};
}

QModelIndex ProjectTreeModel::seekProject(qint64 pageId, const QStringList &likelyGroups)
{
    m_seek.reset();
    if (!m_sliceReader)
        return loadProject(pageId, likelyGroups);
    if (const QModelIndex found = findProject(pageId); found.isValid() || !m_store)
        return found;
    QStringList groups = groupsToSearch(likelyGroups);
    groups.removeIf([this](const QString &key) { return groupNode(key)->complete; });
    if (groups.isEmpty())
        return {}; // every row is read: not under the filter
    m_seek = Seek{pageId, groups};
    continueSeek();
    return {};
}

// The groups the project probably is in first (its region, year, funder…), then every other one.
QStringList ProjectTreeModel::groupsToSearch(const QStringList &likelyGroups) const
{
    QStringList keys;
    for (const auto &group : m_root->children)
        if (likelyGroups.contains(group->groupKey))
            keys.append(group->groupKey);
    for (const auto &group : m_root->children)
        if (!likelyGroups.contains(group->groupKey))
            keys.append(group->groupKey);
    return keys;
}

ProjectTreeModel::Node *ProjectTreeModel::groupNode(const QString &key) const
{
    for (const auto &group : m_root->children)
        if (group->groupKey == key)
            return group.get();
    return nullptr;
}

// Looks in the rows read so far; else asks for the rest of the next group that has more (in one slice: under
// a search each slice runs the search again), and goes on when it comes.
void ProjectTreeModel::continueSeek()
{
    if (const QModelIndex found = findProject(m_seek->pageId); found.isValid()) {
        m_seek.reset();
        emit projectFound(found);
        return;
    }
    while (!m_seek->groupKeys.isEmpty()) {
        Node *group = groupNode(m_seek->groupKeys.front());
        if (!group || group->complete) {
            m_seek->groupKeys.removeFirst();
            continue;
        }
        // One more than the group's count says is left: fewer rows than asked mark the group complete.
        if (group->slice == 0)
            requestSlice(group,
                         std::max(kSliceSize, group->count - static_cast<int>(group->children.size()) + 1));
        return; // on when that group's slice comes
    }
    emit projectNotFound(std::exchange(m_seek, std::nullopt)->pageId);
}

QModelIndex ProjectTreeModel::loadProject(qint64 pageId, const QStringList &likelyGroups)
{
    if (const QModelIndex found = findProject(pageId); found.isValid() || !m_store || m_delivering)
        return found;
    for (const QString &key : groupsToSearch(likelyGroups)) {
        Node *group = groupNode(key);
        size_t searched = 0;
        for (;;) {
            for (; searched < group->children.size(); ++searched)
                if (group->children[searched]->page.id == pageId)
                    return indexOf(group->children[searched].get());
            if (group->complete)
                break;
            readSliceHere(group); // a slice being read for it is read again after these rows (takeSlice)
        }
    }
    return {};
}

} // namespace salkku::models
