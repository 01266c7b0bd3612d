#include "core/Comparison.h"

#include <gtest/gtest.h>

using namespace salkku::core;

namespace {

PageRecord page(const QString &name, const QString &region, QList<SubArea> subAreas)
{
    PageRecord record;
    record.name = name;
    record.region = region;
    record.purpose = QStringLiteral("Tarkoitus: ") + name;
    record.timeline = Timeline{QStringLiteral("Hanke toteutetaan vuosina 2020-2021"), 2020, 2021};
    record.subAreas = std::move(subAreas);
    return record;
}

SubArea subArea(int number, const QString &title, QStringList outputs)
{
    SubArea s;
    s.number = number;
    s.title = title;
    s.goal = QStringLiteral("Tavoite %1").arg(number);
    s.outputs = std::move(outputs);
    s.benefits = QStringLiteral("Hyödyt %1").arg(number);
    s.impacts = QStringLiteral("Vaikutukset %1").arg(number);
    return s;
}

const PageRecord kHelsinki = [] {
    PageRecord p = page(QStringLiteral("Helsingin rakenneuudistus"), QStringLiteral("Helsinki"),
                        {subArea(1, QStringLiteral("Koordinaatio"), {QStringLiteral("Hankesuunnitelma")}),
                         subArea(2, QStringLiteral("Johtamisen kehittäminen"),
                                 {QStringLiteral("Palveluketjuopas"),
                                  QStringLiteral("Omavalvontaohjelman selvityksen raportti"),
                                  QStringLiteral("Tietojohtamisen suunnitelma v.2.0")})});
    p.actors = {Person{QStringLiteral("Tiina Mäki"), QStringLiteral("Koordinoiva johtaja")},
                Person{QStringLiteral("Mia Käyhkö"), QStringLiteral("Projektipäällikkö (osa-alueet 1-3)")},
                Person{QStringLiteral("Katja Tenhovirta"), QStringLiteral("Projektipäällikkö (osa-alue 4)")}};
    p.contact = Contact{QStringLiteral("Mia Käyhkö"), QStringLiteral("Helsingin kaupunki"), QString()};
    return p;
}();

const PageRecord kKeskiSuomi = page(
    QStringLiteral("Keski-Suomen rakenneuudistus"), QStringLiteral("Keski-Suomi"),
    {subArea(2, QString(),
             {QStringLiteral("Tietojohtamisen kehittämissuunnitelma"),
              QStringLiteral("Keski-Suomen hyvinvointialueen omavalvontaohjelma (= valvontasuunnitelma)"),
              QStringLiteral("Toimintamalli terveyshyötyarvion käytöstä")})});

} // namespace

TEST(ItemRef, ParsesIdsAndSubAreas)
{
    EXPECT_EQ(ItemRef::parse(QStringLiteral("12")), (ItemRef{12, 0}));
    EXPECT_EQ(ItemRef::parse(QStringLiteral(" 12#2 ")), (ItemRef{12, 2}));
    EXPECT_EQ((ItemRef{12, 2}).toString(), QStringLiteral("12#2"));
    EXPECT_EQ((ItemRef{12, 0}).toString(), QStringLiteral("12"));
    for (const char *bad :
         {"", "#2", "12#", "12#0", "0", "-3", "12#2#3", "Helsinki", "12 #2", "99999999999999999999"})
        EXPECT_FALSE(ItemRef::parse(QString::fromUtf8(bad))) << bad;
}

TEST(ComparedItem, SubAreaColumnTakesItsOwnFieldsAndPeople)
{
    const auto item = ComparedItem::fromPage(kHelsinki, 7, 2);
    ASSERT_TRUE(item);
    EXPECT_EQ(item->ref, (ItemRef{7, 2}));
    EXPECT_EQ(item->title, QStringLiteral("2. Johtamisen kehittäminen"));
    EXPECT_EQ(item->goal, QStringLiteral("Tavoite 2"));
    EXPECT_EQ(item->outputs.size(), 3);
    EXPECT_EQ(item->timeline, QStringLiteral("2020–2021"));
    // Named for sub-areas 1-3: Mia Käyhkö only (she is also the contact, so she is not repeated).
    EXPECT_EQ(item->people, (QStringList{QStringLiteral("Mia Käyhkö (Projektipäällikkö (osa-alueet 1-3))")}));
    EXPECT_EQ(item->heading(), QStringLiteral("Helsinki · 2. Johtamisen kehittäminen"));
    EXPECT_FALSE(ComparedItem::fromPage(kHelsinki, 7, 9));
}

TEST(ComparedItem, UntitledSubAreaAndWholeProject)
{
    const auto untitled = ComparedItem::fromPage(kKeskiSuomi, 8, 2);
    ASSERT_TRUE(untitled);
    EXPECT_EQ(untitled->title, QStringLiteral("Sub-area 2"));
    const auto project = ComparedItem::fromPage(kHelsinki, 7, 0);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->title, QStringLiteral("1. Koordinaatio\n2. Johtamisen kehittäminen"));
    EXPECT_EQ(project->outputs.size(), 4);
    EXPECT_EQ(project->goal, QStringLiteral("Tarkoitus: Helsingin rakenneuudistus"));
    EXPECT_TRUE(project->benefits.contains(QStringLiteral("2. Johtamisen kehittäminen: Hyödyt 2")));
    EXPECT_EQ(project->people.size(), 3); // no sub-area: everyone
    EXPECT_EQ(project->heading(), QStringLiteral("Helsinki · Helsingin rakenneuudistus"));
}

TEST(ComparedItem, ProjectWithoutSubAreasUsesItsSections)
{
    PageRecord record =
        page(QStringLiteral("Pohjois-Pohjanmaan rakenneuudistus"), QStringLiteral("Pohjois-Pohjanmaa"), {});
    record.sections = {
        Section{QStringLiteral("Tuotokset ja tulokset"), QStringLiteral("Kymmenen osahanketta."), 3},
        Section{QStringLiteral("Vaikutukset ja vaikuttavuus"), QStringLiteral("Parempi yhteistyö."), 9}};
    const auto item = ComparedItem::fromPage(record, 3, 0);
    ASSERT_TRUE(item);
    EXPECT_EQ(item->results, QStringLiteral("Kymmenen osahanketta."));
    EXPECT_EQ(item->impacts, QStringLiteral("Parempi yhteistyö."));
}

TEST(Comparison, MarksOutputsCommonToTwoColumns)
{
    Comparison comparison(
        {*ComparedItem::fromPage(kHelsinki, 7, 2), *ComparedItem::fromPage(kKeskiSuomi, 8, 2)});
    ASSERT_EQ(comparison.size(), 2);
    ASSERT_EQ(comparison.commonOutputs().size(), 2);
    EXPECT_EQ(comparison.commonOutputs()[0].text, QStringLiteral("Omavalvontaohjelman selvityksen raportti"));
    EXPECT_EQ(comparison.commonOutputs()[0].occurrences, (QList<CommonOutput::Occurrence>{{0, 1}, {1, 1}}));
    EXPECT_EQ(comparison.commonOutputs()[1].text, QStringLiteral("Tietojohtamisen suunnitelma v.2.0"));
    EXPECT_TRUE(comparison.isCommon(0, 1));
    EXPECT_TRUE(comparison.isCommon(1, 0));
    EXPECT_FALSE(comparison.isCommon(0, 0)); // Palveluketjuopas
    EXPECT_FALSE(comparison.isCommon(1, 2)); // Toimintamalli terveyshyötyarvion käytöstä
    EXPECT_EQ(comparison.text(Aspect::Outputs, 0),
              QStringLiteral("• Palveluketjuopas\n★ Omavalvontaohjelman selvityksen raportti\n"
                             "★ Tietojohtamisen suunnitelma v.2.0"));
    EXPECT_EQ(comparison.text(Aspect::CommonOutputs, 1),
              QStringLiteral("★ Tietojohtamisen kehittämissuunnitelma\n★ Keski-Suomen hyvinvointialueen "
                             "omavalvontaohjelma (= valvontasuunnitelma)"));
    EXPECT_EQ(comparison.text(Aspect::Project, 1),
              QStringLiteral("Keski-Suomen rakenneuudistus\nKeski-Suomi"));
}

TEST(Comparison, SameColumnTwiceIsNotCommonAndOutputsOfOneColumnAreNotCommon)
{
    Comparison comparison;
    EXPECT_TRUE(comparison.append(*ComparedItem::fromPage(kHelsinki, 7, 2)));
    EXPECT_FALSE(comparison.append(*ComparedItem::fromPage(kHelsinki, 7, 2)));
    EXPECT_TRUE(comparison.commonOutputs().isEmpty());
    // The whole project and its sub-area share outputs: they are different columns, so they are common.
    EXPECT_TRUE(comparison.append(*ComparedItem::fromPage(kHelsinki, 7, 0)));
    EXPECT_EQ(comparison.commonOutputs().size(), 3);
}

TEST(Comparison, HoldsAtMostSixAndFollowsMovesAndRemovals)
{
    Comparison comparison;
    for (int i = 1; i <= 8; ++i)
        comparison.append(*ComparedItem::fromPage(kHelsinki, i, 2));
    EXPECT_EQ(comparison.size(), Comparison::kMaxItems);
    EXPECT_TRUE(comparison.isFull());

    Comparison two({*ComparedItem::fromPage(kHelsinki, 7, 2), *ComparedItem::fromPage(kKeskiSuomi, 8, 2)});
    two.move(0, 1);
    EXPECT_EQ(two.items()[0].ref.pageId, 8);
    EXPECT_EQ(two.commonOutputs()[0].occurrences[0].item, 0); // recomputed for the new order
    EXPECT_TRUE(two.isCommon(1, 1));
    two.move(0, 5); // out of range: nothing
    two.remove(0);
    EXPECT_EQ(two.size(), 1);
    EXPECT_TRUE(two.commonOutputs().isEmpty());
    two.remove(3);
    EXPECT_EQ(two.size(), 1);
    EXPECT_TRUE(two.text(Aspect::Goal, 4).isEmpty());
}

TEST(Comparison, AspectsHaveKeysAndLabels)
{
    const QList<Aspect> aspects = comparedAspects();
    EXPECT_EQ(aspects.size(), 10);
    EXPECT_EQ(aspects.first(), Aspect::Project);
    EXPECT_EQ(aspects.last(), Aspect::CommonOutputs);
    for (Aspect aspect : aspects) {
        EXPECT_FALSE(aspectKey(aspect).isEmpty());
        EXPECT_FALSE(aspectLabel(aspect).isEmpty());
    }
}
