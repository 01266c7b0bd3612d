#include "import/LabelTable.h"

#include <gtest/gtest.h>

using namespace salkku::importer;
using salkku::core::PageKind;

TEST(LabelTable, FindsAWholeLineLabel)
{
    const LabelSpec *spec = LabelTable::find(QStringLiteral("Tuotokset ja tulokset"), PageKind::Project);
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(spec->role, FieldRole::Section);
    EXPECT_EQ(spec->aspect, SubAreaAspect::Outputs);
}

TEST(LabelTable, ALineThatOnlyBeginsWithALabelIsBodyText)
{
    EXPECT_EQ(LabelTable::find(QStringLiteral("Tuotokset ja tulokset ovat niiden myötä erittäin laajoja."),
                               PageKind::Project),
              nullptr);
}

TEST(LabelTable, IgnoresCaseColonAndNoBreakSpaces)
{
    EXPECT_NE(LabelTable::find(QStringLiteral(" viimeksi\u00A0MUOKATTU: "), PageKind::Project), nullptr);
}

TEST(LabelTable, LabelsBelongToTheirPageKind)
{
    EXPECT_TRUE(LabelTable::isNameLabel(QStringLiteral("Kokonaisuuden nimi"), PageKind::Project));
    EXPECT_FALSE(LabelTable::isNameLabel(QStringLiteral("Kokonaisuuden nimi"), PageKind::Practice));
    EXPECT_TRUE(LabelTable::isNameLabel(QStringLiteral("Toimintamallin nimi"), PageKind::Practice));
    EXPECT_EQ(LabelTable::find(QStringLiteral("Toteutuspaikka"), PageKind::Project), nullptr);
}

TEST(LabelTable, RecognisesPageChrome)
{
    EXPECT_TRUE(LabelTable::isTabLine(QStringLiteral("icon/chevron-down Created with Sketch. Perustiedot")));
    EXPECT_TRUE(
        LabelTable::isTabLine(QStringLiteral(" \t icon/chevron-down Created with Sketch. Yhteystiedot ")));
    EXPECT_FALSE(
        LabelTable::isTabLine(QStringLiteral("Kuva: icon/chevron-down Created with Sketch. Perustiedot")));
    EXPECT_FALSE(LabelTable::isTabLine(QStringLiteral("icon/chevron-down Perustiedot")));
    EXPECT_TRUE(LabelTable::isChrome(QStringLiteral("Kirjoita hakusi ja paina Enter.")));
    EXPECT_TRUE(LabelTable::isChrome(QStringLiteral("Lue myös")));
    EXPECT_FALSE(LabelTable::isChrome(QStringLiteral("Lue myös tämä raportti, se on hyvä.")));
}
