#pragma once

#include <QString>
#include <QTranslator>

namespace salkku::exporting {

// Installs Salkku's translations of one language (see Translations) for as long as it lives, so that a report
// is written in that language; whatever was installed before applies again afterwards. For the command line
// (--language) and tests; the window has its LanguageController.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    // False for a language Salkku has no translation for (the texts stay English).
    bool isLoaded() const { return m_installed; }

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace salkku::exporting
