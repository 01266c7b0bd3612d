#pragma once

#include "core/Comparison.h"
#include "core/Result.h"
#include "storage/PortfolioStore.h"

#include <QString>
#include <QStringList>

namespace salkku::cli {

// How the export commands name projects and sub-areas: an id ("12"), a name or part of one ("Helsingin
// rakenneuudistus"), either with a sub-area ("12#2", "Helsingin rakenneuudistus#2").
class ItemReferences
{
public:
    // A page by id or name. Errors for a person: no such page, or a name that several pages have (listed).
    static core::Result<storage::StoredPage> page(storage::PortfolioStore &store, const QString &reference);
    // A page or one of its sub-areas, checked: what the coordinator's tags, notes and collections hang on.
    static core::Result<core::ItemRef> ref(storage::PortfolioStore &store, const QString &reference);
    // A comparison column: a whole project, or one of its sub-areas.
    static core::Result<core::ComparedItem> item(storage::PortfolioStore &store, const QString &reference);
    // The columns in the order given; the same item twice is an error.
    static core::Result<core::Comparison> comparison(storage::PortfolioStore &store,
                                                     const QStringList &references);
};

} // namespace salkku::cli
