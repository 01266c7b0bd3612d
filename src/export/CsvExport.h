#pragma once

#include "ExportProgress.h"
#include "core/Comparison.h"
#include "core/Result.h"
#include "storage/StorageTypes.h"

#include <QByteArray>
#include <QChar>

#include <optional>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::exporting {

// The two CSV exports (see CsvWriter for the format). Column headers are in the user's language.
class CsvExport
{
public:
    // The projects under the filter, as the list shows them (by region, then name), one row each: id, name,
    // kind, region, start and end year, funder, number of sub-areas and outputs, topics, contact (name,
    // organisation, e-mail). Reads each project (ExportStep::Reading).
    static core::Result<QByteArray> projectList(storage::PortfolioStore &store,
                                                const storage::BrowseFilter &filter, QChar separator = u',',
                                                const ExportProgress &progress = {});

    // A comparison as the Compare view shows it: one row per aspect, one column per item.
    static QByteArray comparison(const core::Comparison &comparison, QChar separator = u',');

    // Writes the bytes to a file, whole or not at all.
    static core::Result<void> save(const QByteArray &bytes, const QString &path);
};

} // namespace salkku::exporting
