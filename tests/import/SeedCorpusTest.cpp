// The importer's acceptance corpus: real Innokylä exports in $SALKKU_SEED_DIR (../shared/seeds in CI).
// Without the variable these tests skip; with it set and the folder missing they fail.
#include "TestSupport.h"
#include "import/InnokylaParser.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;

namespace {

struct Expected
{
    const char *prefix;
    core::PageKind kind;
    const char *name;
    const char *region;
    std::optional<int> startYear;
    std::optional<int> endYear;
    QList<int> outputsPerSubArea;
};

const QList<Expected> kSeeds{
    {"000_", core::PageKind::Project, "Helsingin rakenneuudistus", "Helsinki", 2020, 2021, {8, 12, 10, 12}},
    {"001_", core::PageKind::Project, "Kanta-Hämeen rakenneuudistus", "Kanta-Häme", 2020, 2021, {}},
    {"002_",
     core::PageKind::Article,
     "Uudenmaan Tulevaisuuden sote-keskus -hankkeet ja rakenneuudistushankkeet käynnistymässä",
     "Uusimaa",
     std::nullopt,
     std::nullopt,
     {}},
    {"003_",
     core::PageKind::Project,
     "Keski-Suomi: Rakenneuudistusta tukeva alueellinen valmistelu - Monesta hyvästä yhdeksi parhaista",
     "Keski-Suomi",
     2020,
     2021,
     {10, 19, 9}},
    {"004_",
     core::PageKind::Project,
     "Pohjois-Pohjanmaan rakenneuudistus",
     "Pohjois-Pohjanmaa",
     2020,
     2021,
     {}},
};

class SeedCorpus : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QByteArray dir = qgetenv("SALKKU_SEED_DIR");
        if (dir.isEmpty())
            GTEST_SKIP() << "SALKKU_SEED_DIR is not set";
        m_dir = QDir(QString::fromLocal8Bit(dir));
        ASSERT_TRUE(m_dir.exists()) << "SALKKU_SEED_DIR names a missing folder: " << dir.constData();
    }

    QString path(const char *prefix) const
    {
        const QStringList files = m_dir.entryList({QLatin1String(prefix) + u'*'}, QDir::Files);
        return files.isEmpty() ? QString() : m_dir.filePath(files.front());
    }

    core::PageRecord parse(const char *prefix) const
    {
        const QString file = path(prefix);
        EXPECT_FALSE(file.isEmpty()) << "no seed " << prefix;
        auto result = importer::InnokylaParser::parse(readBytes(file), file);
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
        return result.ok() ? result.value() : core::PageRecord{};
    }

    QDir m_dir;
};

} // namespace

TEST_F(SeedCorpus, EverySeedGivesWhatACarefulReaderFinds)
{
    for (const Expected &e : kSeeds) {
        const core::PageRecord r = parse(e.prefix);
        EXPECT_EQ(r.kind, e.kind) << e.prefix;
        EXPECT_EQ(r.name, QString::fromUtf8(e.name)) << e.prefix;
        EXPECT_EQ(r.region, QString::fromUtf8(e.region)) << e.prefix;
        EXPECT_EQ(r.timeline.startYear, e.startYear) << e.prefix;
        EXPECT_EQ(r.timeline.endYear, e.endYear) << e.prefix;
        QList<int> outputs;
        QList<int> numbers;
        for (const core::SubArea &subArea : r.subAreas) {
            outputs.append(static_cast<int>(subArea.outputs.size()));
            numbers.append(subArea.number);
        }
        EXPECT_EQ(outputs, e.outputsPerSubArea) << e.prefix;
        for (int i = 0; i < numbers.size(); ++i)
            EXPECT_EQ(numbers[i], i + 1) << e.prefix;
    }
}

TEST_F(SeedCorpus, NothingOfAnySeedIsDropped)
{
    for (const Expected &e : kSeeds) {
        const core::PageRecord r = parse(e.prefix);
        EXPECT_EQ(linesMissingFromRecord(QString::fromUtf8(readBytes(path(e.prefix))), r), QStringList())
            << e.prefix;
    }
}

TEST_F(SeedCorpus, HelsinkiPeopleAndSubAreaDetails)
{
    const core::PageRecord r = parse("000_");
    ASSERT_EQ(r.actors.size(), 5);
    EXPECT_EQ(r.actors[0],
              (core::Person{QStringLiteral("Tiina Mäki"), QStringLiteral("Koordinoiva johtaja")}));
    EXPECT_EQ(r.actors[1].role, QStringLiteral("Projektipäällikkö (osa-alueet 1-3)"));
    EXPECT_EQ(r.contact.email, QStringLiteral("mia-selene.kayhko@hel.fi"));
    EXPECT_EQ(r.created, QDate(2020, 9, 17));
    EXPECT_EQ(r.modified, QDate(2022, 2, 16));
    ASSERT_EQ(r.subAreas.size(), 4);
    EXPECT_EQ(r.subAreas[0].title,
              QStringLiteral("Vapaaehtoinen alueellinen valmistelu ja hankekoordinaatio"));
    EXPECT_EQ(r.subAreas[1].title, QStringLiteral("Johtamisen ja ohjauksen kehittäminen"));
    EXPECT_TRUE(r.subAreas[1].outputs.contains(QStringLiteral("Omavalvontaohjelman selvityksen raportti")));
    EXPECT_TRUE(r.subAreas[2].outputs.contains(
        QStringLiteral("Palvelukokonaisuuksien omien digikehittämiskohteiden edistäminen")));
    EXPECT_TRUE(r.subAreas[3].goal.contains(u'\n')); // two goal bullets
    for (const core::SubArea &subArea : r.subAreas) {
        EXPECT_FALSE(subArea.benefits.isEmpty()) << subArea.number;
        EXPECT_FALSE(subArea.impacts.isEmpty()) << subArea.number;
    }
    EXPECT_TRUE(r.subAreas[3].benefits.startsWith(QStringLiteral("Vastuuparimallin pilotoinnin")));
}

TEST_F(SeedCorpus, KantaHameOrganisations)
{
    const core::PageRecord r = parse("001_");
    ASSERT_FALSE(r.organizations.isEmpty());
    EXPECT_EQ(r.organizations[0],
              (core::Organization{QStringLiteral("Hämeen liitto"), core::OrganizationRole::Administrator}));
    int coImplementers = 0;
    for (const core::Organization &organization : r.organizations)
        coImplementers += organization.role == core::OrganizationRole::CoImplementer;
    EXPECT_EQ(coImplementers, 14);
    EXPECT_TRUE(r.organizations.contains(
        core::Organization{QStringLiteral("Janakkalan kunta"), core::OrganizationRole::CoImplementer}));
    EXPECT_TRUE(r.organizations.contains(
        core::Organization{QStringLiteral("Lopen kunta"), core::OrganizationRole::CoImplementer}));
    EXPECT_TRUE(r.subAreas.isEmpty()); // "Osa-alueen 4 kautta…" is a mention, not a heading
    EXPECT_EQ(r.topics, QStringList{QStringLiteral("Hyvinvoinnin ja terveyden edistäminen")});
    EXPECT_EQ(r.phenomena, QStringList{QStringLiteral("Väestörakenne muutoksessa")});
}

TEST_F(SeedCorpus, ArticleTopicsAndHeadings)
{
    const core::PageRecord r = parse("002_");
    EXPECT_TRUE(r.topics.contains(QStringLiteral("Uusimaa")));
    QStringList headings;
    for (const core::Section &section : r.sections)
        headings.append(section.heading);
    EXPECT_TRUE(
        headings.contains(QStringLiteral("Avainasemassa monialainen, järjestöt osallistava yhteistyö")));
    for (const core::Section &section : r.sections)
        EXPECT_FALSE(section.text.contains(QStringLiteral("Kirjoita hakusi"))); // page chrome
}

TEST_F(SeedCorpus, KeskiSuomiLinksAndNoDuplicatedHeader)
{
    const core::PageRecord r = parse("003_");
    QStringList urls;
    for (const core::Link &link : r.links)
        urls.append(link.url);
    EXPECT_TRUE(urls.contains(QStringLiteral("https://www.facebook.com/keskisuomensoteuudistus")));
    EXPECT_TRUE(urls.contains(QStringLiteral("https://twitter.com/sotekeskisuomi")));
    int websiteSections = 0;
    for (const core::Section &section : r.sections)
        websiteSections += section.heading == u"Verkkosivut";
    EXPECT_EQ(websiteSections, 1);
    EXPECT_FALSE(r.subAreas[0].results.isEmpty());
    EXPECT_FALSE(r.subAreas[2].impacts.isEmpty());
}

TEST_F(SeedCorpus, PohjoisPohjanmaaEmptyValuesAndLabelWordsInBodyText)
{
    const core::PageRecord r = parse("004_");
    EXPECT_TRUE(r.purpose.isEmpty());
    EXPECT_TRUE(r.actors.isEmpty());
    EXPECT_EQ(r.modified, QDate(2024, 4, 23));
    bool found = false;
    for (const core::Section &section : r.sections)
        if (section.heading == u"Tuotokset ja tulokset")
            found = section.text.contains(QStringLiteral("Tuotokset ja tulokset ovat niiden myötä"));
    EXPECT_TRUE(found);
}
