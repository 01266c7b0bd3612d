#include "ImportRunner.h"

#include "PortfolioStore.h"
#include "import/InnokylaParser.h"
#include "import/PageFileReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace salkku::storage {

namespace {

constexpr qint64 kReconnectForMs = 30000;

ImportItem::Status fromStoreStatus(StoreStatus status)
{
    switch (status) {
    case StoreStatus::Imported:
        return ImportItem::Status::Imported;
    case StoreStatus::Updated:
        return ImportItem::Status::Updated;
    case StoreStatus::Unchanged:
        return ImportItem::Status::Unchanged;
    case StoreStatus::Skipped:
        return ImportItem::Status::Skipped;
    }
    return ImportItem::Status::Failed;
}

ImportItem importOne(PortfolioStore &store, const QString &file, const ImportOptions &options, bool *busy,
                     bool *lost)
{
    *busy = false;
    *lost = false;
    ImportItem item;
    item.file = file;
    auto bytes = importer::PageFileReader::read(file);
    if (!bytes) {
        item.line = bytes.error().line;
        item.message = bytes.error().message;
        return item;
    }
    auto record = importer::InnokylaParser::parse(bytes.value(), file);
    if (!record) {
        item.line = record.error().line;
        item.message = record.error().message;
        return item;
    }
    SourceInfo source;
    source.path = QFileInfo(file).absoluteFilePath();
    source.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
    source.size = bytes.value().size();
    source.importedAt = QDateTime::currentDateTimeUtc();
    source.importerVersion = QStringLiteral(SALKKU_VERSION);
    auto outcome = store.store(record.value(), source, options.force);
    if (!outcome) {
        item.message = outcome.error().message;
        *busy = outcome.error().busy;
        *lost = outcome.error().lostConnection;
        return item;
    }
    item.status = fromStoreStatus(outcome.value().status);
    item.pageId = outcome.value().pageId;
    item.message = outcome.value().reason;
    return item;
}

QString reconnectedNotice()
{
    return QCoreApplication::translate(
        "salkku::storage", "the connection to the server was lost and made again; the import went on");
}

// Connects again after a lost connection, waiting for a restarting server for up to half a minute.
bool reconnect(PortfolioStore &store, ImportReport &report)
{
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        const auto connected = store.reconnect();
        if (connected) {
            report.notices.append(reconnectedNotice());
            return true;
        }
        if (waited.elapsed() > kReconnectForMs) {
            report.notices.append(
                QCoreApplication::translate("salkku::storage", "the connection to the server was lost: %1")
                    .arg(connected.error().message));
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(std::min(200 * (attempt + 1), 2000)));
    }
}

} // namespace

QString importStatusKey(ImportItem::Status status)
{
    switch (status) {
    case ImportItem::Status::Imported:
        return QStringLiteral("imported");
    case ImportItem::Status::Updated:
        return QStringLiteral("updated");
    case ImportItem::Status::Unchanged:
        return QStringLiteral("unchanged");
    case ImportItem::Status::Skipped:
        return QStringLiteral("skipped");
    case ImportItem::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

int ImportReport::count(ImportItem::Status status) const
{
    return static_cast<int>(std::count_if(items.cbegin(), items.cend(),
                                          [&](const ImportItem &item) { return item.status == status; }));
}

QString ImportReport::summaryLine() const
{
    using S = ImportItem::Status;
    return QCoreApplication::translate("salkku::storage",
                                       "%1 imported, %2 updated, %3 unchanged, %4 skipped, %5 failed")
        .arg(count(S::Imported))
        .arg(count(S::Updated))
        .arg(count(S::Unchanged))
        .arg(count(S::Skipped))
        .arg(count(S::Failed));
}

QStringList ImportRunner::collectFiles(const QStringList &paths, QList<ImportItem> &missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            missing.append(
                ImportItem{path, ImportItem::Status::Failed, 0, 0,
                           QCoreApplication::translate("salkku::storage", "no such file or folder")});
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.txt")}, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            std::sort(found.begin(), found.end());
            files.append(found);
        } else {
            files.append(path);
        }
    }
    return files;
}

ImportReport ImportRunner::run(PortfolioStore &store, const QStringList &paths, const ImportOptions &options,
                               const Progress &progress, const std::atomic<bool> *cancel,
                               const ItemDone &itemDone)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, report.items);
    if (itemDone)
        for (const ImportItem &item : std::as_const(report.items))
            itemDone(item);
    const int total = static_cast<int>(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (progress)
            progress(i, total, files[i]);
        bool busy = false;
        bool lost = false;
        const int reconnections = store.reconnections();
        ImportItem item = importOne(store, files[i], options, &busy, &lost);
        // A server that restarted between two files: the store connected again by itself.
        if (store.reconnections() != reconnections)
            report.notices.append(reconnectedNotice());
        // One that restarted during a file: connect again and import it again (its transaction was rolled
        // back).
        if (lost && reconnect(store, report))
            item = importOne(store, files[i], options, &busy, &lost);
        report.items.append(item);
        if (itemDone)
            itemDone(report.items.last());
        if (busy || lost) {
            // Another program holds the portfolio (each file would wait the whole timeout again), or the
            // server is gone: the files left are named, to be imported again.
            const QString why =
                lost ? QCoreApplication::translate("salkku::storage",
                                                   "not tried: the connection to the server was lost")
                     : QCoreApplication::translate("salkku::storage", "not tried: the portfolio is busy");
            for (int k = i + 1; k < total; ++k) {
                report.items.append(ImportItem{files[k], ImportItem::Status::Failed, 0, 0, why});
                if (itemDone)
                    itemDone(report.items.last());
            }
            break;
        }
    }
    if (progress && !report.cancelled)
        progress(total, total, QString());
    if (report.count(ImportItem::Status::Imported) + report.count(ImportItem::Status::Updated) > 0) {
        if (auto tidied = store.optimize(); !tidied)
            report.items.append(ImportItem{
                store.path(), ImportItem::Status::Failed, 0, 0,
                QCoreApplication::translate("salkku::storage",
                                            "the import was stored, but tidying the portfolio failed: %1")
                    .arg(tidied.error().message)});
    }
    return report;
}

} // namespace salkku::storage
