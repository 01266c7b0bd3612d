#pragma once

#include "StorageTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace salkku::storage {

class PortfolioStore;

// What happened to one file.
struct ImportItem
{
    enum class Status
    {
        Imported,
        Updated,
        Unchanged,
        Skipped,
        Failed,
    };
    QString file;
    Status status = Status::Failed;
    qint64 pageId = 0;
    int line = 0;    // for a failure, where in the file (0: the whole file)
    QString message; // why it failed or was skipped
};

QString importStatusKey(ImportItem::Status status);

struct ImportReport
{
    QList<ImportItem> items;
    bool cancelled = false;
    QStringList notices; // what happened to the import as a whole (a server's connection lost and made again)

    int count(ImportItem::Status status) const;
    bool anyFailed() const { return count(ImportItem::Status::Failed) > 0; }
    // "N imported, N updated, N unchanged, N skipped, N failed"
    QString summaryLine() const;
};

struct ImportOptions
{
    bool force = false; // store older exports over newer ones
};

// Imports files and folders (recursively, *.txt) into a portfolio: a file is imported whole or not at all,
// and a file that fails leaves the portfolio as it was. Runs on the calling thread (the GUI runs it on a
// worker thread with its own PortfolioStore); a thread of its own reads, parses and analyses the next files
// meanwhile. Files are stored in batches (PortfolioStore::beginBatch: each file in a savepoint of one
// transaction, the search index written once per batch); a file is reported to itemDone once its batch is
// committed, so a crash can undo only files not yet reported.
class ImportRunner
{
public:
    // Before each file: how many are done, of how many, and the one now starting.
    using Progress = std::function<void(int done, int total, const QString &file)>;
    // After each file, with what happened to it.
    using ItemDone = std::function<void(const ImportItem &item)>;

    // The files the paths name, in a stable order; a missing path is reported as a failed item.
    static QStringList collectFiles(const QStringList &paths, QList<ImportItem> &missing);

    static ImportReport run(PortfolioStore &store, const QStringList &paths,
                            const ImportOptions &options = {}, const Progress &progress = {},
                            const std::atomic<bool> *cancel = nullptr, const ItemDone &itemDone = {});
};

} // namespace salkku::storage
