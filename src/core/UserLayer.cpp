#include "UserLayer.h"

#include "FinnishText.h"

#include <QCoreApplication>

namespace salkku::core {

QString followUpStatusKey(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::None:
        return QStringLiteral("none");
    case FollowUpStatus::Following:
        return QStringLiteral("following");
    case FollowUpStatus::ToCheck:
        return QStringLiteral("to-check");
    case FollowUpStatus::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("none");
}

std::optional<FollowUpStatus> followUpStatusFromKey(const QString &key)
{
    for (FollowUpStatus status : followUpStatuses())
        if (followUpStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString followUpStatusLabel(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::None:
        return QCoreApplication::translate("salkku::core", "Not followed");
    case FollowUpStatus::Following:
        return QCoreApplication::translate("salkku::core", "Following");
    case FollowUpStatus::ToCheck:
        return QCoreApplication::translate("salkku::core", "To check");
    case FollowUpStatus::Done:
        return QCoreApplication::translate("salkku::core", "Done");
    }
    return {};
}

QList<FollowUpStatus> followUpStatuses()
{
    return {FollowUpStatus::None, FollowUpStatus::Following, FollowUpStatus::ToCheck, FollowUpStatus::Done};
}

QString normalizedTag(const QString &typed)
{
    QString tag = FinnishText::nfc(FinnishText::withoutInvisible(typed)).simplified();
    while (tag.startsWith(u'#'))
        tag.remove(0, 1);
    return tag.trimmed();
}

} // namespace salkku::core
