#include "core/RecordJson.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace salkku::core;

namespace {

PageRecord fullRecord()
{
    PageRecord record;
    record.file = QStringLiteral("sivu.txt");
    record.kind = PageKind::Project;
    record.name = QStringLiteral("Kanta-Hämeen rakenneuudistus");
    record.region = QStringLiteral("Kanta-Häme");
    record.summary = QStringLiteral("Lyhyesti.");
    record.timeline = Timeline{QStringLiteral("vuosina 2020-2021"), 2020, 2021};
    record.actors = {Person{QStringLiteral("Tiina Mäki"), QStringLiteral("Koordinoiva johtaja")}};
    record.organizations = {Organization{QStringLiteral("Hämeen liitto"), OrganizationRole::Administrator}};
    record.funder = QStringLiteral("STM");
    record.contact =
        Contact{QStringLiteral("Niina"), QStringLiteral("Liitto"), QStringLiteral("n@example.fi")};
    record.created = QDate(2020, 9, 17);
    record.links = {Link{QStringLiteral("Blogi"), QString()}};
    record.topics = {QStringLiteral("Tiedolla johtaminen")};
    record.subAreas = {SubArea{1,
                               QStringLiteral("Otsikko"),
                               QStringLiteral("Tavoite"),
                               {QStringLiteral("Tuotos")},
                               QString(),
                               QStringLiteral("Hyöty"),
                               QString()}};
    record.sections = {Section{QStringLiteral("Toimijat"), QStringLiteral("teksti"), 12}};
    record.warnings = {Warning{3, QStringLiteral("varoitus")}};
    record.encoding = QStringLiteral("UTF-8");
    return record;
}

} // namespace

TEST(RecordJson, HasTheDocumentedKeys)
{
    const QJsonObject json = RecordJson::toJson(fullRecord());
    for (const char *key : {"file", "kind", "name", "region", "summary", "purpose", "timeline", "actors",
                            "organizations", "funder", "contact", "created", "modified", "links", "topics",
                            "phenomena", "sub_areas", "sections", "warnings"})
        EXPECT_TRUE(json.contains(QLatin1String(key))) << key;
    EXPECT_EQ(json[u"created"].toString(), QStringLiteral("2020-09-17"));
    EXPECT_EQ(json[u"timeline"][u"start_year"].toInt(), 2020);
    EXPECT_EQ(json[u"organizations"][0][u"role"].toString(), QStringLiteral("administrator"));
}

TEST(RecordJson, AbsentValuesAreNull)
{
    const QJsonObject json = RecordJson::toJson(fullRecord());
    EXPECT_TRUE(json[u"purpose"].isNull());
    EXPECT_TRUE(json[u"modified"].isNull());
    EXPECT_TRUE(json[u"links"][0][u"url"].isNull());
    EXPECT_TRUE(json[u"sub_areas"][0][u"impacts"].isNull());
}

TEST(RecordJson, RoundTripsEveryField)
{
    const PageRecord record = fullRecord();
    const auto back = RecordJson::fromJson(RecordJson::toJson(record));
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back.value(), record);
}

TEST(RecordJson, RefusesAnUnknownKind)
{
    QJsonObject json = RecordJson::toJson(fullRecord());
    json[u"kind"] = QStringLiteral("poem");
    EXPECT_FALSE(RecordJson::fromJson(json).ok());
}

TEST(RecordJson, ErrorObjectNamesFileAndLine)
{
    const QJsonObject json =
        RecordJson::errorToJson(Error{QStringLiteral("a.txt"), 7, QStringLiteral("huono")});
    EXPECT_EQ(json[u"file"].toString(), QStringLiteral("a.txt"));
    EXPECT_EQ(json[u"error"][u"line"].toInt(), 7);
    EXPECT_EQ(json[u"error"][u"message"].toString(), QStringLiteral("huono"));
}

TEST(ErrorText, ReadsLikeACompilerMessage)
{
    EXPECT_EQ((Error{QStringLiteral("a.txt"), 7, QStringLiteral("bad")}.toString()),
              QStringLiteral("a.txt:7: bad"));
    EXPECT_EQ((Error{QStringLiteral("a.txt"), 0, QStringLiteral("bad")}.toString()),
              QStringLiteral("a.txt: bad"));
}
