#include "PagedDocumentWriter.h"

#include "ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace salkku::exporting {

namespace {

// Rounds of moving headings (each moves the first stranded heading after each page break), then of filling
// in the table of contents (a number that moves its own entry would change it for ever).
constexpr int kMaxHeadingRounds = 10;
constexpr int kMaxContentsRounds = 4;

// Where a line of a laid-out block is, from the top of the document (points).
qreal lineTop(const QTextDocument &document, const QTextBlock &block, int line)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (layout == nullptr || layout->lineCount() == 0)
        return rect.top();
    return rect.top() + layout->lineAt(std::clamp(line, 0, layout->lineCount() - 1)).y();
}

int pageAt(qreal y, qreal pageHeight)
{
    // A line never crosses a page boundary; a hair's margin for rounding.
    return static_cast<int>(std::floor((y + 0.01) / pageHeight));
}

bool startsPage(const QTextBlock &block)
{
    return (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) != 0;
}

// The block a heading heads: the next one with text (an empty block holds the place of a table).
QTextBlock headed(const QTextBlock &heading)
{
    QTextBlock next = heading.next();
    while (next.isValid() && next.length() <= 1 && !startsPage(next))
        next = next.next();
    return next;
}

// Headings that end a page, to start the next one instead, with the text they head. Only the first after
// each page break: moving it moves everything after it up to the next page break.
QList<QTextBlock> strandedHeadings(const QTextDocument &document, qreal pageHeight, qreal pageTopMargin)
{
    QList<QTextBlock> stranded;
    bool found = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (startsPage(block))
            found = false;
        if (found || !block.blockFormat().boolProperty(ReportDocument::kKeepWithNext))
            continue;
        const QTextBlock next = headed(block);
        if (!next.isValid() || startsPage(next))
            continue;
        // A heading of two lines must not be split either: its first line with the text.
        const qreal top = lineTop(document, block, 0);
        const int page = pageAt(top, pageHeight);
        if (page == pageAt(lineTop(document, next, 0), pageHeight))
            continue;
        // Already first on its page: moving it would not help.
        const qreal margin = block.blockFormat().topMargin() / ReportStyle::length(1); // in points
        if (top - page * pageHeight - pageTopMargin <= margin + 1)
            continue;
        stranded.append(block);
        found = true;
    }
    return stranded;
}

// Where lines of a block begin on another page than the line before them: the document positions to split
// the blocks at, last first.
QList<int> pageBoundariesInBlocks(const QTextDocument &document, qreal pageHeight)
{
    QList<int> positions;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (layout == nullptr)
            continue;
        for (int line = 1; line < layout->lineCount(); ++line)
            if (pageAt(lineTop(document, block, line), pageHeight) !=
                pageAt(lineTop(document, block, line - 1), pageHeight))
                positions.prepend(block.position() + layout->lineAt(line).textStart());
    }
    return positions;
}

// A table of contents entry's page number as the layout has it, and whether its cell says otherwise.
struct TocNumber
{
    QString text;
    bool changed = false;
};

QTextCursor tocCell(const ReportDocument::TocEntry &entry)
{
    const QTextTableCell cell = entry.table->cellAt(entry.row, entry.column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor;
}

QList<TocNumber> tocNumbers(const ReportDocument &report)
{
    QList<TocNumber> numbers;
    for (const ReportDocument::TocEntry &entry : report.tocEntries()) {
        const QString text = QString::number(PagedDocumentWriter::pageOf(report, entry.target.block()));
        numbers.append(TocNumber{text, tocCell(entry).selectedText() != text});
    }
    return numbers;
}

void writeTocNumbers(ReportDocument &report, const QList<TocNumber> &numbers)
{
    for (qsizetype i = 0; i < numbers.size(); ++i)
        if (numbers[i].changed)
            tocCell(report.tocEntries()[i]).insertText(numbers[i].text, ReportStyle::body());
}

// One line of text in a box (points), elided when it does not fit.
void drawLine(QPainter &painter, const ReportDocument &report, const QString &text, const QRectF &box,
              Qt::Alignment alignment)
{
    const QFont font(ReportStyle::font(ReportStyle::kSmallSize), report.layoutDevice());
    const QString shown =
        QFontMetricsF(font, report.layoutDevice()).elidedText(text, Qt::ElideRight, box.width());
    QTextLayout layout(shown, font, report.layoutDevice());
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::NoWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(box.width());
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    layout.draw(&painter, box.topLeft());
}

void paintHeaderAndFooter(QPainter &painter, const ReportDocument &report, int page, int pageCount,
                          const QSizeF &pageSize)
{
    const qreal width = pageSize.width();
    const qreal height = pageSize.height();
    painter.setPen(QColor(0x44, 0x4a, 0x52));
    drawLine(painter, report, report.portfolioName(), QRectF(0, 0, width * 0.7, 12), Qt::AlignLeft);
    drawLine(painter, report, report.dateText(), QRectF(width * 0.7, 0, width * 0.3, 12), Qt::AlignRight);
    drawLine(painter, report, report.title(), QRectF(0, height - 11, width * 0.75, 12), Qt::AlignLeft);
    drawLine(painter, report,
             QCoreApplication::translate("salkku::export", "Page %1 / %2").arg(page + 1).arg(pageCount),
             QRectF(width * 0.75, height - 11, width * 0.25, 12), Qt::AlignRight);
    painter.setPen(QPen(ReportStyle::rule(), 0.5));
    painter.drawLine(QPointF(0, 14), QPointF(width, 14));
    painter.drawLine(QPointF(0, height - 15), QPointF(width, height - 15));
}

void paintBody(QPainter &painter, const ReportDocument &report, int page, const QSizeF &pageSize)
{
    painter.save();
    const QRectF view(0, page * pageSize.height(), pageSize.width(), pageSize.height());
    painter.translate(0, -view.top());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Dark, ReportStyle::accent()); // horizontal rules
    report.document().documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

QPageLayout PagedDocumentWriter::pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(18, 10, 18, 10),
                       QPageLayout::Millimeter);
}

int PagedDocumentWriter::pageOf(const ReportDocument &report, const QTextBlock &block)
{
    const QTextDocument &document = report.document();
    return pageAt(lineTop(document, block, 0), document.pageSize().height()) + 1;
}

core::Result<int> PagedDocumentWriter::paginate(ReportDocument &report, const QSizeF &pageSize,
                                                const ExportProgress &progress)
{
    QTextDocument &document = report.document();
    report.suspendLayout();
    report.joinSplitBlocks();
    report.removeAddedPageBreaks();
    QTextFrameFormat frame = document.rootFrame()->frameFormat();
    frame.setTopMargin(ReportStyle::length(kHeaderBand));
    frame.setBottomMargin(ReportStyle::length(kFooterBand));
    frame.setLeftMargin(0);
    frame.setRightMargin(0);
    document.rootFrame()->setFrameFormat(frame);
    report.layOut(pageSize);
    // Each round is measured on one layout, changed after, and laid out afresh.
    int round = 0;
    for (; round < kMaxHeadingRounds; ++round) {
        if (progress.cancelled())
            return cancelledError();
        progress.step(ExportStep::Paginating, round + 1, kMaxHeadingRounds + kMaxContentsRounds);
        const QList<QTextBlock> stranded = strandedHeadings(document, pageSize.height(), kHeaderBand);
        if (stranded.isEmpty())
            break;
        report.suspendLayout();
        for (const QTextBlock &heading : stranded)
            report.addPageBreakBefore(heading);
        report.layOut(pageSize);
    }
    // Then the page numbers: they change only the pages of the contents, which a page break ends.
    for (int contentsRound = 0; contentsRound < kMaxContentsRounds; ++contentsRound) {
        if (progress.cancelled())
            return cancelledError();
        progress.step(ExportStep::Paginating, ++round, kMaxHeadingRounds + kMaxContentsRounds);
        const QList<TocNumber> numbers = tocNumbers(report);
        if (std::none_of(numbers.cbegin(), numbers.cend(),
                         [](const TocNumber &number) { return number.changed; }))
            break;
        report.suspendLayout();
        writeTocNumbers(report, numbers);
        report.layOut(pageSize);
    }
    return document.pageCount();
}

core::Result<int> PagedDocumentWriter::paint(ReportDocument &report, QPagedPaintDevice &device,
                                             const ExportProgress &progress)
{
    const QSizeF pageSize = device.pageLayout().paintRect(QPageLayout::Point).size();
    const auto laidOut = paginate(report, pageSize, progress);
    SALKKU_TRY(laidOut);
    // Qt draws every line of a paragraph that reaches into the page being painted, and the clip hides those
    // of the pages before and after only from view: in a PDF they would still be text, found by a search and
    // copied with the page. So no paragraph may cross a page: each is split where a page begins (which
    // changes nothing in the layout).
    for (int round = 0; round < 3; ++round) {
        const QList<int> boundaries = pageBoundariesInBlocks(report.document(), pageSize.height());
        if (boundaries.isEmpty())
            break;
        report.suspendLayout();
        for (const int position : boundaries)
            report.splitBlock(position);
        report.layOut(pageSize);
    }
    const int pageCount = report.document().pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return core::Error{QString(), 0,
                           QCoreApplication::translate("salkku::export", "cannot start painting the pages")};
    painter.setRenderHint(QPainter::Antialiasing);
    // The layout is in points; the device has its own resolution.
    const qreal scaleX = device.logicalDpiX() / 72.0;
    const qreal scaleY = device.logicalDpiY() / 72.0;
    for (int page = 0; page < pageCount; ++page) {
        if (progress.cancelled()) {
            painter.end();
            return cancelledError();
        }
        if (page > 0 && !device.newPage()) {
            painter.end();
            return core::Error{
                QString(), 0,
                QCoreApplication::translate("salkku::export", "cannot start page %1").arg(page + 1)};
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        paintBody(painter, report, page, pageSize);
        if (page > 0 || !report.hasCover())
            paintHeaderAndFooter(painter, report, page, pageCount, pageSize);
        painter.restore();
        progress.step(ExportStep::Writing, page + 1, pageCount);
    }
    if (!painter.end())
        return core::Error{QString(), 0,
                           QCoreApplication::translate("salkku::export", "cannot finish the pages")};
    return pageCount;
}

core::Result<int> PagedDocumentWriter::writePdf(ReportDocument &report, const QString &path,
                                                const ExportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{path, 0, file.errorString()};
    QPdfWriter writer(&file);
    writer.setPageLayout(pageLayout(report.orientation()));
    writer.setTitle(report.title());
    writer.setCreator(QStringLiteral("Salkku %1").arg(QStringLiteral(SALKKU_VERSION)));
    auto pages = paint(report, writer, progress);
    if (!pages) {
        file.cancelWriting();
        core::Error error = pages.error();
        if (error.file.isEmpty())
            error.file = path;
        return error;
    }
    if (!file.commit())
        return core::Error{path, 0, file.errorString()};
    return pages;
}

} // namespace salkku::exporting
