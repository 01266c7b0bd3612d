#pragma once

#include <QByteArray>
#include <QString>

#include <unicode/uversion.h>

#include <memory>

U_NAMESPACE_BEGIN
class Collator;
U_NAMESPACE_END

namespace salkku::core {

// Text helpers for Finnish, on ICU: normalisation, case folding, collation.
namespace FinnishText {

// Unicode NFC (a page copied from a Mac arrives decomposed: "a" + U+0308 instead of "ä").
QString nfc(const QString &text);

// Full Unicode case folding (ICU), for case-insensitive comparison.
QString foldCase(const QString &text);

// The form two strings are compared in when matching labels and names: NFC, case folded, runs of white space
// (including NO-BREAK SPACE and NARROW NO-BREAK SPACE) as one space, trimmed.
QString matchKey(const QString &text);

// True for the characters Innokylä pages use as spaces (ASCII space and tab, NBSP, NNBSP and other Zs).
bool isSpace(QChar c);

// True for the characters that are invisible inside a word: SOFT HYPHEN, ZERO WIDTH SPACE, ZERO WIDTH
// NON-JOINER, ZERO WIDTH JOINER and WORD JOINER. Text copied from a web page has them in the middle of
// words ("tie\u00ADdolla"); search reads the word without them. One list for the tokenizer and the query.
constexpr bool isInvisibleInWord(char32_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060;
}

// The text without the characters isInvisibleInWord() names.
QString withoutInvisible(const QString &text);

} // namespace FinnishText

// Sorts strings the Finnish way (ICU collation for "fi": å, ä, ö after z, w with v only at secondary level).
// Not thread-safe: one per thread.
class FinnishCollator
{
public:
    FinnishCollator();
    ~FinnishCollator();
    FinnishCollator(const FinnishCollator &) = delete;
    FinnishCollator &operator=(const FinnishCollator &) = delete;

    // <0, 0 or >0 like strcmp.
    int compare(const QString &a, const QString &b) const;
    bool operator()(const QString &a, const QString &b) const { return compare(a, b) < 0; }

    // A byte string that sorts (memcmp) like compare(): stored beside names so a database sorts the Finnish
    // way without knowing ICU. Changes with the ICU version (see version()).
    QByteArray sortKey(const QString &text) const;
    // The ICU collation version, e.g. "153.112"; sort keys from another version must be recomputed.
    static QString version();

private:
    std::unique_ptr<icu::Collator> m_collator;
};

} // namespace salkku::core
