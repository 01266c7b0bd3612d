#include "import/FinnishDates.h"

#include <gtest/gtest.h>

using namespace salkku::importer;

TEST(FinnishDates, ReadsDayMonthYear)
{
    const DateParse date = FinnishDates::parseDate(QStringLiteral("17.09.2020"));
    EXPECT_TRUE(date.looksLikeDate);
    ASSERT_TRUE(date.date.has_value());
    EXPECT_EQ(*date.date, QDate(2020, 9, 17));
    EXPECT_EQ(FinnishDates::parseDate(QStringLiteral("1.9.2016")).date, QDate(2016, 9, 1));
    EXPECT_EQ(FinnishDates::parseDate(QStringLiteral("2020-09-17")).date, QDate(2020, 9, 17));
}

TEST(FinnishDates, AnImpossibleDateLooksLikeADateButHasNoValue)
{
    const DateParse date = FinnishDates::parseDate(QStringLiteral("31.02.2021"));
    EXPECT_TRUE(date.looksLikeDate);
    EXPECT_FALSE(date.date.has_value());
}

TEST(FinnishDates, TextIsNoDate)
{
    EXPECT_FALSE(FinnishDates::parseDate(QStringLiteral("syksyllä 2020")).looksLikeDate);
}

TEST(FinnishDates, YearsFromTimelineSentences)
{
    for (const QString &text :
         {QStringLiteral("Hanke toteutetaan vuosina 2020-2021"),
          QStringLiteral("Hanke toteutettiin vuosina 2020–2021."), QStringLiteral("1.1.2020 – 31.12.2021")}) {
        const YearSpan span = FinnishDates::yearsOf(text);
        EXPECT_EQ(span.start, 2020) << text.toStdString();
        EXPECT_EQ(span.end, 2021) << text.toStdString();
    }
}

TEST(FinnishDates, YearsFromDateRange)
{
    const YearSpan span = FinnishDates::yearsOf(QStringLiteral("1.9.2016 – 31.12.2018"));
    EXPECT_EQ(span.start, 2016);
    EXPECT_EQ(span.end, 2018);
}

TEST(FinnishDates, SingleYearAndNoYear)
{
    const YearSpan single = FinnishDates::yearsOf(QStringLiteral("Hanke toteutetaan vuonna 2021."));
    EXPECT_EQ(single.start, 2021);
    EXPECT_EQ(single.end, 2021);
    EXPECT_FALSE(FinnishDates::yearsOf(QStringLiteral("Hanke on käynnissä")).start.has_value());
}

TEST(FinnishDates, MoneyAndPercentagesAreNotYears)
{
    EXPECT_FALSE(FinnishDates::yearsOf(QStringLiteral("Budjetti 1500,50 euroa")).start.has_value());
}
