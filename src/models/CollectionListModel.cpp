#include "CollectionListModel.h"

#include "storage/PortfolioStore.h"

#include <QMimeData>

namespace salkku::models {

QString CollectionListModel::itemsMimeType()
{
    return QStringLiteral("application/x-salkku-items");
}

QByteArray CollectionListModel::encodeItems(const QList<core::ItemRef> &items)
{
    QStringList lines;
    for (const core::ItemRef &item : items)
        lines.append(item.toString());
    return lines.join(u'\n').toUtf8();
}

QList<core::ItemRef> CollectionListModel::decodeItems(const QByteArray &bytes)
{
    QList<core::ItemRef> items;
    for (const QString &line : QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts))
        if (const auto item = core::ItemRef::parse(line.trimmed()); item && !items.contains(*item))
            items.append(*item);
    return items;
}

CollectionListModel::CollectionListModel(QObject *parent) : QAbstractListModel(parent) {}

void CollectionListModel::setStore(storage::PortfolioStore *store)
{
    beginResetModel();
    m_store = store;
    m_collections.clear();
    endResetModel();
    reload();
}

void CollectionListModel::reload()
{
    QList<storage::CollectionSummary> read;
    QString error;
    if (m_store) {
        auto collections = m_store->coordinator().collections();
        if (collections)
            read = std::move(collections).value();
        else
            error = collections.error().toString();
    }
    if (sameCollections(read) && m_store) {
        // Only names or counts changed: the rows stay, and so do the view's current row and selection.
        m_collections = read;
        if (!m_collections.isEmpty())
            emit dataChanged(index(1, 0), index(static_cast<int>(m_collections.size()), 0));
    } else {
        beginResetModel();
        m_collections = read;
        endResetModel();
    }
    if (!error.isEmpty())
        emit loadFailed(error);
}

bool CollectionListModel::sameCollections(const QList<storage::CollectionSummary> &other) const
{
    if (other.size() != m_collections.size() || rowCount() == 0)
        return false;
    for (qsizetype i = 0; i < other.size(); ++i)
        if (other[i].id != m_collections[i].id)
            return false;
    return true;
}

QModelIndex CollectionListModel::indexOfCollection(qint64 id) const
{
    if (!m_store)
        return {};
    if (id == 0)
        return index(0, 0);
    for (int row = 0; row < m_collections.size(); ++row)
        if (m_collections[row].id == id)
            return index(row + 1, 0);
    return {};
}

int CollectionListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_store)
        return 0;
    return static_cast<int>(m_collections.size()) + 1;
}

QVariant CollectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
        case NameRole:
            return tr("Whole portfolio");
        case Qt::ToolTipRole:
            return tr("Every project of the portfolio");
        case CollectionIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const storage::CollectionSummary &collection = m_collections[index.row() - 1];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 (%2)").arg(collection.name).arg(collection.itemCount);
    case Qt::ToolTipRole:
        return tr("%1: %n item(s)", nullptr, collection.itemCount).arg(collection.name);
    case Qt::EditRole:
    case NameRole:
        return collection.name;
    case CollectionIdRole:
        return collection.id;
    case CountRole:
        return collection.itemCount;
    default:
        return {};
    }
}

Qt::ItemFlags CollectionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.row() > 0)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList CollectionListModel::mimeTypes() const
{
    return {itemsMimeType()};
}

Qt::DropActions CollectionListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

qint64 CollectionListModel::dropTarget(int row, const QModelIndex &parent) const
{
    // On a row: parent is that row; between rows (row >= 0) nothing is aimed at.
    if (row >= 0 || !parent.isValid() || parent.row() == 0 || parent.row() > m_collections.size())
        return 0;
    return m_collections[parent.row() - 1].id;
}

bool CollectionListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                          const QModelIndex &parent) const
{
    return m_store && data && data->hasFormat(itemsMimeType()) && dropTarget(row, parent) > 0;
}

bool CollectionListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 collection = dropTarget(row, parent);
    int added = 0;
    for (const core::ItemRef &item : decodeItems(data->data(itemsMimeType()))) {
        if (auto done = m_store->coordinator().addToCollection(collection, item); !done) {
            emit loadFailed(done.error().toString());
            break;
        }
        ++added;
    }
    reload();
    if (added > 0)
        emit itemsAdded(collection, added);
    return added > 0;
}

} // namespace salkku::models
