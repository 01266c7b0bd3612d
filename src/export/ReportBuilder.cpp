#include "ReportBuilder.h"

#include "ReportDocument.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace salkku::exporting {

namespace {

QTextBlockFormat blockFormat(qreal spaceBefore, qreal spaceAfter, Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextBlockFormat format;
    format.setTopMargin(ReportStyle::length(spaceBefore));
    format.setBottomMargin(ReportStyle::length(spaceAfter));
    format.setAlignment(alignment);
    return format;
}

QTextBlockFormat keptWithNext(QTextBlockFormat format)
{
    format.setProperty(ReportDocument::kKeepWithNext, true);
    return format;
}

QStringList splitParagraphs(const QString &text)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList result;
    for (const QString &part : unified.split(blankLine, Qt::SkipEmptyParts)) {
        const QString paragraph = paragraphText(part.trimmed());
        if (!paragraph.isEmpty())
            result.append(paragraph);
    }
    return result;
}

} // namespace

QString paragraphText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            result.append(QChar::LineSeparator);
        else if (c == u'\t')
            result.append(u' ');
        else if (c.category() != QChar::Other_Control)
            result.append(c);
    }
    return result;
}

ReportBuilder::ReportBuilder(QTextDocument &document) : m_cursor(&document) {}

void ReportBuilder::newBlock(QTextBlockFormat format, bool newPage)
{
    if (newPage)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setTopMargin(format.topMargin() + ReportStyle::length(m_pendingSpace));
    m_pendingSpace = 0;
    if (m_reuseBlock) {
        m_cursor.setBlockFormat(format);
        m_reuseBlock = false;
    } else {
        m_cursor.insertBlock(format);
    }
}

QTextCursor ReportBuilder::blockStart() const
{
    // A cursor at the insertion point would move on with the text inserted after it.
    return QTextCursor(m_cursor.block());
}

QTextCursor ReportBuilder::title(const QString &text, bool newPage)
{
    newBlock(keptWithNext(blockFormat(0, 6)), newPage);
    m_cursor.insertText(paragraphText(text), ReportStyle::title());
    return blockStart();
}

QTextCursor ReportBuilder::heading(const QString &text, bool newPage)
{
    newBlock(keptWithNext(blockFormat(newPage ? 0 : 12, 4)), newPage);
    m_cursor.insertText(paragraphText(text), ReportStyle::heading());
    return blockStart();
}

QTextCursor ReportBuilder::subheading(const QString &text)
{
    newBlock(keptWithNext(blockFormat(10, 3)));
    m_cursor.insertText(paragraphText(text), ReportStyle::subheading());
    return blockStart();
}

void ReportBuilder::verticalSpace(qreal points)
{
    // An empty block of that height: a top margin is dropped at the top of a page.
    QTextBlockFormat format = blockFormat(0, 0);
    format.setLineHeight(ReportStyle::length(points), QTextBlockFormat::FixedHeight);
    newBlock(format);
}

void ReportBuilder::label(const QString &text)
{
    newBlock(keptWithNext(blockFormat(4, 2)));
    m_cursor.insertText(paragraphText(text), ReportStyle::label());
}

void ReportBuilder::paragraphs(const QString &text, const QTextCharFormat &format)
{
    for (const QString &paragraph : splitParagraphs(text)) {
        newBlock(blockFormat(0, 5));
        m_cursor.insertText(paragraph, format);
    }
}

QTextCursor ReportBuilder::line(const QString &text, const QTextCharFormat &format, Qt::Alignment alignment,
                                qreal spaceBefore, qreal spaceAfter)
{
    newBlock(blockFormat(spaceBefore, spaceAfter, alignment));
    m_cursor.insertText(paragraphText(text), format);
    return blockStart();
}

void ReportBuilder::bullets(const QStringList &items, const std::function<bool(qsizetype)> &emphasised)
{
    if (items.isEmpty())
        return;
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextList *list = nullptr;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const bool strong = emphasised && emphasised(i);
        newBlock(blockFormat(0, 2));
        if (list == nullptr)
            list = m_cursor.createList(listFormat);
        else
            list->add(m_cursor.block());
        m_cursor.insertText(paragraphText(strong ? QStringLiteral("★ ") + items[i] : items[i]),
                            strong ? ReportStyle::bold() : ReportStyle::body());
    }
    // The next block is not part of the list.
    m_pendingSpace += 3;
}

void ReportBuilder::fields(const QList<QPair<QString, QString>> &rows, qreal labelPercent)
{
    QList<QPair<QString, QString>> shown;
    for (const auto &row : rows)
        if (!row.second.trimmed().isEmpty())
            shown.append(row);
    if (shown.isEmpty())
        return;
    QTextTable *table = grid({labelPercent, 100 - labelPercent}, static_cast<int>(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        cell(table, r, 0, shown[r].first, ReportStyle::label());
        cell(table, r, 1, shown[r].second, ReportStyle::body());
    }
}

QTextTable *ReportBuilder::grid(const QList<qreal> &percentWidths, int rows, qreal padding)
{
    newBlock(blockFormat(0, 0));
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(ReportStyle::length(padding));
    format.setBottomMargin(ReportStyle::length(6));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const qreal width : percentWidths)
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(widths);
    QTextTable *table = m_cursor.insertTable(rows, static_cast<int>(percentWidths.size()), format);
    m_cursor = table->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
    m_reuseBlock = true;
    return table;
}

QTextTable *ReportBuilder::table(const QStringList &headers, const QList<qreal> &percentWidths, int bodyRows,
                                 const QTextCharFormat &headerFormat, const QList<Qt::Alignment> &alignments,
                                 Rules rules)
{
    newBlock(blockFormat(0, 0));
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderCollapse(true); // rules come from the cells
    format.setCellSpacing(0);
    format.setCellPadding(ReportStyle::length(3));
    format.setBottomMargin(ReportStyle::length(8));
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const qreal width : percentWidths)
        widths.append(QTextLength(QTextLength::PercentageLength, width));
    format.setColumnWidthConstraints(widths);
    const int columns = static_cast<int>(headers.size());
    QTextTable *table = m_cursor.insertTable(bodyRows + 1, columns, format);
    for (int r = 0; r <= bodyRows; ++r) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell tableCell = table->cellAt(r, c);
            QTextTableCellFormat cellFormat = tableCell.format().toTableCellFormat();
            cellFormat.setBottomBorder(ReportStyle::length(r == 0 ? 1 : 0.5));
            cellFormat.setBottomBorderBrush(r == 0 ? ReportStyle::accent() : ReportStyle::rule());
            cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            if (rules == Rules::Grid && c > 0) {
                cellFormat.setLeftBorder(ReportStyle::length(0.5));
                cellFormat.setLeftBorderBrush(ReportStyle::rule());
                cellFormat.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            }
            if (r == 0)
                cellFormat.setBackground(ReportStyle::headerFill());
            tableCell.setFormat(cellFormat);
        }
    }
    for (int c = 0; c < columns; ++c)
        cell(table, 0, c, headers[c], headerFormat, c < alignments.size() ? alignments[c] : Qt::AlignLeft);
    m_cursor = table->lastCursorPosition();
    m_cursor.movePosition(QTextCursor::NextBlock);
    m_reuseBlock = true;
    return table;
}

void ReportBuilder::cell(QTextTable *table, int row, int column, const QString &text,
                         const QTextCharFormat &format, Qt::Alignment alignment)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    const QStringList parts = splitParagraphs(text);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        cursor.setBlockFormat(blockFormat(0, i + 1 < parts.size() ? 4 : 0, alignment));
        cursor.insertText(parts[i], format);
    }
    if (parts.isEmpty())
        cursor.setBlockFormat(blockFormat(0, 0, alignment));
}

void ReportBuilder::cellLines(QTextTable *table, int row, int column, const QStringList &lines,
                              const QTextCharFormat &format, const std::function<bool(qsizetype)> &emphasised)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextCharFormat strong = format;
    strong.setFontWeight(QFont::Bold);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        cursor.setBlockFormat(blockFormat(0, i + 1 < lines.size() ? 3 : 0));
        const bool bold = emphasised && emphasised(i);
        cursor.insertText(paragraphText(lines[i]), bold ? strong : format);
    }
}

} // namespace salkku::exporting
