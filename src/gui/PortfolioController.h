#pragma once

#include "storage/PortfolioStore.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace salkku::gui {

// The portfolio the window shows: opening and creating one, the recent list and the last one (QSettings).
// Owns the GUI thread's connection.
class PortfolioController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 8;

    explicit PortfolioController(QObject *parent = nullptr);
    ~PortfolioController() override;

    // Opens (or creates) a portfolio; on failure keeps the current one and returns the error.
    core::Result<void> open(const QString &path);
    void close();

    storage::PortfolioStore *store() const { return m_store.get(); }
    QString path() const;
    bool isEmpty() const; // no pages

    QStringList recent() const;
    QString lastPath() const; // from the previous run

signals:
    void opened(const QString &path);
    void recentChanged();

private:
    void remember(const QString &path);

    std::unique_ptr<storage::PortfolioStore> m_store;
};

} // namespace salkku::gui
