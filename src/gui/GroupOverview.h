#pragma once

#include "storage/StorageTypes.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace salkku::models {
class GroupOverviewModel;
}

namespace salkku::gui {

// A group of the tree (a region, a funder…) in the details tab: its name and count over a table of its
// projects that sorts by any column; a double click or Enter opens a project. A view over a model draws only
// the rows on screen, so a group of thousands shows at once (laid out as a text table, 400 projects took a
// fifth of a second, and 2 000 over a second).
class GroupOverview : public QWidget
{
    Q_OBJECT

public:
    explicit GroupOverview(QWidget *parent = nullptr);

    // The group's name and count while its projects are read: the table is empty.
    void showHeading(const QString &title, int total);
    // The same group's name and count anew (read again: its projects may have changed, the language too);
    // its rows stay until showPages().
    void setHeading(const QString &title, int total);
    // Its projects (the first ones, when fewer than the count), in the order the table is sorted by.
    void showPages(const QList<storage::PageSummary> &pages);

    // Where the table is scrolled to (read again, the same group stays where it was).
    int scrollPosition() const;
    void setScrollPosition(int position);

    QString title() const;
    QString countText() const;
    QTableView *table() const { return m_table; }
    // The projects as shown, from the top (sorted).
    QList<qint64> shownPageIds() const;

signals:
    void pageRequested(qint64 pageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    void openRow(const QModelIndex &index);

    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    models::GroupOverviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    int m_total = 0;
    bool m_reading = false;
};

} // namespace salkku::gui
