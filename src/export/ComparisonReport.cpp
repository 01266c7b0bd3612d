#include "ComparisonReport.h"

#include "ReportBuilder.h"

#include <QCoreApplication>
#include <QTextTable>

namespace salkku::exporting {

namespace {

bool isListAspect(core::Aspect aspect)
{
    return aspect == core::Aspect::Outputs || aspect == core::Aspect::CommonOutputs;
}

} // namespace

ReportDocument ComparisonReport::build(const core::Comparison &comparison, const ReportHeader &header)
{
    ReportDocument report(QCoreApplication::translate("salkku::export", "Comparison"), QPageLayout::Landscape,
                          header);
    ReportBuilder builder(report.document());
    builder.title(QCoreApplication::translate("salkku::export", "Comparison"));
    QStringList names;
    for (const core::ComparedItem &item : comparison.items())
        names.append(item.heading());
    builder.line(names.join(QStringLiteral("  ·  ")), ReportStyle::muted(), Qt::AlignLeft, 0, 8);

    // Rows that say something in some column (a project without sub-areas has no benefits, say).
    QList<core::Aspect> aspects;
    for (const core::Aspect aspect : core::comparedAspects())
        for (int item = 0; item < comparison.size(); ++item)
            if (!comparison.text(aspect, item).trimmed().isEmpty()) {
                aspects.append(aspect);
                break;
            }

    // More columns, smaller text: six items still get about 100 points each.
    const QTextCharFormat text = comparison.size() > 3 ? ReportStyle::small() : ReportStyle::body();
    QTextCharFormat label = ReportStyle::label();
    label.setFontPointSize(text.fontPointSize());
    const qreal labelWidth = 13;
    QList<qreal> widths{labelWidth};
    QStringList headers{QString()};
    for (const core::ComparedItem &item : comparison.items()) {
        widths.append((100 - labelWidth) / comparison.size());
        headers.append(item.heading());
    }
    QTextCharFormat headerFormat = ReportStyle::bold();
    headerFormat.setFontPointSize(text.fontPointSize());
    QTextTable *table = builder.table(headers, widths, static_cast<int>(aspects.size()), headerFormat, {},
                                      ReportBuilder::Rules::Grid);
    for (int row = 0; row < aspects.size(); ++row) {
        const core::Aspect aspect = aspects[row];
        ReportBuilder::cell(table, row + 1, 0, core::aspectLabel(aspect), label);
        for (int item = 0; item < comparison.size(); ++item) {
            const QString cellText = comparison.text(aspect, item);
            if (isListAspect(aspect)) {
                const QStringList lines = cellText.split(u'\n', Qt::SkipEmptyParts);
                ReportBuilder::cellLines(table, row + 1, item + 1, lines, text,
                                         [&lines](qsizetype i) { return lines[i].startsWith(u'★'); });
            } else {
                ReportBuilder::cell(table, row + 1, item + 1, cellText, text);
            }
        }
    }
    if (!comparison.commonOutputs().isEmpty())
        builder.line(
            QCoreApplication::translate("salkku::export", "★ an output that appears in more than one column"),
            ReportStyle::muted());
    return report;
}

} // namespace salkku::exporting
