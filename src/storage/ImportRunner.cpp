#include "ImportRunner.h"

#include "FinnishTokenizer.h"
#include "PortfolioStore.h"
#include "SearchIndex.h"
#include "import/InnokylaParser.h"
#include "import/PageFileReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

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

// A file read, decoded, parsed and hashed, ready to be stored; or why it could not be.
struct Prepared
{
    ImportItem failure;
    std::optional<core::PageRecord> record;
    SourceInfo source;
    std::optional<SearchIndex::IndexedText> indexed; // in a file: the index's text for the page
};

// The page's text tokenized for the search index now, while the previous page is written. A file's index
// takes the page in two columns (made here, and kept for the writer), a server's one unit at a time.
void prepareIndexedText(Prepared &prepared, Backend backend)
{
    if (backend == Backend::SQLite) {
        prepared.indexed = SearchIndex::indexedText(*prepared.record);
        FinnishTokenizer::prepareDocuments({prepared.indexed->body, prepared.indexed->name});
        return;
    }
    QStringList texts;
    for (const SearchIndex::Unit &unit : SearchIndex::unitsOf(*prepared.record))
        texts.append(unit.text);
    FinnishTokenizer::prepareDocuments(texts);
}

Prepared prepareFile(const QString &file, Backend backend)
{
    Prepared prepared;
    prepared.failure.file = file;
    auto bytes = importer::PageFileReader::read(file);
    if (!bytes) {
        prepared.failure.line = bytes.error().line;
        prepared.failure.message = bytes.error().message;
        return prepared;
    }
    auto record = importer::InnokylaParser::parse(bytes.value(), file);
    if (!record) {
        prepared.failure.line = record.error().line;
        prepared.failure.message = record.error().message;
        return prepared;
    }
    prepared.source.path = QFileInfo(file).absoluteFilePath();
    prepared.source.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
    prepared.source.size = bytes.value().size();
    prepared.source.importedAt = QDateTime::currentDateTimeUtc();
    prepared.source.importerVersion = QStringLiteral(SALKKU_VERSION);
    prepared.record = std::move(record).value();
    prepareIndexedText(prepared, backend);
    return prepared;
}

// Reads and parses the files on a thread of its own, a few files ahead of the one being stored.
class Reader
{
public:
    Reader(const QStringList &files, Backend backend) : m_files(files), m_backend(backend)
    {
        // A QThread: Qt objects on a plain std::thread leave Qt's adopted-thread data behind.
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->start();
    }
    ~Reader()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_space.notify_all();
        m_thread->wait();
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // The next file, in order.
    Prepared take()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_queue.empty(); });
        Prepared prepared = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_space.notify_all();
        return prepared;
    }

private:
    // Half a batch (kBatchFiles): the reader goes on while a batch is committed. With 4 it waited through
    // every commit, and the writer then waited for it (1 000 generated pages: 1.11-1.29 s to 0.96-1.00 s).
    // What it tokenizes ahead waits in FinnishTokenizer's ready documents (kMaxDocumentsReady texts).
    static constexpr size_t kAhead = 32;

    void run()
    {
        for (const QString &file : std::as_const(m_files)) {
            {
                std::unique_lock lock(m_mutex);
                m_space.wait(lock, [this] { return m_stop || m_queue.size() < kAhead; });
                if (m_stop)
                    return;
            }
            Prepared prepared = prepareFile(file, m_backend);
            {
                const std::lock_guard lock(m_mutex);
                m_queue.push_back(std::move(prepared));
            }
            m_ready.notify_all();
        }
    }

    const QStringList m_files;
    const Backend m_backend;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Prepared> m_queue;
    bool m_stop = false;
    std::unique_ptr<QThread> m_thread;
};

// A batch of pages is committed after this many files or this long, whichever comes first (see
// PortfolioStore::beginBatch): long enough that the search index is written for many pages at once, short
// enough that a crash loses little and the files' reports follow the import closely.
constexpr qsizetype kBatchFiles = 64;
constexpr qint64 kBatchMilliseconds = 250;

// The files of an import stored in batches (see PortfolioStore::beginBatch); a file's item is reported once
// its batch is committed, and failed if it cannot be.
class Batches
{
public:
    enum class Outcome
    {
        Stored,
        Failed,
        Busy,
        Lost // the connection to the server
    };

    Batches(PortfolioStore &store, ImportReport &report, const ImportRunner::ItemDone &itemDone)
        : m_store(store), m_report(report), m_itemDone(itemDone)
    {}

    Outcome storeOne(const Prepared &prepared, bool force)
    {
        ImportItem item = prepared.failure;
        Outcome outcome = Outcome::Stored;
        if (prepared.record)
            outcome = beginIfNeeded(item) ? storeRecord(prepared, force, item) : beginFailure();
        if (outcome == Outcome::Lost) {
            m_lost = item; // stored again once connected again, or reported by reportLost()
            return outcome;
        }
        m_report.items.append(item);
        m_held.append(m_report.items.size() - 1);
        // A page that failed was rolled back alone; the batch before it is committed now (should SQLite have
        // rolled it all back, its pages are reported as failed).
        if (outcome != Outcome::Stored || !m_store.inBatch() || m_held.size() >= kBatchFiles ||
            m_age.elapsed() >= kBatchMilliseconds)
            commit();
        return outcome;
    }

    void commit()
    {
        if (auto committed = m_store.commitBatch(); !committed) {
            for (const qsizetype i : std::as_const(m_held)) {
                ImportItem &item = m_report.items[i];
                if (item.status == ImportItem::Status::Imported || item.status == ImportItem::Status::Updated)
                    item = ImportItem{item.file, ImportItem::Status::Failed, 0, 0, committed.error().message};
            }
        }
        if (m_itemDone)
            for (const qsizetype i : std::as_const(m_held))
                m_itemDone(m_report.items[i]);
        m_held.clear();
    }

    // The file whose connection was lost, when it could not be stored again.
    void reportLost()
    {
        m_report.items.append(m_lost);
        m_held.append(m_report.items.size() - 1);
        commit();
    }

    void notTried(const QStringList &files, const QString &why)
    {
        for (const QString &file : files) {
            m_report.items.append(ImportItem{file, ImportItem::Status::Failed, 0, 0, why});
            if (m_itemDone)
                m_itemDone(m_report.items.last());
        }
    }

private:
    Outcome beginFailure() const
    {
        if (m_beginLost)
            return Outcome::Lost;
        return m_beginBusy ? Outcome::Busy : Outcome::Failed;
    }

    bool beginIfNeeded(ImportItem &item)
    {
        if (m_store.inBatch())
            return true;
        m_beginBusy = false;
        m_beginLost = false;
        if (auto begun = m_store.beginBatch(); !begun) {
            item.message = begun.error().message;
            m_beginBusy = begun.error().busy;
            m_beginLost = begun.error().lostConnection;
            return false;
        }
        m_age.start();
        return true;
    }

    Outcome storeRecord(const Prepared &prepared, bool force, ImportItem &item)
    {
        auto stored = m_store.store(*prepared.record, prepared.source, force, prepared.indexed);
        if (!stored) {
            item.message = stored.error().message;
            if (stored.error().lostConnection)
                return Outcome::Lost;
            return stored.error().busy ? Outcome::Busy : Outcome::Failed;
        }
        item.status = fromStoreStatus(stored.value().status);
        item.pageId = stored.value().pageId;
        item.message = stored.value().reason;
        return Outcome::Stored;
    }

    PortfolioStore &m_store;
    ImportReport &m_report;
    const ImportRunner::ItemDone &m_itemDone;
    QList<qsizetype> m_held; // the items of the open batch
    QElapsedTimer m_age;
    bool m_beginBusy = false;
    bool m_beginLost = false;
    ImportItem m_lost;
};

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
    std::optional<Reader> reader;
    if (total > 0)
        reader.emplace(files, store.backend());
    Batches batches(store, report, itemDone);
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (progress)
            progress(i, total, files[i]);
        const Prepared prepared = reader->take();
        const int reconnections = store.reconnections();
        Batches::Outcome outcome = batches.storeOne(prepared, options.force);
        // A server that restarted between two files: the store connected again by itself.
        if (store.reconnections() != reconnections)
            report.notices.append(reconnectedNotice());
        // One that restarted during a file: connect again and store it again (its transaction was rolled
        // back).
        if (outcome == Batches::Outcome::Lost && reconnect(store, report))
            outcome = batches.storeOne(prepared, options.force);
        if (outcome == Batches::Outcome::Lost)
            batches.reportLost();
        if (outcome == Batches::Outcome::Busy || outcome == Batches::Outcome::Lost) {
            // Another program holds the portfolio (each file would wait the whole timeout again), or the
            // server is gone: the files left are named, to be imported again.
            batches.notTried(
                files.mid(i + 1),
                outcome == Batches::Outcome::Lost
                    ? QCoreApplication::translate("salkku::storage",
                                                  "not tried: the connection to the server was lost")
                    : QCoreApplication::translate("salkku::storage", "not tried: the portfolio is busy"));
            break;
        }
    }
    batches.commit();
    reader.reset();
    FinnishTokenizer::discardDocuments(); // those of pages that were not stored again
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
