#pragma once

#include <QObject>
#include <QTranslator>

namespace salkku::gui {

// The user interface language: Finnish or English (Qt Linguist translations compiled in). Finnish when the
// system locale is Finnish, otherwise English, unless the user chose one (remembered in QSettings).
class LanguageController : public QObject
{
    Q_OBJECT

public:
    explicit LanguageController(QObject *parent = nullptr);

    static QStringList available(); // "fi", "en"
    static QString systemDefault();
    // The remembered choice, else the system's.
    static QString preferred();

    QString language() const { return m_language; }
    // Installs the translations (widgets get a LanguageChange event) and remembers the choice.
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace salkku::gui
