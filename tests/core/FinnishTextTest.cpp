#include "core/FinnishText.h"

#include <QStringList>

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <functional>

using namespace salkku::core;

TEST(FinnishText, NfcComposesDecomposedLetters)
{
    const QString decomposed = QStringLiteral("Ha\u0308meen");
    const QString composed = FinnishText::nfc(decomposed);
    EXPECT_EQ(composed, QStringLiteral("Hämeen"));
    EXPECT_EQ(composed.size(), 6);
}

TEST(FinnishText, NfcLeavesComposedTextAlone)
{
    EXPECT_EQ(FinnishText::nfc(QStringLiteral("Käyhkö")), QStringLiteral("Käyhkö"));
}

TEST(FinnishText, FoldCaseKeepsFinnishLetters)
{
    EXPECT_EQ(FinnishText::foldCase(QStringLiteral("ÄÖÅ Häme")), QStringLiteral("äöå häme"));
}

namespace {

// What ICU itself makes of a text: the answers FinnishText's shortcuts for Latin-1 must give.
QString icuFolded(const QString &text)
{
    icu::UnicodeString folded(reinterpret_cast<const UChar *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    return QString(reinterpret_cast<const QChar *>(folded.getBuffer()), folded.length());
}

QString icuNfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    const icu::UnicodeString normalized = nfc->normalize(
        icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size())),
        status);
    return QString(reinterpret_cast<const QChar *>(normalized.getBuffer()), normalized.length());
}

} // namespace

TEST(FinnishText, FoldCaseFoldsEveryCharacterBelowTheCombiningMarksAsIcuDoes)
{
    for (char16_t c = 1; c < 0x300; ++c) {
        const QString text = QStringLiteral("Ä") + QChar(c) + QStringLiteral("x");
        EXPECT_EQ(FinnishText::foldCase(text), icuFolded(text)) << "U+" << std::hex << int(c);
    }
    EXPECT_EQ(FinnishText::foldCase(QStringLiteral("STRAßE µ")), QStringLiteral("strasse μ"));
    EXPECT_EQ(FinnishText::foldCase(QStringLiteral("ΣΟΦΊΑ")), icuFolded(QStringLiteral("ΣΟΦΊΑ")));
}

TEST(FinnishText, NfcOfTextBelowTheCombiningMarksIsWhatIcuMakesOfIt)
{
    for (char16_t c = 1; c < 0x300; ++c) {
        const QString text = QStringLiteral("a") + QChar(c) + QStringLiteral("A");
        EXPECT_EQ(FinnishText::nfc(text), icuNfc(text)) << "U+" << std::hex << int(c);
    }
    // A mark after a letter of Latin-1 composes with it.
    EXPECT_EQ(FinnishText::nfc(QStringLiteral("A\u030A")), QStringLiteral("Å"));
}

TEST(FinnishText, MatchKeyTreatsNoBreakSpacesAsSpaces)
{
    const QString withNbsp = QStringLiteral("  Viimeksi\u00A0muokattu\u202F ");
    EXPECT_EQ(FinnishText::matchKey(withNbsp), QStringLiteral("viimeksi muokattu"));
}

TEST(FinnishText, MatchKeyIgnoresCaseAndNormalisation)
{
    EXPECT_EQ(FinnishText::matchKey(QStringLiteral("ILMIO\u0308T")),
              FinnishText::matchKey(QStringLiteral("Ilmiöt")));
}

TEST(FinnishCollator, SortsÅÄÖAfterZ)
{
    QStringList names{QStringLiteral("Östersundom"), QStringLiteral("Ähtäri"), QStringLiteral("Zürich"),
                      QStringLiteral("Åland"), QStringLiteral("Aura")};
    const FinnishCollator collator;
    std::sort(names.begin(), names.end(), std::cref(collator));
    EXPECT_EQ(names, (QStringList{QStringLiteral("Aura"), QStringLiteral("Zürich"), QStringLiteral("Åland"),
                                  QStringLiteral("Ähtäri"), QStringLiteral("Östersundom")}));
}

TEST(FinnishCollator, ComparesCaseInsensitivelyAtPrimaryLevelFirst)
{
    const FinnishCollator collator;
    EXPECT_LT(collator.compare(QStringLiteral("helsinki"), QStringLiteral("Kanta-Häme")), 0);
    EXPECT_EQ(collator.compare(QStringLiteral("Häme"), QStringLiteral("Häme")), 0);
}

TEST(FinnishCollator, SortKeysSortLikeTheCollator)
{
    const FinnishCollator collator;
    const QByteArray z = collator.sortKey(QStringLiteral("Zürich"));
    const QByteArray a = collator.sortKey(QStringLiteral("Åland"));
    const QByteArray o = collator.sortKey(QStringLiteral("Östersundom"));
    EXPECT_LT(z, a);
    EXPECT_LT(a, o);
    EXPECT_LT(collator.sortKey(QStringLiteral("aura")), collator.sortKey(QStringLiteral("Hämeen")));
    EXPECT_FALSE(FinnishCollator::version().isEmpty());
}

TEST(FinnishText, InvisibleCharactersInsideWordsAreDropped)
{
    const QString copied = QStringLiteral("tie\u00ADdolla joh\u200Btami\u2060nen \u200Dsote");
    EXPECT_EQ(FinnishText::withoutInvisible(copied), QStringLiteral("tiedolla johtaminen sote"));
    EXPECT_TRUE(FinnishText::isInvisibleInWord(0x00AD));
    EXPECT_FALSE(FinnishText::isInvisibleInWord(U' '));
    EXPECT_FALSE(FinnishText::isInvisibleInWord(0x00A0)); // a no-break space separates words
}
