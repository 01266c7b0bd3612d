#include "LanguageController.h"

#include "export/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace salkku::gui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

LanguageController::LanguageController(QObject *parent) : QObject(parent) {}

QStringList LanguageController::available()
{
    return exporting::Translations::available();
}

QString LanguageController::systemDefault()
{
    return exporting::Translations::systemDefault();
}

QString LanguageController::preferred()
{
    const QString chosen = QSettings().value(kLanguageKey).toString();
    return available().contains(chosen) ? chosen : systemDefault();
}

bool LanguageController::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // English is the source language; its translation file only holds the plural forms ("1 project").
    const bool loaded = m_app.load(exporting::Translations::file(code));
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (dialog buttons and the like), when the system has them.
    if (code != u"en" && m_qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(code == u"fi" ? QLocale::Finnish : QLocale::English,
                                code == u"fi" ? QLocale::Finland : QLocale::UnitedKingdom));
    m_language = code;
    // Written only when it changes: at every start it is the language read from there, and writing it would
    // cost the start a locked, synced rewrite of the settings file.
    if (QSettings settings; settings.value(kLanguageKey).toString() != code)
        settings.setValue(kLanguageKey, code);
    emit languageChanged(code);
    return loaded;
}

} // namespace salkku::gui
