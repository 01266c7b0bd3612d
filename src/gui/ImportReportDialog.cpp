#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace salkku::gui {

QString ImportReportDialog::statusText(storage::ImportItem::Status status)
{
    switch (status) {
    case storage::ImportItem::Status::Imported:
        return tr("imported");
    case storage::ImportItem::Status::Updated:
        return tr("updated");
    case storage::ImportItem::Status::Unchanged:
        return tr("unchanged");
    case storage::ImportItem::Status::Skipped:
        return tr("skipped");
    case storage::ImportItem::Status::Failed:
        return tr("failed");
    }
    return {};
}

ImportReportDialog::ImportReportDialog(const storage::ImportReport &report, QWidget *parent) : QDialog(parent)
{
    using S = storage::ImportItem::Status;
    setWindowTitle(tr("Import report"));
    auto *layout = new QVBoxLayout(this);
    QString summary = tr("%1 imported, %2 updated, %3 unchanged, %4 skipped, %5 failed")
                          .arg(report.count(S::Imported))
                          .arg(report.count(S::Updated))
                          .arg(report.count(S::Unchanged))
                          .arg(report.count(S::Skipped))
                          .arg(report.count(S::Failed));
    if (report.cancelled)
        summary += u'\n' + tr("Cancelled: the files after these were not imported.");
    auto *label = new QLabel(summary, this);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);

    auto *table = new QTableWidget(static_cast<int>(report.items.size()), 3, this);
    table->setObjectName(QStringLiteral("reportTable"));
    table->setAccessibleName(tr("Files"));
    table->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Reason")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int row = 0; row < report.items.size(); ++row) {
        const storage::ImportItem &item = report.items[row];
        QString where = QFileInfo(item.file).fileName();
        if (item.line > 0)
            where += QStringLiteral(":%1").arg(item.line);
        auto *file = new QTableWidgetItem(where);
        file->setToolTip(item.file);
        table->setItem(row, 0, file);
        table->setItem(row, 1, new QTableWidgetItem(statusText(item.status)));
        table->setItem(row, 2, new QTableWidgetItem(item.message));
        if (item.status == S::Failed)
            for (int column = 0; column < 3; ++column)
                table->item(row, column)->setForeground(QColor(0xb0, 0x1c, 0x1c));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace salkku::gui
