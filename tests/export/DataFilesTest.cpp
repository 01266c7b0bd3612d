// Where the program finds its data: share/salkku beside its bin folder, in a build folder as when installed.
#include "export/DataFiles.h"

#include "ExportTestSupport.h"
#include "export/ScopedLanguage.h"
#include "export/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using exporting::DataFiles;
using exporting::Translations;

TEST(DataFiles, FirstLooksBesideTheProgramsBinFolderThenInTheXdgDataFolders)
{
    guiApplication();
    const QStringList candidates = DataFiles::candidates(QStringLiteral("/opt/elsewhere/bin"));
    ASSERT_FALSE(candidates.isEmpty());
    EXPECT_EQ(candidates.front(), QStringLiteral("/opt/elsewhere/share/salkku"));
    const QStringList xdg = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    ASSERT_FALSE(xdg.isEmpty());
    EXPECT_EQ(candidates.size(), 1 + xdg.size());
    EXPECT_EQ(candidates.back(), QDir::cleanPath(xdg.back() + QStringLiteral("/salkku")));
}

TEST(DataFiles, TheBuildFolderHoldsTheDataWhereAnInstallationDoes)
{
    guiApplication();
    // The test programs live in <build>/bin, like the app: the data is in <build>/share/salkku.
    const QString expected =
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/salkku"));
    EXPECT_EQ(DataFiles::directory(), expected);
    EXPECT_EQ(DataFiles::samplesDirectory(), expected + QStringLiteral("/samples"));
    EXPECT_EQ(DataFiles::translationsDirectory(), expected + QStringLiteral("/translations"));

    // Every sample page of data/samples, and a translation for each language.
    const QStringList filter{QStringLiteral("*.txt")};
    EXPECT_EQ(QDir(DataFiles::samplesDirectory()).entryList(filter, QDir::Files),
              QDir(QStringLiteral(SALKKU_SAMPLE_DIR)).entryList(filter, QDir::Files));
    for (const QString &code : Translations::available()) {
        EXPECT_EQ(Translations::file(code),
                  DataFiles::translationsDirectory() + QStringLiteral("/salkku_%1.qm").arg(code));
        EXPECT_TRUE(QFileInfo(Translations::file(code)).isFile()) << code.toStdString();
    }
}

TEST(DataFiles, ScopedLanguageLoadsTheTranslationFromTheDataFolder)
{
    guiApplication();
    const exporting::ScopedLanguage finnish(QStringLiteral("fi"));
    EXPECT_TRUE(finnish.isLoaded());
    EXPECT_EQ(QCoreApplication::translate("salkku::export", "Name"), QStringLiteral("Nimi"));
    const exporting::ScopedLanguage swedish(QStringLiteral("sv"));
    EXPECT_FALSE(swedish.isLoaded());
}
