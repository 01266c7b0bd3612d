#pragma once

#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QTextCursor>
#include <QTextFormat>

#include <memory>

class QImage;
class QPaintDevice;
class QTextBlock;
class QThread;
class QTextDocument;
class QTextTable;

namespace salkku::exporting {

// What a report's running header (and the portfolio report's cover) says: the portfolio's name and the
// report's date. The date is the caller's: only the front ends (the window, the command line) read the clock,
// so that the same inputs always give the same document.
struct ReportHeader
{
    QString portfolioName;
    QDate date;
};

// A report ready to be put on pages: the document (built with ReportBuilder), what the running header says,
// the orientation, and the table of contents cells whose page numbers PagedDocumentWriter fills in for the
// page size it lays the document out at.
//
// The document is laid out at 72 dpi on a device of its own, so one unit is one point whatever it is later
// painted on (a 1200 dpi PDF, a printer, the print preview), and uses design metrics, so that text measured
// here is as wide on paper.
class ReportDocument
{
public:
    // A block format property: keep this block (a heading) on the same page as the block after it.
    static constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;

    ReportDocument(const QString &title, QPageLayout::Orientation orientation, ReportHeader header);
    ReportDocument(ReportDocument &&other) noexcept;
    ReportDocument &operator=(ReportDocument &&other) noexcept;
    ~ReportDocument();

    QTextDocument &document() { return *m_document; }
    const QTextDocument &document() const { return *m_document; }
    // The 72 dpi device the document is laid out on (for text drawn around it: header and footer).
    const QPaintDevice *layoutDevice() const;

    const QString &title() const { return m_title; } // the PDF's title
    QPageLayout::Orientation orientation() const { return m_orientation; }

    // The running header: the portfolio's name on the left, the date (d.M.yyyy) on the right.
    const QString &portfolioName() const { return m_header.portfolioName; }
    QDate date() const { return m_header.date; }
    QString dateText() const; // Finnish form: 23.11.2026; empty for no date

    // The first page is a cover: no header, no footer (it still counts as page 1).
    bool hasCover() const { return m_hasCover; }
    void setHasCover(bool cover) { m_hasCover = cover; }

    // A table of contents cell (table, row, column) that shows the page on which target's block begins.
    struct TocEntry
    {
        QTextCursor target;
        QTextTable *table = nullptr;
        int row = 0;
        int column = 0;
    };
    void addTocEntry(const QTextCursor &target, QTextTable *table, int row, int column);
    const QList<TocEntry> &tocEntries() const { return m_toc; }

    // Page breaks the pagination added (a heading moved to the next page to stay with its text); undone
    // before the document is laid out for another page size.
    void addPageBreakBefore(const QTextBlock &block);
    void removeAddedPageBreaks();

    // Splits a block into two at a text position (where a page begins: see PagedDocumentWriter::paint); the
    // second part goes on in the same format, without a top margin and outside a list. Joined again before
    // the document is laid out for another page size.
    void splitBlock(int position);
    void joinSplitBlocks();

    // Stops laying the document out: edits made now (building it, filling in page numbers, moving headings)
    // are not laid out one by one, which on a long document would take time for each.
    void suspendLayout();
    // Lays the document out afresh for pages of this size (points), on the 72 dpi device. A fresh layout
    // after every change: Qt 6.4's incremental relayout after a change of format can leave later blocks
    // without lines, so that they are not painted.
    void layOut(const QSizeF &pageSize);

    // Moves the document to another thread: a report built on a worker and previewed in the window.
    void moveToThread(QThread *thread);

private:
    std::unique_ptr<QImage> m_pointDevice; // before m_document: the layout uses it until the end
    std::unique_ptr<QTextDocument> m_document;
    QString m_title;
    QPageLayout::Orientation m_orientation;
    ReportHeader m_header;
    bool m_hasCover = false;
    QList<TocEntry> m_toc;
    QList<QTextCursor> m_addedBreaks;
    struct Split
    {
        QTextCursor second;         // at the start of the block's second part
        bool lineSeparator = false; // the split took the place of a line separator
    };
    QList<Split> m_splits;
};

} // namespace salkku::exporting
