#include "StorageTypes.h"

namespace salkku::storage {

QString storeStatusKey(StoreStatus status)
{
    switch (status) {
    case StoreStatus::Imported:
        return QStringLiteral("imported");
    case StoreStatus::Updated:
        return QStringLiteral("updated");
    case StoreStatus::Unchanged:
        return QStringLiteral("unchanged");
    case StoreStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace salkku::storage
