#include "SliceReader.h"

#include "storage/PortfolioStore.h"

#include <QMetaObject>

namespace salkku::models {

SliceReader::SliceReader(Opener opener, QObject *parent)
    : QObject(parent), m_opener(std::move(opener)), m_thread([this] { run(); })
{}

SliceReader::~SliceReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_cancelledUpTo = m_lastTicket;
        if (m_store)
            m_store->interrupt();
    }
    m_wake.notify_one();
    m_thread.join();
}

quint64 SliceReader::request(const Slice &slice)
{
    return enqueue(slice);
}

quint64 SliceReader::request(const Children &children)
{
    return enqueue(children);
}

quint64 SliceReader::request(const Places &places)
{
    return enqueue(places);
}

quint64 SliceReader::enqueue(Request request)
{
    const quint64 ticket = ++m_lastTicket;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(Queued{ticket, std::move(request)});
    }
    m_wake.notify_one();
    return ticket;
}

void SliceReader::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_queue.clear();
    m_cancelledUpTo = m_lastTicket;
    if (m_reading != 0 && m_store)
        m_store->interrupt();
}

void SliceReader::run()
{
    std::unique_ptr<storage::PortfolioStore> store; // this thread's connection, opened and closed here
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            break;
        const Queued queued = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        const core::Result<Read> result = read(store, queued);
        lock.lock();
        if (queued.ticket <= m_cancelledUpTo)
            continue; // nobody waits for it (and it may have been interrupted)
        QMetaObject::invokeMethod(
            this, [this, ticket = queued.ticket, result] { deliver(ticket, result); }, Qt::QueuedConnection);
    }
    lock.unlock();
    store.reset();
}

// The read, unless it was cancelled before it began. Only cancel() interrupts it, and only while it runs: the
// store is registered, and its interrupt cleared, under the lock that cancel() takes.
core::Result<SliceReader::Read> SliceReader::read(std::unique_ptr<storage::PortfolioStore> &store,
                                                  const Queued &queued)
{
    if (!store) {
        auto opened = m_opener();
        if (!opened)
            return opened.error();
        if (!opened.value())
            return core::Error{QString(), 0, QStringLiteral("the portfolio could not be opened")};
        store = std::move(opened).value();
    }
    {
        const std::lock_guard lock(m_mutex);
        if (queued.ticket <= m_cancelledUpTo)
            return core::Error{QString(), 0, QStringLiteral("cancelled")}; // never delivered
        m_reading = queued.ticket;
        m_store = store.get();
        store->clearInterrupt();
    }
    auto result = readOn(*store, queued.request);
    const std::lock_guard lock(m_mutex);
    m_reading = 0;
    m_store = nullptr;
    return result;
}

namespace {

// A Result<T> as a Result of the variant that holds T.
template <typename Variant, typename T>
core::Result<Variant> asRead(core::Result<T> result)
{
    if (!result)
        return result.error();
    return Variant(std::move(result).value());
}

} // namespace

core::Result<SliceReader::Read> SliceReader::readOn(storage::PortfolioStore &store, const Request &request)
{
    if (const auto *slice = std::get_if<Slice>(&request))
        return asRead<Read>(
            store.pagesInGroup(slice->grouping, slice->groupKey, slice->filter, slice->first, slice->count));
    if (const auto *children = std::get_if<Children>(&request))
        return asRead<Read>(store.projectChildren(children->pageId));
    return asRead<Read>(readPagePlaces(store, std::get<Places>(request)));
}

void SliceReader::deliver(quint64 ticket, const core::Result<Read> &result)
{
    if (ticket <= m_cancelledUpTo)
        return; // cancelled after it was read
    if (!result) {
        emit failed(ticket, result.error().toString());
        return;
    }
    const Read &read = result.value();
    if (const auto *pages = std::get_if<QList<storage::PageSummary>>(&read))
        emit ready(ticket, *pages);
    else if (const auto *children = std::get_if<storage::ProjectChildren>(&read))
        emit childrenReady(ticket, *children);
    else
        emit placesReady(ticket, std::get<PagePlaces>(read));
}

} // namespace salkku::models
