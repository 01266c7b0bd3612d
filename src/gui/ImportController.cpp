#include "ImportController.h"

#include "BackgroundTask.h"
#include "ImportReportDialog.h"
#include "export/DataFiles.h"
#include "storage/PortfolioStore.h"

#include <QDir>
#include <QFileInfo>

namespace salkku::gui {

ImportController::ImportController(QWidget *window)
    : QObject(window), m_window(window), m_task(new BackgroundTask(window, this))
{
    m_task->setCancellingText(tr("Cancelling after the current file…"));
    connect(m_task, &BackgroundTask::progressed, this, &ImportController::progress);
}

ImportController::~ImportController() = default;

void ImportController::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_task->setInteractive(interactive);
}

bool ImportController::isRunning() const
{
    return m_task->isRunning();
}

void ImportController::start(const QString &portfolioPath, const QStringList &paths, bool showReport)
{
    if (isRunning())
        return;
    m_showReport = showReport;
    auto work = [portfolioPath, paths](const std::atomic<bool> *cancel,
                                       const BackgroundTask::Progress &progress) {
        // One connection per thread: the worker opens its own.
        auto store = storage::PortfolioStore::open(portfolioPath);
        if (!store) {
            storage::ImportReport failed;
            failed.items.append(storage::ImportItem{portfolioPath, storage::ImportItem::Status::Failed, 0, 0,
                                                    store.error().message});
            return failed;
        }
        const auto fileProgress = [&progress](int done, int total, const QString &file) {
            progress(done, total,
                     file.isEmpty()
                         ? tr("Finishing…")
                         : tr("%1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(file).fileName()));
        };
        return storage::ImportRunner::run(*store.value(), paths, {}, fileProgress, cancel);
    };
    m_task->run<storage::ImportReport>(tr("Import"), tr("Importing…"), work,
                                       [this](const storage::ImportReport &report) { onFinished(report); });
}

bool ImportController::startSampleImport(const QString &portfolioPath)
{
    // The sample pages are files in the data folder (share/salkku/samples beside the program).
    const QString samples = exporting::DataFiles::samplesDirectory();
    if (samples.isEmpty() || QDir(samples).entryList({QStringLiteral("*.txt")}, QDir::Files).isEmpty())
        return false;
    start(portfolioPath, {samples}, false);
    return true;
}

void ImportController::cancel()
{
    m_task->cancel();
}

void ImportController::onFinished(const storage::ImportReport &report)
{
    if (m_interactive && (m_showReport || report.anyFailed())) {
        auto *dialog = new ImportReportDialog(report, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    emit finished(report);
}

} // namespace salkku::gui
