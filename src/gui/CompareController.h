#pragma once

#include "core/Comparison.h"
#include "core/Result.h"
#include "storage/StorageTypes.h"

#include <QObject>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::models {
class ComparisonModel;
}

namespace salkku::gui {

// Fills the comparison from the portfolio: chosen projects and sub-areas, one sub-area number across the
// portfolio, or the sub-areas most like one. Each call says in a sentence what it did (for the status bar).
class CompareController : public QObject
{
    Q_OBJECT

public:
    explicit CompareController(models::ComparisonModel *model, QObject *parent = nullptr);

    // The store is not owned (nullptr: none open).
    void setStore(storage::PortfolioStore *store) { m_store = store; }

    // Replaces the comparison with these items (the first six).
    QString compare(const QList<core::ItemRef> &refs);
    // Adds one item to the comparison.
    QString add(const core::ItemRef &ref);
    // Every project's sub-area `number` under the filter (the first six, in region order).
    QString compareSubAreaNumber(int number, const storage::BrowseFilter &filter);
    // The sub-area and the five most like it under the filter.
    QString compareLike(const core::ItemRef &ref, const storage::BrowseFilter &filter);

private:
    core::Result<core::ComparedItem> load(const core::ItemRef &ref);

    models::ComparisonModel *m_model;
    storage::PortfolioStore *m_store = nullptr;
};

} // namespace salkku::gui
