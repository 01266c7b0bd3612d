#include "ExportPdfCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "ExportArguments.h"
#include "ItemReferences.h"
#include "export/ComparisonReport.h"
#include "export/PagedDocumentWriter.h"
#include "export/PortfolioReport.h"
#include "export/ProjectReport.h"
#include "export/ScopedLanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QGuiApplication>

namespace salkku::cli {

namespace {

core::Result<exporting::ReportDocument> projectReport(storage::PortfolioStore &store,
                                                      const QString &reference, bool withNotes,
                                                      const exporting::ReportHeader &header)
{
    auto page = ItemReferences::page(store, reference);
    SALKKU_TRY(page);
    if (!withNotes)
        return exporting::ProjectReport::build(page.value(), header);
    auto annotations = store.coordinator().annotations(page.value().id);
    SALKKU_TRY(annotations);
    return exporting::ProjectReport::build(page.value(), header, &annotations.value());
}

// The report --project, --compare or --portfolio asks for (the options are checked).
core::Result<exporting::ReportDocument> buildReport(storage::PortfolioStore &store,
                                                    const QCommandLineParser &parser,
                                                    const ExportArguments &options,
                                                    const exporting::ReportHeader &header)
{
    const bool withNotes = parser.isSet(QStringLiteral("notes"));
    if (parser.isSet(QStringLiteral("project")))
        return projectReport(store, parser.value(QStringLiteral("project")), withNotes, header);
    if (options.comparing()) {
        auto comparison = ItemReferences::comparison(store, options.references());
        SALKKU_TRY(comparison);
        return exporting::ComparisonReport::build(comparison.value(), header);
    }
    exporting::PortfolioReportOptions reportOptions;
    reportOptions.header = header;
    auto scope = options.scope(store);
    SALKKU_TRY(scope);
    reportOptions.filter = scope.value();
    reportOptions.withNotes = withNotes;
    return exporting::PortfolioReport::build(store, reportOptions);
}

} // namespace

int ExportPdfCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("export-pdf"),
        tr("Writes an A4 PDF: one project, a comparison (landscape), or the portfolio report "
           "(cover, table of contents, summary by region, every project)."));
    const QCommandLineOption project(QStringLiteral("project"), tr("One project, by its id or name."),
                                     QStringLiteral("ID|NAME"));
    const QCommandLineOption portfolio(
        QStringLiteral("portfolio"),
        tr("The portfolio report (every project, or those of --region, --collection, --tag)."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("The report's date, on the cover and every page (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    command.parser().addOption(project);
    command.parser().addOption(portfolio);
    const QCommandLineOption notes(QStringLiteral("notes"),
                                   tr("With --project or --portfolio: your tags, follow-up and notes too."));
    command.parser().addOption(date);
    command.parser().addOption(notes);
    ExportArguments options(command);
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    if (const QString problem = options.problem(); !problem.isEmpty())
        return command.usageError(problem, err);
    const int kinds = (command.parser().isSet(project) ? 1 : 0) +
                      (command.parser().isSet(portfolio) ? 1 : 0) + (options.comparing() ? 1 : 0);
    if (kinds != 1)
        return command.usageError(tr("say what to export: --project, --compare or --portfolio (one of them)"),
                                  err);
    if (options.hasScope() && !command.parser().isSet(portfolio))
        return command.usageError(tr("--region, --collection and --tag go with --portfolio"), err);
    // The command line is a front end: the one place (with the window) that reads the clock for a report.
    const QDate reportDate = command.parser().isSet(date)
                                 ? QDate::fromString(command.parser().value(date), Qt::ISODate)
                                 : QDate::currentDate();
    if (!reportDate.isValid())
        return command.usageError(
            tr("--date is a date like 2026-11-23, not “%1”").arg(command.parser().value(date)), err);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr) {
        err << "salkku export-pdf: " << tr("PDF export needs a QGuiApplication (fonts)") << '\n';
        return CommandLine::Failure;
    }

    auto store = command.openStore(true);
    if (!store)
        return command.failure(store.error(), err);
    const exporting::ReportHeader header{ExportArguments::portfolioName(store.value()->path()), reportDate};
    const exporting::ScopedLanguage language(options.language());

    auto report = buildReport(*store.value(), command.parser(), options, header);
    if (!report)
        return command.failure(report.error(), err);
    const auto pages = exporting::PagedDocumentWriter::writePdf(report.value(), options.out());
    if (!pages)
        return command.failure(pages.error(), err);
    out << options.out() << ": " << tr("%n page(s)", pages.value()) << '\n';
    return CommandLine::Success;
}

} // namespace salkku::cli
