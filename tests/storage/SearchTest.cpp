#include "StorageTestSupport.h"
#include "storage/SearchIndex.h"

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;

namespace {

class Search : public OnBothBackends
{
protected:
    void SetUp() override
    {
        m_store = m_portfolio.open();
        ASSERT_TRUE(m_store);
        int n = 0;
        for (const QString &text :
             {projectPageText(
                  QStringLiteral("Lapin omavalvonta"),
                  QStringLiteral("Toimijat\n\nMia Käyhkö Projektipäällikkö\n\n"
                                 "Tuotokset ja tulokset\n\nOsa-alue 1 keskeiset tulokset:\n"
                                 "  • Alueellisen omavalvontaohjelman luonnos\n  • Palvelustrategia 2030\n")),
              projectPageText(
                  QStringLiteral("Kainuun tietojohtaminen"),
                  QStringLiteral("Kokonaisuuden tarkoitus ja tavoitteet\n\nVahvistetaan tietojohtamisen "
                                 "käytäntöjä ja strategiaa.\n")),
              projectPageText(
                  QStringLiteral("Satakunnan Mia Kayhko"),
                  QStringLiteral("Kokonaisuuden tarkoitus ja tavoitteet\n\nKayhko kirjoitettuna ilman "
                                 "pisteitä.\n"))}) {
            const auto stored =
                m_store->store(textRecord(text), sourceFor(QString::number(n), QString::number(n)));
            ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
            ++n;
        }
    }

    QStringList namesFor(const QString &query) { return hitNames(*m_store, query); }

    TemporaryPortfolio m_portfolio{GetParam()};
    std::unique_ptr<storage::PortfolioStore> m_store;
};

} // namespace

TEST_P(Search, IsCaseInsensitive)
{
    EXPECT_EQ(namesFor(QStringLiteral("LAPIN")), QStringList{QStringLiteral("Lapin omavalvonta")});
}

TEST_P(Search, AWordFindsItsInflectedForms)
{
    EXPECT_EQ(namesFor(QStringLiteral("omavalvontaohjelma")),
              QStringList{QStringLiteral("Lapin omavalvonta")});
    EXPECT_TRUE(namesFor(QStringLiteral("strategia")).contains(QStringLiteral("Kainuun tietojohtaminen")));
}

TEST_P(Search, AWordFindsTheCompoundsThatContainIt)
{
    EXPECT_TRUE(namesFor(QStringLiteral("strategia")).contains(QStringLiteral("Lapin omavalvonta")));
}

TEST_P(Search, AStemChangeIsFollowedThroughBaseForms)
{
    EXPECT_EQ(namesFor(QStringLiteral("tietojohtaminen")),
              QStringList{QStringLiteral("Kainuun tietojohtaminen")});
}

TEST_P(Search, TypingWithoutDiacriticsFindsThemAndExactLettersRankFirst)
{
    const QStringList names = namesFor(QStringLiteral("Käyhkö"));
    ASSERT_EQ(names.size(), 2);
    EXPECT_EQ(names[0], QStringLiteral("Lapin omavalvonta"));
    const QStringList folded = namesFor(QStringLiteral("kayhko"));
    ASSERT_EQ(folded.size(), 2);
    EXPECT_EQ(folded[0], QStringLiteral("Satakunnan Mia Kayhko"));
}

TEST_P(Search, SeveralWordsNarrow)
{
    EXPECT_EQ(namesFor(QStringLiteral("Mia kainuun")), QStringList());
    EXPECT_EQ(namesFor(QStringLiteral("käyhkö projektipäällikkö")),
              QStringList{QStringLiteral("Lapin omavalvonta")});
}

TEST_P(Search, AQuotedPhraseMatchesAsAPhrase)
{
    EXPECT_EQ(namesFor(QStringLiteral("\"omavalvontaohjelman luonnos\"")),
              QStringList{QStringLiteral("Lapin omavalvonta")});
    EXPECT_EQ(namesFor(QStringLiteral("\"luonnos omavalvontaohjelman\"")), QStringList());
}

TEST_P(Search, HitsSayWhereTheyMatchedWithAMarkedSnippet)
{
    auto hits = m_store->search(QStringLiteral("omavalvontaohjelman"));
    ASSERT_TRUE(hits.ok());
    ASSERT_FALSE(hits.value().isEmpty());
    bool subArea = false;
    for (const storage::SearchHit &hit : hits.value()) {
        EXPECT_TRUE(hit.snippet.contains(QStringLiteral("«omavalvontaohjelman»")))
            << hit.snippet.toStdString();
        if (hit.place == u"sub-area") {
            subArea = true;
            EXPECT_EQ(hit.subArea, 1);
        }
    }
    EXPECT_TRUE(subArea);
}

TEST_P(Search, FoldedMatchesAreMarkedOnTheTextAsWritten)
{
    auto hits = m_store->search(QStringLiteral("kayhko"));
    ASSERT_TRUE(hits.ok());
    bool marked = false;
    for (const storage::SearchHit &hit : hits.value())
        marked = marked || hit.snippet.contains(QStringLiteral("«Käyhkö»"));
    EXPECT_TRUE(marked);
}

TEST_P(Search, WhateverIsTypedNeverCausesAnError)
{
    const QStringList hostile{QStringLiteral("\""),
                              QStringLiteral("\"\""),
                              QStringLiteral("(lapin"),
                              QStringLiteral("lapin)"),
                              QStringLiteral("*"),
                              QStringLiteral("lap*"),
                              QStringLiteral("-lapin"),
                              QStringLiteral("exact:lapin"),
                              QStringLiteral("{exact}: x"),
                              QStringLiteral("AND"),
                              QStringLiteral("lapin AND"),
                              QStringLiteral("NEAR(a b)"),
                              QStringLiteral("NOT OR"),
                              QStringLiteral("^lapin"),
                              QStringLiteral("'; DROP TABLE pages;--"),
                              QStringLiteral("…"),
                              QStringLiteral(" "),
                              QStringLiteral("\u00A0"),
                              QString(10000, u'a'),
                              QStringLiteral("a b ").repeated(2500),
                              QStringLiteral("\"a").repeated(100)};
    for (const QString &query : hostile) {
        auto hits = m_store->search(query);
        EXPECT_TRUE(hits.ok()) << query.left(40).toStdString() << ": "
                               << (hits.ok() ? "" : hits.error().toString().toStdString());
    }
    EXPECT_EQ(namesFor(QStringLiteral("(lapin")), QStringList{QStringLiteral("Lapin omavalvonta")});
    EXPECT_EQ(m_store->list().value().size(), 3); // and nothing was dropped
}

TEST(SearchExpression, QuotesEveryWordAndKeepsPhrases)
{
    // As typed, as a prefix, folded (~), folded as a prefix.
    EXPECT_EQ(storage::SearchIndex::matchExpression(QStringLiteral("AND")),
              QStringLiteral("(\"AND\" OR \"AND\"* OR \"~AND\" OR \"~AND\"*)"));
    EXPECT_TRUE(storage::SearchIndex::matchExpression(QStringLiteral("\"tiedolla johtaminen\""))
                    .contains(QStringLiteral("\"tiedolla johtaminen\"")));
    EXPECT_TRUE(storage::SearchIndex::matchExpression(QStringLiteral("*:()")).isEmpty());
}

TEST(SearchSnippet, WindowAroundTheFirstMatch)
{
    const QString text = QStringLiteral("alku ").repeated(40) + QStringLiteral("\x01osuma\x02 loppu");
    const QString snippet = storage::SearchIndex::snippet(text);
    EXPECT_TRUE(snippet.startsWith(u'…'));
    EXPECT_TRUE(snippet.contains(QStringLiteral("«osuma» loppu")));
}

TEST_P(Search, MarksFromBothColumnsAreShownTogether)
{
    auto hits = m_store->search(QStringLiteral("kayhko projektipäällikkö"));
    ASSERT_TRUE(hits.ok());
    bool both = false;
    for (const storage::SearchHit &hit : hits.value())
        both = both || (hit.snippet.contains(QStringLiteral("«Käyhkö»")) &&
                        hit.snippet.contains(QStringLiteral("«Projektipäällikkö»")));
    EXPECT_TRUE(both);
}

TEST(SearchLongTexts, AVeryLongTextIsSearchedInPartsAndStaysFast)
{
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    const QString longText = QStringLiteral("Hankkeen sisältö on laaja ja monipuolinen. ").repeated(20000) +
                             QStringLiteral("Lopuksi omavalvontaohjelma.");
    ASSERT_TRUE(
        store
            ->store(textRecord(projectPageText(QStringLiteral("Lapin hanke"),
                                               QStringLiteral("Kokonaisuuden tarkoitus ja tavoitteet\n\n") +
                                                   longText + u'\n')),
                    sourceFor(QStringLiteral("a"), QStringLiteral("1")))
            .ok());
    const auto many = store->search(QStringLiteral("monipuolinen"), 5);
    ASSERT_TRUE(many.ok());
    EXPECT_EQ(many.value().size(), 5);
    const auto last = store->search(QStringLiteral("omavalvontaohjelma"));
    ASSERT_EQ(last.value().size(), 1);
    EXPECT_TRUE(last.value().front().snippet.contains(QStringLiteral("«omavalvontaohjelma»")));
    EXPECT_LT(last.value().front().snippet.size(), 400);
}

TEST_P(Search, SeveralWordsNarrowByPageNotByParagraph)
{
    // "Käyhkö" is in the page's people, "omavalvontaohjelman" in a sub-area: the page has both.
    EXPECT_EQ(namesFor(QStringLiteral("käyhkö omavalvontaohjelman")),
              QStringList{QStringLiteral("Lapin omavalvonta")});
    storage::BrowseFilter filter;
    filter.text = QStringLiteral("käyhkö omavalvontaohjelman");
    EXPECT_EQ(m_store->countPages(filter).value(), 1);
    filter.text = QStringLiteral("käyhkö tietojohtamisen");
    EXPECT_EQ(m_store->countPages(filter).value(), 0);
}

SALKKU_ON_BOTH_BACKENDS(Search);

namespace {

// A portfolio of pages, each a name and a purpose.
class SearchMeaning : public OnBothBackends
{
protected:
    void add(const QString &name, const QString &purpose)
    {
        if (!m_store)
            m_store = m_portfolio.open();
        ASSERT_TRUE(m_store);
        const auto stored = m_store->store(
            textRecord(projectPageText(name, QStringLiteral("Kokonaisuuden tarkoitus ja tavoitteet\n\n") +
                                                 purpose + u'\n')),
            sourceFor(name, name));
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    }

    QStringList namesFor(const QString &query) { return hitNames(*m_store, query); }

    TemporaryPortfolio m_portfolio{GetParam()};
    std::unique_ptr<storage::PortfolioStore> m_store;
};

} // namespace

TEST_P(SearchMeaning, ACompoundInsideACompoundIsFound)
{
    add(QStringLiteral("Helsinki"), QStringLiteral("Terveyshyötyarvio otettiin käyttöön."));
    add(QStringLiteral("Keski-Suomi"),
        QStringLiteral("Terveyshyötyarviomallia hyödyntämällä suunnitellaan."));
    add(QStringLiteral("Pirkanmaa"), QStringLiteral("Terveyshyödyt ja arviointi erikseen."));
    add(QStringLiteral("Kymenlaakso"), QStringLiteral("Monialainen asiakas- ja palveluohjauksen malli."));
    add(QStringLiteral("Kainuu"), QStringLiteral("Sosiaalipalveluohjaus kuntiin."));
    add(QStringLiteral("Lappi"), QStringLiteral("Palvelujen ohjaus ja asiakkaat."));
    EXPECT_EQ(namesFor(QStringLiteral("hyötyarvio")).size(), 2);
    EXPECT_TRUE(namesFor(QStringLiteral("hyötyarvio")).contains(QStringLiteral("Keski-Suomi")));
    const QStringList guidance = namesFor(QStringLiteral("palveluohjaus"));
    EXPECT_EQ(guidance.size(), 2) << guidance.join(u',').toStdString();
    EXPECT_TRUE(guidance.contains(QStringLiteral("Kymenlaakso")));
    EXPECT_TRUE(guidance.contains(QStringLiteral("Kainuu")));
    // The base forms of a compound's parts: "arviomallia" → "arviomalli".
    EXPECT_EQ(namesFor(QStringLiteral("arviomalli")), QStringList{QStringLiteral("Keski-Suomi")});
}

TEST_P(SearchMeaning, AWordTypedWithoutDiacriticsFindsItsInflectedFormsBelowExactLetters)
{
    add(QStringLiteral("Kanta-Häme"), QStringLiteral("Hämeenlinnan kaupunki ja Riihimäki."));
    add(QStringLiteral("Ilman pisteitä"), QStringLiteral("Toimitaan Hameenlinnassa ilman pisteitä."));
    add(QStringLiteral("Muu"), QStringLiteral("Turun kaupunki."));
    add(QStringLiteral("Käytännöt"), QStringLiteral("Yhteiset käytännöt sovittiin."));
    const QStringList names = namesFor(QStringLiteral("hameenlinnassa"));
    ASSERT_EQ(names.size(), 2) << names.join(u',').toStdString();
    EXPECT_EQ(names[0], QStringLiteral("Ilman pisteitä")); // the letters as typed
    EXPECT_EQ(names[1], QStringLiteral("Kanta-Häme"));
    EXPECT_EQ(namesFor(QStringLiteral("kaytanto")), QStringList{QStringLiteral("Käytännöt")});
    EXPECT_EQ(namesFor(QStringLiteral("riihimaella")), QStringList{QStringLiteral("Kanta-Häme")});
}

TEST_P(SearchMeaning, AHyphenatedWordIsTheWordsTogetherOrWrittenAsOne)
{
    add(QStringLiteral("Viiva"), QStringLiteral("Tulevaisuuden sote-keskuksen palvelut."));
    add(QStringLiteral("Yhdessä"), QStringLiteral("Digitaalinen sotekeskus."));
    add(QStringLiteral("Erillään"), QStringLiteral("Sote-uudistus ja keskus kaupungissa."));
    const QStringList names = namesFor(QStringLiteral("sote-keskus"));
    EXPECT_EQ(names.size(), 2) << names.join(u',').toStdString();
    EXPECT_FALSE(names.contains(QStringLiteral("Erillään")));
    // While it is being typed, the last word is a prefix.
    EXPECT_TRUE(namesFor(QStringLiteral("sote-kesk")).contains(QStringLiteral("Viiva")));
}

TEST_P(SearchMeaning, APhraseDoesNotMatchAcrossTwoPartsOfAPage)
{
    // Every page's summary is "Lyhyesti."; here the purpose, the next part of the page, begins with
    // "Kylillä".
    add(QStringLiteral("Kaksi osaa"), QStringLiteral("Kylillä käydään."));
    add(QStringLiteral("Yksi osa"), QStringLiteral("Lyhyesti kylillä käydään."));
    EXPECT_EQ(namesFor(QStringLiteral("\"lyhyesti kylillä\"")), QStringList{QStringLiteral("Yksi osa")});
}

TEST_P(SearchMeaning, HitsOfAPageComeTogetherBestFirstAndTheLimitCountsHits)
{
    add(QStringLiteral("Omaishoito"), QStringLiteral("Omaishoidon tuki."));
    add(QStringLiteral("Muu hanke"), QStringLiteral("Omaishoitoa tuetaan."));
    auto hits = m_store->search(QStringLiteral("omaishoito"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits.value().size(), 3);
    // The page named so ranks first; its name is its best part.
    EXPECT_EQ(hits.value()[0].name, QStringLiteral("Omaishoito"));
    EXPECT_EQ(hits.value()[0].place, QStringLiteral("name"));
    EXPECT_EQ(hits.value()[1].name, QStringLiteral("Omaishoito"));
    EXPECT_EQ(hits.value()[1].place, QStringLiteral("purpose"));
    EXPECT_TRUE(hits.value()[1].snippet.contains(QStringLiteral("«Omaishoidon»")));
    EXPECT_EQ(hits.value()[2].name, QStringLiteral("Muu hanke"));
    EXPECT_EQ(m_store->search(QStringLiteral("omaishoito"), 2).value().size(), 2);
}

TEST_P(SearchMeaning, APageNamedAfterAWordRanksAboveALongOneThatMentionsItHereAndThere)
{
    // Three paragraphs of about 2 900 characters, each a part of its own that says the word once.
    const QString filler = QStringLiteral("Kehitetään palveluja yhdessä asukkaiden ja järjestöjen kanssa. ");
    QStringList paragraphs;
    for (int i = 0; i < 3; ++i)
        paragraphs.append(filler.repeated(44) + QStringLiteral("Myös omaishoito mainitaan."));
    add(QStringLiteral("Pitkä hanke"), paragraphs.join(QStringLiteral("\n\n")));
    add(QStringLiteral("Omaishoito"), QStringLiteral("Tuetaan."));
    auto hits = m_store->search(QStringLiteral("omaishoito"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits.value().size(), 4);
    EXPECT_EQ(hits.value()[0].name, QStringLiteral("Omaishoito"));
    EXPECT_EQ(hits.value()[1].name, QStringLiteral("Pitkä hanke"));
}

TEST_P(SearchMeaning, APhraseIsMarkedWhole)
{
    add(QStringLiteral("Lappi"), QStringLiteral("Liikkuva etävastaanotto tulee kylille."));
    auto hits = m_store->search(QStringLiteral("\"liikkuva etävastaanotto\""));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits.value().size(), 1);
    EXPECT_TRUE(hits.value()[0].snippet.contains(QStringLiteral("«Liikkuva etävastaanotto» tulee")))
        << hits.value()[0].snippet.toStdString();
}

SALKKU_ON_BOTH_BACKENDS(SearchMeaning);
