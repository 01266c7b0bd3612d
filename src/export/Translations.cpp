#include "Translations.h"

#include "DataFiles.h"

#include <QDir>
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

QString Translations::file(const QString &code)
{
    const QString folder = DataFiles::translationsDirectory();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QStringLiteral("salkku_%1.qm").arg(code));
}

} // namespace salkku::exporting
