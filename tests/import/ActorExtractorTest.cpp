#include "import/ActorExtractor.h"

#include <gtest/gtest.h>

using namespace salkku::importer;
using salkku::core::OrganizationRole;

namespace {

QList<Line> lines(const QStringList &texts)
{
    QList<Line> out;
    int number = 1;
    for (const QString &text : texts)
        out.append(Line{number++, text});
    return out;
}

} // namespace

TEST(ActorExtractor, SplitsNameFromRole)
{
    const auto person = ActorExtractor::personFromLine(QStringLiteral("Tiina Mäki Koordinoiva johtaja"));
    ASSERT_TRUE(person.has_value());
    EXPECT_EQ(person->name, QStringLiteral("Tiina Mäki"));
    EXPECT_EQ(person->role, QStringLiteral("Koordinoiva johtaja"));
}

TEST(ActorExtractor, KeepsRoleDetailsInParentheses)
{
    const auto person =
        ActorExtractor::personFromLine(QStringLiteral("Mia Käyhkö Projektipäällikkö (osa-alueet 1-3)"));
    ASSERT_TRUE(person.has_value());
    EXPECT_EQ(person->name, QStringLiteral("Mia Käyhkö"));
    EXPECT_EQ(person->role, QStringLiteral("Projektipäällikkö (osa-alueet 1-3)"));
}

TEST(ActorExtractor, NamesWithParticlesAndCommaSeparatedRoles)
{
    const auto particle =
        ActorExtractor::personFromLine(QStringLiteral("Maria von Bonsdorff Projektipäällikkö"));
    ASSERT_TRUE(particle.has_value());
    EXPECT_EQ(particle->name, QStringLiteral("Maria von Bonsdorff"));
    const auto comma =
        ActorExtractor::personFromLine(QStringLiteral("Anna-Liisa Virtanen, kehittämispäällikkö"));
    ASSERT_TRUE(comma.has_value());
    EXPECT_EQ(comma->name, QStringLiteral("Anna-Liisa Virtanen"));
    EXPECT_EQ(comma->role, QStringLiteral("kehittämispäällikkö"));
}

TEST(ActorExtractor, HeadingsAndProseAreNotPeople)
{
    EXPECT_FALSE(ActorExtractor::personFromLine(
        QStringLiteral("Alahankkeiden vastuuhenkilöt ja projektityöntekijät")));
    EXPECT_FALSE(ActorExtractor::personFromLine(QStringLiteral("Sosiaali- ja terveysministeriö (STM)")));
    EXPECT_FALSE(ActorExtractor::personFromLine(
        QStringLiteral("Hanketta tehdään laajassa yhteistyössä kuntien ja kuntayhtymien kesken.")));
}

TEST(ActorExtractor, AdministratorFromASentence)
{
    const Actors actors =
        ActorExtractor::extract(lines({QStringLiteral("Hankkeen hallinnoijana toimii Hämeen liitto.")}));
    ASSERT_EQ(actors.organizations.size(), 1);
    EXPECT_EQ(actors.organizations[0].name, QStringLiteral("Hämeen liitto"));
    EXPECT_EQ(actors.organizations[0].role, OrganizationRole::Administrator);
}

TEST(ActorExtractor, CoImplementersFromAListUnderAHeading)
{
    const Actors actors = ActorExtractor::extract(
        lines({QStringLiteral("Osatoteuttajat:"), QString(),
               QStringLiteral(
                   "Hattulan kunta, Janakkalan kunta. Lopen kunta, Forssan seudun hyvinvointikuntayhtymä")}));
    ASSERT_EQ(actors.organizations.size(), 4);
    EXPECT_EQ(actors.organizations[1].name, QStringLiteral("Janakkalan kunta"));
    EXPECT_EQ(actors.organizations[2].name, QStringLiteral("Lopen kunta"));
    for (const auto &organization : actors.organizations)
        EXPECT_EQ(organization.role, OrganizationRole::CoImplementer);
}

TEST(ActorExtractor, PartnersFromKumppaneinaAndMukana)
{
    const Actors actors = ActorExtractor::extract(lines(
        {QStringLiteral(
             "Kehittämisessä ovat mukana Etelä-Pohjanmaan alue, Päijät-Hämeen alue ja Satakunnan alue"),
         QStringLiteral("Lisäksi kumppaneina toimivat alueen oppilaitokset, sekä yritykset ja järjestöt sekä "
                        "sosiaalialan osaamiskeskus Pikassos Oy.")}));
    QStringList names;
    for (const auto &organization : actors.organizations) {
        names.append(organization.name);
        EXPECT_EQ(organization.role, OrganizationRole::Partner);
    }
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("Etelä-Pohjanmaan alue"), QStringLiteral("Päijät-Hämeen alue"),
                           QStringLiteral("Satakunnan alue"), QStringLiteral("alueen oppilaitokset"),
                           QStringLiteral("yritykset ja järjestöt"),
                           QStringLiteral("sosiaalialan osaamiskeskus Pikassos Oy")}));
}

TEST(ActorExtractor, AJaInsideOneNameDoesNotSplitIt)
{
    EXPECT_EQ(ActorExtractor::splitOrganizations(QStringLiteral("Helsingin ja Uudenmaan sairaanhoitopiiri")),
              QStringList{QStringLiteral("Helsingin ja Uudenmaan sairaanhoitopiiri")});
}

TEST(ActorExtractor, AHyphenSharingAWordsEndKeepsTheNameWhole)
{
    const Actors actors = ActorExtractor::extract(
        lines({QStringLiteral("Hankkeen hallinnoijana toimii Pohjois-Karjalan sosiaali- ja terveyspalvelujen "
                              "kuntayhtymä Siun sote.")}));
    ASSERT_EQ(actors.organizations.size(), 1);
    EXPECT_EQ(actors.organizations[0].name,
              QStringLiteral("Pohjois-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä Siun sote"));
}

TEST(ActorExtractor, TheSentenceAfterARoleSentenceNamesNoOrganisation)
{
    const Actors actors =
        ActorExtractor::extract(lines({QStringLiteral("Hankkeen hallinnoijana toimii Siun sote. Toteutukseen "
                                                      "osallistuvat maakunnan kunnat ja järjestöt.")}));
    ASSERT_EQ(actors.organizations.size(), 1);
    EXPECT_EQ(actors.organizations[0].name, QStringLiteral("Siun sote"));
}
