#include "Translations.h"

#include <QLocale>

namespace salkku::exporting {

QStringList Translations::available()
{
    return {QStringLiteral("fi"), QStringLiteral("en")};
}

QString Translations::systemDefault()
{
    return QLocale::system().language() == QLocale::Finnish ? QStringLiteral("fi") : QStringLiteral("en");
}

QString Translations::resourcePath(const QString &code)
{
    return QStringLiteral(":/i18n/salkku_%1.qm").arg(code);
}

} // namespace salkku::exporting
