#include "ComparisonModel.h"

#include <QTextDocument>

namespace salkku::models {

using core::Aspect;

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent), m_aspects(core::comparedAspects())
{}

void ComparisonModel::setComparison(const core::Comparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

bool ComparisonModel::addItem(const core::ComparedItem &item)
{
    core::Comparison next = m_comparison;
    if (!next.append(item))
        return false;
    beginInsertColumns({}, columnCount(), columnCount());
    m_comparison = std::move(next);
    endInsertColumns();
    refreshAll(); // the common outputs of the other columns may have changed
    return true;
}

void ComparisonModel::removeItem(int column)
{
    if (column < 0 || column >= columnCount())
        return;
    beginRemoveColumns({}, column, column);
    m_comparison.remove(column);
    endRemoveColumns();
    refreshAll();
}

void ComparisonModel::moveItem(int from, int to)
{
    if (from < 0 || from >= columnCount() || to < 0 || to >= columnCount() || from == to)
        return;
    // Qt's destination is the column before which the moved one lands.
    if (!beginMoveColumns({}, from, from, {}, to > from ? to + 1 : to))
        return;
    m_comparison.move(from, to);
    endMoveColumns();
    refreshAll();
}

void ComparisonModel::clear()
{
    setComparison({});
}

void ComparisonModel::refreshAll()
{
    if (columnCount() > 0 && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    // Every aspect is a row even with no column yet: a view's vertical header then never has to learn of rows
    // appearing with the first column.
    return parent.isValid() ? 0 : static_cast<int>(m_aspects.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_comparison.size();
}

Aspect ComparisonModel::aspectAt(int row) const
{
    return m_aspects.value(row, Aspect::Project);
}

int ComparisonModel::rowOf(Aspect aspect) const
{
    return static_cast<int>(m_aspects.indexOf(aspect));
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Aspect aspect = aspectAt(index.row());
    const int column = index.column();
    const core::ComparedItem &item = m_comparison.items()[column];
    switch (role) {
    case Qt::DisplayRole:
        return m_comparison.text(aspect, column);
    case Qt::ToolTipRole: // tooltips take rich text: page text must stay plain
        return Qt::convertFromPlainText(
            QStringLiteral("%1 – %2").arg(item.heading(), core::aspectLabel(aspect)), Qt::WhiteSpaceNormal);
    case AspectRole:
        return static_cast<int>(aspect);
    case ItemRefRole:
        return item.ref.toString();
    case LinesRole:
    case CommonLinesRole: {
        QStringList lines;
        QVariantList common;
        if (aspect == Aspect::Outputs || aspect == Aspect::CommonOutputs) {
            for (int o = 0; o < item.outputs.size(); ++o) {
                const bool shared = m_comparison.isCommon(column, o);
                if (aspect == Aspect::CommonOutputs && !shared)
                    continue;
                lines.append(item.outputs[o]);
                common.append(shared);
            }
        }
        return role == LinesRole ? QVariant(lines) : QVariant(common);
    }
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return core::aspectLabel(aspectAt(section));
        if (role == AspectRole)
            return static_cast<int>(aspectAt(section));
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const core::ComparedItem &item = m_comparison.items()[section];
    switch (role) {
    case Qt::DisplayRole:
        return item.heading();
    case Qt::ToolTipRole:
        return Qt::convertFromPlainText(
            item.region.isEmpty() ? item.project : QStringLiteral("%1\n%2").arg(item.project, item.region),
            Qt::WhiteSpaceNormal);
    case ItemRefRole:
        return item.ref.toString();
    default:
        return {};
    }
}

Qt::ItemFlags ComparisonModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace salkku::models
