#include "TreeReads.h"

#include "storage/PortfolioStore.h"

namespace salkku::models {

core::Result<PagePlaces> readPagePlaces(storage::PortfolioStore &store, const PlacesRequest &request)
{
    const storage::Grouping grouping = request.grouping;
    const storage::BrowseFilter &filter = request.filter;
    PagePlaces places;
    auto affected = store.withTheirProjects(request.pageIds);
    if (!affected)
        return affected.error();
    places.affected = std::move(affected).value();
    auto shown = store.summariesOf(places.affected, filter);
    if (!shown)
        return shown.error();
    places.shown = std::move(shown).value();
    auto groups = store.groups(grouping, filter);
    if (!groups)
        return groups.error();
    places.groups = std::move(groups).value();
    auto count = store.countPages(filter);
    if (!count)
        return count.error();
    places.count = count.value();
    for (const QString &key : request.groupKeys) {
        auto rows = store.rowsInGroup(grouping, key, filter, places.affected);
        if (!rows)
            return rows.error();
        places.rows.insert(key, std::move(rows).value());
    }
    for (const qint64 pageId : std::as_const(places.affected)) {
        if (!request.openProjects.contains(pageId))
            continue;
        auto children = store.projectChildren(pageId);
        if (!children)
            return children.error();
        places.children.insert(pageId, std::move(children).value());
    }
    return places;
}

} // namespace salkku::models
