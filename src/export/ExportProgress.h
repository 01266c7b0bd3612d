#pragma once

#include "core/Result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace salkku::exporting {

// What a long export is doing when it reports progress.
enum class ExportStep
{
    Reading,    // projects read from the portfolio (done, total: projects)
    Paginating, // laying the document out and placing the table of contents (done, total: rounds)
    Writing,    // pages painted (done, total: pages)
};

// How a long export reports how far it is and learns that it should stop. Both are optional. The export
// calls them on its own thread: the window runs exports on a QtConcurrent worker and forwards progress with
// a queued call, and sets the flag from its Cancel button.
struct ExportProgress
{
    std::function<void(ExportStep step, int done, int total)> report;
    const std::atomic<bool> *cancel = nullptr;

    bool cancelled() const { return cancel != nullptr && cancel->load(); }
    void step(ExportStep what, int done, int total) const
    {
        if (report)
            report(what, done, total);
    }
};

// The error an export returns when it was cancelled (the caller, who cancelled, usually shows nothing).
core::Error cancelledError(const QString &file = QString());

} // namespace salkku::exporting
