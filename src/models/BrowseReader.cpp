#include "BrowseReader.h"

#include "storage/PortfolioStore.h"

#include <QMetaObject>

namespace salkku::models {

BrowseReader::BrowseReader(Opener opener, QObject *parent)
    : QObject(parent), m_opener(std::move(opener)), m_thread([this] { run(); })
{}

BrowseReader::~BrowseReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        interruptOlderThan(++m_newest);
    }
    m_wake.notify_one();
    m_thread.join();
}

void BrowseReader::request(const storage::BrowseRequest &request)
{
    {
        const std::lock_guard lock(m_mutex);
        m_next = request;
        m_awaited = ++m_newest;
        interruptOlderThan(m_newest);
    }
    m_wake.notify_one();
}

void BrowseReader::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_next.reset();
    interruptOlderThan(++m_newest);
    m_awaited = 0;
}

void BrowseReader::interruptOlderThan(quint64 number)
{
    if (m_reading != 0 && m_reading < number && m_store)
        m_store->interrupt();
}

void BrowseReader::run()
{
    std::unique_ptr<storage::PortfolioStore> store; // this thread's connection, opened and closed here
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_next.has_value(); });
        if (m_stopping)
            break;
        const storage::BrowseRequest request = *std::exchange(m_next, std::nullopt);
        const quint64 number = m_newest;
        lock.unlock();
        core::Result<BrowseRead> result = read(store, request, number);
        lock.lock();
        if (number != m_newest)
            continue; // overtaken (and perhaps interrupted): nobody waits for it
        QMetaObject::invokeMethod(
            this, [this, number, result = std::move(result)] { deliver(number, result); },
            Qt::QueuedConnection);
    }
    lock.unlock();
    store.reset();
}

// The read, unless a newer request came before it began. Only a newer request interrupts it, and only while
// it runs: the store is registered, and its interrupt cleared, under the lock that request() takes.
core::Result<BrowseRead> BrowseReader::read(std::unique_ptr<storage::PortfolioStore> &store,
                                            const storage::BrowseRequest &request, quint64 number)
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
        if (number != m_newest)
            return core::Error{QString(), 0, QStringLiteral("overtaken")}; // never delivered
        m_reading = number;
        m_store = store.get();
        store->clearInterrupt();
    }
    core::Result<storage::BrowseSnapshot> result = store->browse(request);
    {
        const std::lock_guard lock(m_mutex);
        m_reading = 0;
        m_store = nullptr;
        if (number != m_newest)
            return core::Error{QString(), 0, QStringLiteral("overtaken")}; // not laid out for nobody
    }
    if (!result)
        return result.error();
    BrowseRead done{std::move(result).value(), std::nullopt};
    if (done.snapshot.timeline) {
        done.timeline = TimelineData::fromPages(*done.snapshot.timeline);
        done.snapshot.timeline.reset();
    }
    return done;
}

void BrowseReader::deliver(quint64 number, const core::Result<BrowseRead> &result)
{
    if (number != m_awaited)
        return; // a newer request or a cancel came after it was read
    m_awaited = 0;
    if (result)
        emit ready(result.value());
    else
        emit failed(result.error().toString());
}

} // namespace salkku::models
