#include "import/PageLines.h"

#include <gtest/gtest.h>

using namespace salkku::importer;

TEST(PageLines, SplitsCrLfCrAndLfAndNumbersLines)
{
    const QList<Line> lines = splitLines(QStringLiteral("a\r\nb\rc\nd"));
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].text, QStringLiteral("a"));
    EXPECT_EQ(lines[1].text, QStringLiteral("b"));
    EXPECT_EQ(lines[2].text, QStringLiteral("c"));
    EXPECT_EQ(lines[3].text, QStringLiteral("d"));
    EXPECT_EQ(lines[3].number, 4);
}

TEST(PageLines, NoBreakSpaceOnlyLineIsBlank)
{
    EXPECT_TRUE((Line{1, QStringLiteral(" \u00A0\u202F\t")}.isBlank()));
    EXPECT_FALSE((Line{1, QStringLiteral("\u00A0x")}.isBlank()));
}

TEST(ListLines, RecognisesEveryBulletKind)
{
    for (const QString &text :
         {QStringLiteral("  • Tuotos"), QStringLiteral("- Tuotos"), QStringLiteral("– Tuotos"),
          QStringLiteral("* Tuotos"), QStringLiteral("1. Tuotos"), QStringLiteral("12) Tuotos")}) {
        const ListLine item = classifyListLine(text);
        EXPECT_TRUE(item.bullet) << text.toStdString();
        EXPECT_EQ(item.content, QStringLiteral("Tuotos")) << text.toStdString();
    }
}

TEST(ListLines, MeasuresIndentation)
{
    EXPECT_EQ(classifyListLine(QStringLiteral("    • a")).indent, 4);
    EXPECT_EQ(classifyListLine(QStringLiteral("\t• a")).indent, 4);
    EXPECT_EQ(classifyListLine(QStringLiteral("\u00A0• a")).indent, 1);
}

TEST(ListLines, HyphenatedWordsAndALoneDashAreNotBullets)
{
    EXPECT_FALSE(classifyListLine(QStringLiteral("-ohjelma")).bullet);
    EXPECT_FALSE(classifyListLine(QStringLiteral("-")).bullet);
    EXPECT_FALSE(classifyListLine(QStringLiteral("2A Rahoitus")).bullet);
    EXPECT_FALSE(classifyListLine(QStringLiteral("2020. vuonna")).bullet);
}

TEST(JoinLines, CollapsesBlankRunsAndTrimsEnds)
{
    const QList<Line> lines{{1, QString()},           {2, QStringLiteral("  a  ")},
                            {3, QString()},           {4, QStringLiteral("\u00A0")},
                            {5, QStringLiteral("b")}, {6, QString()}};
    EXPECT_EQ(joinLines(lines, false), QStringLiteral("a\n\nb"));
    EXPECT_EQ(joinLines(lines, true), QStringLiteral("  a\n\nb"));
}
