#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtConcurrent>

#include <atomic>
#include <functional>

class QProgressDialog;
class QWidget;

namespace salkku::gui {

// The window's one way of running long work (imports, exports, print previews) off the GUI thread, like
// KeePassXC's AsyncTask::runThenCallback: the work runs on a QtConcurrent worker (opening its own portfolio
// connection: one per thread), reports progress and polls a cancel flag; its result comes back to a callback
// on the GUI thread. Interactive, a window-modal progress dialog with Cancel shows while it runs. One task at
// a time; a second start while one runs is refused.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // From the worker: how far it is, and what to say (the dialog's second line).
    using Progress = std::function<void(int done, int total, const QString &what)>;

    BackgroundTask(QWidget *window, QObject *parent);
    ~BackgroundTask() override; // cancels, and waits for the worker

    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancel; }
    void cancel();
    // What the dialog says while the work stops after its current step.
    void setCancellingText(const QString &text) { m_cancellingText = text; }

    // Runs work(cancel, progress) on a worker and then done(result) on the GUI thread. False when a task is
    // already running. title: the dialog's title; label: its first line.
    template <typename T>
    bool run(const QString &title, const QString &label,
             std::function<T(const std::atomic<bool> *cancel, const Progress &progress)> work,
             std::function<void(T result)> done)
    {
        if (m_running)
            return false;
        begin(title, label);
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcher<T>::finished, this, [this, watcher, done = std::move(done)] {
            T result = watcher->result();
            watcher->deleteLater();
            end();
            done(std::move(result));
        });
        m_wait = [watcher] { watcher->waitForFinished(); };
        watcher->setFuture(QtConcurrent::run([work = std::move(work), cancel = &m_cancel,
                                              progress = reporter()] { return work(cancel, progress); }));
        return true;
    }

signals:
    // Progress, on the GUI thread.
    void progressed(int done, int total, const QString &what);

private:
    void begin(const QString &title, const QString &label);
    void end();
    Progress reporter();

    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    QString m_label;
    QString m_cancellingText;
    std::atomic<bool> m_cancel = false;
    bool m_running = false;
    bool m_interactive = true;
    std::function<void()> m_wait; // waits for the running worker
};

} // namespace salkku::gui
