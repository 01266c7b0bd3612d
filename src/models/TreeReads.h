#pragma once

#include "core/Result.h"
#include "storage/StorageTypes.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::models {

// Where pages that changed (another team member imported, updated or trashed them, or a coordinator's tag
// moved them in or out of a filter) now stand in the tree.
struct PagePlaces
{
    QList<qint64> affected;                    // the pages and the projects of those that are practices
    QHash<qint64, storage::PageSummary> shown; // those of them the filter shows, by id
    QList<storage::GroupCount> groups;         // every group under the filter, with its count
    int count = 0;                             // projects under the filter
    QHash<QString, QHash<qint64, int>> rows;   // by group key, for the groups asked: each shown page's row
    QHash<qint64, storage::ProjectChildren> children; // of the affected projects among those asked for
};

// Read on the slice reader's thread when the tree has one (SliceReader), else where the tree is. The groups
// asked for are those whose rows the tree has read (or asked for): only there can a page take its place among
// rows read. The projects asked for are those whose sub-areas the tree has read: an affected one's are read
// again, so that they are shown anew in the same read.
struct PlacesRequest
{
    storage::Grouping grouping = storage::Grouping::Region;
    storage::BrowseFilter filter;
    QList<qint64> pageIds;
    QStringList groupKeys;
    QSet<qint64> openProjects;
};
core::Result<PagePlaces> readPagePlaces(storage::PortfolioStore &store, const PlacesRequest &request);

} // namespace salkku::models
