#include "TrashDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace salkku::gui {

namespace {

QString kindText(core::PageKind kind)
{
    switch (kind) {
    case core::PageKind::Project:
        return TrashDialog::tr("project");
    case core::PageKind::Practice:
        return TrashDialog::tr("practice");
    case core::PageKind::Article:
        return TrashDialog::tr("article");
    }
    return {};
}

} // namespace

TrashDialog::TrashDialog(QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 5, this)),
      m_restore(new QPushButton(tr("&Restore"), this)), m_empty(new QPushButton(tr("&Empty trash…"), this))
{
    setWindowTitle(tr("Trash"));
    auto *layout = new QVBoxLayout(this);
    auto *label =
        new QLabel(tr("Pages removed to the trash leave every list, search and report. Restored, they "
                      "come back with everything you had added to them."),
                   this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_table->setObjectName(QStringLiteral("trashTable"));
    m_table->setAccessibleName(tr("Trash"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Region"), tr("Removed"), tr("With it")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_empty->setObjectName(QStringLiteral("emptyTrashButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close")); // Qt's translations are not everywhere
    buttons->button(QDialogButtonBox::Close)->setDefault(true);     // Enter never empties the trash
    m_empty->setAutoDefault(false);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_empty, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> pages = selectedPages(); !pages.isEmpty())
            emit restoreRequested(pages);
    });
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyRequested);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TrashDialog::updateButtons);
    layout->addWidget(buttons);
    resize(760, 380);
    updateButtons();
}

void TrashDialog::setEntries(const QList<storage::TrashEntry> &entries)
{
    m_entries = entries;
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const storage::TrashEntry &entry = entries[row];
        auto *name = new QTableWidgetItem(entry.name);
        name->setData(Qt::UserRole, entry.pageId);
        name->setToolTip(entry.name);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(kindText(entry.kind)));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.region));
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(QLocale().toString(entry.trashedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(entry.withIt > 0 ? tr("%n other page(s)", nullptr, entry.withIt)
                                                               : QString()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    updateButtons();
}

void TrashDialog::select(qint64 pageId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == pageId)
            m_table->selectRow(row);
}

QList<qint64> TrashDialog::selectedPages() const
{
    QList<qint64> pages;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        pages.append(m_table->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    return pages;
}

void TrashDialog::updateButtons()
{
    m_restore->setEnabled(!selectedPages().isEmpty());
    m_empty->setEnabled(!m_entries.isEmpty());
}

} // namespace salkku::gui
