#include "import/TextDecoder.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace salkku::importer;

namespace {

const QString kText = QStringLiteral("Kokonaisuuden nimi\nKanta-Hämeen hanke – €\n");

DecodedText decodeOk(const QByteArray &bytes)
{
    auto result = TextDecoder::decode(bytes, QStringLiteral("t.txt"));
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : DecodedText{};
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

TEST(TextDecoder, PlainUtf8)
{
    const DecodedText decoded = decodeOk(kText.toUtf8());
    EXPECT_EQ(decoded.text, kText);
    EXPECT_EQ(decoded.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(decoded.warnings.isEmpty());
}

TEST(TextDecoder, ByteOrderMarks)
{
    EXPECT_EQ(decodeOk(encode(kText, QStringConverter::Utf8, true)).text, kText);
    const DecodedText le = decodeOk(encode(kText, QStringConverter::Utf16LE, true));
    EXPECT_EQ(le.text, kText);
    EXPECT_EQ(le.encoding, QStringLiteral("UTF-16LE"));
    const DecodedText be = decodeOk(encode(kText, QStringConverter::Utf16BE, true));
    EXPECT_EQ(be.text, kText);
    EXPECT_EQ(be.encoding, QStringLiteral("UTF-16BE"));
    EXPECT_EQ(decodeOk(encode(kText, QStringConverter::Utf32LE, true)).text, kText);
}

TEST(TextDecoder, Utf16WithoutByteOrderMarkIsRecognisedWithAWarning)
{
    const DecodedText decoded = decodeOk(encode(kText, QStringConverter::Utf16LE, false));
    EXPECT_EQ(decoded.text, kText);
    ASSERT_FALSE(decoded.warnings.isEmpty());
    EXPECT_TRUE(decoded.warnings[0].message.contains(QStringLiteral("UTF-16LE")));
}

TEST(TextDecoder, Windows1252WhenC1BytesArePresent)
{
    // "Hämeen – “hanke”" in Windows-1252: – is 0x96, quotes 0x93/0x94.
    const QByteArray bytes("H\xE4meen \x96 \x93hanke\x94\n");
    const DecodedText decoded = decodeOk(bytes);
    EXPECT_EQ(decoded.text, QStringLiteral("Hämeen – “hanke”\n"));
    EXPECT_EQ(decoded.encoding, QStringLiteral("Windows-1252"));
    ASSERT_EQ(decoded.warnings.size(), 1);
    EXPECT_TRUE(decoded.warnings[0].message.contains(QStringLiteral("Windows-1252")));
    EXPECT_TRUE(decoded.warnings[0].message.contains(QStringLiteral("line 1")));
}

TEST(TextDecoder, Iso885915WhenTheEuroSignStandsByADigit)
{
    const QByteArray bytes("Budjetti 100 \xA4, p\xE4\xE4t\xF6s\n");
    const DecodedText decoded = decodeOk(bytes);
    EXPECT_EQ(decoded.text, QStringLiteral("Budjetti 100 €, päätös\n"));
    EXPECT_EQ(decoded.encoding, QStringLiteral("ISO-8859-15"));
}

TEST(TextDecoder, DecomposedTextBecomesNfc)
{
    const DecodedText decoded = decodeOk(QStringLiteral("Ha\u0308meen").toUtf8());
    EXPECT_EQ(decoded.text, QStringLiteral("Hämeen"));
}

TEST(TextDecoder, DamagedUtf8StaysUtf8WithAWarningOnTheLine)
{
    QByteArray bytes = QStringLiteral("ääkköset\nrivi kaksi \xFF rikki\n").toUtf8();
    bytes.replace("\xC3\xBF", "\xFF"); // QString turned \xFF into ÿ; put the raw invalid byte back
    const DecodedText decoded = decodeOk(bytes);
    EXPECT_EQ(decoded.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(decoded.text.contains(QChar(0xFFFD)));
    ASSERT_EQ(decoded.warnings.size(), 1);
    EXPECT_EQ(decoded.warnings[0].line, 2);
}

TEST(TextDecoder, ACharacterCutByTheEndOfTheFileIsDropped)
{
    QByteArray bytes = QStringLiteral("Hämeen\nä").toUtf8();
    bytes.chop(1);
    const DecodedText decoded = decodeOk(bytes);
    EXPECT_EQ(decoded.text, QStringLiteral("Hämeen\n"));
    ASSERT_EQ(decoded.warnings.size(), 1);
    EXPECT_EQ(decoded.warnings[0].line, 2);
}

TEST(TextDecoder, EmptyAndBinaryFilesAreErrors)
{
    EXPECT_FALSE(TextDecoder::decode(QByteArray(), QStringLiteral("t")).ok());
    const auto binary = TextDecoder::decode(QByteArray("abc\ndef\0\x01\x02", 10), QStringLiteral("t"));
    ASSERT_FALSE(binary.ok());
    EXPECT_EQ(binary.error().line, 2);
    EXPECT_TRUE(binary.error().message.contains(QStringLiteral("binary")));
}

TEST(TextDecoder, UnmarkedUtf16CutInTheMiddleOfACharacterIsStillText)
{
    QByteArray bytes = encode(kText, QStringConverter::Utf16LE, false);
    bytes.chop(1);
    const DecodedText decoded = decodeOk(bytes);
    EXPECT_EQ(decoded.encoding, QStringLiteral("UTF-16LE"));
    EXPECT_TRUE(decoded.text.startsWith(QStringLiteral("Kokonaisuuden nimi\nKanta-Hämeen")));
}

TEST(TextDecoder, DamagedUtf16IsReplacedWithAWarning)
{
    QByteArray bytes = encode(kText, QStringConverter::Utf16LE, true);
    bytes.append("\x00\xD8", 2); // a lone high surrogate
    bytes.append(encode(QStringLiteral("x\n"), QStringConverter::Utf16LE, false));
    const DecodedText decoded = decodeOk(bytes);
    EXPECT_TRUE(decoded.text.contains(QChar(0xFFFD)));
    ASSERT_FALSE(decoded.warnings.isEmpty());
    EXPECT_TRUE(decoded.warnings.last().message.contains(QStringLiteral("invalid UTF-16LE")));
}

TEST(TextDecoder, ANulCharacterAfterAByteOrderMarkIsStillBinary)
{
    QByteArray bytes("\xEF\xBB\xBFKokonaisuuden nimi\nLapin N", 29);
    bytes.append('\0');
    bytes.append("UL hanke\n");
    const auto result = TextDecoder::decode(bytes, QStringLiteral("t"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().line, 2);
}
