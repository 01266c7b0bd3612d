#pragma once

#include "core/FinnishText.h"
#include "storage/StorageTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace salkku::models {

// A group's projects (a region, a funder…) as a table for the details: name, years, funders, sub-areas, tags
// and follow-up, one row per project. SortRole gives each cell a value that sorts as a reader expects (names
// the Finnish way, years by year, counts by number), for a QSortFilterProxyModel.
class GroupOverviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Years,
        Funders,
        SubAreas,
        Tags,
        FollowUp,
        ColumnCount,
    };
    enum Role
    {
        PageIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit GroupOverviewModel(QObject *parent = nullptr);

    void setPages(const QList<storage::PageSummary> &pages);
    void clear() { setPages({}); }
    const QList<storage::PageSummary> &pages() const { return m_pages; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The header's words in the language now installed.
    void retranslate();

private:
    QString text(const storage::PageSummary &page, int column) const;
    QVariant sortValue(const storage::PageSummary &page, int column) const;

    QList<storage::PageSummary> m_pages;
    core::FinnishCollator m_collator; // the GUI thread's
};

} // namespace salkku::models
