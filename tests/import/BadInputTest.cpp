// Hostile and broken input: every case ends in a clear error (with a line where one makes sense) or in a
// record with warnings, never in a crash, a hang or a sanitizer report. Inputs are fixed and built in the
// test; nothing is random and nothing is timed.
#include "core/RecordJson.h"
#include "import/InnokylaParser.h"
#include "import/PageFileReader.h"
#include "import/TextDecoder.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>
#include <type_traits>

namespace salkku::importer {
namespace {

using core::PageRecord;
using core::Result;
using namespace Qt::StringLiterals;

// QStrings as std::string, so GoogleTest prints them readably.
std::string str(const QString &text)
{
    return text.toStdString();
}

std::string describe(const QList<core::Warning> &warnings)
{
    std::string out;
    for (const core::Warning &warning : warnings)
        out += "\n  line " + std::to_string(warning.line) + ": " + str(warning.message);
    return out.empty() ? std::string("\n  (no warnings)") : out;
}

template <typename T>
std::string describe(const Result<T> &result)
{
    if (!result.ok())
        return "error: " + str(result.error().toString());
    if constexpr (std::is_same_v<T, PageRecord>)
        return "record “" + str(result.value().name) + "”, warnings:" + describe(result.value().warnings);
    else
        return "ok";
}

// The warning whose message contains `part` (any case), or nullptr.
const core::Warning *findWarning(const PageRecord &record, const QString &part)
{
    for (const core::Warning &warning : record.warnings)
        if (warning.message.contains(part, Qt::CaseInsensitive))
            return &warning;
    return nullptr;
}

Result<PageRecord> parse(const QByteArray &bytes, const QString &fileName = u"page.txt"_s)
{
    return InnokylaParser::parse(bytes, fileName);
}

// A small project page; `\n` line endings.
const QString kSmallPage = u"Kokonaisuuden nimi\n"
                           u"Hämeen hyvinvointihanke\n"
                           u"Lyhyt kuvaus\n"
                           u"Hanke kehittää kantahämäläisten palveluja: äöå ÄÖÅ.\n"
                           u"Toimiaika\n"
                           u"Hanke toteutetaan vuosina 2021-2023\n"_s;

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 2);
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        const char high = static_cast<char>(unit >> 8);
        const char low = static_cast<char>(unit & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

QByteArray readSample(const char *name)
{
    QFile file(QDir(QStringLiteral(SALKKU_SAMPLE_DIR)).filePath(QString::fromUtf8(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// --- Nothing to read
// --------------------------------------------------------------------------------------------

TEST(BadInput, EmptyFileIsAnError)
{
    const auto result = parse(QByteArray(), u"empty.txt"_s);
    ASSERT_FALSE(result.ok()) << describe(result);
    EXPECT_EQ(str(result.error().file), "empty.txt");
    EXPECT_TRUE(result.error().message.contains(u"empty")) << describe(result);
}

TEST(BadInput, WhitespaceOnlyFileIsAnError)
{
    // Spaces, tabs, NO-BREAK SPACEs (UTF-8 C2 A0), NARROW NO-BREAK SPACE and newlines of every kind.
    const QByteArray bytes = "   \n\t \xC2\xA0\xC2\xA0\r\n\n\xE2\x80\xAF  \r\xC2\xA0\n\n";
    const auto result = parse(bytes);
    ASSERT_FALSE(result.ok()) << describe(result);
    EXPECT_TRUE(result.error().message.contains(u"white space")) << describe(result);
}

// --- Not text
// ---------------------------------------------------------------------------------------------------

TEST(BadInput, BinaryWithNulByteIsAnErrorNamingTheLine)
{
    QByteArray bytes = "Kokonaisuuden nimi\nHanke\n";
    bytes += QByteArray("\x7F"
                        "ELF\x02\x01\x01\x00\x00\x00\x00\x00",
                        12); // NUL on line 3
    bytes += QByteArray("\x03\x00\x3E\x00\x01\x00\x00\x00\xFF\xFF\xC3", 11);
    const auto result = parse(bytes);
    ASSERT_FALSE(result.ok()) << describe(result);
    EXPECT_TRUE(result.error().message.contains(u"binary", Qt::CaseInsensitive)) << describe(result);
    EXPECT_EQ(result.error().line, 3) << describe(result);
}

TEST(BadInput, ControlCharactersWithoutNulAreAnError)
{
    QByteArray bytes;
    for (int round = 0; round < 64; ++round)
        for (char c = 0x01; c <= 0x1F; ++c)
            bytes.append(c);
    ASSERT_FALSE(bytes.contains('\0'));
    const auto result = parse(bytes);
    ASSERT_FALSE(result.ok()) << describe(result);
    EXPECT_TRUE(result.error().message.contains(u"binary", Qt::CaseInsensitive)) << describe(result);
}

TEST(BadInput, HtmlPageIsAnErrorMentioningHtml)
{
    const QByteArray bytes =
        "<!DOCTYPE html>\n"
        "<html lang=\"fi\">\n"
        "<head><meta charset=\"utf-8\"><title>Hämeen hyvinvointihanke</title></head>\n"
        "<body>\n"
        "<div class=\"field\"><p>Kokonaisuuden nimi</p><p>Hämeen hyvinvointihanke</p></div>\n"
        "</body>\n"
        "</html>\n";
    const auto result = parse(bytes, u"page.html"_s);
    ASSERT_FALSE(result.ok()) << describe(result);
    EXPECT_TRUE(result.error().message.contains(u"HTML")) << describe(result);
    EXPECT_EQ(result.error().line, 1);
}

TEST(BadInput, ProseWithoutLabelsIsAnError)
{
    const QByteArray bytes =
        u"Tämä on tavallinen tekstitiedosto.\n"
        u"Siinä kerrotaan säästä, kahvista ja kesälomasta.\n"
        u"\n"
        u"Yhtään Innokylän kenttää siinä ei ole, eikä sitä pidä lukea hankkeeksi.\n"_s.toUtf8();
    const auto result = parse(bytes);
    ASSERT_FALSE(result.ok()) << describe(result);
    EXPECT_TRUE(result.error().message.contains(u"no Innokylä field labels found")) << describe(result);
}

// --- Damaged or unusual encodings
// ----------------------------------------------------------------------------------

TEST(BadInput, InvalidUtf8GivesRecordWithWarningAndReplacementCharacter)
{
    QByteArray bytes = u"Kokonaisuuden nimi\n"
                       u"Hämeen hyvinvointihanke\n"
                       u"Lyhyt kuvaus\n"_s.toUtf8();
    bytes += "Hanke parantaa p\xC3\xA4\xC3\xA4sy\xC3\xA4 palveluihin \xFF\xFE ja jatkuu.\n"; // line 4
    bytes += u"Toimiaika\nHanke toteutetaan vuosina 2021-2023\n"_s.toUtf8();
    const auto result = parse(bytes);
    ASSERT_TRUE(result.ok()) << describe(result);
    const PageRecord &record = result.value();
    EXPECT_EQ(str(record.name), "Hämeen hyvinvointihanke");
    EXPECT_EQ(str(record.encoding), "UTF-8");
    EXPECT_TRUE(record.summary.contains(QChar(0xFFFD))) << str(record.summary);
    EXPECT_TRUE(record.summary.startsWith(u"Hanke parantaa pääsyä palveluihin")) << str(record.summary);
    const core::Warning *warning = findWarning(record, u"UTF-8"_s);
    ASSERT_NE(warning, nullptr) << describe(record.warnings);
    EXPECT_EQ(warning->line, 4) << describe(record.warnings);
}

TEST(BadInput, Windows1252PageParsesWithWarning)
{
    // ä = E4, ö = F6 as single bytes; the literal is split where a hex escape could swallow the next letter.
    const QByteArray bytes = "Kokonaisuuden nimi\n"
                             "H\xE4"
                             "meen ty\xF6"
                             "hyvinvointihanke\n"
                             "Lyhyt kuvaus\n"
                             "K\xE4yt\xE4nn\xF6n kehitt\xE4minen \x93pilotissa\x94.\n";
    const auto result = parse(bytes);
    ASSERT_TRUE(result.ok()) << describe(result);
    const PageRecord &record = result.value();
    EXPECT_EQ(str(record.name), "Hämeen työhyvinvointihanke");
    EXPECT_EQ(str(record.summary), "Käytännön kehittäminen “pilotissa”.");
    EXPECT_EQ(str(record.encoding), "Windows-1252");
    EXPECT_NE(findWarning(record, u"Windows-1252"_s), nullptr) << describe(record.warnings);
}

TEST(BadInput, Utf8CutInsideMultibyteCharacterGivesRecordWithWarning)
{
    QByteArray bytes = u"Kokonaisuuden nimi\n"
                       u"Hämeen hyvinvointihanke\n"
                       u"Lyhyt kuvaus\n"
                       u"Kuvaus katkeaa kesken sanan pää"_s.toUtf8(); // line 4, no newline at the end
    bytes.chop(1);                                                    // "ä" is C3 A4: keep only C3
    ASSERT_TRUE(bytes.endsWith('\xC3'));
    const auto result = parse(bytes);
    ASSERT_TRUE(result.ok()) << describe(result);
    const PageRecord &record = result.value();
    EXPECT_EQ(str(record.name), "Hämeen hyvinvointihanke");
    EXPECT_TRUE(record.summary.startsWith(u"Kuvaus katkeaa kesken sanan p")) << str(record.summary);
    const core::Warning *warning = findWarning(record, u"middle of a character"_s);
    ASSERT_NE(warning, nullptr) << describe(record.warnings);
    EXPECT_EQ(warning->line, 4) << describe(record.warnings);
}

TEST(BadInput, Utf16LittleEndianWithBomParses)
{
    const auto result = parse("\xFF\xFE" + utf16(kSmallPage, false));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(str(result.value().name), "Hämeen hyvinvointihanke");
    EXPECT_EQ(str(result.value().encoding), "UTF-16LE");
}

TEST(BadInput, Utf16BigEndianWithBomParses)
{
    const auto result = parse("\xFE\xFF" + utf16(kSmallPage, true));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(str(result.value().name), "Hämeen hyvinvointihanke");
    EXPECT_EQ(str(result.value().encoding), "UTF-16BE");
}

TEST(BadInput, Utf8WithBomParses)
{
    const auto result = parse("\xEF\xBB\xBF" + kSmallPage.toUtf8());
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(str(result.value().name), "Hämeen hyvinvointihanke");
    EXPECT_EQ(str(result.value().encoding), "UTF-8");
    EXPECT_EQ(findWarning(result.value(), u"byte-order"_s), nullptr) << describe(result);
}

TEST(BadInput, Utf16LittleEndianWithoutBomParsesWithWarning)
{
    const auto result = parse(utf16(kSmallPage, false));
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(str(result.value().name), "Hämeen hyvinvointihanke");
    EXPECT_EQ(str(result.value().encoding), "UTF-16LE");
    EXPECT_NE(findWarning(result.value(), u"byte-order mark"_s), nullptr) << describe(result);
}

TEST(BadInput, EveryUnicodeEncodingGivesTheSameRecordText)
{
    const auto plain = parse(kSmallPage.toUtf8());
    ASSERT_TRUE(plain.ok()) << describe(plain);
    const QList<QByteArray> encodings{"\xFF\xFE" + utf16(kSmallPage, false),
                                      "\xFE\xFF" + utf16(kSmallPage, true),
                                      "\xEF\xBB\xBF" + kSmallPage.toUtf8(), utf16(kSmallPage, false)};
    for (const QByteArray &bytes : encodings) {
        const auto result = parse(bytes);
        ASSERT_TRUE(result.ok()) << describe(result);
        EXPECT_EQ(str(result.value().name), str(plain.value().name));
        EXPECT_EQ(str(result.value().summary), str(plain.value().summary));
        EXPECT_EQ(result.value().timeline, plain.value().timeline);
    }
}

TEST(BadInput, DecomposedTextBecomesNfc)
{
    // As a Mac writes it: "ä" as "a" + COMBINING DIAERESIS, in a label as well as in values.
    const QString page = u"Kokonaisuuden nimi\n"
                         u"Kanta-Ha\u0308meen mielenterveyshanke\n"
                         u"Yhteyshenkilo\u0308n nimi\n"
                         u"Matti Meika\u0308la\u0308inen\n"
                         u"Lyhyt kuvaus\n"
                         u"Palvelut lo\u0308ytyva\u0308t yhdesta\u0308 paikasta.\n"_s;
    ASSERT_TRUE(page.contains(QChar(0x0308)));
    const auto result = parse(page.toUtf8());
    ASSERT_TRUE(result.ok()) << describe(result);
    const PageRecord &record = result.value();
    EXPECT_EQ(str(record.name), "Kanta-Hämeen mielenterveyshanke");
    EXPECT_EQ(str(record.contact.name), "Matti Meikäläinen");
    EXPECT_EQ(str(record.summary), "Palvelut löytyvät yhdestä paikasta.");
    EXPECT_EQ(str(record.region), "Kanta-Häme");
    const QString json = QString::fromUtf8(QJsonDocument(core::RecordJson::toJson(record)).toJson());
    EXPECT_FALSE(json.contains(QChar(0x0308))) << str(json);
}

// --- Line endings
// ------------------------------------------------------------------------------------------------

// A sample page with its line endings made LF, then given `ending`.
QByteArray sampleWithLineEndings(const QByteArray &ending)
{
    QByteArray bytes = readSample("kanta-hame-mielenterveyspalvelut.txt");
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    if (ending != "\n")
        bytes.replace("\n", ending);
    return bytes;
}

TEST(BadInput, CarriageReturnLineEndingsParseLikeLineFeeds)
{
    const auto lf = parse(sampleWithLineEndings("\n"));
    const auto cr = parse(sampleWithLineEndings("\r"));
    ASSERT_TRUE(lf.ok()) << describe(lf);
    ASSERT_TRUE(cr.ok()) << describe(cr);
    ASSERT_GT(lf.value().sections.size(), 3);
    EXPECT_EQ(str(cr.value().name), str(lf.value().name));
    EXPECT_EQ(str(cr.value().summary), str(lf.value().summary));
    EXPECT_EQ(cr.value().sections, lf.value().sections);
    EXPECT_EQ(cr.value().subAreas, lf.value().subAreas);
    EXPECT_EQ(cr.value().warnings, lf.value().warnings) << describe(cr.value().warnings);
    EXPECT_TRUE(cr.value() == lf.value()) << "the records differ in some field";
}

TEST(BadInput, CrLfLineEndingsParseLikeLineFeeds)
{
    const auto lf = parse(sampleWithLineEndings("\n"));
    const auto crlf = parse(sampleWithLineEndings("\r\n"));
    ASSERT_TRUE(lf.ok()) << describe(lf);
    ASSERT_TRUE(crlf.ok()) << describe(crlf);
    EXPECT_EQ(str(crlf.value().name), str(lf.value().name));
    EXPECT_EQ(str(crlf.value().summary), str(lf.value().summary));
    EXPECT_EQ(crlf.value().sections, lf.value().sections);
    EXPECT_EQ(crlf.value().subAreas, lf.value().subAreas);
    EXPECT_EQ(crlf.value().warnings, lf.value().warnings) << describe(crlf.value().warnings);
    EXPECT_TRUE(crlf.value() == lf.value()) << "the records differ in some field";
}

// --- Sizes and shapes
// ---------------------------------------------------------------------------------------------

TEST(BadInput, FiveMegabyteLineParses)
{
    constexpr qsizetype kLineLength = 5'000'000;
    QString page = u"Kokonaisuuden nimi\nHämeen hyvinvointihanke\nLyhyt kuvaus\n"_s;
    page += u"sana "_s.repeated(kLineLength / 5); // one line
    page += u"\nToimiaika\nHanke toteutetaan vuosina 2021-2023\n"_s;
    const auto result = parse(page.toUtf8());
    ASSERT_TRUE(result.ok()) << describe(result);
    const PageRecord &record = result.value();
    EXPECT_EQ(str(record.name), "Hämeen hyvinvointihanke");
    EXPECT_GE(record.summary.size(), kLineLength - 10);
    EXPECT_LE(record.summary.size(), kLineLength);
    EXPECT_TRUE(record.summary.startsWith(u"sana sana sana"));
    EXPECT_EQ(record.timeline.startYear, 2021);
}

TEST(BadInput, ThousandsOfNestingLevelsParse)
{
    constexpr int kLevels = 5000;
    QString page =
        u"Kokonaisuuden nimi\nSyvä lista\nTuotokset ja tulokset\nOsa-alue 1 keskeiset tulokset:\n"_s;
    for (int level = 1; level <= kLevels; ++level)
        page += QString(level, u' ') + u"• taso "_s + QString::number(level) + u'\n';
    page += u"Vaikutukset ja vaikuttavuus\nOsa-alue 1: vaikutukset näkyvät.\n"_s;
    const auto result = parse(page.toUtf8());
    ASSERT_TRUE(result.ok()) << describe(result);
    const PageRecord &record = result.value();
    ASSERT_FALSE(record.subAreas.isEmpty());
    const core::SubArea &first = record.subAreas.front();
    EXPECT_EQ(first.number, 1);
    const QString everything = first.outputs.join(u'\n') + first.results;
    EXPECT_TRUE(everything.contains(u"taso 1"));
    EXPECT_TRUE(everything.contains(u"taso 5000")) << "the deepest item was lost";
}

TEST(BadInput, HundredMegabyteFileIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"huge.txt"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(qint64(100) * 1024 * 1024)); // sparse: no 100 MB written to disk
    }
    ASSERT_EQ(QFileInfo(path).size(), qint64(100) * 1024 * 1024);
    const auto result = PageFileReader::read(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(u"too large")) << str(result.error().toString());
    EXPECT_EQ(str(result.error().file), str(path));
}

TEST(BadInput, BytesOverTheLimitAreRefusedByTheParser)
{
    const QByteArray bytes(TextDecoder::kMaxBytes + 1, 'a');
    const auto result = parse(bytes, u"big.txt"_s);
    ASSERT_FALSE(result.ok()) << describe(result);
    EXPECT_TRUE(result.error().message.contains(u"too large")) << describe(result);
}

// --- Files that are not there
// -------------------------------------------------------------------------------------

TEST(BadInput, ALargeFileUnderTheLimitIsReadWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"suuri.txt"_s);
    QByteArray written;
    for (int i = 0; written.size() < 3 * 1024 * 1024; ++i)
        written += "Rivi " + QByteArray::number(i) + " \xc3\xa4\xc3\xb6\n";
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(written), written.size());
    }
    const auto result = PageFileReader::read(path);
    ASSERT_TRUE(result.ok()) << str(result.error().toString());
    EXPECT_EQ(result.value(), written);
}

TEST(BadInput, MissingFileIsAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"ei-ole.txt"_s);
    const auto result = PageFileReader::read(path);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(u"no such file")) << str(result.error().toString());
    EXPECT_EQ(str(result.error().file), str(path));
}

TEST(BadInput, DirectoryIsAnError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto result = PageFileReader::read(dir.path());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(u"folder")) << str(result.error().toString());
}

// --- Inputs the fuzzer broke the importer with
// --------------------------------------------------------------------

TEST(BadInput, FuzzRegressionInputsParseWithoutCrashing)
{
    const QDir dir(QStringLiteral(SALKKU_FIXTURE_DIR "/fuzz-regressions"));
    ASSERT_TRUE(dir.exists()) << str(dir.path());
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    int parsed = 0;
    for (const QFileInfo &info : files) {
        if (info.fileName() == u"README.md")
            continue;
        SCOPED_TRACE(str(info.fileName()));
        const auto bytes = PageFileReader::read(info.filePath());
        ASSERT_TRUE(bytes.ok()) << str(bytes.error().toString());
        const auto result = InnokylaParser::parse(bytes.value(), info.fileName());
        if (result.ok())
            static_cast<void>(core::RecordJson::toJson(result.value()));
        else
            EXPECT_FALSE(result.error().message.isEmpty());
        ++parsed;
    }
    EXPECT_GE(parsed, 3) << "the hand-made hostile inputs are missing";
}

} // namespace
} // namespace salkku::importer
