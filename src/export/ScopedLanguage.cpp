#include "ScopedLanguage.h"

#include "Translations.h"

#include <QCoreApplication>

namespace salkku::exporting {

ScopedLanguage::ScopedLanguage(const QString &code)
{
    if (Translations::available().contains(code) && m_translator.load(Translations::file(code)))
        m_installed = QCoreApplication::installTranslator(&m_translator);
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

} // namespace salkku::exporting
