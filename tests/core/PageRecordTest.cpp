#include "core/PageRecord.h"

#include <gtest/gtest.h>

using namespace salkku;

TEST(Years, AreARangeOneYearOrNothingEverywhere)
{
    EXPECT_EQ(core::yearsText(2020, 2022), QStringLiteral("2020–2022"));
    EXPECT_EQ(core::yearsText(2021, 2021), QStringLiteral("2021"));
    EXPECT_EQ(core::yearsText(2021, std::nullopt), QStringLiteral("2021"));
    EXPECT_EQ(core::yearsText(std::nullopt, 2023), QStringLiteral("2023"));
    EXPECT_EQ(core::yearsText(std::nullopt, std::nullopt), QString());
}

TEST(Years, APageWithoutYearsSaysItsOwnWords)
{
    EXPECT_EQ(core::yearsText(core::Timeline{QStringLiteral("toistaiseksi"), std::nullopt, std::nullopt}),
              QStringLiteral("toistaiseksi"));
    EXPECT_EQ(core::yearsText(core::Timeline{QStringLiteral("vuosina 2020-2021"), 2020, 2021}),
              QStringLiteral("2020–2021"));
}

TEST(PageRecord, APageWithoutANameIsListedByItsFilesName)
{
    EXPECT_EQ(core::displayName(QStringLiteral("Nimi"), QStringLiteral("/a/b.txt")), QStringLiteral("Nimi"));
    EXPECT_EQ(core::displayName(QString(), QStringLiteral("/a/polku--kehittamisen-polku.txt")),
              QStringLiteral("polku--kehittamisen-polku"));
}

TEST(PageRecord, PartsHaveKeys)
{
    for (const auto part :
         {core::PagePart::Main, core::PagePart::DevelopmentPath, core::PagePart::PracticeList})
        EXPECT_EQ(core::pagePartFromKey(core::pagePartKey(part)), part);
    EXPECT_FALSE(core::pagePartFromKey(QStringLiteral("other")).has_value());
}
