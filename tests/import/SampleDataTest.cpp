#include "TestSupport.h"
#include "import/InnokylaParser.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;

namespace {

struct Expected
{
    const char *file;
    const char *region;
    QList<int> outputsPerSubArea;
};

// The bundled sample portfolio (data/samples), written for Salkku: what each page must give.
const QList<Expected> kSamples{
    {"helsinki-digitaalinen-asiointi.txt", "Helsinki", {6, 5, 4}},
    {"satakunta-sote-valmistelu.txt", "Satakunta", {4, 7, 6, 5}},
    {"lappi-tulevaisuuden-sote-keskus.txt", "Lappi", {8, 5, 4}},
    {"pirkanmaa-tiedolla-johtaminen.txt", "Pirkanmaa", {10, 7}},
    {"keski-suomi-kotona-asumisen-tuki.txt", "Keski-Suomi", {6, 4, 5}},
    {"pohjois-karjala-perhekeskus.txt", "Pohjois-Karjala", {}},
    {"varsinais-suomi-sosiaalihuollon-kirjaaminen.txt", "Varsinais-Suomi", {}},
    {"kanta-hame-mielenterveyspalvelut.txt", "Kanta-Häme", {5, 3}},
    {"etela-karjala-hyvinvointialueen-valmistelu.txt", "Etelä-Karjala", {3, 6, 5, 4}},
    {"vantaa-kerava-lasten-ja-nuorten-palvelut.txt", "Vantaa-Kerava", {7, 5, 12}},
};

} // namespace

TEST(SampleData, EverySamplePageGivesItsRegionAndSubAreas)
{
    for (const Expected &expected : kSamples) {
        const QString path = QStringLiteral(SALKKU_SAMPLE_DIR "/") + QLatin1String(expected.file);
        const QByteArray bytes = readBytes(path);
        ASSERT_FALSE(bytes.isEmpty()) << path.toStdString();
        const auto result = importer::InnokylaParser::parse(bytes, path);
        ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
        const core::PageRecord &r = result.value();
        EXPECT_EQ(r.kind, core::PageKind::Project) << expected.file;
        EXPECT_EQ(r.region, QString::fromUtf8(expected.region)) << expected.file;
        EXPECT_TRUE(r.summary.startsWith(QStringLiteral("Esimerkkiaineisto: "))) << expected.file;
        EXPECT_TRUE(r.timeline.startYear.has_value()) << expected.file;
        QList<int> outputs;
        for (const core::SubArea &subArea : r.subAreas)
            outputs.append(static_cast<int>(subArea.outputs.size()));
        EXPECT_EQ(outputs, expected.outputsPerSubArea) << expected.file;
        EXPECT_TRUE(r.warnings.isEmpty())
            << expected.file << ": " << r.warnings.value(0).message.toStdString();
        EXPECT_EQ(linesMissingFromRecord(QString::fromUtf8(bytes), r), QStringList()) << expected.file;
    }
}

TEST(SampleData, ThePracticePageParses)
{
    const QString path = QStringLiteral(SALKKU_SAMPLE_DIR "/practice-lappi-liikkuva-etavastaanotto.txt");
    const auto result = importer::InnokylaParser::parse(readBytes(path), path);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result.value().kind, core::PageKind::Practice);
    EXPECT_EQ(result.value().region, QStringLiteral("Lappi"));
    EXPECT_TRUE(result.value().parent.startsWith(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
}

TEST(SampleData, ThePracticesPartsAndTheProjectsListOfPracticesParse)
{
    for (const char *file : {"practice-lappi-liikkuva-etavastaanotto--kehittamisen-polku.txt",
                             "lappi-tulevaisuuden-sote-keskus--toimintamallit.txt"}) {
        const QString path = QStringLiteral(SALKKU_SAMPLE_DIR "/") + QLatin1String(file);
        const QByteArray bytes = readBytes(path);
        const auto result = importer::InnokylaParser::parse(bytes, path);
        ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
        EXPECT_NE(result.value().part, core::PagePart::Main) << file;
        EXPECT_EQ(result.value().region, QStringLiteral("Lappi")) << file;
        EXPECT_TRUE(result.value().warnings.isEmpty())
            << file << ": " << result.value().warnings.value(0).message.toStdString();
        EXPECT_EQ(linesMissingFromRecord(QString::fromUtf8(bytes), result.value()), QStringList()) << file;
    }
}

TEST(SampleData, TheSamplesCoverAtLeastFiveRegions)
{
    QSet<QString> regions;
    for (const Expected &expected : kSamples)
        regions.insert(QString::fromUtf8(expected.region));
    EXPECT_GE(regions.size(), 5);
    // The projects, the practice, its Kehittämisen polku tab and Lappi's list of practices.
    EXPECT_EQ(QDir(QStringLiteral(SALKKU_SAMPLE_DIR)).entryList({QStringLiteral("*.txt")}).size(),
              kSamples.size() + 3);
}
