#include "StorageTypes.h"

#include <algorithm>

namespace salkku::storage {

int BrowseRequest::firstRows(const QString &group, qsizetype groupCount) const
{
    const int open = openGroups.value(group, 0);
    if (open > 0)
        return std::max(open, sliceSize);
    return groupCount <= openGroupsUpTo ? sliceSize : 0;
}

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
