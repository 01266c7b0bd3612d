#pragma once

#include "ExportProgress.h"
#include "ReportDocument.h"
#include "core/Result.h"
#include "storage/StorageTypes.h"

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::exporting {

struct PortfolioReportOptions
{
    storage::BrowseFilter filter; // which projects: all, a region (--region), or the window's current filter
    ReportHeader header;          // the portfolio's name and the date, on the cover and in the running header
    bool withNotes = false;       // each project's tags, follow-up and notes (the coordinator's own layer)
    QString collectionName;       // filter.collection's name, for the cover (build() reads it when empty)
};

// The portfolio as a report: a cover (title, portfolio, date, which projects), a table of contents with the
// page on which each part begins, a summary by region (an overview of the regions, then a table of each
// region's projects: years, sub-areas, outputs), then each project on pages of its own (ProjectReport),
// regions in Finnish order, projects by name.
class PortfolioReport
{
public:
    // Reads the projects under the filter (ExportStep::Reading for each). An error when none match.
    static core::Result<ReportDocument> build(storage::PortfolioStore &store,
                                              const PortfolioReportOptions &options,
                                              const ExportProgress &progress = {});

    // Which projects the filter lets through, for a person: "All projects", "Region: Lappi · 2020–2021".
    // collection: the name of filter.collection, when it names one.
    static QString scopeText(const storage::BrowseFilter &filter, const QString &collection = QString());
};

} // namespace salkku::exporting
