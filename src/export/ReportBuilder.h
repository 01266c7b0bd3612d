#pragma once

#include "ReportStyle.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextLength>

#include <functional>

class QTextDocument;
class QTextTable;

namespace salkku::exporting {

// Writes a report into a QTextDocument with a cursor. Every piece of page text goes in through
// QTextCursor::insertText: it is data, never HTML or Markdown.
class ReportBuilder
{
public:
    explicit ReportBuilder(QTextDocument &document);

    // Blocks. Each returns a cursor in the block it wrote (for the table of contents). newPage: the block
    // starts a page.
    QTextCursor title(const QString &text, bool newPage = false);
    QTextCursor heading(const QString &text, bool newPage = false);
    QTextCursor subheading(const QString &text);
    // A small heading inside a part ("Outputs"), kept with what follows it.
    void label(const QString &text);
    // Text as the page has it: paragraphs split at blank lines, single line breaks kept.
    void paragraphs(const QString &text, const QTextCharFormat &format = ReportStyle::body());
    // One block of text.
    QTextCursor line(const QString &text, const QTextCharFormat &format,
                     Qt::Alignment alignment = Qt::AlignLeft, qreal spaceBefore = 0, qreal spaceAfter = 4);
    // A bulleted list; emphasised(i) items in bold with a star (outputs shared with another project).
    void bullets(const QStringList &items, const std::function<bool(qsizetype)> &emphasised = {});
    // Label and value rows without borders (a project's header block). Empty values are left out.
    void fields(const QList<QPair<QString, QString>> &rows, qreal labelPercent = 20);
    // A table without rules or header (the table of contents, label and value rows).
    QTextTable *grid(const QList<qreal> &percentWidths, int rows, qreal padding = 1.5);
    // Lines between the rows of a table, or between the columns too.
    enum class Rules
    {
        BetweenRows,
        Grid,
    };
    // A ruled table with a header row that repeats on every page, columns in percentages of the width.
    QTextTable *table(const QStringList &headers, const QList<qreal> &percentWidths, int bodyRows,
                      const QTextCharFormat &headerFormat = ReportStyle::bold(),
                      const QList<Qt::Alignment> &alignments = {}, Rules rules = Rules::BetweenRows);
    // Text into a table cell (paragraphs as in paragraphs()).
    static void cell(QTextTable *table, int row, int column, const QString &text,
                     const QTextCharFormat &format = ReportStyle::body(),
                     Qt::Alignment alignment = Qt::AlignLeft);
    // Lines into a table cell, each its own paragraph; emphasised(i) lines in bold.
    static void cellLines(QTextTable *table, int row, int column, const QStringList &lines,
                          const QTextCharFormat &format,
                          const std::function<bool(qsizetype)> &emphasised = {});
    // Vertical space (points) before the next block.
    void space(qreal points) { m_pendingSpace += points; }
    // Vertical space that also holds at the top of a page (a cover's title lower down).
    void verticalSpace(qreal points);

    QTextCursor &cursor() { return m_cursor; }

private:
    // Starts a block (or reuses the empty one the document begins with, or that follows a table).
    void newBlock(QTextBlockFormat format, bool newPage = false);
    QTextCursor blockStart() const;

    QTextCursor m_cursor;
    bool m_reuseBlock = true;
    qreal m_pendingSpace = 0;
};

// Text as one paragraph of a QTextDocument: single line breaks become line separators (a new line in the same
// paragraph), carriage returns and other control characters go.
QString paragraphText(const QString &text);

} // namespace salkku::exporting
