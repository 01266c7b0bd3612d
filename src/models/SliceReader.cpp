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
    const quint64 ticket = ++m_lastTicket;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(Queued{ticket, slice});
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
        const Queued queued = m_queue.front();
        m_queue.pop_front();
        lock.unlock();
        const core::Result<QList<storage::PageSummary>> result = read(store, queued);
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
core::Result<QList<storage::PageSummary>> SliceReader::read(std::unique_ptr<storage::PortfolioStore> &store,
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
    const Slice &slice = queued.slice;
    auto result = store->pagesInGroup(slice.grouping, slice.groupKey, slice.filter, slice.first, slice.count);
    const std::lock_guard lock(m_mutex);
    m_reading = 0;
    m_store = nullptr;
    return result;
}

void SliceReader::deliver(quint64 ticket, const core::Result<QList<storage::PageSummary>> &result)
{
    if (ticket <= m_cancelledUpTo)
        return; // cancelled after it was read
    if (result)
        emit ready(ticket, result.value());
    else
        emit failed(ticket, result.error().toString());
}

} // namespace salkku::models
