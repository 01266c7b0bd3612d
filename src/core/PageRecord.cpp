#include "PageRecord.h"

namespace salkku::core {

QString pageKindKey(PageKind kind)
{
    switch (kind) {
    case PageKind::Project:
        return QStringLiteral("project");
    case PageKind::Practice:
        return QStringLiteral("practice");
    case PageKind::Article:
        return QStringLiteral("article");
    }
    return {};
}

std::optional<PageKind> pageKindFromKey(const QString &key)
{
    for (auto kind : {PageKind::Project, PageKind::Practice, PageKind::Article})
        if (pageKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString organizationRoleKey(OrganizationRole role)
{
    switch (role) {
    case OrganizationRole::Administrator:
        return QStringLiteral("administrator");
    case OrganizationRole::CoImplementer:
        return QStringLiteral("co-implementer");
    case OrganizationRole::Partner:
        return QStringLiteral("partner");
    }
    return {};
}

std::optional<OrganizationRole> organizationRoleFromKey(const QString &key)
{
    for (auto role :
         {OrganizationRole::Administrator, OrganizationRole::CoImplementer, OrganizationRole::Partner})
        if (organizationRoleKey(role) == key)
            return role;
    return std::nullopt;
}

QString yearsText(const Timeline &timeline)
{
    if (timeline.startYear && timeline.endYear && *timeline.startYear != *timeline.endYear)
        return QStringLiteral("%1–%2").arg(*timeline.startYear).arg(*timeline.endYear);
    if (timeline.startYear)
        return QString::number(*timeline.startYear);
    if (timeline.endYear)
        return QString::number(*timeline.endYear);
    return timeline.text;
}

} // namespace salkku::core
