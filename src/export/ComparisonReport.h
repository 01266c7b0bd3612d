#pragma once

#include "ReportDocument.h"
#include "core/Comparison.h"

namespace salkku::exporting {

// A comparison as a report: landscape A4, the columns of the Compare view (the aspects as rows, labelled in
// the first column, one column per item), the header row repeated on every page. Outputs that appear in more
// than one column are marked with a star and set in bold.
class ComparisonReport
{
public:
    static ReportDocument build(const core::Comparison &comparison, const ReportHeader &header);
};

} // namespace salkku::exporting
