#include "TextDecoder.h"

#include "core/FinnishText.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace salkku::importer {

namespace {

using core::Error;
using core::Warning;

// 1-based line of a byte offset, counting LF and lone CR.
int lineAtOffset(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

struct Utf8Scan
{
    qsizetype multibyte = 0;     // valid sequences of two or more bytes
    qsizetype invalid = 0;       // invalid sequences
    qsizetype firstInvalid = -1; // byte offset
    qsizetype truncatedTail = 0; // bytes of a sequence cut off by the end of the file
};

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            if (c == 0xF4)
                high = 0x8F;
        }
        bool valid = length > 0;
        qsizetype consumed = 1;
        for (qsizetype k = 1; valid && k < length; ++k) {
            if (i + k >= size) {
                // The file ends inside this character.
                scan.truncatedTail = size - i;
                return scan;
            }
            const unsigned char next = data[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (next < min || next > max)
                valid = false;
            else
                consumed = k + 1;
        }
        if (valid) {
            ++scan.multibyte;
            i += length;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalid;
            i += consumed;
        }
    }
    return scan;
}

// ICU's substituting callback, counting what it replaces.
void countingSubstitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                        int32_t length, UConverterCallbackReason reason, UErrorCode *status)
{
    if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR)
        ++*static_cast<qsizetype *>(const_cast<void *>(context));
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, status);
}

// Converts with an ICU converter; invalid input becomes U+FFFD, counted in *replaced.
QString convert(const QByteArray &bytes, const char *encoding, qsizetype *replaced = nullptr)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding, &status), &ucnv_close);
    if (U_FAILURE(status))
        return {};
    qsizetype ignored = 0;
    ucnv_setToUCallBack(converter.get(), countingSubstitute, replaced ? replaced : &ignored, nullptr, nullptr,
                        &status);
    // At most one UTF-16 unit per byte for the encodings used here, plus room for the terminator.
    QString result(bytes.size() + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(result.data()),
                                         static_cast<int32_t>(result.size()), bytes.constData(),
                                         static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return {};
    result.truncate(length);
    return result;
}

// What ICU's detector thinks, as a hint only.
QString detectorGuess(const QByteArray &bytes, int *confidence)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    // The detector only needs a sample.
    const int32_t sample = static_cast<int32_t>(std::min<qsizetype>(bytes.size(), qsizetype{64} * 1024));
    ucsdet_setText(detector.get(), bytes.constData(), sample, &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match)
        return {};
    *confidence = ucsdet_getConfidence(match, &status);
    const char *name = ucsdet_getName(match, &status);
    return U_SUCCESS(status) && name ? QString::fromLatin1(name) : QString();
}

// UTF-16 without a byte-order mark: NULs only in every other byte, and the detector agrees.
const char *unmarkedUtf16(const QByteArray &whole)
{
    // A file cut in the middle of a character has an odd size: judge the whole units.
    const QByteArray bytes = whole.left(whole.size() - whole.size() % 2);
    if (bytes.size() < 4)
        return nullptr;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes[i] == '\0')
            ++((i % 2 == 0) ? evenNul : oddNul);
    int confidence = 0;
    const QString guess = detectorGuess(bytes, &confidence);
    const qsizetype half = bytes.size() / 2;
    if (evenNul == 0 && oddNul * 2 >= half && guess.startsWith(u"UTF-16"))
        return "UTF-16LE";
    if (oddNul == 0 && evenNul * 2 >= half && guess.startsWith(u"UTF-16"))
        return "UTF-16BE";
    // ICU only recognises UTF-16 by its pattern in newer versions; the pattern alone is strong evidence.
    if (evenNul == 0 && oddNul * 10 >= half * 9)
        return "UTF-16LE";
    if (oddNul == 0 && evenNul * 10 >= half * 9)
        return "UTF-16BE";
    return nullptr;
}

// Windows-1252 puts printable characters (€, „, “, ”, –, —) in 0x80–0x9F, where ISO-8859-15 has C1 control
// codes that never occur in real text. Without such bytes, ISO-8859-15 is chosen only when the bytes where it
// differs from Latin-1 (€, Š, š, Ž, ž, Œ, œ, Ÿ) occur next to letters or digits, as those characters do.
const char *legacyEncoding(const QByteArray &bytes)
{
    bool hasC1Range = false;
    int iso15Evidence = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = data[i];
        if (c >= 0x80 && c <= 0x9F)
            hasC1Range = true;
        if (c == 0xA4 || c == 0xA6 || c == 0xA8 || c == 0xB4 || c == 0xB8 || c == 0xBC || c == 0xBD ||
            c == 0xBE)
            ++iso15Evidence;
    }
    if (hasC1Range || iso15Evidence == 0)
        return "windows-1252";
    return "ISO-8859-15";
}

QString displayName(const char *icuName)
{
    QString name = QString::fromLatin1(icuName);
    if (name == u"windows-1252")
        return QStringLiteral("Windows-1252");
    return name;
}

// A text with many control characters is not text.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != '\v') ||
            (u >= 0x7F && u < 0xA0))
            ++controls;
    }
    return controls > 8 && controls * 100 > text.size();
}

} // namespace

namespace {

// The byte-order mark's encoding and the bytes after it; no encoding when there is no mark.
struct Marked
{
    const char *encoding = nullptr;
    QByteArray body;
};

Marked byteOrderMark(const QByteArray &bytes)
{
    static const struct
    {
        QByteArray mark;
        const char *encoding;
    } marks[] = {
        // The UTF-32 marks first: UTF-32LE's begins like UTF-16LE's.
        {QByteArray("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
        {QByteArray("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
        {QByteArray("\xEF\xBB\xBF"), "UTF-8"},
        {QByteArray("\xFF\xFE"), "UTF-16LE"},
        {QByteArray("\xFE\xFF"), "UTF-16BE"},
    };
    for (const auto &mark : marks)
        if (bytes.startsWith(mark.mark))
            return Marked{mark.encoding, bytes.mid(mark.mark.size())};
    return Marked{nullptr, bytes};
}

// UTF-16 without a mark shows as NUL in every other byte; any other NUL is binary.
core::Result<const char *> unmarkedEncoding(const QByteArray &body, const QString &fileName,
                                            DecodedText &decoded)
{
    if (!body.contains('\0'))
        return static_cast<const char *>(nullptr);
    const char *encoding = unmarkedUtf16(body);
    if (!encoding) {
        const qsizetype at = body.indexOf('\0');
        return Error{
            fileName, lineAtOffset(body, at),
            QStringLiteral("this is a binary file, not a text export (NUL byte at offset %1)").arg(at)};
    }
    decoded.warnings.append(
        Warning{0, QStringLiteral("no byte-order mark: read as %1").arg(QString::fromLatin1(encoding))});
    return encoding;
}

// A Unicode encoding other than UTF-8, known from its mark or its NULs: ICU converts.
void decodeUnicode(QByteArray body, const char *encoding, DecodedText &decoded)
{
    if (QByteArray(encoding).startsWith("UTF-16") && body.size() % 2 != 0) {
        body.chop(1);
        decoded.warnings.append(Warning{
            0,
            QStringLiteral("the file ends in the middle of a character; the partial character was dropped")});
    }
    qsizetype replaced = 0;
    decoded.text = convert(body, encoding, &replaced);
    decoded.encoding = QString::fromLatin1(encoding);
    if (replaced > 0)
        decoded.warnings.append(Warning{0, QStringLiteral("invalid %1 (%2 places); replaced with U+FFFD")
                                               .arg(decoded.encoding)
                                               .arg(replaced)});
}

void decodeValidUtf8(QByteArray body, const Utf8Scan &scan, DecodedText &decoded)
{
    if (scan.truncatedTail > 0) {
        decoded.warnings.append(Warning{
            lineAtOffset(body, body.size()),
            QStringLiteral("the file ends in the middle of a character; the partial character was dropped")});
        body.chop(scan.truncatedTail);
    }
    decoded.text = QString::fromUtf8(body);
    decoded.encoding = QStringLiteral("UTF-8");
}

// Mostly UTF-8 with some damage: keep UTF-8 and mark the damage.
void decodeDamagedUtf8(const QByteArray &body, const Utf8Scan &scan, DecodedText &decoded)
{
    decoded.text = convert(body, "UTF-8");
    decoded.encoding = QStringLiteral("UTF-8");
    decoded.warnings.append(
        Warning{lineAtOffset(body, scan.firstInvalid),
                QStringLiteral("invalid UTF-8 (%1 places, the first on this line); replaced with U+FFFD")
                    .arg(scan.invalid)});
}

// Not UTF-8: a legacy 8-bit page (see legacyEncoding); ICU's detector only advises.
void decodeLegacy(const QByteArray &body, const Utf8Scan &scan, DecodedText &decoded)
{
    const char *legacy = legacyEncoding(body);
    decoded.text = convert(body, legacy);
    decoded.encoding = displayName(legacy);
    QString message = QStringLiteral("not UTF-8 (first non-UTF-8 byte on line %1): read as %2")
                          .arg(lineAtOffset(body, scan.firstInvalid))
                          .arg(decoded.encoding);
    int confidence = 0;
    const QString guess = detectorGuess(body, &confidence);
    const bool latinFamily = guess.startsWith(u"ISO-8859-1") || guess.startsWith(u"windows-1252") ||
                             guess.startsWith(u"ISO-8859-15") || guess.isEmpty();
    if (!latinFamily && confidence >= 50)
        message += QStringLiteral(" (ICU's detector suggested %1, %2% sure)").arg(guess).arg(confidence);
    decoded.warnings.append(Warning{0, message});
}

// UTF-8, with a mark or without one; without a mark, bytes that are not UTF-8 make it a legacy page.
void decodeUtf8OrLegacy(const QByteArray &body, bool marked, DecodedText &decoded)
{
    const Utf8Scan scan = scanUtf8(body);
    if (scan.invalid == 0)
        decodeValidUtf8(body, scan, decoded);
    else if (marked || scan.multibyte >= scan.invalid)
        decodeDamagedUtf8(body, scan, decoded);
    else
        decodeLegacy(body, scan, decoded);
}

// What the decoded text must not be: empty after a failed conversion, control-character soup, NULs.
core::Result<void> checkText(const DecodedText &decoded, const QByteArray &body, const QString &fileName)
{
    if (decoded.text.isNull() && !body.isEmpty())
        return Error{fileName, 0, QStringLiteral("could not convert the file from %1").arg(decoded.encoding)};
    if (looksBinary(decoded.text))
        return Error{fileName, 0, QStringLiteral("this is a binary file, not a text export")};
    if (const qsizetype nul = decoded.text.indexOf(QChar(u'\0')); nul >= 0) {
        // A NUL character is never text, whatever the encoding said.
        return Error{fileName, static_cast<int>(QStringView(decoded.text).left(nul).count(u'\n')) + 1,
                     QStringLiteral("this is a binary file, not a text export (a NUL character)")};
    }
    return {};
}

} // namespace

core::Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxBytes) {
        return Error{fileName, 0,
                     QStringLiteral("the file is too large (%1 MB); Salkku reads pages up to %2 MB")
                         .arg(static_cast<double>(bytes.size()) / 1e6, 0, 'f', 1)
                         .arg(kMaxBytes / 1024 / 1024)};
    }
    if (bytes.isEmpty())
        return Error{fileName, 0, QStringLiteral("the file is empty")};

    DecodedText decoded;
    Marked marked = byteOrderMark(bytes);
    if (!marked.encoding) {
        auto unmarked = unmarkedEncoding(marked.body, fileName, decoded);
        SALKKU_TRY(unmarked);
        marked.encoding = unmarked.value();
    }
    const bool utf8 = !marked.encoding || qstrcmp(marked.encoding, "UTF-8") == 0;
    if (utf8)
        decodeUtf8OrLegacy(marked.body, marked.encoding != nullptr, decoded);
    else
        decodeUnicode(marked.body, marked.encoding, decoded);
    SALKKU_TRY(checkText(decoded, marked.body, fileName));
    decoded.text = core::FinnishText::nfc(decoded.text);
    return decoded;
}

} // namespace salkku::importer
