#include "FinnishText.h"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

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

} // namespace

QString FinnishText::nfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
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
    icu::UnicodeString folded = toIcu(text);
    folded.foldCase(U_FOLD_CASE_DEFAULT);
    return fromIcu(folded);
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

} // namespace salkku::core
