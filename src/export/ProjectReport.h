#pragma once

#include "ReportDocument.h"
#include "storage/StorageTypes.h"

#include <QTextCursor>

namespace salkku::exporting {

class ReportBuilder;

// One project as a report: a header block (name, region, years, funder, contact, topics), summary, purpose,
// the sub-areas with their goal, outputs, key results, achieved benefits and impacts, then the people and
// organisations. A project without sub-areas shows the parts of its page that tell its outputs and impacts.
class ProjectReport
{
public:
    // A document of one project, portrait A4. With annotations: the coordinator's tags, follow-up and notes
    // at the end ("Own notes").
    static ReportDocument build(const storage::StoredPage &page, const ReportHeader &header,
                                const storage::PageAnnotations *annotations = nullptr);

    // The project's part of a larger document (the portfolio report). Returns a cursor in its title block.
    static QTextCursor write(ReportBuilder &builder, const storage::StoredPage &page, bool newPage,
                             const storage::PageAnnotations *annotations = nullptr);
};

} // namespace salkku::exporting
