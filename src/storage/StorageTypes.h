#pragma once

#include "core/Comparison.h"
#include "core/PageRecord.h"
#include "core/UserLayer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace salkku::storage {

// Where a stored page came from.
struct SourceInfo
{
    QString path;
    QString sha256; // of the file's bytes, hex
    qint64 size = 0;
    QDateTime importedAt; // UTC
    QString importerVersion;
    friend bool operator==(const SourceInfo &, const SourceInfo &) = default;
};

// Another page a page names: imported (its id), or only named (id 0).
struct PageLink
{
    QString name;
    qint64 pageId = 0;
    friend bool operator==(const PageLink &, const PageLink &) = default;
};

// A part of a page saved in a file of its own and imported as a page of its own: a practice's Kehittämisen
// polku tab, a project's list of practices.
struct StoredPart
{
    qint64 id = 0;
    core::PageRecord record;
    SourceInfo source;
};

// A page as the portfolio holds it, with the pages it is linked to by name.
struct StoredPage
{
    qint64 id = 0;
    core::PageRecord record;
    SourceInfo source;
    PageLink project;          // a practice's project (Toimintamallin kokonaisuus), when it names one
    QList<PageLink> practices; // a project's practices: imported ones that name it, and those its list names
    QList<StoredPart> parts;   // a main page's other parts, imported from files of their own
};

// One line of a list of pages.
struct PageSummary
{
    qint64 id = 0;
    core::PageKind kind = core::PageKind::Project;
    QString name; // core::displayName: a page without a name by its file's
    QString region;
    std::optional<int> startYear;
    std::optional<int> endYear;
    int subAreaCount = 0;
    core::PagePart part = core::PagePart::Main; // not main: a part whose main page is not in the portfolio
    int practiceCount = 0;                      // a project's imported practices
    QStringList funders;
    QStringList tags; // the coordinator's tags on the page (not its sub-areas'), in Finnish order
    core::FollowUp followUp;
    friend bool operator==(const PageSummary &, const PageSummary &) = default;
};

struct ListFilter
{
    QString region;               // nominative or any gazetteer form; empty: all
    bool includeArticles = false; // lists are of projects (and practices) unless asked
    qint64 collection = 0;        // only this collection's pages (see BrowseFilter)
    QString tag;                  // only pages with this tag
};

// What the browser shows: projects and practices that match all of these (empty or unset: no condition).
struct BrowseFilter
{
    QString text;                // Finnish full-text search, as typed
    QString region;              // nominative
    std::optional<int> yearFrom; // the project runs in some year from..to (overlap)
    std::optional<int> yearTo;
    QString funder;
    QString topic;
    // The coordinator's own layer:
    qint64 collection = 0; // pages in this collection (themselves or one of their sub-areas)
    QString tag;           // pages with this tag (on themselves or a sub-area); case and '#' aside
    std::optional<core::FollowUpStatus> status; // None: pages not followed (no status set)
    std::optional<QDate> dueBy; // pages whose follow-up date is on or before this day, and not done
    friend bool operator==(const BrowseFilter &, const BrowseFilter &) = default;
};

// How the browser groups projects.
enum class Grouping
{
    Region,
    Maakunta,
    StartYear,
    Funder,
    Topic,
};

// One group of the browser's top level.
struct GroupCount
{
    QString key;   // what pagesInGroup() takes; empty for "none" (no region, no year…)
    int count = 0; // projects in the group under the filter
    friend bool operator==(const GroupCount &, const GroupCount &) = default;
};

struct SubAreaSummary
{
    qint64 pageId = 0;
    int number = 0;
    QString title;
    int outputCount = 0;
    friend bool operator==(const SubAreaSummary &, const SubAreaSummary &) = default;
};

// What a project shows under it in the browser's tree: its sub-areas, then its imported practices.
struct ProjectChildren
{
    QList<SubAreaSummary> subAreas;
    QList<PageLink> practices;
    friend bool operator==(const ProjectChildren &, const ProjectChildren &) = default;
};

// A sub-area's words, for finding sub-areas like another one.
struct SubAreaOutline
{
    qint64 pageId = 0;
    QString project;
    QString region;
    int number = 0;
    QString title;
    QStringList outputs;
    friend bool operator==(const SubAreaOutline &, const SubAreaOutline &) = default;
};

// A sub-area found like another one, with how alike they are (0..1).
struct SimilarSubArea
{
    SubAreaOutline outline;
    double likeness = 0;
};

// Where in a page a search matched.
struct SearchHit
{
    qint64 pageId = 0;
    QString name;
    QString region;
    QString place;   // "name", "summary", "purpose", "timeline", "project", "sub-area", "section", "people",
                     // "organizations", "topics", "places", "practices"
    int subArea = 0; // the sub-area's number, when place is "sub-area"
    QString heading; // the section's heading, when place is "section"
    QString snippet; // a window of the text with each match between « and »
    double rank = 0; // bm25: lower is better
};

// What storing one page did.
enum class StoreStatus
{
    Imported,  // a new page
    Updated,   // a newer export of a stored page, updated in place (same id)
    Unchanged, // the same content again
    Skipped,   // older than the stored page
};

QString storeStatusKey(StoreStatus status); // "imported", "updated", "unchanged", "skipped"

struct StoreOutcome
{
    StoreStatus status = StoreStatus::Imported;
    qint64 pageId = 0;
    QString reason; // why skipped
};

struct TagCount
{
    QString name;
    int count = 0; // pages under the filter with the tag
    friend bool operator==(const TagCount &, const TagCount &) = default;
};

// What the browser shows first under a filter, read in one go (by the window off its GUI thread): the groups,
// the projects' count, the first slice of each group when there are few groups (the window opens them), and
// the tags' counts.
struct BrowseRequest
{
    Grouping grouping = Grouping::Region;
    BrowseFilter filter;
    int sliceSize = 200;
    int openGroupsUpTo = 12;   // more groups than this: no slices (they stay closed), but for openGroups'
    bool withTimeline = false; // the timeline is on screen: its projects too (pagesByRegion)
    bool onlyTimeline = false; // the timeline alone, for the tree shown already (its tab was opened)
    bool withChoices = false;  // the filter bar's choices and the portfolio's total too (opened or reloaded)
    // Groups open on screen (a reload keeps them open) by key: how many of their first projects to read, as
    // many as were shown (at least sliceSize).
    QHash<QString, int> openGroups = {};
    // Projects open on screen, among those rows: their sub-areas and practices too (a reload keeps them
    // open).
    QSet<qint64> openProjects = {};
    // How many of the group's first projects are read with the groups (0: none); groupCount groups in all.
    int firstRows(const QString &group, qsizetype groupCount) const;
    friend bool operator==(const BrowseRequest &, const BrowseRequest &) = default;
};

// What the filter bar offers, and the portfolio's size, whatever the filter.
struct BrowseChoices
{
    QStringList regions;
    QStringList funders;
    QStringList topics;
    int total = 0; // projects in the portfolio
};

struct BrowseSnapshot
{
    BrowseRequest request;
    QList<GroupCount> groups;
    int count = 0;                                  // projects under the filter
    QHash<QString, QList<PageSummary>> firstSlices; // by group key: the group's first sliceSize projects
    QHash<qint64, ProjectChildren> openProjects;    // by page id: those of the request's among the slices
    QList<TagCount> tagCounts;                      // under the filter without its tag (what it could be)
    std::optional<QList<PageSummary>> timeline;     // when asked: every project under the filter, by region
    std::optional<BrowseChoices> choices;           // when asked
};

struct CollectionSummary
{
    qint64 id = 0;
    QString name;
    int itemCount = 0;
    friend bool operator==(const CollectionSummary &, const CollectionSummary &) = default;
};

// One entry of a collection, in the collection's order.
struct CollectionItem
{
    core::ItemRef item; // pageId 0: the page is not in the portfolio (not imported yet, or in the trash)
    core::PageIdentity page;
    QString name; // the page's name as shown
    QString region;
    QString subAreaTitle;
    friend bool operator==(const CollectionItem &, const CollectionItem &) = default;
};

// A page the coordinator removed to the trash; the pages that went with it (its parts, a project's
// practices) come back with it.
struct TrashEntry
{
    qint64 pageId = 0;
    core::PageKind kind = core::PageKind::Project;
    QString name;
    QString region;
    QDateTime trashedAt; // UTC
    int withIt = 0;      // other pages removed with it
    friend bool operator==(const TrashEntry &, const TrashEntry &) = default;
};

// Everything of the coordinator's own about one page and its sub-areas.
struct PageAnnotations
{
    core::FollowUp followUp;
    QStringList tags;                     // on the page, Finnish order
    QMap<int, QStringList> subAreaTags;   // by sub-area number
    QList<core::Note> notes;              // the page's and its sub-areas', oldest first
    QList<CollectionSummary> collections; // that hold the page or one of its sub-areas
    QMap<int, QString> changedSubAreas;   // sub-areas annotated under another title: number -> the title then
    friend bool operator==(const PageAnnotations &, const PageAnnotations &) = default;
};

// What merging an exchange file did.
// A change that another client committed to a shared portfolio (PortfolioStore::watchChanges).
struct PortfolioChange
{
    enum class Kind
    {
        Pages, // pages imported, updated, moved to the trash or back, or deleted
        Layer, // tags, notes, follow-up or collections
    };
    Kind kind = Kind::Pages;
    QList<qint64>
        pageIds; // the pages it is about; empty: not about particular pages (a collection renamed, …)
    friend bool operator==(const PortfolioChange &, const PortfolioChange &) = default;
};

// What became of an edited note (CoordinatorStore::editNote).
struct NoteEdit
{
    qint64 noteId = 0;     // the note that now holds the text
    bool conflict = false; // someone changed the note meanwhile: it keeps their text; this text is a new note
};

struct LayerMerge
{
    int items = 0; // pages and sub-areas the file had something about
    int tagsAdded = 0;
    int notesAdded = 0; // a note already there (same text, author, time) is not added again
    int followUpsSet = 0;
    int collectionsAdded = 0;
    int entriesAdded = 0;
    friend bool operator==(const LayerMerge &, const LayerMerge &) = default;
};

} // namespace salkku::storage
