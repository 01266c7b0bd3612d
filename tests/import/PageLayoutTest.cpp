// Each Innokylä layout, read from a page written for Salkku in that layout (tests/import/fixtures/layouts),
// and the rules the layouts share: titles, doubled labels, " **" headings, tabs, funders, places, regions
// and cut-off pages.
#include "import/PageLayout.h"

#include "TestSupport.h"
#include "import/InnokylaParser.h"
#include "import/LabelTable.h"

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using core::PageKind;
using core::PagePart;

namespace {

core::PageRecord layoutOk(const QString &name)
{
    auto result = parseFixture(QStringLiteral("layouts/") + name);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : core::PageRecord{};
}

core::PageRecord parseOk(const QString &text)
{
    auto result = parseUtf8(text);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : core::PageRecord{};
}

const core::Section *section(const core::PageRecord &record, const QString &heading)
{
    for (const core::Section &section : record.sections)
        if (section.heading == heading)
            return &section;
    return nullptr;
}

QString fixtureText(const QString &name)
{
    return QString::fromUtf8(readBytes(QStringLiteral(SALKKU_FIXTURE_DIR "/layouts/") + name));
}

} // namespace

// --- Practice pages

TEST(PageLayout, TheOlderPracticeLayoutWithAChevronAndStarredHeadings)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-chevron.txt"));
    EXPECT_EQ(r.kind, PageKind::Practice);
    EXPECT_EQ(r.part, PagePart::Main);
    EXPECT_EQ(r.name, QStringLiteral("Perheiden palveluohjaus yhdellä soitolla"));
    EXPECT_EQ(r.created, QDate(2021, 3, 5));
    EXPECT_EQ(r.modified, QDate(2022, 11, 14));
    // "Ratkaisun perusidea **": the mark is not part of the heading; an unknown starred heading is one too.
    ASSERT_NE(section(r, QStringLiteral("Ratkaisun perusidea")), nullptr);
    ASSERT_NE(section(r, QStringLiteral("Kohderyhmä ja asiakasymmärrys")), nullptr);
    EXPECT_TRUE(section(r, QStringLiteral("Kohderyhmä ja asiakasymmärrys"))->text.contains(u"Lapsiperheet"));
    EXPECT_FALSE(r.truncated);
}

TEST(PageLayout, ASecondTabHeadsItsPartOfThePage)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-chevron.txt"));
    const core::Section *tab = section(r, QStringLiteral("Toimintamallin kuvaus"));
    ASSERT_NE(tab, nullptr) << "the second chevron header is a section, not lost";
    EXPECT_EQ(tab->line, 32);
    // Its sections come after it, in page order.
    EXPECT_GT(section(r, QStringLiteral("Ratkaisun perusidea"))->line, tab->line);
    // And the date before it is a date, not "29.11.2023 icon/chevron-down …".
    EXPECT_FALSE(hasWarning(r, QStringLiteral("is not a date")));
}

TEST(PageLayout, TheNewerPracticeLayoutTitleTwiceDoubledLabelsUnpaddedDates)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-new-layout.txt"));
    EXPECT_EQ(r.kind, PageKind::Practice);
    EXPECT_EQ(r.name, QStringLiteral("Kotihoidon etäkäynnit, Kainuun hyvinvointialue (RRP, P4, I1)"));
    EXPECT_EQ(r.created, QDate(2024, 4, 3));
    EXPECT_EQ(r.modified, QDate(2025, 12, 9));
    EXPECT_TRUE(r.author.isEmpty()) << "an empty Tekijä is no author";
    EXPECT_FALSE(hasWarning(r, QStringLiteral("second time"))) << "a doubled label is one label";
    // The title lines are the name, not a section of their own.
    for (const core::Section &s : r.sections)
        EXPECT_FALSE(s.text.startsWith(QStringLiteral("Kotihoidon etäkäynnit"))) << s.text.toStdString();
    EXPECT_EQ(r.region, QStringLiteral("Kainuu"));
}

TEST(PageLayout, AnEnglishModelNameFollowedByTheDescriptionLeavesTheTitleAsTheName)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-model-name.txt"));
    EXPECT_EQ(r.kind, PageKind::Practice);
    EXPECT_EQ(r.name,
              QStringLiteral("Digitaalinen sote-keskus, Itä-Uudenmaan hyvinvointialue (RRP, P4, I1)"));
    EXPECT_TRUE(r.summary.startsWith(QStringLiteral("Esimerkkiaineisto: digitaalinen sote-keskus")));
    EXPECT_TRUE(r.summary.contains(QStringLiteral("Chat on auki arkisin.")));
    EXPECT_EQ(r.region, QStringLiteral("Itä-Uusimaa"));
}

TEST(PageLayout, AModelNameThatIsANameIsTheName)
{
    const core::PageRecord r =
        parseOk(QStringLiteral("Model name\nEtävastaanotto Kainuussa\n\nLuotu\n\n1.2.2024\n"));
    EXPECT_EQ(r.name, QStringLiteral("Etävastaanotto Kainuussa"));
    EXPECT_EQ(r.kind, PageKind::Practice);
}

TEST(PageLayout, SeveralFundersOneALine)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-new-layout.txt"));
    EXPECT_EQ(r.funders, (QStringList{QStringLiteral("Muu EU-rahoitus"),
                                      QStringLiteral("Sosiaali- ja terveysministeriö (STM)")}));
    EXPECT_EQ(r.funder, QStringLiteral("Muu EU-rahoitus; Sosiaali- ja terveysministeriö (STM)"));
}

TEST(PageLayout, TheAuthorIsNotTheContact)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-chevron.txt"));
    EXPECT_EQ(r.author, QStringLiteral("Kaisa Esimerkki"));
    EXPECT_TRUE(r.contact.name.isEmpty());
}

TEST(PageLayout, PlacesAreEveryValueOfBothPlaceFields)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-national-and-region.txt"));
    EXPECT_EQ(r.places, (QStringList{QStringLiteral("Eksote"), QStringLiteral("Valtakunnallinen"),
                                     QStringLiteral("Etelä-Karjala")}));
}

TEST(PageLayout, APracticeNamesItsProject)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-chevron.txt"));
    EXPECT_EQ(r.parent, QStringLiteral("Pohjois-Karjalan perhekeskusten kehittäminen"));
}

// --- Regions

TEST(PageLayout, AMunicipalityInThePlaceFieldGivesItsRegion)
{
    EXPECT_EQ(layoutOk(QStringLiteral("practice-chevron.txt")).region, QStringLiteral("Pohjois-Karjala"));
}

TEST(PageLayout, ASpecificRegionWinsOverValtakunnallinen)
{
    EXPECT_EQ(layoutOk(QStringLiteral("practice-national-and-region.txt")).region,
              QStringLiteral("Etelä-Karjala"));
}

TEST(PageLayout, ANationalPlaceFieldMakesANationalPage)
{
    const core::PageRecord r =
        parseOk(QStringLiteral("Toimintamallin nimi\nPalkitsemisen malli\nToteutuspaikka\nTHL\nPaikkakunta, "
                               "maakunta tai hyvinvointialue\n"
                               "Valtakunnallinen\nLuotu\n\n01.02.2021\n"));
    EXPECT_EQ(r.region, QStringLiteral("Valtakunnallinen"));
    EXPECT_FALSE(hasWarning(r, QStringLiteral("region")));
}

TEST(PageLayout, SeveralRegionsInThePlaceFieldMakeNone)
{
    const core::PageRecord r = parseOk(QStringLiteral(
        "Toimintamallin nimi\nYhteinen malli\nPaikkakunta, maakunta tai hyvinvointialue\nKainuu\nLappi\n"
        "Luotu\n\n01.02.2021\n"));
    EXPECT_TRUE(r.region.isEmpty());
    EXPECT_TRUE(hasWarning(r, QStringLiteral("several regions")));
}

TEST(PageLayout, ANationalNameMakesANationalPage)
{
    const core::PageRecord r = parseOk(QStringLiteral(
        "Kansallinen kehittämisohjelma (esimerkki)\n\nKokonaisuuden nimi\nKansallinen kehittämisohjelma "
        "(esimerkki)\nLuotu\n\n01.02.2021\n"));
    EXPECT_EQ(r.region, QStringLiteral("Valtakunnallinen"));
}

TEST(PageLayout, ProseThatNamesSeveralRegionsEquallyGivesNone)
{
    const core::PageRecord r = parseOk(QStringLiteral(
        "Kokonaisuuden nimi\nLasten palvelujen yhteinen kehittäminen\nLyhyt kuvaus\n\nHankkeessa ovat mukana "
        "Kainuun ja Lapin hyvinvointialueet.\n\nLuotu\n\n01.02.2021\n"));
    EXPECT_TRUE(r.region.isEmpty());
    EXPECT_TRUE(hasWarning(r, QStringLiteral("several regions")));
}

// --- Kehittämisen polku

TEST(PageLayout, ADevelopmentPathTabIsPartOfItsPractice)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-development-path.txt"));
    EXPECT_EQ(r.kind, PageKind::Practice);
    EXPECT_EQ(r.part, PagePart::DevelopmentPath);
    EXPECT_EQ(r.name, QStringLiteral("Perheiden palveluohjaus yhdellä soitolla"));
    EXPECT_TRUE(r.summary.startsWith(QStringLiteral("Esimerkkiaineisto: perheiden palveluohjaus")));
    ASSERT_NE(section(r, QStringLiteral("Toimintaympäristö")), nullptr);
    ASSERT_NE(section(r, QStringLiteral("Muutoksen mittaaminen")), nullptr);
    EXPECT_TRUE(
        linesMissingFromRecord(fixtureText(QStringLiteral("practice-development-path.txt")), r).isEmpty());
}

TEST(PageLayout, ADevelopmentPathWithoutItsTitleHasNoName)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-development-path-untitled.txt"));
    EXPECT_EQ(r.part, PagePart::DevelopmentPath);
    EXPECT_TRUE(r.name.isEmpty());
    EXPECT_TRUE(hasWarning(r, QStringLiteral("no title line")));
    EXPECT_TRUE(r.summary.startsWith(QStringLiteral("Esimerkkiaineisto: järjestöjen tapahtumat")));
    ASSERT_NE(section(r, QStringLiteral("Kehittäjäjoukon kokoaminen ja yhteiskehittäminen")), nullptr);
}

TEST(PageLayout, AFragmentOfADevelopmentPathIsReadAsSections)
{
    const core::PageRecord r = layoutOk(QStringLiteral("practice-development-path-fragment.txt"));
    EXPECT_EQ(r.kind, PageKind::Practice);
    EXPECT_EQ(r.part, PagePart::DevelopmentPath);
    EXPECT_TRUE(r.name.isEmpty());
    // Its municipalities are all Kainuu's; "6.10.25" is no year and no label.
    EXPECT_EQ(r.region, QStringLiteral("Kainuu"));
    ASSERT_NE(section(r, QStringLiteral("Takaisinsoittojen määrä")), nullptr);
    EXPECT_TRUE(section(r, QStringLiteral("Takaisinsoittojen määrä"))->text.contains(u"Jonotusaika"));
    EXPECT_TRUE(
        linesMissingFromRecord(fixtureText(QStringLiteral("practice-development-path-fragment.txt")), r)
            .isEmpty());
}

// --- A project's list of practices

TEST(PageLayout, APracticeListNamesTheProjectsPractices)
{
    const core::PageRecord r = layoutOk(QStringLiteral("project-practice-list.txt"));
    EXPECT_EQ(r.kind, PageKind::Project);
    EXPECT_EQ(r.part, PagePart::PracticeList);
    EXPECT_EQ(r.name, QStringLiteral("Pohjois-Karjalan perhekeskusten kehittäminen"));
    EXPECT_EQ(r.practices, (QStringList{QStringLiteral("Perheiden palveluohjaus yhdellä soitolla"),
                                        QStringLiteral("Vanhemmuuden tuen ryhmät verkossa")}));
    ASSERT_NE(section(r, QStringLiteral("Vanhemmuuden tuen ryhmät verkossa")), nullptr);
    EXPECT_FALSE(r.truncated);
    EXPECT_TRUE(
        linesMissingFromRecord(fixtureText(QStringLiteral("project-practice-list.txt")), r).isEmpty());
}

TEST(PageLayout, AnEmptyPracticeListHasNoPractices)
{
    const core::PageRecord r = layoutOk(QStringLiteral("project-practice-list-empty.txt"));
    EXPECT_EQ(r.part, PagePart::PracticeList);
    EXPECT_TRUE(r.practices.isEmpty());
    EXPECT_EQ(r.name, QStringLiteral("Kainuun kotihoidon kehittämishanke (esimerkki)"));
    EXPECT_FALSE(r.truncated);
}

// --- Articles

TEST(PageLayout, AnArticleWithoutTopicsIsKnownByItsTitleImageAndHeadedProse)
{
    const core::PageRecord r = layoutOk(QStringLiteral("article-kuva.txt"));
    EXPECT_EQ(r.kind, PageKind::Article);
    EXPECT_EQ(r.name, QStringLiteral("Kehittäjät kokoontuivat jakamaan toimintamalleja"));
    EXPECT_TRUE(r.summary.startsWith(QStringLiteral("Esimerkkiaineisto: hyvinvointialueiden kehittäjät")));
    const core::Section *image = section(r, QStringLiteral("Kuva"));
    ASSERT_NE(image, nullptr);
    EXPECT_EQ(image->text, QStringLiteral("Kehittäjiä verkkotapaamisessa"));
    EXPECT_EQ(r.region, QStringLiteral("Valtakunnallinen")) << "Innokylä's own news are national";
    EXPECT_TRUE(linesMissingFromRecord(fixtureText(QStringLiteral("article-kuva.txt")), r).isEmpty());
}

TEST(PageLayout, TextWithoutAnySignOfInnokylaIsStillAnError)
{
    for (const QString &text :
         {QStringLiteral("Kauppalista\n\nMaitoa\nLeipää\nKahvia\n"),
          QStringLiteral(
              "Lorem ipsum dolor sit amet\n\nConsectetur adipiscing elit.\n\nKuva\nA cat\n\nMore text "
              "here\n\nAnd a longer paragraph that goes on for a while without any meaning at all.\n"),
          QStringLiteral(
              "Tämä on tavallinen tekstitiedosto.\nSiinä kerrotaan säästä, kahvista ja kesälomasta.\n\n"
              "Yhtään Innokylän kenttää siinä ei ole, eikä sitä pidä lukea hankkeeksi.\n")}) {
        const auto result = parseUtf8(text, QStringLiteral("muu.txt"));
        ASSERT_FALSE(result.ok()) << text.toStdString();
        EXPECT_EQ(result.error().file, QStringLiteral("muu.txt"));
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("no Innokylä field labels found")));
    }
}

// --- Cut-off pages

TEST(PageLayout, APageCutOffMidWordImportsWithAWarningNamingTheLine)
{
    const core::PageRecord r = layoutOk(QStringLiteral("project-cut-off.txt"));
    EXPECT_TRUE(r.truncated);
    EXPECT_TRUE(hasWarning(r, QStringLiteral("cut off after line 21"), 21));
    // Everything up to there is kept.
    EXPECT_EQ(r.timeline.startYear, 2022);
    ASSERT_NE(section(r, QStringLiteral("Toimijat")), nullptr);
    EXPECT_TRUE(section(r, QStringLiteral("Toimijat"))->text.endsWith(QStringLiteral("alueen kun")));
}

TEST(PageLayout, APageCutInsideALabelIsCutOff)
{
    const core::PageRecord r = parseOk(QStringLiteral(
        "Perheiden palveluohjaus\n\nToimintaympäristö\n\nPalvelu toimii arkisin.\n\n    Tavoitelt"));
    EXPECT_TRUE(r.truncated);
    EXPECT_TRUE(hasWarning(r, QStringLiteral("cut off after line 7")));
}

TEST(PageLayout, AProjectPageThatStopsBeforeItsDatesIsCutOff)
{
    const core::PageRecord r = parseOk(
        QStringLiteral("Kokonaisuuden nimi\nLapin hanke\nLyhyt kuvaus\n\nHanke kehittää palveluja.\n"));
    EXPECT_TRUE(r.truncated);
}

TEST(PageLayout, WholePagesAreNotCutOff)
{
    // Ending in a list value, a label with no value, a date or a sentence: all normal ends.
    for (const QString &ending :
         {QStringLiteral("Ilmiöt\n\nVäestörakenne muutoksessa"), QStringLiteral("Liitetiedostot ja linkit"),
          QStringLiteral("Lähtötilanne ja strategiset liittymäkohdat\n\nAlue on laaja.")}) {
        const core::PageRecord r =
            parseOk(QStringLiteral("Kokonaisuuden nimi\nLapin hanke\nLuotu\n\n01.02.2021\n"
                                   "Viimeksi muokattu\n\n03.04.2022\n") +
                    ending);
        EXPECT_FALSE(r.truncated) << ending.toStdString();
    }
    EXPECT_FALSE(layoutOk(QStringLiteral("practice-new-layout.txt")).truncated);
    EXPECT_FALSE(layoutOk(QStringLiteral("article-kuva.txt")).truncated);
}

// --- Label rules

TEST(PageLayout, TheStarOfARequiredFieldIsNoPartOfTheLabel)
{
    const importer::LabelSpec *label =
        importer::LabelTable::find(QStringLiteral("Toimintaympäristö **"), PageKind::Practice);
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(importer::LabelTable::starredHeading(QStringLiteral("Muu otsikko **")),
              QStringLiteral("Muu otsikko"));
    EXPECT_TRUE(importer::LabelTable::starredHeading(QStringLiteral("Ei otsikko")).isEmpty());
}

TEST(PageLayout, TitlesAreShortAndDoNotEndASentence)
{
    using importer::PageLayouts::isTitleLike;
    EXPECT_TRUE(isTitleLike(QStringLiteral("Miten Innokylää kannattaa hyödyntää järjestöissä?")));
    EXPECT_TRUE(isTitleLike(QStringLiteral("JOPA – jono- ja paikkahallinta, Helsinki (RRP, P4, I4)")));
    EXPECT_FALSE(isTitleLike(QStringLiteral("Hanke kehitti palveluja.")));
    EXPECT_FALSE(isTitleLike(QStringLiteral("[prose omitted]")));
    EXPECT_FALSE(isTitleLike(QStringLiteral("https://innokyla.fi/fi/toimintamalli/x")));
    EXPECT_FALSE(isTitleLike(QString(300, u'a')));
}
