#pragma once

#include "TimelineData.h"
#include "core/Result.h"
#include "storage/StorageTypes.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::models {

// What the reader delivers: the store's snapshot and, when the timeline was asked for, its projects laid out
// for TimelineModel on the reader's thread. The snapshot's own list of them is dropped there, so that neither
// laying out nor freeing ten thousand names falls to the GUI thread.
struct BrowseRead
{
    storage::BrowseSnapshot snapshot;
    std::optional<TimelineData> timeline;
};

// Reads what the browser's tree shows under a filter (PortfolioStore::browse) on a thread of its own, with a
// connection of its own, so that the window never waits for a search while it is typed into. Only the newest
// request matters: one made while an older one is read stops that read (PortfolioStore::interrupt), and the
// older result is never delivered; requests made while one is read fold into the newest.
class BrowseReader : public QObject
{
    Q_OBJECT

public:
    // Opens the reader's store: on the reader's thread, at its first request (and again after a failure).
    using Opener = std::function<core::Result<std::unique_ptr<storage::PortfolioStore>>()>;

    explicit BrowseReader(Opener opener, QObject *parent = nullptr);
    ~BrowseReader() override; // stops the read under way and waits for the thread
    BrowseReader(const BrowseReader &) = delete;
    BrowseReader &operator=(const BrowseReader &) = delete;

    // Reads in the background; ready() or failed() follows unless a newer request (or cancel()) comes first.
    void request(const storage::BrowseRequest &request);
    // What is being read is not delivered.
    void cancel();
    // A request has been made whose result has not come yet.
    bool isReading() const { return m_awaited != 0; }

signals:
    void ready(const salkku::models::BrowseRead &read);
    void failed(const QString &message);

private:
    void run();
    core::Result<BrowseRead> read(std::unique_ptr<storage::PortfolioStore> &store,
                                  const storage::BrowseRequest &request, quint64 number);
    void deliver(quint64 number, const core::Result<BrowseRead> &result);
    void interruptOlderThan(quint64 number); // m_mutex held

    Opener m_opener;
    quint64 m_awaited = 0; // the GUI thread's: the request it waits for, 0 when none

    // Shared with the thread, under m_mutex:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<storage::BrowseRequest> m_next; // not yet taken by the thread
    quint64 m_newest = 0;                         // the newest request's number (or cancel's)
    quint64 m_reading = 0;                        // the number the thread reads, 0 when none
    storage::PortfolioStore *m_store = nullptr;   // the thread's, while it reads
    bool m_stopping = false;

    std::thread m_thread; // last: it starts once the rest is made
};

} // namespace salkku::models
