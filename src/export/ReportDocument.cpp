#include "ReportDocument.h"

#include "ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>

namespace salkku::exporting {

ReportDocument::ReportDocument(const QString &title, QPageLayout::Orientation orientation,
                               ReportHeader header)
    : m_pointDevice(ReportStyle::pointDevice()), m_document(std::make_unique<QTextDocument>()),
      m_title(title), m_orientation(orientation), m_header(std::move(header))
{
    suspendLayout(); // until PagedDocumentWriter lays it out
    m_document->documentLayout()->setPaintDevice(m_pointDevice.get());
    m_document->setUseDesignMetrics(true);
    m_document->setDefaultFont(ReportStyle::font());
    m_document->setDocumentMargin(0);
    m_document->setIndentWidth(ReportStyle::length(12));
    // A very long word or address breaks anywhere rather than run out of the page.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_document->setDefaultTextOption(option);
    m_document->setMetaInformation(QTextDocument::DocumentTitle, title);
}

ReportDocument::ReportDocument(ReportDocument &&other) noexcept = default;
ReportDocument &ReportDocument::operator=(ReportDocument &&other) noexcept = default;
ReportDocument::~ReportDocument() = default;

const QPaintDevice *ReportDocument::layoutDevice() const
{
    return m_pointDevice.get();
}

QString ReportDocument::dateText() const
{
    // Not QLocale: the Finnish form whatever the system's locale or the report's language.
    return m_header.date.isValid() ? m_header.date.toString(QStringLiteral("d.M.yyyy")) : QString();
}

void ReportDocument::addTocEntry(const QTextCursor &target, QTextTable *table, int row, int column)
{
    m_toc.append(TocEntry{target, table, row, column});
}

void ReportDocument::addPageBreakBefore(const QTextBlock &block)
{
    QTextCursor cursor(block);
    QTextBlockFormat format;
    format.setPageBreakPolicy(block.blockFormat().pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    cursor.mergeBlockFormat(format);
    m_addedBreaks.append(cursor);
}

void ReportDocument::removeAddedPageBreaks()
{
    for (QTextCursor &cursor : m_addedBreaks) {
        QTextBlockFormat format = cursor.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() & ~QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
    m_addedBreaks.clear();
}

void ReportDocument::splitBlock(int position)
{
    QTextCursor cursor(m_document.get());
    cursor.setPosition(position);
    QTextBlockFormat format = cursor.blockFormat();
    format.setTopMargin(0);
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    format.clearProperty(kKeepWithNext);
    // A line break that ends the page goes: the new paragraph begins a line anyway.
    const bool lineSeparator = m_document->characterAt(position - 1) == QChar::LineSeparator;
    if (lineSeparator)
        cursor.deletePreviousChar();
    cursor.insertBlock(format);
    // The rest of a list item is not another item: no bullet, the item's indent.
    if (QTextList *list = cursor.block().textList())
        list->remove(cursor.block());
    m_splits.append(Split{cursor, lineSeparator});
}

void ReportDocument::joinSplitBlocks()
{
    for (auto split = m_splits.rbegin(); split != m_splits.rend(); ++split) {
        split->second.deletePreviousChar();
        if (split->lineSeparator)
            split->second.insertText(QString(QChar::LineSeparator));
    }
    m_splits.clear();
}

void ReportDocument::suspendLayout()
{
    // Without a page size the layout does nothing.
    m_document->setPageSize(QSizeF(0, 0));
}

void ReportDocument::layOut(const QSizeF &pageSize)
{
    suspendLayout();
    m_document->setDocumentLayout(nullptr); // deletes the old one; documentLayout() makes a new one
    // The new layout gets its device before it gets a page size, and so lays nothing out without it.
    m_document->documentLayout()->setPaintDevice(m_pointDevice.get());
    m_document->setPageSize(pageSize);
}

void ReportDocument::moveToThread(QThread *thread)
{
    m_document->moveToThread(thread);
}

} // namespace salkku::exporting
