#include "PortfolioReport.h"

#include "ProjectReport.h"
#include "ReportBuilder.h"
#include "storage/PortfolioStore.h"

#include <QCoreApplication>
#include <QTextTable>

#include <algorithm>

namespace salkku::exporting {

namespace {

// What the summary says of a group of projects.
struct Totals
{
    int projects = 0;
    std::optional<int> firstYear;
    std::optional<int> lastYear;
    int subAreas = 0;
    int outputs = 0;

    void add(const core::PageRecord &record)
    {
        ++projects;
        const auto start = record.timeline.startYear ? record.timeline.startYear : record.timeline.endYear;
        const auto end = record.timeline.endYear ? record.timeline.endYear : record.timeline.startYear;
        if (start)
            firstYear = firstYear ? std::min(*firstYear, *start) : *start;
        if (end)
            lastYear = lastYear ? std::max(*lastYear, *end) : *end;
        subAreas += static_cast<int>(record.subAreas.size());
        for (const core::SubArea &subArea : record.subAreas)
            outputs += static_cast<int>(subArea.outputs.size());
    }

    QString years() const
    {
        const QString text = core::yearsText(firstYear, lastYear);
        return text.isEmpty() ? QStringLiteral("–") : text;
    }
};

// The projects of one region, in report order.
struct RegionGroup
{
    QString name; // empty: no region
    QList<storage::StoredPage> pages;
    QList<storage::PageAnnotations> annotations; // with the coordinator's notes: one for each page
    QList<QTextCursor> titles;                   // where each project's part begins
};

QString regionLabel(const QString &region)
{
    return region.isEmpty() ? QCoreApplication::translate("salkku::export", "No region") : region;
}

core::Result<QList<RegionGroup>> readProjects(storage::PortfolioStore &store,
                                              const PortfolioReportOptions &options,
                                              const ExportProgress &progress)
{
    auto summaries = store.pagesByRegion(options.filter);
    SALKKU_TRY(summaries);
    const int total = static_cast<int>(summaries.value().size());
    QList<RegionGroup> groups;
    for (int i = 0; i < total; ++i) {
        if (progress.cancelled())
            return cancelledError(store.path());
        progress.step(ExportStep::Reading, i, total);
        const storage::PageSummary &summary = summaries.value()[i];
        auto page = store.page(summary.id);
        SALKKU_TRY(page);
        if (groups.isEmpty() || groups.last().name != summary.region)
            groups.append(RegionGroup{summary.region, {}, {}, {}});
        groups.last().pages.append(std::move(page).value());
        if (options.withNotes) {
            auto annotations = store.coordinator().annotations(summary.id);
            SALKKU_TRY(annotations);
            groups.last().annotations.append(std::move(annotations).value());
        }
    }
    progress.step(ExportStep::Reading, total, total);
    return groups;
}

void writeCover(ReportBuilder &builder, const PortfolioReportOptions &options, const ReportDocument &report,
                const QList<RegionGroup> &groups)
{
    int projects = 0;
    for (const RegionGroup &group : groups)
        projects += static_cast<int>(group.pages.size());
    QTextCharFormat big = ReportStyle::title();
    big.setFontPointSize(26);
    QTextCharFormat name = ReportStyle::heading();
    name.setFontPointSize(16);
    name.setForeground(QColor(Qt::black));
    builder.verticalSpace(190);
    builder.line(QCoreApplication::translate("salkku::export", "Portfolio report"), big, Qt::AlignLeft, 0,
                 14);
    QTextCursor portfolio = builder.line(options.header.portfolioName, name, Qt::AlignLeft, 0, 30);
    QTextBlockFormat rule; // a line under the name, across the page
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    portfolio.mergeBlockFormat(rule);
    QTextCharFormat body = ReportStyle::body();
    body.setFontPointSize(11);
    builder.line(PortfolioReport::scopeText(options.filter, options.collectionName), body, Qt::AlignLeft, 0,
                 4);
    const int regions = static_cast<int>(groups.size());
    const QString projectCount =
        QCoreApplication::translate("salkku::export", "%n project(s)", nullptr, projects);
    const QString regionCount =
        QCoreApplication::translate("salkku::export", "%n region(s)", nullptr, regions);
    builder.line(projectCount + QStringLiteral(" · ") + regionCount, body, Qt::AlignLeft, 0, 4);
    builder.line(report.dateText(), body, Qt::AlignLeft, 0, 4);
}

// The table of contents: a row for the summary, then each region and its projects. The page numbers are
// filled in when the document is laid out (PagedDocumentWriter); here the rows get their titles.
QTextTable *writeContents(ReportBuilder &builder, const QList<RegionGroup> &groups)
{
    builder.heading(QCoreApplication::translate("salkku::export", "Table of contents"), true);
    builder.space(4);
    int rows = 1;
    for (const RegionGroup &group : groups)
        rows += 1 + static_cast<int>(group.pages.size());
    QTextTable *table = builder.grid({88, 12}, rows, 2);
    const auto entry = [table](int row, const QString &text, const QTextCharFormat &format, qreal indent) {
        ReportBuilder::cell(table, row, 0, text, format);
        QTextCursor cursor = table->cellAt(row, 0).firstCursorPosition();
        QTextBlockFormat block = cursor.blockFormat();
        block.setLeftMargin(ReportStyle::length(indent));
        cursor.setBlockFormat(block);
        ReportBuilder::cell(table, row, 1, QString(), format, Qt::AlignRight);
    };
    int row = 0;
    entry(row++, QCoreApplication::translate("salkku::export", "Summary by region"), ReportStyle::bold(), 0);
    for (const RegionGroup &group : groups) {
        entry(row++, regionLabel(group.name), ReportStyle::bold(), 0);
        for (const storage::StoredPage &page : group.pages)
            entry(row++, page.record.name, ReportStyle::body(), 14);
    }
    return table;
}

QTextCursor writeSummary(ReportBuilder &builder, const QList<RegionGroup> &groups)
{
    const QTextCursor heading =
        builder.heading(QCoreApplication::translate("salkku::export", "Summary by region"), true);
    const QStringList columns{QCoreApplication::translate("salkku::export", "Projects"),
                              QCoreApplication::translate("salkku::export", "Years"),
                              QCoreApplication::translate("salkku::export", "Sub-areas"),
                              QCoreApplication::translate("salkku::export", "Outputs")};
    const auto numbers = [](QTextTable *table, int row, const Totals &totals, const QTextCharFormat &format) {
        ReportBuilder::cell(table, row, 1, QString::number(totals.projects), format, Qt::AlignRight);
        ReportBuilder::cell(table, row, 2, totals.years(), format, Qt::AlignRight);
        ReportBuilder::cell(table, row, 3, QString::number(totals.subAreas), format, Qt::AlignRight);
        ReportBuilder::cell(table, row, 4, QString::number(totals.outputs), format, Qt::AlignRight);
    };

    // One row per region, and the whole.
    QTextTable *overview =
        builder.table(QStringList{QCoreApplication::translate("salkku::export", "Region")} + columns,
                      {40, 15, 15, 15, 15}, static_cast<int>(groups.size()) + 1, ReportStyle::bold(),
                      {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight});
    Totals all;
    for (int g = 0; g < groups.size(); ++g) {
        Totals totals;
        for (const storage::StoredPage &page : groups[g].pages) {
            totals.add(page.record);
            all.add(page.record);
        }
        ReportBuilder::cell(overview, g + 1, 0, regionLabel(groups[g].name));
        numbers(overview, g + 1, totals, ReportStyle::body());
    }
    const int last = static_cast<int>(groups.size()) + 1;
    ReportBuilder::cell(overview, last, 0, QCoreApplication::translate("salkku::export", "Total"),
                        ReportStyle::bold());
    numbers(overview, last, all, ReportStyle::bold());

    // Each region's projects.
    const QStringList projectColumns{QCoreApplication::translate("salkku::export", "Project"),
                                     QCoreApplication::translate("salkku::export", "Years"),
                                     QCoreApplication::translate("salkku::export", "Sub-areas"),
                                     QCoreApplication::translate("salkku::export", "Outputs")};
    for (const RegionGroup &group : groups) {
        builder.subheading(regionLabel(group.name));
        QTextTable *table = builder.table(projectColumns, {55, 15, 15, 15},
                                          static_cast<int>(group.pages.size()), ReportStyle::bold(),
                                          {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight});
        for (int p = 0; p < group.pages.size(); ++p) {
            const core::PageRecord &record = group.pages[p].record;
            Totals totals;
            totals.add(record);
            ReportBuilder::cell(table, p + 1, 0, record.name);
            ReportBuilder::cell(table, p + 1, 1, totals.years(), ReportStyle::body(), Qt::AlignRight);
            ReportBuilder::cell(table, p + 1, 2, QString::number(totals.subAreas), ReportStyle::body(),
                                Qt::AlignRight);
            ReportBuilder::cell(table, p + 1, 3, QString::number(totals.outputs), ReportStyle::body(),
                                Qt::AlignRight);
        }
    }
    return heading;
}

} // namespace

core::Result<ReportDocument> PortfolioReport::build(storage::PortfolioStore &store,
                                                    const PortfolioReportOptions &given,
                                                    const ExportProgress &progress)
{
    PortfolioReportOptions options = given;
    if (options.filter.collection > 0 && options.collectionName.isEmpty()) {
        auto collection = store.coordinator().findCollection(QString::number(options.filter.collection));
        SALKKU_TRY(collection);
        if (collection.value())
            options.collectionName = collection.value()->name;
    }
    auto read = readProjects(store, options, progress);
    SALKKU_TRY(read);
    QList<RegionGroup> groups = std::move(read).value();
    if (groups.isEmpty())
        return core::Error{store.path(), 0,
                           QCoreApplication::translate("salkku::export", "no projects to report (%1)")
                               .arg(scopeText(options.filter, options.collectionName))};

    ReportDocument report(QCoreApplication::translate("salkku::export", "Portfolio report"),
                          QPageLayout::Portrait, options.header);
    report.setHasCover(true);
    ReportBuilder builder(report.document());
    writeCover(builder, options, report, groups);
    QTextTable *contents = writeContents(builder, groups);
    const QTextCursor summary = writeSummary(builder, groups);
    for (RegionGroup &group : groups)
        for (qsizetype i = 0; i < group.pages.size(); ++i)
            group.titles.append(ProjectReport::write(builder, group.pages[i], true,
                                                     options.withNotes ? &group.annotations[i] : nullptr));

    int row = 0;
    report.addTocEntry(summary, contents, row++, 1);
    for (const RegionGroup &group : groups) {
        report.addTocEntry(group.titles.front(), contents, row++, 1);
        for (const QTextCursor &title : group.titles)
            report.addTocEntry(title, contents, row++, 1);
    }
    return report;
}

QString PortfolioReport::scopeText(const storage::BrowseFilter &filter, const QString &collection)
{
    QStringList parts;
    if (!collection.isEmpty())
        parts.append(QCoreApplication::translate("salkku::export", "Collection: %1").arg(collection));
    if (!filter.tag.isEmpty())
        parts.append(QCoreApplication::translate("salkku::export", "Tag: %1").arg(filter.tag));
    if (filter.status)
        parts.append(QCoreApplication::translate("salkku::export", "Follow-up: %1")
                         .arg(core::followUpStatusLabel(*filter.status)));
    if (filter.dueBy)
        parts.append(QCoreApplication::translate("salkku::export", "Due by %1")
                         .arg(filter.dueBy->toString(QStringLiteral("d.M.yyyy"))));
    if (!filter.region.isEmpty())
        parts.append(QCoreApplication::translate("salkku::export", "Region: %1").arg(filter.region));
    if (filter.yearFrom || filter.yearTo) {
        // A one-sided filter is an open range: "2020–" is from 2020 on, "–2021" until 2021.
        const QString years = filter.yearFrom && filter.yearTo
                                  ? core::yearsText(filter.yearFrom, filter.yearTo)
                              : filter.yearFrom ? QStringLiteral("%1–").arg(*filter.yearFrom)
                                                : QStringLiteral("–%1").arg(*filter.yearTo);
        parts.append(QCoreApplication::translate("salkku::export", "Years: %1").arg(years));
    }
    if (!filter.funder.isEmpty())
        parts.append(QCoreApplication::translate("salkku::export", "Funder: %1").arg(filter.funder));
    if (!filter.topic.isEmpty())
        parts.append(QCoreApplication::translate("salkku::export", "Topic: %1").arg(filter.topic));
    if (!filter.text.trimmed().isEmpty())
        parts.append(QCoreApplication::translate("salkku::export", "Search: %1").arg(filter.text.trimmed()));
    return parts.isEmpty() ? QCoreApplication::translate("salkku::export", "All projects")
                           : parts.join(QStringLiteral(" · "));
}

} // namespace salkku::exporting
