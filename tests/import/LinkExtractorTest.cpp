#include "import/LinkExtractor.h"

#include <gtest/gtest.h>

using namespace salkku::importer;

namespace {

QList<Line> lines(const QStringList &texts)
{
    QList<Line> out;
    for (const QString &text : texts)
        out.append(Line{static_cast<int>(out.size()) + 1, text});
    return out;
}

} // namespace

TEST(LinkExtractor, SocialMediaHandlesBecomeAddresses)
{
    const auto links =
        LinkExtractor::fromLines(lines({QStringLiteral("Facebook:@keskisuomi"),
                                        QStringLiteral("Twitter: @sote"), QStringLiteral("Instagram:@x.y")}),
                                 true);
    ASSERT_EQ(links.size(), 3);
    EXPECT_EQ(links[0].label, QStringLiteral("Facebook"));
    EXPECT_EQ(links[0].url, QStringLiteral("https://www.facebook.com/keskisuomi"));
    EXPECT_EQ(links[1].url, QStringLiteral("https://twitter.com/sote"));
    EXPECT_EQ(links[2].url, QStringLiteral("https://www.instagram.com/x.y"));
}

TEST(LinkExtractor, UrlsAnywhereWithTheirLabel)
{
    const auto links =
        LinkExtractor::fromLines(lines({QStringLiteral("Loppuraportti: https://example.fi/raportti.pdf."),
                                        QStringLiteral("www.example.fi")}),
                                 false);
    ASSERT_EQ(links.size(), 2);
    EXPECT_EQ(links[0].label, QStringLiteral("Loppuraportti"));
    EXPECT_EQ(links[0].url, QStringLiteral("https://example.fi/raportti.pdf"));
    EXPECT_EQ(links[1].label, QStringLiteral("www.example.fi"));
    EXPECT_EQ(links[1].url, QStringLiteral("https://www.example.fi"));
}

TEST(LinkExtractor, NamedSiteWithoutAddressIsKeptWithEmptyUrl)
{
    const auto links =
        LinkExtractor::fromLines(lines({QStringLiteral("Blogi:Keski-Suomen sote-uudistus")}), true);
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links[0].label, QStringLiteral("Blogi: Keski-Suomen sote-uudistus"));
    EXPECT_TRUE(links[0].url.isEmpty());
    EXPECT_TRUE(LinkExtractor::fromLines(lines({QStringLiteral("Blogi:Keski-Suomen sote-uudistus")}), false)
                    .isEmpty());
}

TEST(LinkExtractor, ProseWithAColonIsNoLink)
{
    EXPECT_TRUE(LinkExtractor::fromLines(lines({QStringLiteral("Huomio: tämä on tavallista tekstiä")}), true)
                    .isEmpty());
}

TEST(LinkExtractor, MergeSkipsDuplicates)
{
    QList<salkku::core::Link> into{{QStringLiteral("a"), QStringLiteral("https://x.fi")}};
    LinkExtractor::merge(
        into, {{QStringLiteral("b"), QStringLiteral("https://x.fi")}, {QStringLiteral("c"), QString()}});
    EXPECT_EQ(into.size(), 2);
}
