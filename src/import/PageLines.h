#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace salkku::importer {

// One line of a page, with its 1-based number in the file.
struct Line
{
    int number = 0;
    QString text; // as in the file, without the line ending

    bool isBlank() const;
    QString trimmed() const; // NBSP and NNBSP count as spaces
};

// Splits text at CRLF, CR and LF.
QList<Line> splitLines(const QString &text);

// A line seen as a list item (or not).
struct ListLine
{
    int indent = 0;      // leading white space, a tab as 4
    bool bullet = false; // begins with •, -, –, *, "1." or "1)"
    QString content;     // the text after the marker, trimmed
};

ListLine classifyListLine(const QString &text);

// The text of some lines: trailing white space cut, runs of blank lines as one, no blank lines at the ends.
// keepIndent keeps leading white space (bullets stay readable); otherwise every line is trimmed.
QString joinLines(const QList<Line> &lines, bool keepIndent);

} // namespace salkku::importer
