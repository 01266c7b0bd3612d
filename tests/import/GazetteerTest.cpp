#include "import/Gazetteer.h"

#include <QFile>
#include <QHash>
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

TEST(Gazetteer, CoversEveryRegionCountyHelsinkiAndTheWholeCountry)
{
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    EXPECT_EQ(gazetteer.regions().size(), 25);
    QSet<QString> maakunnat;
    int counties = 0;
    for (const Region &region : gazetteer.regions()) {
        if (!region.isNational())
            maakunnat.insert(region.maakunta);
        if (region.kind.contains(QStringLiteral("hyvinvointialue")))
            ++counties;
    }
    EXPECT_EQ(maakunnat.size(), 19);
    EXPECT_EQ(counties, 21);
    ASSERT_NE(gazetteer.byName(QStringLiteral("Helsinki")), nullptr);
    EXPECT_EQ(gazetteer.byName(QStringLiteral("Helsinki"))->maakunta, QStringLiteral("Uusimaa"));
    ASSERT_NE(gazetteer.byName(QStringLiteral("Valtakunnallinen")), nullptr);
    EXPECT_TRUE(gazetteer.byName(QStringLiteral("Valtakunnallinen"))->isNational());
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
    // Lapinlahti is a municipality of Pohjois-Savo, not Lappi.
    EXPECT_EQ(regionIn(QStringLiteral("Lapinlahden kunta")), QStringLiteral("Pohjois-Savo"));
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

TEST(Gazetteer, AMunicipalityIsFoundAsItsRegionInAnyCase)
{
    EXPECT_EQ(regionIn(QStringLiteral("Joensuu")), QStringLiteral("Pohjois-Karjala"));
    EXPECT_EQ(regionIn(QStringLiteral("Kokeilu Kajaanissa ja Kuhmossa")), QStringLiteral("Kainuu"));
    EXPECT_EQ(regionIn(QStringLiteral("Hyrynsalmella")), QStringLiteral("Kainuu"));
    EXPECT_EQ(regionIn(QStringLiteral("Porvoon kaupunki")), QStringLiteral("Itä-Uusimaa"));
    EXPECT_EQ(regionIn(QStringLiteral("Seinäjoella")), QStringLiteral("Etelä-Pohjanmaa"));
    EXPECT_EQ(regionIn(QStringLiteral("Jakobstad")), QStringLiteral("Pohjanmaa"));
}

TEST(Gazetteer, AMunicipalityIsAProperNounNotAWordOrAnAcronym)
{
    // salo (wilderness), aura (plough), virrat (streams), kotka (eagle): words, not Salo, Aura, Virrat,
    // Kotka.
    EXPECT_EQ(regionIn(QStringLiteral("syrjäinen salo, aura ja virrat, kotka lensi")), QString());
    EXPECT_EQ(regionIn(QStringLiteral("Salon kaupunki")), QStringLiteral("Varsinais-Suomi"));
    // VASA is a project's acronym; Vasa is Vaasa.
    EXPECT_EQ(regionIn(QStringLiteral("VASA-hanke")), QString());
    EXPECT_EQ(regionIn(QStringLiteral("Vasa stad")), QStringLiteral("Pohjanmaa"));
}

TEST(Gazetteer, TheWholeCountryIsARegionOfItsOwn)
{
    EXPECT_EQ(regionIn(QStringLiteral("valtakunnallinen")), QStringLiteral("Valtakunnallinen"));
    EXPECT_EQ(regionIn(QStringLiteral("Ikäteknologian kansallinen koordinaatiomalli")),
              QStringLiteral("Valtakunnallinen"));
}

TEST(Gazetteer, AMisspelledGenitiveIsFound)
{
    EXPECT_EQ(regionIn(QStringLiteral("Itä-Uusimaan rakenneuudistus")), QStringLiteral("Itä-Uusimaa"));
}

TEST(Gazetteer, EveryMunicipalityIsFoundAsItsRegion)
{
    QFile file(QStringLiteral(SALKKU_SOURCE_DIR "/data/municipalities.tsv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 309) << "308 municipalities and the header";
    QHash<QString, QString> nameOf; // region id → name
    for (const Region &region : Gazetteer::builtIn().regions())
        nameOf.insert(region.id, region.name);
    for (const QString &line : lines.mid(1)) {
        const QStringList columns = line.split(u'\t');
        ASSERT_EQ(columns.size(), 4) << line.toStdString();
        ASSERT_TRUE(nameOf.contains(columns[3])) << line.toStdString();
        EXPECT_EQ(regionIn(columns[0]), nameOf.value(columns[3])) << line.toStdString();
        if (!columns[1].isEmpty())
            EXPECT_EQ(regionIn(columns[1]), nameOf.value(columns[3])) << line.toStdString();
    }
}
