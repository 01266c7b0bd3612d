#include "ExportProgress.h"

#include <QCoreApplication>

namespace salkku::exporting {

core::Error cancelledError(const QString &file)
{
    return core::Error{file, 0, QCoreApplication::translate("salkku::export", "the export was cancelled")};
}

} // namespace salkku::exporting
