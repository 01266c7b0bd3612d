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

QString pagePartKey(PagePart part)
{
    switch (part) {
    case PagePart::Main:
        return QStringLiteral("main");
    case PagePart::DevelopmentPath:
        return QStringLiteral("development-path");
    case PagePart::PracticeList:
        return QStringLiteral("practice-list");
    }
    return {};
}

std::optional<PagePart> pagePartFromKey(const QString &key)
{
    for (auto part : {PagePart::Main, PagePart::DevelopmentPath, PagePart::PracticeList})
        if (pagePartKey(part) == key)
            return part;
    return std::nullopt;
}

QString nationalRegionName()
{
    return QStringLiteral("Valtakunnallinen");
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

QString yearsText(std::optional<int> start, std::optional<int> end)
{
    if (start && end && *start != *end)
        return QStringLiteral("%1–%2").arg(*start).arg(*end);
    if (start)
        return QString::number(*start);
    if (end)
        return QString::number(*end);
    return {};
}

QString yearsText(const Timeline &timeline)
{
    const QString years = yearsText(timeline.startYear, timeline.endYear);
    return years.isEmpty() ? timeline.text : years;
}

QString displayName(const QString &name, const QString &file)
{
    if (!name.isEmpty())
        return name;
    QString base = file.mid(file.lastIndexOf(u'/') + 1);
    const qsizetype dot = base.lastIndexOf(u'.');
    if (dot > 0)
        base.truncate(dot);
    return base;
}

QString displayName(const PageRecord &record)
{
    return displayName(record.name, record.file);
}

} // namespace salkku::core
