#pragma once

#include <QColor>
#include <QFont>
#include <QTextCharFormat>

#include <memory>

class QImage;

namespace salkku::exporting {

// The look of Salkku's reports. One font family that Debian installs with fonts-dejavu-core, set explicitly
// so that every PDF embeds the same font whatever the desktop's default is. Documents are laid out on a 72
// dpi device (pointDevice), so that one unit of the layout is one point; font sizes are in points, and every
// other length goes into a format through length().
class ReportStyle
{
public:
    static constexpr qreal kBodySize = 9.5;
    static constexpr qreal kSmallSize = 8;

    // A paint device of 72 dots per inch, to lay documents out on.
    static std::unique_ptr<QImage> pointDevice();
    // A length in points as a format takes it (margins, paddings, borders, indents): Qt keeps those in
    // device-independent pixels and scales them to the layout's device by the screen's resolution, which
    // differs between machines.
    static qreal length(qreal points);

    static QString fontFamily(); // "DejaVu Sans"
    static QFont font(qreal pointSize = kBodySize, bool bold = false);
    static QFont::StyleStrategy styleStrategy();

    static QTextCharFormat body();
    static QTextCharFormat bold();
    static QTextCharFormat small();
    static QTextCharFormat muted();      // small and grey: captions, notes
    static QTextCharFormat title();      // a report's or a project's name
    static QTextCharFormat heading();    // a part of a project: "Summary", "Sub-areas"
    static QTextCharFormat subheading(); // a sub-area
    static QTextCharFormat label();      // "Outputs" inside a sub-area

    static QColor accent();     // headings
    static QColor rule();       // lines and table borders
    static QColor headerFill(); // table header rows
};

} // namespace salkku::exporting
