#include "import/InnokylaParser.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using core::OrganizationRole;
using core::PageKind;

namespace {

core::PageRecord parseOk(const QString &text)
{
    auto result = parseUtf8(text);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : core::PageRecord{};
}

core::PageRecord fixtureOk(const QString &name)
{
    auto result = parseFixture(name);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : core::PageRecord{};
}

} // namespace

TEST(InnokylaParser, CompleteProjectPageGivesEveryField)
{
    const core::PageRecord r = fixtureOk(QStringLiteral("project-complete.txt"));
    EXPECT_EQ(r.kind, PageKind::Project);
    EXPECT_EQ(r.name, QStringLiteral("Kainuun kotona asumisen tuki"));
    EXPECT_EQ(r.region, QStringLiteral("Kainuu"));
    EXPECT_EQ(
        r.summary,
        QStringLiteral("Hankkeessa kokeillaan uusia tapoja tukea ikääntyneiden kotona asumista Kainuussa."));
    EXPECT_EQ(r.purpose, QStringLiteral("Tarkoituksena on, että ikääntynyt saa avun kotiin oikeaan aikaan."));
    EXPECT_EQ(r.timeline.text, QStringLiteral("1.3.2021 – 31.12.2022"));
    EXPECT_EQ(r.timeline.startYear, 2021);
    EXPECT_EQ(r.timeline.endYear, 2022);
    EXPECT_EQ(r.funder, QStringLiteral("Sosiaali- ja terveysministeriö (STM)"));
    EXPECT_EQ(r.contact.name, QStringLiteral("Sanna Heikkinen"));
    EXPECT_EQ(r.contact.organization, QStringLiteral("Kainuun sote"));
    EXPECT_EQ(r.contact.email, QStringLiteral("sanna.heikkinen@example.fi"));
    EXPECT_EQ(r.created, QDate(2021, 3, 5));
    EXPECT_EQ(r.modified, QDate(2023, 1, 31));
    EXPECT_EQ(r.topics, (QStringList{QStringLiteral("Ikääntyneiden palvelut"),
                                     QStringLiteral("Digitaaliset palvelut")}));
    EXPECT_EQ(r.phenomena, QStringList{QStringLiteral("Väestörakenne muutoksessa")});
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.value(0).message.toStdString();
}

TEST(InnokylaParser, PeopleAndOrganisationsWithRoles)
{
    const core::PageRecord r = fixtureOk(QStringLiteral("project-complete.txt"));
    ASSERT_EQ(r.actors.size(), 2);
    EXPECT_EQ(r.actors[1].name, QStringLiteral("Olli Korhonen"));
    EXPECT_EQ(r.actors[1].role, QStringLiteral("Kehittämiskoordinaattori (osa-alue 2)"));
    ASSERT_EQ(r.organizations.size(), 4);
    EXPECT_EQ(r.organizations[0],
              (core::Organization{QStringLiteral("Kainuun sote"), OrganizationRole::Administrator}));
    EXPECT_EQ(r.organizations[3],
              (core::Organization{QStringLiteral("Suomussalmen kunta"), OrganizationRole::CoImplementer}));
}

TEST(InnokylaParser, LinksFromWebsitesAndAttachments)
{
    const core::PageRecord r = fixtureOk(QStringLiteral("project-complete.txt"));
    QStringList urls;
    for (const core::Link &link : r.links)
        urls.append(link.url);
    EXPECT_EQ(urls, (QStringList{QStringLiteral("https://www.facebook.com/kainuunkotihanke"),
                                 QStringLiteral("https://www.example.fi/kotihanke"),
                                 QStringLiteral("https://www.example.fi/loppuraportti.pdf")}));
}

TEST(InnokylaParser, SubAreasGatheredFromEverySection)
{
    const core::PageRecord r = fixtureOk(QStringLiteral("project-complete.txt"));
    ASSERT_EQ(r.subAreas.size(), 2);
    const core::SubArea &first = r.subAreas[0];
    EXPECT_EQ(first.number, 1);
    EXPECT_EQ(first.title, QStringLiteral("Kotihoidon etäpalvelut"));
    EXPECT_EQ(first.goal, QStringLiteral("Tavoitteena on, että kotihoidon käynneistä osa tehdään etänä."));
    EXPECT_EQ(first.outputs.size(), 3);
    EXPECT_EQ(first.benefits, QStringLiteral("Asiakkaat saivat apua nopeammin."));
    EXPECT_EQ(first.impacts, QStringLiteral("Etäkäynnit vapauttivat hoitajien aikaa."));
    const core::SubArea &second = r.subAreas[1];
    EXPECT_EQ(second.title, QStringLiteral("Omaishoitajien tuki"));
    EXPECT_EQ(second.outputs, (QStringList{QStringLiteral("Omaishoitajien vertaisryhmämalli"),
                                           QStringLiteral("Valmennuksen materiaalipaketti")}));
}

TEST(InnokylaParser, SectionsKeepThePageInOrderAndTheHeaderCopyIsDropped)
{
    const core::PageRecord r = fixtureOk(QStringLiteral("project-complete.txt"));
    QStringList headings;
    for (const core::Section &section : r.sections)
        headings.append(section.heading);
    EXPECT_EQ(headings,
              (QStringList{QStringLiteral("Verkkosivut"), QStringLiteral("Toimijat"),
                           QStringLiteral("Liitetiedostot ja linkit"),
                           QStringLiteral("Lähtötilanne ja strategiset liittymäkohdat"),
                           QStringLiteral("Päämäärä ja päätavoite"), QStringLiteral("Tuotokset ja tulokset"),
                           QStringLiteral("Vaikutukset ja vaikuttavuus")}));
    EXPECT_EQ(r.sections[0].line, 11);
}

TEST(InnokylaParser, NothingOfThePageIsDropped)
{
    for (const QString &name : {QStringLiteral("project-complete.txt"), QStringLiteral("practice-page.txt"),
                                QStringLiteral("article-news.txt")}) {
        const QString text = QString::fromUtf8(readBytes(QStringLiteral(SALKKU_FIXTURE_DIR "/") + name));
        const core::PageRecord r = fixtureOk(name);
        EXPECT_EQ(linesMissingFromRecord(text, r), QStringList()) << name.toStdString();
    }
}

TEST(InnokylaParser, PracticePage)
{
    const core::PageRecord r = fixtureOk(QStringLiteral("practice-page.txt"));
    EXPECT_EQ(r.kind, PageKind::Practice);
    EXPECT_EQ(r.name, QStringLiteral("Liikkuva neuvola Lapin kylille"));
    EXPECT_EQ(r.region, QStringLiteral("Lappi"));
    EXPECT_EQ(r.summary,
              QStringLiteral("Neuvola kiertää auton kanssa kyliä, joissa ei ole omaa toimipistettä."));
    EXPECT_EQ(r.funder, QStringLiteral("Sosiaali- ja terveysministeriö (STM)"));
    ASSERT_EQ(r.actors.size(), 1);
    EXPECT_EQ(r.actors[0], (core::Person{QStringLiteral("Liisa Niemi"), QStringLiteral("Tekijä")}));
    EXPECT_EQ(r.created, QDate(2022, 5, 12));
}

TEST(InnokylaParser, ArticlePage)
{
    const core::PageRecord r = fixtureOk(QStringLiteral("article-news.txt"));
    EXPECT_EQ(r.kind, PageKind::Article);
    EXPECT_EQ(r.name, QStringLiteral("Pirkanmaan hankkeet käynnistyivät syksyllä"));
    EXPECT_EQ(r.region, QStringLiteral("Pirkanmaa"));
    EXPECT_EQ(r.topics, (QStringList{QStringLiteral("Sote"), QStringLiteral("Tiedotamme"),
                                     QStringLiteral("Pirkanmaa")}));
    EXPECT_TRUE(r.summary.startsWith(QStringLiteral("Pirkanmaan kehittämishankkeet saivat")));
    ASSERT_EQ(r.sections.size(), 3);
    EXPECT_TRUE(r.sections[0].heading.isEmpty());
    EXPECT_EQ(r.sections[1].heading, QStringLiteral("Järjestöt mukana alusta asti"));
    EXPECT_EQ(r.sections[2].heading, QStringLiteral("Lisätietoa"));
    EXPECT_EQ(r.sections[2].text, QStringLiteral("STM: Rahoitetut hankkeet"));
}

TEST(InnokylaParser, ALoneDashMeansEmpty)
{
    const core::PageRecord r = parseOk(projectPage(
        QStringLiteral("Lapin hanke"), QStringLiteral("Kokonaisuuden tarkoitus ja tavoitteet\n\n-\n\n"
                                                      "Toimijat\n\n-\n")));
    EXPECT_TRUE(r.purpose.isEmpty());
    EXPECT_TRUE(r.actors.isEmpty());
    for (const core::Section &section : r.sections)
        EXPECT_NE(section.heading, QStringLiteral("Toimijat"));
}

TEST(InnokylaParser, AnImpossibleDateIsAWarningNotACrash)
{
    const core::PageRecord r =
        parseOk(projectPage(QStringLiteral("Lapin hanke"), QStringLiteral("Luotu\n\n31.02.2021\n")));
    EXPECT_FALSE(r.created.has_value());
    EXPECT_TRUE(hasWarning(r, QStringLiteral("impossible date “31.02.2021”"), 17));
}

TEST(InnokylaParser, ARepeatedLabelWithAnotherValueIsKeptAsASection)
{
    const core::PageRecord r =
        parseOk(projectPage(QStringLiteral("Lapin hanke"), QStringLiteral("Rahoittaja\nEU\n")));
    EXPECT_EQ(r.funder, QStringLiteral("Sosiaali- ja terveysministeriö (STM)"));
    EXPECT_TRUE(hasWarning(r, QStringLiteral("second time"), 15));
    ASSERT_FALSE(r.sections.isEmpty());
    EXPECT_EQ(r.sections.last().text, QStringLiteral("EU"));
}

TEST(InnokylaParser, ImportedTextIsDataNotMarkup)
{
    const core::PageRecord r =
        parseOk(projectPage(QStringLiteral("<b>Lapin</b> hanke'; DROP TABLE projects;--")));
    EXPECT_EQ(r.name, QStringLiteral("<b>Lapin</b> hanke'; DROP TABLE projects;--"));
}

TEST(InnokylaParser, NoBreakSpacesCountAsSpacesButStayInTheText)
{
    const core::PageRecord r = parseOk(QStringLiteral("Kokonaisuuden\u00A0nimi\u00A0\nLapin\u00A0hanke\n"));
    EXPECT_EQ(r.name, QStringLiteral("Lapin\u00A0hanke"));
    EXPECT_EQ(r.region, QStringLiteral("Lappi"));
}

TEST(InnokylaParser, RegionFromTheContactOrganisationWhenTheNameHasNone)
{
    const core::PageRecord r =
        parseOk(projectPage(QStringLiteral("Tulevaisuuden sote-keskus"),
                            QStringLiteral("Yhteyshenkilön organisaatio\nSatakunnan hyvinvointialue\n")));
    EXPECT_EQ(r.region, QStringLiteral("Satakunta"));
}

TEST(InnokylaParser, APageThatNamesNoRegionIsNationalWithAWarning)
{
    const core::PageRecord r = parseOk(projectPage(QStringLiteral("Tulevaisuuden sote-keskus")));
    EXPECT_EQ(r.region, QStringLiteral("Valtakunnallinen"));
    EXPECT_TRUE(hasWarning(r, QStringLiteral("no region is named")));
}

TEST(InnokylaParser, APageWithoutAName)
{
    const auto result = parseUtf8(QStringLiteral("Kokonaisuuden nimi\n\nLyhyt kuvaus\nJotain.\n"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().line, 1);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("no name")));
}

TEST(InnokylaParser, TimelineWithoutYearsWarns)
{
    const core::PageRecord r =
        parseOk(QStringLiteral("Kokonaisuuden nimi\nLapin hanke\nToimiaika\n\nToistaiseksi\n"));
    EXPECT_FALSE(r.timeline.startYear.has_value());
    EXPECT_TRUE(hasWarning(r, QStringLiteral("no years"), 5));
}

TEST(InnokylaParser, ABadEmailAddressWarns)
{
    const core::PageRecord r = parseOk(projectPage(
        QStringLiteral("Lapin hanke"), QStringLiteral("Yhteyshenkilön sähköpostiosoite\nei ole\n")));
    EXPECT_TRUE(hasWarning(r, QStringLiteral("not an e-mail address")));
}

TEST(InnokylaParser, TopicsAndPhenomenaAreListedOnceEach)
{
    const core::PageRecord r = parseOk(projectPage(
        QStringLiteral("Lapin hanke"), QStringLiteral("Aihealueet\n\nA\n\nB\n\nA\n\nIlmiöt\n\nC\nC\n")));
    EXPECT_EQ(r.topics, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_EQ(r.phenomena, QStringList{QStringLiteral("C")});
}

TEST(InnokylaParser, ALabelRepeatedThousandsOfTimesAfterALongValueStaysLinear)
{
    QString page =
        projectPage(QStringLiteral("Lapin hanke"),
                    QStringLiteral("Rahoittaja\n") + QStringLiteral("Rahoitus ").repeated(100000) + u'\n');
    for (int i = 0; i < 3000; ++i)
        page += QStringLiteral("Rahoittaja\nR%1\n").arg(i);
    const core::PageRecord r = parseOk(page);
    EXPECT_EQ(r.funder, QStringLiteral("Sosiaali- ja terveysministeriö (STM)"));
    EXPECT_GE(r.sections.size(), 3000);
}
