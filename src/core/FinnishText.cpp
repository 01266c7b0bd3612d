#include "FinnishText.h"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <optional>

namespace salkku::core {

namespace {

icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

// Below U+0300 every character is NFC and none combines with the one before it (the combining marks begin
// there), so such a text is NFC as it is: an import asks this of every line.
bool belowCombiningMarks(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x300; });
}

// Default case folding (Unicode's CaseFolding.txt, statuses C and F) within Latin-1: A–Z and À–Þ but × fold
// to the letter 0x20 above; µ folds to Greek μ and ß to "ss", which are left to ICU. Nullopt when the text
// has a character this does not fold.
std::optional<QString> foldedLatin1(const QString &text)
{
    QString folded(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u > 0xff || u == 0xb5 || u == 0xdf)
            return std::nullopt;
        const bool upper = (u >= u'A' && u <= u'Z') || (u >= 0xc0 && u <= 0xde && u != 0xd7);
        *out++ = upper ? static_cast<char16_t>(u + 0x20) : u;
    }
    return folded;
}

} // namespace

QString FinnishText::nfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return text;
    if (belowCombiningMarks(text))
        return text;
    const icu::UnicodeString source = toIcu(text);
    // Most text is already NFC; checking is much cheaper than normalising.
    if (normalizer->isNormalized(source, status) && U_SUCCESS(status))
        return text;
    status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = normalizer->normalize(source, status);
    return U_SUCCESS(status) ? fromIcu(normalized) : text;
}

QString FinnishText::foldCase(const QString &text)
{
    if (text.isEmpty())
        return text;
    // Finnish text is Latin-1 nearly always: folded here without ICU's copies.
    if (std::optional<QString> folded = foldedLatin1(text))
        return *std::move(folded);
    icu::UnicodeString folded = toIcu(text);
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    return fromIcu(folded);
}

QString FinnishText::withoutInvisible(const QString &text)
{
    QString visible;
    visible.reserve(text.size());
    for (const QChar c : text)
        if (!isInvisibleInWord(c.unicode()))
            visible.append(c);
    return visible;
}

bool FinnishText::isSpace(QChar c)
{
    return c.isSpace();
}

QString FinnishText::matchKey(const QString &text)
{
    return foldCase(nfc(text.simplified()));
}

FinnishCollator::FinnishCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    m_collator.reset(icu::Collator::createInstance(icu::Locale("fi", "FI"), status));
    if (U_FAILURE(status))
        m_collator.reset();
}

FinnishCollator::~FinnishCollator() = default;

int FinnishCollator::compare(const QString &a, const QString &b) const
{
    if (!m_collator)
        return QString::compare(a, b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = m_collator->compare(
        reinterpret_cast<const UChar *>(a.utf16()), static_cast<int32_t>(a.size()),
        reinterpret_cast<const UChar *>(b.utf16()), static_cast<int32_t>(b.size()), status);
    return U_SUCCESS(status) ? static_cast<int>(result) : QString::compare(a, b);
}

QByteArray FinnishCollator::sortKey(const QString &text) const
{
    if (!m_collator)
        return text.toUtf8();
    const auto *source = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = static_cast<int32_t>(text.size());
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = m_collator->getSortKey(source, length, reinterpret_cast<uint8_t *>(key.data()),
                                            static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = m_collator->getSortKey(source, length, reinterpret_cast<uint8_t *>(key.data()), needed);
    }
    key.resize(needed > 0 ? needed - 1 : 0); // drop the terminating zero
    return key;
}

QString FinnishCollator::version()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("fi", "FI"), status));
    if (U_FAILURE(status))
        return QStringLiteral("none");
    UVersionInfo info;
    collator->getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

} // namespace salkku::core
