#pragma once

#include <QString>
#include <QStringList>

namespace salkku::exporting {

// Salkku's own words in Finnish or English: Qt Linguist translations compiled into this library, the lowest
// layer whose words a person reads in both front ends. The window's LanguageController and the command line's
// --language use the same files and the same default.
class Translations
{
public:
    static QStringList available(); // "fi", "en"
    // "fi" when the system locale is Finnish, otherwise "en".
    static QString systemDefault();
    // The compiled translation of a language, e.g. ":/i18n/salkku_fi.qm".
    static QString resourcePath(const QString &code);
};

} // namespace salkku::exporting
