#pragma once

#include "storage/ImportRunner.h"

#include <QObject>

namespace salkku::gui {

class BackgroundTask;

// Runs an import off the GUI thread (QtConcurrent) with its own portfolio connection, shows progress (files
// done of total, the current file) with Cancel, and then a report of every file. Cancel keeps every file
// imported so far; nothing is half-imported (each file is one transaction).
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QWidget *window);
    ~ImportController() override;

    // false: no dialogs (tests); the report still comes through finished().
    void setInteractive(bool interactive);
    bool isRunning() const;

    // showReport: the report dialog at the end (not for the sample portfolio of the first start).
    void start(const QString &portfolioPath, const QStringList &paths, bool showReport = true);
    // The sample portfolio bundled with Salkku (data/samples, installed in share/salkku/samples); false, and
    // nothing started, when it is not there.
    bool startSampleImport(const QString &portfolioPath);
    void cancel();

signals:
    void progress(int done, int total, const QString &file);
    void finished(const salkku::storage::ImportReport &report);

private:
    void onFinished(const storage::ImportReport &report);

    QWidget *m_window;
    BackgroundTask *m_task;
    bool m_interactive = true;
    bool m_showReport = true;
};

} // namespace salkku::gui
