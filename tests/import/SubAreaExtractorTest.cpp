#include "import/SubAreaExtractor.h"

#include <gtest/gtest.h>

using namespace salkku::importer;
using Kind = SubAreaHeading::Kind;

namespace {

QList<Line> lines(const QString &text)
{
    return splitLines(text);
}

QList<salkku::core::SubArea> extract(SubAreaAspect aspect, const QString &text)
{
    SubAreaExtractor extractor;
    extractor.addSection(aspect, lines(text));
    return extractor.subAreas();
}

} // namespace

TEST(SubAreaHeadings, RecogniseEveryFormSeen)
{
    struct Case
    {
        QString text;
        int number;
        Kind kind;
    };
    const QList<Case> cases{
        {QStringLiteral("Osa-alue 1: Vapaaehtoinen valmistelu:"), 1, Kind::Plain},
        {QStringLiteral("Osa-alue 2 "), 2, Kind::Plain},
        {QStringLiteral("osa-alue 3"), 3, Kind::Plain},
        {QStringLiteral("OSA-ALUE 4:"), 4, Kind::Plain},
        {QStringLiteral("Osa-alue 1 keskeiset tulokset: Tavoitteet täyttyivät"), 1, Kind::Results},
        {QStringLiteral("Osa-alue 2 keskeiset tulokset. Tavoitteet täyttyivät"), 2, Kind::Results},
        {QStringLiteral("Yleinen arviointi osa-alue 1:"), 1, Kind::Results},
        {QStringLiteral("Keskeiset tuotokset ja saavutetut tulokset, osa-alue 1:"), 1, Kind::Outputs},
        {QStringLiteral("keskeiset tuotokset ja saavutetut tulokset, osa-alue 3"), 3, Kind::Outputs},
    };
    for (const Case &c : cases) {
        const auto heading = SubAreaExtractor::matchHeading(c.text.trimmed());
        ASSERT_TRUE(heading.has_value()) << c.text.toStdString();
        EXPECT_EQ(heading->number, c.number) << c.text.toStdString();
        EXPECT_EQ(heading->kind, c.kind) << c.text.toStdString();
    }
}

TEST(SubAreaHeadings, MidSentenceMentionsAreNotHeadings)
{
    for (const QString &text :
         {QStringLiteral("Osa-alueen 4 kautta on syntynyt selkeä suunnitelma."),
          QStringLiteral("Osa-alue 4 oli suuri kokonaisuus, jolla oli useita tavoitteita."),
          QStringLiteral("Erityisesti rakenneuudistuksen osa-alue 3 on vahvasti linkittynyt."),
          QStringLiteral("kaikki rahoitus haetaan osana osa-aluetta 3.")})
        EXPECT_FALSE(SubAreaExtractor::matchHeading(text).has_value()) << text.toStdString();
}

TEST(SubAreaExtractor, TitleAndGoalFromTheGoalSection)
{
    const auto areas = extract(SubAreaAspect::Goal, QStringLiteral("Yleistä tekstiä.\n\n"
                                                                   "Osa-alue 1: Johtaminen:\n\n"
                                                                   "  • Tavoitteena on A\n\n"
                                                                   "Osa-alue 2: Digi\n\n"
                                                                   "  • Tavoitteena on B\n  • ja C\n"));
    ASSERT_EQ(areas.size(), 2);
    EXPECT_EQ(areas[0].title, QStringLiteral("Johtaminen"));
    EXPECT_EQ(areas[0].goal, QStringLiteral("Tavoitteena on A"));
    EXPECT_EQ(areas[1].goal, QStringLiteral("Tavoitteena on B\nja C"));
}

TEST(SubAreaExtractor, NestedOutputsUnderABulletHeadingAndBenefits)
{
    const auto areas =
        extract(SubAreaAspect::Outputs, QStringLiteral("  • Osa-alue 1 keskeiset tulokset: Hyvin meni:\n\n"
                                                       "    • Tuotos A\n"
                                                       "    • Tuotos B\n"
                                                       "  • Saavutetut hyödyt: Paljon hyötyä.\n"));
    ASSERT_EQ(areas.size(), 1);
    EXPECT_EQ(areas[0].outputs, (QStringList{QStringLiteral("Tuotos A"), QStringLiteral("Tuotos B")}));
    EXPECT_EQ(areas[0].results, QStringLiteral("Hyvin meni:"));
    EXPECT_EQ(areas[0].benefits, QStringLiteral("Paljon hyötyä."));
}

TEST(SubAreaExtractor, OutputsAtTheHeadingsLevel)
{
    const auto areas =
        extract(SubAreaAspect::Outputs, QStringLiteral("  • Osa-alue 2 keskeiset tulokset. Täyttyi:\n"
                                                       "  • Tuotos A\n"
                                                       "  • Tuotos B\n"
                                                       "  • Saavutetut hyödyt: H\n"));
    ASSERT_EQ(areas.size(), 1);
    EXPECT_EQ(areas[0].number, 2);
    EXPECT_EQ(areas[0].outputs.size(), 2);
}

TEST(SubAreaExtractor, AWrappedLineJoinsItsItem)
{
    const auto areas = extract(SubAreaAspect::Outputs, QStringLiteral("Osa-alue 1 tulokset:\n"
                                                                      "  • Palvelukokonaisuuksien\n"
                                                                      "    omien kohteiden edistäminen\n"
                                                                      "  • Toinen\n"));
    ASSERT_EQ(areas.size(), 1);
    EXPECT_EQ(areas[0].outputs,
              (QStringList{QStringLiteral("Palvelukokonaisuuksien omien kohteiden edistäminen"),
                           QStringLiteral("Toinen")}));
}

TEST(SubAreaExtractor, AListUnderAnOutputBelongsToIt)
{
    const auto areas = extract(SubAreaAspect::Outputs, QStringLiteral("Keskeiset tuotokset, osa-alue 1:\n"
                                                                      "- Malli\n"
                                                                      "    - osa yksi\n"
                                                                      "    - osa kaksi\n"
                                                                      "- Opas\n"));
    ASSERT_EQ(areas.size(), 1);
    ASSERT_EQ(areas[0].outputs.size(), 2);
    EXPECT_EQ(areas[0].outputs[0], QStringLiteral("Malli\n– osa yksi\n– osa kaksi"));
}

TEST(SubAreaExtractor, HeadingsStyleWithEvaluationThenOutputs)
{
    const auto areas = extract(SubAreaAspect::Outputs,
                               QStringLiteral("Yleistä.\n\nYleinen arviointi osa-alue 1:\n\n"
                                              "Tavoitteet saavutettiin.\n\n"
                                              "Keskeiset tuotokset ja saavutetut tulokset, osa-alue 1:\n\n"
                                              " • Viestintä\n\n • Laatuverkosto\n\n"
                                              "Osa-alue 2\n\nKuvaus.\n\n"
                                              "1. Numeroitu tuotos\n"));
    ASSERT_EQ(areas.size(), 2);
    EXPECT_EQ(areas[0].results, QStringLiteral("Tavoitteet saavutettiin."));
    EXPECT_EQ(areas[0].outputs.size(), 2);
    EXPECT_EQ(areas[1].results, QStringLiteral("Kuvaus."));
    EXPECT_EQ(areas[1].outputs, QStringList{QStringLiteral("Numeroitu tuotos")});
}

TEST(SubAreaExtractor, OneLineSummaryGivesTitleButNotTheNextParagraph)
{
    const auto areas =
        extract(SubAreaAspect::Outputs, QStringLiteral("Osa-alue 4: Yhteistyö: erikoissairaanhoito\n\n"
                                                       "Arvioinnin liitteenä on loppuraportti.\n"));
    ASSERT_EQ(areas.size(), 1);
    EXPECT_EQ(areas[0].title, QStringLiteral("Yhteistyö"));
    EXPECT_EQ(areas[0].results, QStringLiteral("erikoissairaanhoito"));
}

TEST(SubAreaExtractor, ImpactsInlineAndOnFollowingLines)
{
    const auto areas =
        extract(SubAreaAspect::Impacts,
                QStringLiteral("Osa-alue 1: Vaikutti paljon.\n\nOsa-alue 2:\n\nVaikutti myös.\n"));
    ASSERT_EQ(areas.size(), 2);
    EXPECT_EQ(areas[0].impacts, QStringLiteral("Vaikutti paljon."));
    EXPECT_EQ(areas[1].impacts, QStringLiteral("Vaikutti myös."));
}

TEST(SubAreaExtractor, SectionsCombineByNumber)
{
    SubAreaExtractor extractor;
    extractor.addSection(SubAreaAspect::Goal, lines(QStringLiteral("Osa-alue 1: Otsikko\n  • Tavoite")));
    extractor.addSection(SubAreaAspect::Outputs, lines(QStringLiteral("Osa-alue 1 tulokset:\n  • Tuotos")));
    extractor.addSection(SubAreaAspect::Impacts, lines(QStringLiteral("Osa-alue 1: Vaikutus")));
    const auto areas = extractor.subAreas();
    ASSERT_EQ(areas.size(), 1);
    EXPECT_EQ(areas[0].title, QStringLiteral("Otsikko"));
    EXPECT_EQ(areas[0].goal, QStringLiteral("Tavoite"));
    EXPECT_EQ(areas[0].outputs, QStringList{QStringLiteral("Tuotos")});
    EXPECT_EQ(areas[0].impacts, QStringLiteral("Vaikutus"));
}

TEST(SubAreaExtractor, BulletsBeforeAnySubAreaAreNotOutputs)
{
    EXPECT_TRUE(
        extract(SubAreaAspect::Outputs, QStringLiteral("Keskeiset tuotokset:\n • A\n • B\n")).isEmpty());
}
