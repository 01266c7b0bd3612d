#pragma once

#include "storage/ImportRunner.h"

#include <QDialog>

namespace salkku::gui {

// What an import did to each file: imported, updated, unchanged, skipped or failed, with the reason.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const storage::ImportReport &report, QWidget *parent = nullptr);

    static QString statusText(storage::ImportItem::Status status);
};

} // namespace salkku::gui
