#include "ImportController.h"

#include "ImportReportDialog.h"
#include "storage/PortfolioStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace salkku::gui {

ImportController::ImportController(QWidget *window) : QObject(window), m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<storage::ImportReport>::finished, this,
            &ImportController::onFinished);
}

ImportController::~ImportController()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ImportController::start(const QString &portfolioPath, const QStringList &paths, bool showReport)
{
    if (isRunning())
        return;
    m_cancel = false;
    m_showReport = showReport;
    if (m_interactive) {
        m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, m_window);
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    }
    // The worker reports through queued calls into this object, on the GUI thread.
    auto report = [this](int done, int total, const QString &file) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total, file] {
                if (m_progress) {
                    m_progress->setMaximum(total);
                    m_progress->setValue(done);
                    m_progress->setLabelText(file.isEmpty() ? tr("Finishing…")
                                                            : tr("Importing %1 of %2:\n%3")
                                                                  .arg(done + 1)
                                                                  .arg(total)
                                                                  .arg(QFileInfo(file).fileName()));
                }
                emit progress(done, total, file);
            },
            Qt::QueuedConnection);
    };
    const std::atomic<bool> *cancelFlag = &m_cancel;
    m_watcher.setFuture(QtConcurrent::run([portfolioPath, paths, report, cancelFlag] {
        // One connection per thread: the worker opens its own.
        auto store = storage::PortfolioStore::open(portfolioPath);
        if (!store) {
            storage::ImportReport failed;
            failed.items.append(storage::ImportItem{portfolioPath, storage::ImportItem::Status::Failed, 0, 0,
                                                    store.error().message});
            return failed;
        }
        return storage::ImportRunner::run(*store.value(), paths, {}, report, cancelFlag);
    }));
}

void ImportController::startSampleImport(const QString &portfolioPath)
{
    // The bundled pages live in resources; the importer reads files.
    m_samples = std::make_unique<QTemporaryDir>();
    QDirIterator it(QStringLiteral(":/salkku/samples"), {QStringLiteral("*.txt")}, QDir::Files);
    while (it.hasNext()) {
        const QString resource = it.next();
        QFile::copy(resource, m_samples->filePath(QFileInfo(resource).fileName()));
    }
    start(portfolioPath, {m_samples->path()}, false);
}

void ImportController::cancel()
{
    m_cancel = true;
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling after the current file…"));
}

void ImportController::onFinished()
{
    const storage::ImportReport report = m_watcher.result();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_samples.reset();
    if (m_interactive && (m_showReport || report.anyFailed())) {
        auto *dialog = new ImportReportDialog(report, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    emit finished(report);
}

} // namespace salkku::gui
