#include "storage/FinnishTokenizer.h"

#include "StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <sqlite3.h>
#include <thread>

using salkku::storage::FinnishTokenizer;

namespace {

// An in-memory database with the tokenizer registered and a table of an exact and a folded column.
class FinnishTokenizerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        const auto registered = FinnishTokenizer::registerOn(m_db);
        ASSERT_TRUE(registered.ok()) << registered.error().toString().toStdString();
        exec("CREATE VIRTUAL TABLE t USING fts5(exact, folded, tokenize='salkku_fi')");
    }

    void TearDown() override { sqlite3_close(m_db); }

    void exec(const char *sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
        const std::string text = message ? message : "";
        sqlite3_free(message);
        ASSERT_EQ(rc, SQLITE_OK) << sql << ": " << text;
    }

    // Inserts the bytes as they are (they need not be valid UTF-8) into both columns.
    void insertBytes(const QByteArray &bytes)
    {
        sqlite3_stmt *statement = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(m_db, "INSERT INTO t(exact, folded) VALUES (?1, salkku_fold(?1))", -1,
                                     &statement, nullptr),
                  SQLITE_OK);
        sqlite3_bind_text(statement, 1, bytes.constData(), static_cast<int>(bytes.size()), nullptr);
        const int rc = sqlite3_step(statement);
        sqlite3_finalize(statement);
        ASSERT_EQ(rc, SQLITE_DONE) << sqlite3_errmsg(m_db);
    }

    void insert(const QString &text) { insertBytes(text.toUtf8()); }

    // The first column of every row of a query, with parameter as ?1 if it has one.
    QStringList column(const char *sql, const QString &parameter = QString())
    {
        QStringList values;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            ADD_FAILURE() << sql << ": " << sqlite3_errmsg(m_db);
            return values;
        }
        const QByteArray utf8 = parameter.toUtf8();
        if (sqlite3_bind_parameter_count(statement) > 0)
            sqlite3_bind_text(statement, 1, utf8.constData(), static_cast<int>(utf8.size()), nullptr);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            values.append(QString::fromUtf8(text, sqlite3_column_bytes(statement, 0)));
        }
        EXPECT_EQ(rc, SQLITE_DONE) << sql << ": " << sqlite3_errmsg(m_db);
        sqlite3_finalize(statement);
        return values;
    }

    // The exact text of the rows matching an FTS5 query, in insertion order.
    QStringList search(const QString &match)
    {
        return column("SELECT exact FROM t WHERE t MATCH ?1 ORDER BY rowid", match);
    }

    sqlite3 *m_db = nullptr;
};

QStringList texts(const QList<FinnishTokenizer::Token> &tokens)
{
    QStringList result;
    for (const FinnishTokenizer::Token &token : tokens)
        result.append(token.text);
    return result;
}

} // namespace

// voikko-fi is a declared dependency: without it the morphology tests below fail, and this says why.
TEST(FinnishTokenizer, MorphologyIsAvailable)
{
    EXPECT_TRUE(FinnishTokenizer::morphologyAvailable())
        << "Voikko cannot load its Finnish dictionary (voikko-fi)";
}

TEST(FinnishTokenizer, FoldKeepsLengthAndCaseAndRemovesDiacritics)
{
    const QString text = QStringLiteral("Käyhkö ÄÖÅ äöå café Šakki ø ß 😀 x");
    const QString folded = FinnishTokenizer::fold(text);
    EXPECT_EQ(folded, QStringLiteral("Kayhko AOA aoa cafe Sakki ø ß 😀 x"));
    EXPECT_EQ(folded.size(), text.size());
    EXPECT_EQ(FinnishTokenizer::fold(QString()), QString());
}

TEST_F(FinnishTokenizerTest, FoldFunctionWorksInViewsAndTriggersOfAnUntrustedSchema)
{
    exec("PRAGMA trusted_schema=OFF");
    exec("CREATE TABLE pages(text TEXT)");
    exec("CREATE TABLE folded_log(text TEXT)");
    exec("CREATE VIEW folded_pages AS SELECT salkku_fold(text) FROM pages");
    exec("CREATE TRIGGER pages_folded AFTER INSERT ON pages BEGIN "
         "INSERT INTO folded_log VALUES (salkku_fold(new.text)); END");
    exec("INSERT INTO pages VALUES ('Kanta-Hämeen hyvinvointialue')");
    EXPECT_EQ(column("SELECT * FROM folded_pages"),
              QStringList{QStringLiteral("Kanta-Hameen hyvinvointialue")});
    EXPECT_EQ(column("SELECT text FROM folded_log"),
              QStringList{QStringLiteral("Kanta-Hameen hyvinvointialue")});
    EXPECT_EQ(column("SELECT coalesce(salkku_fold(NULL), 'null')"), QStringList{QStringLiteral("null")});
}

TEST_F(FinnishTokenizerTest, SearchIgnoresCase)
{
    insert(QStringLiteral("STRATEGIA JA MITTARIT"));
    EXPECT_EQ(search(QStringLiteral("strategia")), QStringList{QStringLiteral("STRATEGIA JA MITTARIT")});
    EXPECT_EQ(search(QStringLiteral("Mittarit")), QStringList{QStringLiteral("STRATEGIA JA MITTARIT")});
}

TEST_F(FinnishTokenizerTest, BaseFormFindsInflectedCompound)
{
    insert(QStringLiteral("Omavalvontaohjelman päivitys"));
    insert(QStringLiteral("Valvontasuunnitelma"));
    EXPECT_EQ(search(QStringLiteral("omavalvontaohjelma")),
              QStringList{QStringLiteral("Omavalvontaohjelman päivitys")});
}

TEST_F(FinnishTokenizerTest, StrategiaFindsInflectionsAndCompounds)
{
    insert(QStringLiteral("Strategiaa laaditaan"));
    insert(QStringLiteral("Uusi palvelustrategia"));
    insert(QStringLiteral("Tietojohtamisen malli"));
    EXPECT_EQ(search(QStringLiteral("strategia")),
              (QStringList{QStringLiteral("Strategiaa laaditaan"), QStringLiteral("Uusi palvelustrategia")}));
}

TEST_F(FinnishTokenizerTest, AWordFindsCompoundsEndingInADerivedNoun)
{
    // Voikko's word bases give "palvella" for the end of "sosiaalipalvelut"; the base form gives "palvelu".
    insert(QStringLiteral("Sosiaalipalvelut ja mielenterveyspalvelujen saatavuus"));
    insert(QStringLiteral("Palvelijat"));
    EXPECT_EQ(search(QStringLiteral("palvelu")),
              QStringList{QStringLiteral("Sosiaalipalvelut ja mielenterveyspalvelujen saatavuus")});
    EXPECT_EQ(search(QStringLiteral("palvelut")),
              QStringList{QStringLiteral("Sosiaalipalvelut ja mielenterveyspalvelujen saatavuus")});
}

TEST_F(FinnishTokenizerTest, VerbalNounFindsItsInflection)
{
    insert(QStringLiteral("Tietojohtamisen malli"));
    insert(QStringLiteral("Tiedon keruu"));
    EXPECT_EQ(search(QStringLiteral("tietojohtaminen")),
              QStringList{QStringLiteral("Tietojohtamisen malli")});
}

TEST_F(FinnishTokenizerTest, FoldedColumnFindsTextTypedWithoutDiacritics)
{
    insert(QStringLiteral("Mia Käyhkö johtaa"));
    insert(QStringLiteral("Kanta-Hämeen hyvinvointialue"));
    EXPECT_EQ(search(QStringLiteral("folded : kayhko")), QStringList{QStringLiteral("Mia Käyhkö johtaa")});
    EXPECT_EQ(search(QStringLiteral("folded : hameen")),
              QStringList{QStringLiteral("Kanta-Hämeen hyvinvointialue")});
    EXPECT_TRUE(search(QStringLiteral("exact : kayhko")).isEmpty());
}

TEST_F(FinnishTokenizerTest, ExactLettersRankAboveFolding)
{
    insert(QStringLiteral("Mia Sääri"));
    insert(QStringLiteral("Mia Saari"));
    EXPECT_EQ(column("SELECT exact FROM t WHERE t MATCH ?1 ORDER BY bm25(t, 4.0, 1.0)",
                     QStringLiteral("{exact folded} : saari")),
              (QStringList{QStringLiteral("Mia Saari"), QStringLiteral("Mia Sääri")}));
}

TEST_F(FinnishTokenizerTest, SeveralWordsMustAllMatch)
{
    insert(QStringLiteral("Palvelustrategia"));
    insert(QStringLiteral("Strategia ja tietojohtaminen"));
    insert(QStringLiteral("Tietojohtamisen malli"));
    EXPECT_EQ(search(QStringLiteral("strategia tietojohtaminen")),
              QStringList{QStringLiteral("Strategia ja tietojohtaminen")});
}

TEST_F(FinnishTokenizerTest, QuotedPhraseMatchesOnlyAsPhrase)
{
    insert(QStringLiteral("Mia Käyhkö johtaa"));
    insert(QStringLiteral("Käyhkö ja Mia"));
    EXPECT_EQ(search(QStringLiteral("\"mia käyhkö\"")), QStringList{QStringLiteral("Mia Käyhkö johtaa")});
    EXPECT_EQ(search(QStringLiteral("mia käyhkö")),
              (QStringList{QStringLiteral("Mia Käyhkö johtaa"), QStringLiteral("Käyhkö ja Mia")}));
}

TEST_F(FinnishTokenizerTest, PhraseOfBaseFormsMatchesInflectedWords)
{
    insert(QStringLiteral("Uuden palvelustrategian valmistelu"));
    insert(QStringLiteral("Palvelustrategia on uusi"));
    EXPECT_EQ(search(QStringLiteral("\"uusi palvelustrategia\"")),
              QStringList{QStringLiteral("Uuden palvelustrategian valmistelu")});
}

TEST_F(FinnishTokenizerTest, PrefixQueryMatchesWordStarts)
{
    insert(QStringLiteral("Strategiaa laaditaan"));
    insert(QStringLiteral("Tietojohtamisen malli"));
    EXPECT_EQ(search(QStringLiteral("strat*")), QStringList{QStringLiteral("Strategiaa laaditaan")});
}

TEST_F(FinnishTokenizerTest, HighlightMarksWordsAfterMultiByteLetters)
{
    insert(QStringLiteral("Mia Käyhkö johtaa"));
    const char *sql = "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1";
    EXPECT_EQ(column(sql, QStringLiteral("käyhkö")), QStringList{QStringLiteral("Mia [Käyhkö] johtaa")});
    EXPECT_EQ(column(sql, QStringLiteral("Käyhkön")), QStringList{QStringLiteral("Mia [Käyhkö] johtaa")});
    EXPECT_EQ(column(sql, QStringLiteral("johtaa")), QStringList{QStringLiteral("Mia Käyhkö [johtaa]")});
}

TEST(FinnishTokenizer, AnalyseGivesDocumentTokensOfACompound)
{
    const QList<FinnishTokenizer::Token> tokens =
        FinnishTokenizer::analyse(QStringLiteral("Palvelustrategiaa"), false);
    ASSERT_EQ(tokens.size(), 1);
    EXPECT_EQ(tokens[0].text, QStringLiteral("palvelustrategiaa"));
    EXPECT_EQ(tokens[0].alternatives, (QStringList{QStringLiteral("palvelustrategia"),
                                                   QStringLiteral("palvelu"), QStringLiteral("strategia")}));
}

TEST(FinnishTokenizer, AnalyseGivesQueryTokensOfACompound)
{
    const QList<FinnishTokenizer::Token> tokens =
        FinnishTokenizer::analyse(QStringLiteral("palvelustrategiaa"), true);
    ASSERT_EQ(tokens.size(), 1);
    EXPECT_EQ(tokens[0].text, QStringLiteral("palvelustrategiaa"));
    EXPECT_EQ(tokens[0].alternatives, QStringList{QStringLiteral("palvelustrategia")});
}

TEST(FinnishTokenizer, AnalyseSplitsAtPunctuationHyphensAndNoBreakSpaces)
{
    const QList<FinnishTokenizer::Token> tokens =
        FinnishTokenizer::analyse(QStringLiteral("Sote-keskus,\u00A0vuonna 2020: O'Brien"), true);
    EXPECT_EQ(texts(tokens),
              (QStringList{QStringLiteral("sote"), QStringLiteral("keskus"), QStringLiteral("vuonna"),
                           QStringLiteral("2020"), QStringLiteral("o"), QStringLiteral("brien")}));
}

TEST_F(FinnishTokenizerTest, InvalidUtf8DoesNotCrash)
{
    insertBytes(
        QByteArray("alku \xC3 \xFF\xFE k\xC3\xA4yhk\xC3\xB6 \xE2\x82 \xED\xA0\x80 \xC0\xAF loppu \xF0\x9F"));
    insertBytes(QByteArray("\x80\x80\x80"));
    insertBytes(QByteArray());
    EXPECT_EQ(search(QStringLiteral("käyhkö")).size(), 1);
    EXPECT_EQ(search(QStringLiteral("loppu")).size(), 1);
    const QStringList marked =
        column("SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ?1", QStringLiteral("käyhkö"));
    ASSERT_EQ(marked.size(), 1);
    EXPECT_TRUE(marked[0].contains(QStringLiteral("[käyhkö]"))) << marked[0].toStdString();
}

TEST_F(FinnishTokenizerTest, MegabyteOfTextDoesNotCrash)
{
    const QString sentence =
        QStringLiteral("Hyvinvointialueen palvelustrategiaa laaditaan yhdessä asukkaiden kanssa. ");
    QString text;
    while (text.size() < 1024 * 1024)
        text += sentence;
    insert(text + QStringLiteral("Loppusanat"));
    EXPECT_EQ(search(QStringLiteral("strategia loppusanat")).size(), 1);
    EXPECT_EQ(column("SELECT length(snippet(t, 0, '[', ']', '…', 8)) > 0 FROM t WHERE t MATCH ?1",
                     QStringLiteral("loppusanat")),
              QStringList{QStringLiteral("1")});
}

TEST_F(FinnishTokenizerTest, TenThousandCharacterWordDoesNotCrash)
{
    const QString word = QString(10000, u'ä');
    insert(QStringLiteral("alku ") + word + QStringLiteral(" loppu"));
    EXPECT_EQ(search(QStringLiteral("loppu")).size(), 1);
    EXPECT_EQ(search(word).size(), 1);
    const QList<FinnishTokenizer::Token> tokens = FinnishTokenizer::analyse(word.toUpper(), false);
    ASSERT_EQ(tokens.size(), 1);
    EXPECT_EQ(tokens[0].text, word);
    EXPECT_TRUE(tokens[0].alternatives.isEmpty());
}

TEST_F(FinnishTokenizerTest, ASoftHyphenInsideAWordIsInvisible)
{
    insert(QStringLiteral("Sote\u00ADkeskus ja tieto\u200Bjohtaminen"));
    EXPECT_EQ(search(QStringLiteral("sotekeskus")),
              QStringList{QStringLiteral("Sote\u00ADkeskus ja tieto\u200Bjohtaminen")});
    EXPECT_EQ(search(QStringLiteral("tietojohtaminen")),
              QStringList{QStringLiteral("Sote\u00ADkeskus ja tieto\u200Bjohtaminen")});
}

TEST(FinnishTokenizer, ACompoundGivesItsPartsAndEveryRunOfAdjacentParts)
{
    const QList<FinnishTokenizer::Token> tokens =
        FinnishTokenizer::analyse(QStringLiteral("Terveyshyötyarviomallia"), false);
    ASSERT_EQ(tokens.size(), 1);
    const QStringList &alternatives = tokens[0].alternatives;
    for (const char *part : {"terveyshyötyarviomalli", "terveys", "hyöty", "arvio", "malli", "terveyshyöty",
                             "hyötyarvio", "arviomalli", "terveyshyötyarvio", "hyötyarviomalli"})
        EXPECT_TRUE(alternatives.contains(QString::fromUtf8(part))) << part;
    // Not the parts' letters run together across a part ("syarv").
    for (const QString &alternative : alternatives)
        EXPECT_FALSE(alternative.contains(QStringLiteral("syarv"))) << alternative.toStdString();
}

TEST(FinnishTokenizer, ANonFinalPartIsAlsoGivenInItsBaseForm)
{
    const QList<FinnishTokenizer::Token> tokens =
        FinnishTokenizer::analyse(QStringLiteral("lastensuojelun"), false);
    ASSERT_EQ(tokens.size(), 1);
    EXPECT_TRUE(tokens[0].alternatives.contains(QStringLiteral("lasten")));
    EXPECT_TRUE(tokens[0].alternatives.contains(QStringLiteral("lapsi")));
    EXPECT_TRUE(tokens[0].alternatives.contains(QStringLiteral("suojelu")));
}

TEST(FinnishTokenizer, AWordWithDiacriticsIsAlsoIndexedFoldedAndMarked)
{
    const QList<FinnishTokenizer::Token> tokens =
        FinnishTokenizer::analyse(QStringLiteral("Käyhkö Saari"), false);
    ASSERT_EQ(tokens.size(), 2);
    EXPECT_TRUE(tokens[0].alternatives.contains(QStringLiteral("~kayhko")));
    for (const QString &alternative : tokens[1].alternatives)
        EXPECT_FALSE(alternative.startsWith(u'~')) << alternative.toStdString(); // nothing to fold
}

TEST(FinnishTokenizer, AFoldedQueryWordGetsTheBaseFormsOfTheWordsItMayHaveBeenMeantAs)
{
    const QList<FinnishTokenizer::Token> tokens =
        FinnishTokenizer::analyse(QStringLiteral("~hameenlinnassa ~kaytannot"), true);
    ASSERT_EQ(tokens.size(), 2);
    EXPECT_EQ(tokens[0].text, QStringLiteral("hameenlinnassa")); // written without diacritics
    EXPECT_TRUE(tokens[0].alternatives.contains(QStringLiteral("~hameenlinnassa")));
    EXPECT_TRUE(tokens[0].alternatives.contains(QStringLiteral("hämeenlinna")));
    EXPECT_TRUE(tokens[1].alternatives.contains(QStringLiteral("käytäntö")));
    // Without the mark, a query word is searched for as typed.
    const QList<FinnishTokenizer::Token> plain = FinnishTokenizer::analyse(QStringLiteral("kaytannot"), true);
    ASSERT_EQ(plain.size(), 1);
    EXPECT_FALSE(plain[0].alternatives.contains(QStringLiteral("käytäntö")));
}

TEST_F(FinnishTokenizerTest, AUnitSeparatorIsAPositionOfItsOwn)
{
    const QString text = QStringLiteral("alku loppu\n\x1E\nkylillä käydään");
    insert(text);
    EXPECT_TRUE(search(QStringLiteral("\"loppu kylillä\"")).isEmpty());
    EXPECT_EQ(search(QStringLiteral("\"kylillä käydään\"")).size(), 1);
    const QList<FinnishTokenizer::Span> spans = FinnishTokenizer::positions(text);
    ASSERT_EQ(spans.size(), 5);
    EXPECT_EQ(text.mid(spans[1].start, spans[1].end - spans[1].start), QStringLiteral("loppu"));
    EXPECT_EQ(text.mid(spans[2].start, spans[2].end - spans[2].start), QStringLiteral("\x1E"));
    EXPECT_EQ(text.mid(spans[3].start, spans[3].end - spans[3].start), QStringLiteral("kylillä"));
}

TEST(FinnishTokenizer, PositionsAreTheTokenizersWords)
{
    const QString text = QStringLiteral("Sote\u00ADkeskus, 2020–2021: O'Brien a\u0308iti 😀 x");
    QStringList words;
    for (const FinnishTokenizer::Span &span : FinnishTokenizer::positions(text))
        words.append(text.mid(span.start, span.end - span.start));
    EXPECT_EQ(words, (QStringList{QStringLiteral("Sote\u00ADkeskus"), QStringLiteral("2020"),
                                  QStringLiteral("2021"), QStringLiteral("O"), QStringLiteral("Brien"),
                                  QStringLiteral("a\u0308iti"), QStringLiteral("x")}));
    EXPECT_EQ(FinnishTokenizer::analyse(text, false).size(), words.size());
}

TEST(FinnishTokenizer, ATextTokenizedAheadOnAnotherThreadGivesTheTokensReadingItGivesOnce)
{
    FinnishTokenizer::discardDocuments();
    const QString text = QStringLiteral("Terveyshyötyarviomallia kehitettiin Hämeenlinnassa\x1E"
                                        "Sote\u00ADkeskus, 2020–2021: O'Brien a\u0308iti 😀 x");
    const QList<FinnishTokenizer::Token> read = FinnishTokenizer::analyse(text, false);
    std::thread([&text] { FinnishTokenizer::prepareDocuments({text, QString()}); }).join();
    EXPECT_EQ(FinnishTokenizer::documentsReady(), 1);        // an empty text is never indexed: not kept
    EXPECT_EQ(FinnishTokenizer::analyse(text, false), read); // replayed
    EXPECT_EQ(FinnishTokenizer::documentsReady(), 0);
    EXPECT_EQ(FinnishTokenizer::analyse(text, false), read); // read again
    // A query is never replayed: it is read in query mode.
    std::thread([&text] { FinnishTokenizer::prepareDocuments({text}); }).join();
    EXPECT_EQ(FinnishTokenizer::analyse(text, true), FinnishTokenizer::analyse(text, true));
    EXPECT_EQ(FinnishTokenizer::documentsReady(), 1);
    EXPECT_EQ(FinnishTokenizer::analyse(text, false), read);
    EXPECT_EQ(FinnishTokenizer::documentsReady(), 0);
}

TEST(FinnishTokenizer, OnlyTheNewestTextsTokenizedAheadWait)
{
    FinnishTokenizer::discardDocuments();
    constexpr int kMax = FinnishTokenizer::kMaxDocumentsReady;
    QStringList texts;
    for (int i = 0; i < kMax + 100; ++i)
        texts.append(QStringLiteral("Sivu %1 kertoo kotihoidosta.").arg(i));
    FinnishTokenizer::prepareDocuments(texts);
    EXPECT_EQ(FinnishTokenizer::documentsReady(), kMax);
    EXPECT_EQ(FinnishTokenizer::analyse(texts.front(), false).size(), 4); // dropped: read as usual
    EXPECT_EQ(FinnishTokenizer::documentsReady(), kMax);
    for (qsizetype i = texts.size() - kMax; i < texts.size(); ++i)
        EXPECT_EQ(FinnishTokenizer::analyse(texts[i], false).size(), 4);
    EXPECT_EQ(FinnishTokenizer::documentsReady(), 0);
}

TEST(FinnishTokenizer, AnImportLeavesNoTextTokenizedAheadBehind)
{
    salkku::testing::TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    const QStringList samples{QStringLiteral(SALKKU_SAMPLE_DIR)};
    ASSERT_FALSE(salkku::storage::ImportRunner::run(*store, samples).anyFailed());
    // Again: every page is unchanged, so none of the texts read ahead is indexed.
    ASSERT_FALSE(salkku::storage::ImportRunner::run(*store, samples).anyFailed());
    EXPECT_EQ(FinnishTokenizer::documentsReady(), 0);
}
