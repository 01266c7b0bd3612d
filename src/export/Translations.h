#pragma once

#include <QString>
#include <QStringList>

namespace salkku::exporting {

// Salkku's own words in Finnish or English: Qt Linguist translations (.qm files in the data folder's
// translations/, see DataFiles), named here, in the lowest layer whose words a person reads in both front
// ends. The window's LanguageController and the command line's --language use the same files and the same
// default.
class Translations
{
public:
    static QStringList available(); // "fi", "en"
    // "fi" when the system locale is Finnish, otherwise "en".
    static QString systemDefault();
    // The translation file of a language, e.g. "/usr/share/salkku/translations/salkku_fi.qm"; empty when
    // there is no data folder.
    static QString file(const QString &code);
};

} // namespace salkku::exporting
