#pragma once

#include "core/Comparison.h"
#include "core/Result.h"
#include "storage/StorageTypes.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace salkku::exporting {
class ReportDocument;
struct ReportHeader;
} // namespace salkku::exporting

namespace salkku::gui {

class BackgroundTask;

// File → Export and Print preview: PDFs of a project, a comparison or the portfolio, CSV of the project list
// or a comparison. The work runs on a QtConcurrent worker with its own portfolio connection, with a progress
// dialog and Cancel; a cancelled or failed export leaves no file. The print preview shows the same pages.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QWidget *window);
    ~ExportController() override;

    // false: no dialogs (tests): the file is the one given to setNextFileName, errors come through failed().
    void setInteractive(bool interactive);
    void setNextFileName(const QString &path) { m_nextFileName = path; }
    // Project and portfolio reports (exports and previews) with the coordinator's tags, follow-up and notes.
    void setWithNotes(bool withNotes) { m_withNotes = withNotes; }
    bool withNotes() const { return m_withNotes; }
    bool isRunning() const;

    // portfolioPath: the open portfolio (the worker opens its own connection to it).
    void exportProject(const QString &portfolioPath, qint64 pageId);
    void exportComparison(const QString &portfolioPath, const core::Comparison &comparison, bool csv);
    void exportPortfolio(const QString &portfolioPath, const storage::BrowseFilter &filter);
    void exportList(const QString &portfolioPath, const storage::BrowseFilter &filter);

    // Print preview (and printing from it) of what the export would write; the report is built first on the
    // worker. In tests (not interactive) the report is painted on `printer` instead of showing the dialog.
    void previewProject(const QString &portfolioPath, qint64 pageId);
    void previewComparison(const QString &portfolioPath, const core::Comparison &comparison);
    void previewPortfolio(const QString &portfolioPath, const storage::BrowseFilter &filter);
    void setTestPrinter(QPrinter *printer) { m_testPrinter = printer; }

    void cancel();

signals:
    // An export wrote its file; message: what it wrote ("12 pages").
    void finished(const QString &path, const QString &message);
    void failed(const QString &message);
    // A preview's pages were painted (count).
    void previewed(int pages);

private:
    // What a worker returns: a written file's description, or a report to preview.
    struct Outcome
    {
        std::optional<core::Error> error;
        QString path;
        QString message;
        std::shared_ptr<exporting::ReportDocument> report;

        static Outcome failure(const core::Error &error) { return Outcome{error, {}, {}, {}}; }
        static Outcome written(const QString &path, const QString &message)
        {
            return Outcome{{}, path, message, {}};
        }
        static Outcome preview(std::shared_ptr<exporting::ReportDocument> report)
        {
            return Outcome{{}, {}, {}, std::move(report)};
        }
    };
    using Job = std::function<Outcome(const std::atomic<bool> *cancel,
                                      const std::function<void(int, int, const QString &)> &progress)>;

    QString chooseFile(const QString &title, const QString &suggested, const QString &filter);
    void run(const QString &label, Job job);
    void onFinished(const Outcome &outcome);
    void showPreview(const std::shared_ptr<exporting::ReportDocument> &report);
    static QString portfolioName(const QString &portfolioPath);
    static exporting::ReportHeader reportHeader(const QString &portfolioPath); // today's date

    QWidget *m_window;
    BackgroundTask *m_task;
    bool m_interactive = true;
    QString m_nextFileName;
    bool m_withNotes = false;
    QPrinter *m_testPrinter = nullptr;
};

} // namespace salkku::gui
