#pragma once

#include "TreeReads.h"
#include "core/Result.h"
#include "storage/StorageTypes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::models {

// Reads for the browser's tree on a thread of its own, with a connection of its own, so that opening a group,
// scrolling to its end, expanding a project or placing pages others changed never waits for the database:
// a group's next projects (PortfolioStore::pagesInGroup; under a search that matches thousands of projects
// each slice runs the search again), a project's sub-areas and practices (projectChildren) and where changed
// pages now stand (readPagePlaces). Requests are read, and delivered, in the order they are made; cancel()
// drops all those not delivered yet (the tree was read again, under another filter or grouping: their rows
// belong to a tree that is gone).
class SliceReader : public QObject
{
    Q_OBJECT

public:
    using Opener = std::function<core::Result<std::unique_ptr<storage::PortfolioStore>>()>;

    struct Slice
    {
        storage::Grouping grouping = storage::Grouping::Region;
        QString groupKey;
        storage::BrowseFilter filter;
        int first = 0; // the group's row it starts at
        int count = 0;
    };

    struct Children
    {
        qint64 pageId = 0;
    };

    using Places = PlacesRequest;

    explicit SliceReader(Opener opener, QObject *parent = nullptr);
    ~SliceReader() override; // stops the read under way and waits for the thread
    SliceReader(const SliceReader &) = delete;
    SliceReader &operator=(const SliceReader &) = delete;

    // Queues a read and returns its ticket; ready(), childrenReady() or placesReady() (as asked), or
    // failed(), with that ticket follows unless cancel() comes first.
    quint64 request(const Slice &slice);
    quint64 request(const Children &children);
    quint64 request(const Places &places);
    // No request made so far is delivered; the one being read stops.
    void cancel();

signals:
    void ready(quint64 ticket, const QList<storage::PageSummary> &pages);
    void childrenReady(quint64 ticket, const salkku::storage::ProjectChildren &children);
    void placesReady(quint64 ticket, const salkku::models::PagePlaces &places);
    void failed(quint64 ticket, const QString &message);

private:
    using Request = std::variant<Slice, Children, Places>;
    using Read = std::variant<QList<storage::PageSummary>, storage::ProjectChildren, PagePlaces>;

    struct Queued
    {
        quint64 ticket = 0;
        Request request;
    };

    quint64 enqueue(Request request);
    void run();
    core::Result<Read> read(std::unique_ptr<storage::PortfolioStore> &store, const Queued &queued);
    static core::Result<Read> readOn(storage::PortfolioStore &store, const Request &request);
    void deliver(quint64 ticket, const core::Result<Read> &result);

    Opener m_opener;
    quint64 m_lastTicket = 0; // the GUI thread's

    // Shared with the thread, under m_mutex (m_cancelledUpTo is written only by the GUI thread):
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Queued> m_queue;
    quint64 m_cancelledUpTo = 0;                // tickets up to it are neither read nor delivered
    quint64 m_reading = 0;                      // the ticket the thread reads, 0 when none
    storage::PortfolioStore *m_store = nullptr; // the thread's, while it reads
    bool m_stopping = false;

    std::thread m_thread; // last: it starts once the rest is made
};

} // namespace salkku::models
