#include "BackgroundTask.h"

#include <QProgressDialog>

namespace salkku::gui {

namespace {

// A short task finishes before its dialog would flash up.
constexpr int kDialogAfterMs = 300;

} // namespace

BackgroundTask::BackgroundTask(QWidget *window, QObject *parent) : QObject(parent), m_window(window) {}

BackgroundTask::~BackgroundTask()
{
    m_cancel = true;
    if (m_running && m_wait)
        m_wait();
}

void BackgroundTask::cancel()
{
    m_cancel = true;
    if (m_progress && !m_cancellingText.isEmpty())
        m_progress->setLabelText(m_cancellingText);
}

void BackgroundTask::begin(const QString &title, const QString &label)
{
    m_cancel = false;
    m_running = true;
    m_label = label;
    if (!m_interactive)
        return;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kDialogAfterMs);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
}

void BackgroundTask::end()
{
    m_running = false;
    m_wait = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
}

BackgroundTask::Progress BackgroundTask::reporter()
{
    // Progress comes back as queued calls into this object, on the GUI thread.
    return [this](int done, int total, const QString &what) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total, what] {
                if (m_progress && !m_cancel) {
                    m_progress->setMaximum(total);
                    m_progress->setValue(done);
                    m_progress->setLabelText(what.isEmpty() ? m_label : m_label + u'\n' + what);
                }
                emit progressed(done, total, what);
            },
            Qt::QueuedConnection);
    };
}

} // namespace salkku::gui
