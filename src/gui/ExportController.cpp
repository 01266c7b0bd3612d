#include "ExportController.h"

#include "BackgroundTask.h"
#include "export/ComparisonReport.h"
#include "export/CsvExport.h"
#include "export/ExportProgress.h"
#include "export/PagedDocumentWriter.h"
#include "export/PortfolioReport.h"
#include "export/ProjectReport.h"
#include "export/ReportDocument.h"
#include "storage/PortfolioStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>

namespace salkku::gui {

using exporting::ExportProgress;
using exporting::ExportStep;
using exporting::PagedDocumentWriter;
using exporting::ReportDocument;

namespace {

// A name for a file: the project's or report's title without characters file systems refuse.
QString fileNameFor(const QString &title, const QString &suffix)
{
    QString name = title;
    static const QString forbidden = QStringLiteral("/\\\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = u'-';
    name = name.simplified().left(80).trimmed();
    return (name.isEmpty() ? QStringLiteral("salkku") : name) + suffix;
}

// Spreadsheets split CSV on ';' where the decimal point is a comma (Finnish Excel), else on ','.
QChar csvSeparator()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? u';' : u',';
}

ExportProgress progressOf(const std::atomic<bool> *cancel,
                          const std::function<void(int, int, const QString &)> &report)
{
    ExportProgress progress;
    progress.cancel = cancel;
    progress.report = [report](ExportStep step, int done, int total) {
        QString what;
        switch (step) {
        case ExportStep::Reading:
            what = QCoreApplication::translate("salkku::gui::ExportController", "Reading projects…");
            break;
        case ExportStep::Paginating:
            what = QCoreApplication::translate("salkku::gui::ExportController", "Laying out pages…");
            break;
        case ExportStep::Writing:
            what = QCoreApplication::translate("salkku::gui::ExportController", "Writing pages…");
            break;
        }
        report(done, total, what);
    };
    return progress;
}

// A project's report from its own connection, with the coordinator's notes when asked.
core::Result<ReportDocument> projectReport(storage::PortfolioStore &store, qint64 pageId,
                                           const exporting::ReportHeader &header, bool withNotes)
{
    auto page = store.page(pageId);
    SALKKU_TRY(page);
    if (!withNotes)
        return exporting::ProjectReport::build(page.value(), header);
    auto annotations = store.coordinator().annotations(pageId);
    SALKKU_TRY(annotations);
    return exporting::ProjectReport::build(page.value(), header, &annotations.value());
}

} // namespace

ExportController::ExportController(QWidget *window)
    : QObject(window), m_window(window), m_task(new BackgroundTask(window, this))
{}

ExportController::~ExportController() = default;

void ExportController::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_task->setInteractive(interactive);
}

bool ExportController::isRunning() const
{
    return m_task->isRunning();
}

void ExportController::cancel()
{
    m_task->cancel();
}

QString ExportController::portfolioName(const QString &portfolioPath)
{
    return QFileInfo(portfolioPath).completeBaseName();
}

exporting::ReportHeader ExportController::reportHeader(const QString &portfolioPath)
{
    // The window is a front end: the one place (with the command line) that reads the clock for a report.
    return exporting::ReportHeader{portfolioName(portfolioPath), QDate::currentDate()};
}

QString ExportController::chooseFile(const QString &title, const QString &suggested, const QString &filter)
{
    if (!m_interactive)
        return std::exchange(m_nextFileName, QString());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, title, QDir(folder).filePath(suggested), filter);
    // "raportti" typed without a suffix becomes "raportti.pdf", as the suggested name was.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + QFileInfo(suggested).suffix();
    return path;
}

void ExportController::run(const QString &label, Job job)
{
    QThread *guiThread = thread();
    m_task->run<Outcome>(
        tr("Export"), label,
        [job = std::move(job), guiThread](const std::atomic<bool> *cancel,
                                          const BackgroundTask::Progress &progress) {
            Outcome outcome = job(cancel, progress);
            // A report to preview is shown (and painted) on the GUI thread.
            if (outcome.report)
                outcome.report->moveToThread(guiThread);
            return outcome;
        },
        [this](const Outcome &outcome) { onFinished(outcome); });
}

void ExportController::onFinished(const Outcome &outcome)
{
    if (outcome.error) {
        if (!m_task->isCancelled())
            emit failed(outcome.error->toString());
        return;
    }
    if (outcome.report) {
        if (!m_task->isCancelled()) // cancelled, or the window is closing
            showPreview(outcome.report);
        return;
    }
    emit finished(outcome.path, outcome.message);
}

void ExportController::exportProject(const QString &portfolioPath, qint64 pageId)
{
    const QString path =
        chooseFile(tr("Export the project as PDF"), tr("project.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const exporting::ReportHeader header = reportHeader(portfolioPath);
    run(tr("Exporting the project…"),
        [portfolioPath, pageId, path, header, withNotes = m_withNotes](auto cancel, auto progress) {
            Outcome outcome;
            auto store = storage::PortfolioStore::open(portfolioPath);
            if (!store)
                return Outcome::failure(store.error());
            auto report = projectReport(*store.value(), pageId, header, withNotes);
            if (!report)
                return Outcome::failure(report.error());
            auto pages = PagedDocumentWriter::writePdf(report.value(), path, progressOf(cancel, progress));
            if (!pages)
                return Outcome::failure(pages.error());
            outcome.path = path;
            outcome.message = tr("%n page(s)", nullptr, pages.value());
            return outcome;
        });
}

void ExportController::exportComparison(const QString &portfolioPath, const core::Comparison &comparison,
                                        bool csv)
{
    const QString path =
        csv ? chooseFile(tr("Export the comparison as CSV"), tr("comparison.csv"), tr("CSV files (*.csv)"))
            : chooseFile(tr("Export the comparison as PDF"), tr("comparison.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const exporting::ReportHeader header = reportHeader(portfolioPath);
    run(tr("Exporting the comparison…"),
        [comparison, path, header, csv, separator = csvSeparator()](auto cancel, auto progress) {
            Outcome outcome;
            outcome.path = path;
            if (csv) {
                const QByteArray bytes = exporting::CsvExport::comparison(comparison, separator);
                if (auto saved = exporting::CsvExport::save(bytes, path); !saved)
                    outcome.error = saved.error();
                outcome.message = tr("%n column(s)", nullptr, comparison.size());
                return outcome;
            }
            ReportDocument report = exporting::ComparisonReport::build(comparison, header);
            auto pages = PagedDocumentWriter::writePdf(report, path, progressOf(cancel, progress));
            if (!pages)
                return Outcome::failure(pages.error());
            outcome.message = tr("%n page(s)", nullptr, pages.value());
            return outcome;
        });
}

void ExportController::exportPortfolio(const QString &portfolioPath, const storage::BrowseFilter &filter)
{
    const QString path = chooseFile(tr("Export the portfolio report as PDF"),
                                    fileNameFor(portfolioName(portfolioPath), QStringLiteral(".pdf")),
                                    tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const exporting::ReportHeader header = reportHeader(portfolioPath);
    run(tr("Exporting the portfolio report…"), [portfolioPath, filter, path, header,
                                                withNotes = m_withNotes](auto cancel, auto progress) {
        Outcome outcome;
        auto store = storage::PortfolioStore::open(portfolioPath);
        if (!store)
            return Outcome::failure(store.error());
        const ExportProgress reporting = progressOf(cancel, progress);
        auto report = exporting::PortfolioReport::build(
            *store.value(),
            {.filter = filter, .header = header, .withNotes = withNotes, .collectionName = {}}, reporting);
        if (!report)
            return Outcome::failure(report.error());
        auto pages = PagedDocumentWriter::writePdf(report.value(), path, reporting);
        if (!pages)
            return Outcome::failure(pages.error());
        outcome.path = path;
        outcome.message = tr("%n page(s)", nullptr, pages.value());
        return outcome;
    });
}

void ExportController::exportList(const QString &portfolioPath, const storage::BrowseFilter &filter)
{
    const QString path =
        chooseFile(tr("Export the project list as CSV"), tr("projects.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    run(tr("Exporting the project list…"),
        [portfolioPath, filter, path, separator = csvSeparator()](auto cancel, auto progress) {
            Outcome outcome;
            auto store = storage::PortfolioStore::open(portfolioPath);
            if (!store)
                return Outcome::failure(store.error());
            auto bytes = exporting::CsvExport::projectList(*store.value(), filter, separator,
                                                           progressOf(cancel, progress));
            if (!bytes)
                return Outcome::failure(bytes.error());
            if (auto saved = exporting::CsvExport::save(bytes.value(), path); !saved)
                return Outcome::failure(saved.error());
            outcome.path = path;
            // The rows written, less the header row: counted from the file, not asked of the store again.
            const auto rows = static_cast<int>(bytes.value().count("\r\n")) - 1;
            outcome.message = tr("%n project(s)", nullptr, std::max(rows, 0));
            return outcome;
        });
}

void ExportController::previewProject(const QString &portfolioPath, qint64 pageId)
{
    const exporting::ReportHeader header = reportHeader(portfolioPath);
    run(tr("Preparing the preview…"), [portfolioPath, pageId, header, withNotes = m_withNotes](auto, auto) {
        auto store = storage::PortfolioStore::open(portfolioPath);
        if (!store)
            return Outcome::failure(store.error());
        auto report = projectReport(*store.value(), pageId, header, withNotes);
        if (!report)
            return Outcome::failure(report.error());
        return Outcome::preview(std::make_shared<ReportDocument>(std::move(report.value())));
    });
}

void ExportController::previewComparison(const QString &portfolioPath, const core::Comparison &comparison)
{
    const exporting::ReportHeader header = reportHeader(portfolioPath);
    run(tr("Preparing the preview…"), [comparison, header](auto, auto) {
        return Outcome::preview(
            std::make_shared<ReportDocument>(exporting::ComparisonReport::build(comparison, header)));
    });
}

void ExportController::previewPortfolio(const QString &portfolioPath, const storage::BrowseFilter &filter)
{
    const exporting::ReportHeader header = reportHeader(portfolioPath);
    run(tr("Preparing the preview…"),
        [portfolioPath, filter, header, withNotes = m_withNotes](auto cancel, auto progress) {
            auto store = storage::PortfolioStore::open(portfolioPath);
            if (!store)
                return Outcome::failure(store.error());
            auto report = exporting::PortfolioReport::build(
                *store.value(),
                {.filter = filter, .header = header, .withNotes = withNotes, .collectionName = {}},
                progressOf(cancel, progress));
            if (!report)
                return Outcome::failure(report.error());
            return Outcome::preview(std::make_shared<ReportDocument>(std::move(report.value())));
        });
}

void ExportController::showPreview(const std::shared_ptr<ReportDocument> &report)
{
    // The printer's page layout is set once, before the dialog: the user may change it there.
    const auto paint = [this, report](QPrinter *printer) {
        auto pages = PagedDocumentWriter::paint(*report, *printer);
        if (!pages)
            emit failed(pages.error().toString());
        else
            emit previewed(pages.value());
    };
    if (!m_interactive) {
        if (m_testPrinter) {
            m_testPrinter->setPageLayout(PagedDocumentWriter::pageLayout(report->orientation()));
            paint(m_testPrinter);
        }
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PagedDocumentWriter::pageLayout(report->orientation()));
    printer.setDocName(report->title());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print preview – %1").arg(report->title()));
    dialog.resize(m_window->size() * 0.9);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, paint);
    dialog.exec();
}

} // namespace salkku::gui
