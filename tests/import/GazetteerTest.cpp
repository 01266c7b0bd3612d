#include "import/Gazetteer.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace salkku::importer;

namespace {

QString regionIn(const QString &text)
{
    const Region *region = Gazetteer::builtIn().findIn(text);
    return region ? region->name : QString();
}

} // namespace

TEST(Gazetteer, CoversEveryRegionCountyAndHelsinki)
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    EXPECT_EQ(gazetteer.regions().size(), 24);
    QSet<QString> maakunnat;
    int counties = 0;
    for (const Region &region : gazetteer.regions()) {
        maakunnat.insert(region.maakunta);
        if (region.kind.contains(QStringLiteral("hyvinvointialue")))
            ++counties;
    }
    EXPECT_EQ(maakunnat.size(), 19);
    EXPECT_EQ(counties, 21);
    ASSERT_NE(gazetteer.byName(QStringLiteral("Helsinki")), nullptr);
    EXPECT_EQ(gazetteer.byName(QStringLiteral("Helsinki"))->maakunta, QStringLiteral("Uusimaa"));
}

TEST(Gazetteer, FindsNominativeGenitiveAndSwedishNames)
{
    EXPECT_EQ(regionIn(QStringLiteral("Helsingin rakenneuudistus")), QStringLiteral("Helsinki"));
    EXPECT_EQ(regionIn(QStringLiteral("Kanta-Hämeen rakenneuudistus")), QStringLiteral("Kanta-Häme"));
    EXPECT_EQ(regionIn(QStringLiteral("Keski-Suomi: Rakenneuudistusta tukeva")),
              QStringLiteral("Keski-Suomi"));
    EXPECT_EQ(regionIn(QStringLiteral("Pohjois-Pohjanmaan rakenneuudistus")),
              QStringLiteral("Pohjois-Pohjanmaa"));
    EXPECT_EQ(regionIn(QStringLiteral("Projekt i Österbotten")), QStringLiteral("Pohjanmaa"));
    EXPECT_EQ(regionIn(QStringLiteral("Helsingfors stad")), QStringLiteral("Helsinki"));
}

TEST(Gazetteer, MatchesWholeWordsOnly)
{
    EXPECT_EQ(regionIn(QStringLiteral("Lapinlahden kunta")), QString());
    EXPECT_EQ(regionIn(QStringLiteral("Lapin hanke")), QStringLiteral("Lappi"));
    // "Pohjanmaan" inside "Etelä-Pohjanmaan" is not Pohjanmaa.
    EXPECT_EQ(regionIn(QStringLiteral("Etelä-Pohjanmaan hanke")), QStringLiteral("Etelä-Pohjanmaa"));
}

TEST(Gazetteer, IgnoresCaseAndDecomposedLetters)
{
    EXPECT_EQ(regionIn(QStringLiteral("KANTA-HA\u0308MEEN hanke")), QStringLiteral("Kanta-Häme"));
}

TEST(Gazetteer, FindsWellbeingServicesCounties)
{
    EXPECT_EQ(regionIn(QStringLiteral("Vantaan ja Keravan hyvinvointialue")),
              QStringLiteral("Vantaa-Kerava"));
    EXPECT_EQ(regionIn(QStringLiteral("Länsi-Uudenmaan hyvinvointialue")), QStringLiteral("Länsi-Uusimaa"));
}

TEST(Gazetteer, CountsMentions)
{
    const QList<const Region *> all = Gazetteer::builtIn().findAllIn(
        QStringLiteral("Lapin ja Kainuun yhteistyö. Kainuussa ja Kainuun alueella."));
    ASSERT_GE(all.size(), 2);
    EXPECT_EQ(all[0]->name, QStringLiteral("Kainuu"));
}

TEST(Gazetteer, ParsesTheTsvFormat)
{
    const Gazetteer gazetteer(
        QStringLiteral("id\tkind\tnominative\tgenitive\tswedish\tmaakunta\tother_forms\n"
                       "x\tmaakunta\tTestimaa\tTestimaan\tTestland\tTestimaa\tTestimaalla,Tmaa\n"));
    ASSERT_EQ(gazetteer.regions().size(), 1);
    EXPECT_EQ(gazetteer.regions()[0].forms.size(), 5);
    EXPECT_NE(gazetteer.findIn(QStringLiteral("Tmaa")), nullptr);
}
