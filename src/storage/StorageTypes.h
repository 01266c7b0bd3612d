#pragma once

#include "core/PageRecord.h"

#include <QDateTime>
#include <QList>
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
    friend bool operator==(const PageSummary &, const PageSummary &) = default;
};

struct ListFilter
{
    QString region;               // nominative or any gazetteer form; empty: all
    bool includeArticles = false; // lists are of projects (and practices) unless asked
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
    QString place;   // "name", "summary", "purpose", "timeline", "sub-area", "section", "people",
                     // "organizations", "topics"
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

} // namespace salkku::storage
