#pragma once

#include "SliceReader.h"
#include "TreeReads.h"
#include "storage/StorageTypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::models {

// The browser's tree: group (region, maakunta, start year, funder or topic) → project → sub-areas and the
// project's practices (each also listed in its own group), with counts. Lazy: a group's projects are read a
// slice at a time as the view comes to them (fetchMore for the first, readMore for the rest), a project's
// sub-areas when it is expanded, so a portfolio of 100 000 projects opens without reading them all. With a
// slice reader all of these, and the places of pages that changed, are read on its thread and shown when they
// come. Grouping, filtering and sorting happen in the database.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind
    {
        Group,
        Project,
        SubArea,
        Practice, // a practice under its project
    };

    enum Role
    {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        PageIdRole,                  // projects, sub-areas and practices
        SubAreaNumberRole,           // sub-areas
        GroupKeyRole,                // groups
        CountRole,                   // groups: projects; projects: sub-areas; sub-areas: outputs
        TagsRole,                    // projects: the coordinator's tags (QStringList)
        FollowUpStatusRole,          // projects: core::FollowUpStatus as int
        FollowUpDueRole,             // projects: the follow-up date (QDate), if any
        LabelRole,                   // the display text without the tags and follow-up after it
        GroupNameRole,               // groups: their name without the count ("Lappi", "No region")
    };

    static constexpr int kSliceSize = 200;

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    enum class Reading
    {
        Here,  // the groups are read at once, on this thread
        Later, // the tree stays empty until showSnapshot() brings what was read elsewhere (BrowseReader)
    };
    // The store is not owned; it must outlive the model or be replaced first (nullptr: empty).
    void setStore(storage::PortfolioStore *store, Reading reading = Reading::Here);
    // Where a group's projects, a project's sub-areas and the places of changed pages are read: on the
    // reader's thread (the store's own connection is then used only for rebuild() and loadProject()), or,
    // with none, here.
    void setSliceReader(std::unique_ptr<SliceReader> reader);
    void setGrouping(storage::Grouping grouping);
    void setFilter(const storage::BrowseFilter &filter);
    storage::Grouping grouping() const { return m_grouping; }
    const storage::BrowseFilter &filter() const { return m_filter; }
    // The rows read elsewhere (BrowseReader) under the snapshot's grouping and filter, which become this
    // model's: groups with their first slices, the rest read as the view scrolls.
    void showSnapshot(const storage::BrowseSnapshot &snapshot);
    // Reads everything again (after an import).
    void reload();
    // The language changed: the rows' texts ("No region", the follow-up's) are shown anew, nothing is read.
    void retranslate();
    // Pages changed (another team member imported, updated or trashed them): the group counts are read
    // again and those pages, and their projects, take their new places among the rows already read. Expanded
    // rows, the selection and the rest stay as they are; pagesPlaced() follows (at once with no slice
    // reader, else when the reader has read the places). No ids: reload().
    void updatePages(const QList<qint64> &pageIds);

    // Projects under the filter, and the last error reading the store (empty when none).
    int shownProjectCount() const { return m_shownCount; }
    QString lastError() const { return m_lastError; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // A group's projects not read yet, none being read: readMore() reads the next slice. (canFetchMore()
    // covers only a group's first slice when there is a slice reader.)
    bool canReadMore(const QModelIndex &group) const;
    void readMore(const QModelIndex &group);
    // A slice of the group's projects, or the project's sub-areas, is being read on the slice reader's
    // thread.
    bool isFetching(const QModelIndex &parent) const;
    // The places of changed pages are being read on the slice reader's thread (updatePages).
    bool isPlacing() const { return !m_placeReads.isEmpty(); }
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Projects, sub-areas and practices drag as CollectionListModel::itemsMimeType() (to a collection).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    // The coordinator changed a page's tags or follow-up: its rows show them without a reload.
    void updatePage(qint64 pageId, const QStringList &tags, const core::FollowUp &followUp);

    // The index of a project, if it is loaded.
    QModelIndex findProject(qint64 pageId) const;
    // The index of a project under the filter, reading groups' slices until it is found (likelyGroups are
    // searched first); invalid when the filter hides it.
    QModelIndex loadProject(qint64 pageId, const QStringList &likelyGroups = {});
    // The same without waiting, when there is a slice reader: the index when the project is loaded already;
    // else an invalid one, and its groups (likelyGroups first) are read to their end, a group at a time, on
    // the reader's thread, until projectFound() or projectNotFound() says how it went. A newer seek, the tree
    // read again, or its group's rows failing to be read (loadFailed says why) end it without either. With no
    // slice reader, loadProject().
    QModelIndex seekProject(qint64 pageId, const QStringList &likelyGroups = {});
    bool isSeeking() const { return m_seek.has_value(); }
    qint64 seekingPageId() const { return m_seek ? m_seek->pageId : 0; }
    // The seek under way ends without a word (a newer choice, or the tree about to be read again).
    void cancelSeek() { m_seek.reset(); }

signals:
    void loadFailed(const QString &message);
    // The pages of an updatePages() have their places, and shownProjectCount() its new count.
    void pagesPlaced();
    void projectFound(const QModelIndex &index);
    void projectNotFound(qint64 pageId);

private:
    struct Node;
    struct PendingSlice
    {
        QString groupKey;
        int first = 0;
        int count = 0;
    };

    // A project's sub-areas being read: the group it was expanded in and its page.
    struct PendingChildren
    {
        QString groupKey;
        qint64 pageId = 0;
    };

    // A project being looked for off the GUI thread: the groups still to look in, in order.
    struct Seek
    {
        qint64 pageId = 0;
        QStringList groupKeys;
    };
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node) const;
    void rebuild(Reading reading = Reading::Here);
    // False when the groups read do not line up with those shown (then everything is read again).
    bool updateGroups(const QList<storage::GroupCount> &groups);
    void placePages(const PagePlaces &places);
    void placeInGroup(Node *group, const PagePlaces &places);
    void insertPlaced(Node *group, const std::vector<std::pair<int, qint64>> &placed,
                      const QHash<qint64, storage::PageSummary> &pages,
                      const std::function<bool(qint64)> &skip);
    void updateInPlace(Node *project, const storage::PageSummary &page, const PagePlaces &places);
    std::vector<std::unique_ptr<Node>> keepSameChildren(Node *project,
                                                        const storage::ProjectChildren &children);
    void insertChild(Node *parent, int row, std::unique_ptr<Node> child);
    void removeChild(Node *parent, int row);
    bool canRead(const QModelIndex &parent) const;
    void read(const QModelIndex &parent);
    void fetchProjectChildren(const QModelIndex &parent, Node *node);
    static void addProjectChildren(Node *project, const storage::ProjectChildren &children);
    void insertProjectChildren(const QModelIndex &parent, Node *node,
                               const storage::ProjectChildren &children);
    Node *takeProjectRead(quint64 ticket);
    void onChildrenRead(quint64 ticket, const storage::ProjectChildren &children);
    void onPlacesRead(quint64 ticket, const PagePlaces &places);
    PlacesRequest placesRequest(const QList<qint64> &pageIds) const;
    void requestSlice(Node *group, int count = kSliceSize);
    void readSliceHere(Node *group);
    void appendSlice(Node *group, const QList<storage::PageSummary> &pages, int asked = kSliceSize);
    QStringList groupsToSearch(const QStringList &likelyGroups) const;
    Node *groupNode(const QString &key) const;
    void continueSeek();
    Node *takeSlice(quint64 ticket);
    void onSliceRead(quint64 ticket, const QList<storage::PageSummary> &pages);
    void onSliceFailed(quint64 ticket, const QString &message);
    void forgetSlices();
    void fail(const QString &message);
    QString groupLabel(const QString &key) const;
    QString displayText(const Node *node) const;
    QString toolTip(const Node *node) const;
    QVariant pageData(const Node *node, int role) const;

    storage::PortfolioStore *m_store = nullptr;
    storage::Grouping m_grouping = storage::Grouping::Region;
    storage::BrowseFilter m_filter;
    std::unique_ptr<Node> m_root;
    int m_shownCount = 0;
    bool m_delivering = false; // a reset or a fetch is under way (its signals are being delivered)
    QString m_lastError;
    std::unique_ptr<SliceReader> m_sliceReader;
    QHash<quint64, PendingSlice> m_slices;        // by ticket: the slices being read, for the tree shown
    QHash<quint64, PendingChildren> m_childReads; // by ticket: projects' sub-areas being read
    QSet<quint64> m_placeReads;                   // tickets of the places of changed pages being read
    std::optional<Seek> m_seek;
};

} // namespace salkku::models
