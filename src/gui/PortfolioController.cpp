#include "PortfolioController.h"

#include <QFileInfo>
#include <QSettings>

namespace salkku::gui {

namespace {

const QString kRecentKey = QStringLiteral("portfolio/recent");
const QString kLastKey = QStringLiteral("portfolio/last");

} // namespace

PortfolioController::PortfolioController(QObject *parent) : QObject(parent) {}

PortfolioController::~PortfolioController() = default;

core::Result<void> PortfolioController::open(const QString &path)
{
    // A file is remembered by its absolute path; a server's address as it is.
    auto store = storage::PortfolioStore::open(
        storage::Location::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath());
    SALKKU_TRY(store);
    m_store = std::move(store).value();
    remember(m_store->path());
    emit opened(m_store->path());
    return {};
}

void PortfolioController::close()
{
    m_store.reset();
}

QString PortfolioController::path() const
{
    return m_store ? m_store->path() : QString();
}

bool PortfolioController::isEmpty() const
{
    if (!m_store)
        return true;
    storage::ListFilter all;
    all.includeArticles = true;
    auto pages = m_store->list(all);
    return !pages || pages.value().isEmpty();
}

QStringList PortfolioController::recent() const
{
    return QSettings().value(kRecentKey).toStringList();
}

QString PortfolioController::lastPath() const
{
    return QSettings().value(kLastKey).toString();
}

void PortfolioController::remember(const QString &path)
{
    {
        QSettings settings;
        const QStringList before = settings.value(kRecentKey).toStringList();
        QStringList list = before;
        list.removeAll(path);
        list.prepend(path);
        while (list.size() > kMaxRecent)
            list.removeLast();
        // The portfolio opened at every start is remembered already: the settings file is not written again
        // (a locked, synced rewrite that the start would wait for).
        if (list == before && settings.value(kLastKey).toString() == path)
            return;
        settings.setValue(kRecentKey, list);
        settings.setValue(kLastKey, path);
    } // written here, before anyone reads the list again
    emit recentChanged();
}

} // namespace salkku::gui
