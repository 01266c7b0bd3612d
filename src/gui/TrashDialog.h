#pragma once

#include "storage/StorageTypes.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace salkku::gui {

// The portfolio's trash: what the coordinator removed, when, and how many pages went with each; restore the
// selected ones, or empty it. The window does the work (restoreRequested, emptyRequested) and gives the
// entries back.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrashDialog(QWidget *parent);

    void setEntries(const QList<storage::TrashEntry> &entries);
    const QList<storage::TrashEntry> &entries() const { return m_entries; }
    // Selects the entry of a page (tests: as clicked).
    void select(qint64 pageId);

signals:
    void restoreRequested(const QList<qint64> &pageIds);
    void emptyRequested();

private:
    QList<qint64> selectedPages() const;
    void updateButtons();

    QList<storage::TrashEntry> m_entries;
    QTableWidget *m_table;
    QPushButton *m_restore;
    QPushButton *m_empty;
};

} // namespace salkku::gui
