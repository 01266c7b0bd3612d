#include "ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>

namespace salkku::exporting {

namespace {

QTextCharFormat charFormat(qreal pointSize, bool bold, const QColor &color = QColor(Qt::black))
{
    QTextCharFormat format;
    format.setFontFamilies({ReportStyle::fontFamily()});
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    format.setFontStyleStrategy(ReportStyle::styleStrategy());
    return format;
}

} // namespace

std::unique_ptr<QImage> ReportStyle::pointDevice()
{
    auto image = std::make_unique<QImage>(1, 1, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = static_cast<int>(std::lround(72.0 / 0.0254));
    image->setDotsPerMeterX(dotsPerMeter);
    image->setDotsPerMeterY(dotsPerMeter);
    return image;
}

qreal ReportStyle::length(qreal points)
{
    // Measured once: how far down a known margin puts the first line on the 72 dpi device.
    static const qreal pointsPerUnit = [] {
        constexpr qreal kMargin = 100;
        const auto device = pointDevice();
        QTextDocument document;
        document.documentLayout()->setPaintDevice(device.get());
        document.setPlainText(QStringLiteral("x")); // before the margin: setting text resets the frame
        QTextFrameFormat frame = document.rootFrame()->frameFormat();
        frame.setMargin(0);
        frame.setTopMargin(kMargin);
        document.rootFrame()->setFrameFormat(frame);
        document.setPageSize(QSizeF(1000, 1000));
        const qreal top = document.documentLayout()->blockBoundingRect(document.begin()).top();
        return top > 0 ? top / kMargin : 1.0;
    }();
    return points / pointsPerUnit;
}

QString ReportStyle::fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QFont ReportStyle::font(qreal pointSize, bool bold)
{
    QFont font(fontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(styleStrategy());
    return font;
}

QFont::StyleStrategy ReportStyle::styleStrategy()
{
    // No ligatures: with them "fi" in "hel.fi" is one glyph, and text copied from the PDF (or found in it)
    // says "hel.ﬁ". Latin text needs no shaping.
    return QFont::PreferNoShaping;
}

QTextCharFormat ReportStyle::body()
{
    return charFormat(kBodySize, false);
}

QTextCharFormat ReportStyle::bold()
{
    return charFormat(kBodySize, true);
}

QTextCharFormat ReportStyle::small()
{
    return charFormat(kSmallSize, false);
}

QTextCharFormat ReportStyle::muted()
{
    return charFormat(kSmallSize, false, QColor(0x55, 0x5b, 0x63));
}

QTextCharFormat ReportStyle::title()
{
    return charFormat(16, true, accent());
}

QTextCharFormat ReportStyle::heading()
{
    return charFormat(12, true, accent());
}

QTextCharFormat ReportStyle::subheading()
{
    return charFormat(10.5, true, accent());
}

QTextCharFormat ReportStyle::label()
{
    return charFormat(kBodySize, true, QColor(0x33, 0x38, 0x3f));
}

QColor ReportStyle::accent()
{
    return QColor(0x1c, 0x3d, 0x6b);
}

QColor ReportStyle::rule()
{
    return QColor(0xa8, 0xb0, 0xba);
}

QColor ReportStyle::headerFill()
{
    return QColor(0xe8, 0xed, 0xf3);
}

} // namespace salkku::exporting
