#pragma once

#include "core/Comparison.h"

#include <QAbstractTableModel>

namespace salkku::models {

// The Compare view's table: one column per compared project or sub-area, one row per aspect (goal, outputs,
// benefits…), so that a row keeps its height across columns. Columns can be added, moved and removed; the
// outputs that several columns share are recomputed on each change.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        AspectRole = Qt::UserRole + 1, // core::Aspect as int (rows; also on vertical header data)
        ItemRefRole,                   // "12#2" (horizontal header data and cells)
        LinesRole,                     // QStringList: the outputs, or the common outputs, of a cell
        CommonLinesRole,               // QList<bool> as QVariantList: which of LinesRole are common outputs
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    const core::Comparison &comparison() const { return m_comparison; }
    void setComparison(const core::Comparison &comparison);
    // False when the comparison is full or already shows the item.
    bool addItem(const core::ComparedItem &item);
    void removeItem(int column);
    void moveItem(int from, int to);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    core::Aspect aspectAt(int row) const;
    int rowOf(core::Aspect aspect) const;

private:
    void refreshAll();

    core::Comparison m_comparison;
    QList<core::Aspect> m_aspects;
};

} // namespace salkku::models
