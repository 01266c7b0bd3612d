#pragma once

#include "ExportProgress.h"
#include "ReportDocument.h"
#include "core/Result.h"

#include <QPageLayout>
#include <QSizeF>

class QPagedPaintDevice;
class QTextBlock;

namespace salkku::exporting {

// Puts a ReportDocument on pages: lays it out at the size of the device's page, keeps headings with the text
// after them, fills in the table of contents' page numbers, and paints each page with a running header (the
// portfolio's name, the date as d.M.yyyy) and a footer ("Page N / M"). Any QPagedPaintDevice will do:
// QPdfWriter for a file, the window's QPrinter for printing and the print preview.
//
// The table of contents: the document is laid out, the page on which each entry's heading begins is read
// from the layout (the top of its first line divided by the page height), and written into its cell; as a
// number can change the layout, this repeats until nothing changes.
class PagedDocumentWriter
{
public:
    // Space (points) the running header and footer take from the top and bottom of the paintable area.
    static constexpr qreal kHeaderBand = 26;
    static constexpr qreal kFooterBand = 22;

    // The page layout reports are made for: A4, margins wider than any printer's unprintable border.
    static QPageLayout pageLayout(QPageLayout::Orientation orientation);

    // Lays the report out for a paintable area of this size (points) and fills in the table of contents.
    // Returns the number of pages.
    static core::Result<int> paginate(ReportDocument &report, const QSizeF &pageSize,
                                      const ExportProgress &progress = {});

    // Lays the report out for the device's current page layout and paints every page; returns the number
    // of pages. The device is used as it is (a print dialog may have changed its paper); set
    // pageLayout(report.orientation()) on it first.
    static core::Result<int> paint(ReportDocument &report, QPagedPaintDevice &device,
                                   const ExportProgress &progress = {});

    // An A4 PDF file, written whole or not at all (a cancelled or failed export leaves no file). Returns the
    // number of pages.
    static core::Result<int> writePdf(ReportDocument &report, const QString &path,
                                      const ExportProgress &progress = {});

    // The page (1-based) on which a block begins, once paginated.
    static int pageOf(const ReportDocument &report, const QTextBlock &block);
};

} // namespace salkku::exporting
