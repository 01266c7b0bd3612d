#include "core/TextSimilarity.h"

#include <gtest/gtest.h>

using namespace salkku::core;

TEST(TextSimilarity, KeyWordsAreFoldedAndLeaveOutGenericWordsNumbersAndShortWords)
{
    EXPECT_EQ(TextSimilarity::keyWords(QStringLiteral("Keski-Suomen hyvinvointialueen OMAVALVONTAOHJELMA "
                                                      "(= valvontasuunnitelma) 2021 ja raportti")),
              (QStringList{QStringLiteral("omavalvontaohjelma"), QStringLiteral("valvontasuunnitelma")}));
    // Decomposed ä (a + U+0308) is the same word as the composed one.
    EXPECT_EQ(TextSimilarity::keyWords(QStringLiteral("Tiedolla johtamisen kehitta\u0308minen")),
              TextSimilarity::keyWords(QStringLiteral("tiedolla johtamisen kehittäminen")));
    EXPECT_TRUE(TextSimilarity::keyWords(QStringLiteral("Raportti ja selvityksen kuvaus")).isEmpty());
}

TEST(TextSimilarity, SameWordAcceptsInflectionsAndCompoundHeads)
{
    EXPECT_TRUE(TextSimilarity::sameWord(QStringLiteral("omavalvontaohjelman"),
                                         QStringLiteral("omavalvontaohjelma")));
    EXPECT_TRUE(
        TextSimilarity::sameWord(QStringLiteral("tietojohtamisen"), QStringLiteral("tietojohtaminen")));
    EXPECT_TRUE(
        TextSimilarity::sameWord(QStringLiteral("kehittämissuunnitelma"), QStringLiteral("suunnitelma")));
    EXPECT_TRUE(
        TextSimilarity::sameWord(QStringLiteral("omavalvontaohjelmaa"), QStringLiteral("valvontaohjelma")));
    EXPECT_FALSE(TextSimilarity::sameWord(QStringLiteral("hyvinvointikertomus"),
                                          QStringLiteral("hyvinvointiohjelma")));
    EXPECT_FALSE(TextSimilarity::sameWord(QStringLiteral("palveluverkkosuunnittelussa"),
                                          QStringLiteral("palveluverkkolinjaukset")));
    EXPECT_FALSE(TextSimilarity::sameWord(QStringLiteral("kotihoito"), QStringLiteral("kotiin")));
}

TEST(TextSimilarity, NearlySameOutputsAcrossRegions)
{
    // The example: an omavalvontaohjelma in two regions.
    EXPECT_TRUE(TextSimilarity::nearlySame(QStringLiteral("Omavalvontaohjelman selvityksen raportti"),
                                           QStringLiteral("Keski-Suomen hyvinvointialueen omavalvontaohjelma "
                                                          "(= valvontasuunnitelma)")));
    EXPECT_TRUE(TextSimilarity::nearlySame(QStringLiteral("Tietojohtamisen suunnitelma v.2.0"),
                                           QStringLiteral("Tietojohtamisen kehittämissuunnitelma")));
    EXPECT_TRUE(TextSimilarity::nearlySame(QStringLiteral("Asiakasmaksujen toimintaohje"),
                                           QStringLiteral("ASIAKASMAKSUJEN TOIMINTAOHJE")));
    // Only generic words: the same wording only.
    EXPECT_TRUE(TextSimilarity::nearlySame(QStringLiteral("Raportti"), QStringLiteral("raportti ")));
    EXPECT_FALSE(TextSimilarity::nearlySame(QStringLiteral("Raportti"), QStringLiteral("Selvitys")));
}

TEST(TextSimilarity, DifferentOutputsAreNotNearlySame)
{
    // "Toimintamalli" alone says nothing.
    EXPECT_FALSE(TextSimilarity::nearlySame(
        QStringLiteral("Toimintamalli palveluketjujen ohjauksen kielellisen sujuvuuden tukemiseksi"),
        QStringLiteral("Toimintamalli terveyshyötyarvion käytöstä")));
    // One shared word of two is not enough.
    EXPECT_FALSE(
        TextSimilarity::nearlySame(QStringLiteral("Kuvaus kolmen palvelun valvonnan nykytilasta"),
                                   QStringLiteral("Keski-Suomen hyvinvointialueen valvonnan käsikirja")));
    // One shared word is not enough to make a long output the same as a short one.
    EXPECT_FALSE(TextSimilarity::nearlySame(
        QStringLiteral("Tietojohtamisen suunnitelma v.2.0"),
        QStringLiteral(
            "Nykyisten järjestämisvastuullisten organisaatioiden tietojohtamisen kypsyystasoarvio")));
    // The same region's name is not a shared meaning.
    EXPECT_FALSE(TextSimilarity::nearlySame(QStringLiteral("Keski-Suomen hyvinvointikertomus 2017-2020"),
                                            QStringLiteral("Keski-Suomen hyvinvointiohjelma 2021-2024")));
}

TEST(TextSimilarity, LikenessRanksSharedWords)
{
    const QStringList a{QStringLiteral("tietojohtaminen"), QStringLiteral("omavalvontaohjelma")};
    const QStringList b{QStringLiteral("tietojohtamisen"), QStringLiteral("hyvinvointikertomus")};
    const QStringList c{QStringLiteral("kotihoito"), QStringLiteral("saattohoito")};
    EXPECT_DOUBLE_EQ(TextSimilarity::likeness(a, a), 1.0);
    EXPECT_DOUBLE_EQ(TextSimilarity::likeness(a, b), 0.5);
    EXPECT_DOUBLE_EQ(TextSimilarity::likeness(a, c), 0.0);
    EXPECT_DOUBLE_EQ(TextSimilarity::likeness(a, {}), 0.0);
    EXPECT_DOUBLE_EQ(TextSimilarity::overlap({QStringLiteral("tietojohtamisen")}, a), 1.0);
}
