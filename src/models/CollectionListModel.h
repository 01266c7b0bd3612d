#pragma once

#include "core/Comparison.h"
#include "storage/StorageTypes.h"

#include <QAbstractListModel>
#include <QList>

namespace salkku::storage {
class PortfolioStore;
}

namespace salkku::models {

// The sources pane, as in Zotero: "Whole portfolio" first, then the coordinator's collections in their order
// with their item counts. Tree rows dropped on a collection are added to it.
class CollectionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CollectionIdRole = Qt::UserRole + 1, // 0: the whole portfolio
        NameRole,                            // the collection's name (no count)
        CountRole,                           // items in the collection
    };

    // What the project tree's rows are dragged as: ItemRef strings ("12", "12#2"), one a line.
    static QString itemsMimeType();
    static QByteArray encodeItems(const QList<core::ItemRef> &items);
    static QList<core::ItemRef> decodeItems(const QByteArray &bytes);

    explicit CollectionListModel(QObject *parent = nullptr);

    // The store is not owned; it must outlive the model or be replaced first (nullptr: empty).
    void setStore(storage::PortfolioStore *store);
    // Reads the collections again (after a change).
    void reload();
    const QList<storage::CollectionSummary> &collections() const { return m_collections; }
    // The row of a collection (0 for the whole portfolio); invalid when there is none such.
    QModelIndex indexOfCollection(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // Items were dropped on a collection and added to it.
    void itemsAdded(qint64 collectionId, int count);
    void loadFailed(const QString &message);

private:
    qint64 dropTarget(int row, const QModelIndex &parent) const;
    bool sameCollections(const QList<storage::CollectionSummary> &other) const;

    storage::PortfolioStore *m_store = nullptr;
    QList<storage::CollectionSummary> m_collections;
};

} // namespace salkku::models
