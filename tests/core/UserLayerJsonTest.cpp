#include "core/UserLayerJson.h"

#include <gtest/gtest.h>

using namespace salkku::core;

namespace {

UserLayer everyKindOfThing()
{
    UserLayer layer;
    AnnotatedItem project;
    project.page = PageIdentity{PageKind::Project, PagePart::Main, QStringLiteral("Äänekosken hanke"),
                                QStringLiteral("Keski-Suomi")};
    project.tags = {QStringLiteral("ohjausryhmä"), QStringLiteral("ääni")};
    project.followUp = FollowUp{FollowUpStatus::ToCheck, QDate(2026, 12, 1)};
    project.notes.append(Note{0, 0, QStringLiteral("Rivi 1\nRivi 2 \"lainaus\""), QStringLiteral("Maija"),
                              QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC),
                              QDateTime(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC)});
    AnnotatedItem subArea;
    subArea.page = PageIdentity{PageKind::Practice, PagePart::Main, QStringLiteral("Malli"), QString()};
    subArea.subArea = 2;
    subArea.subAreaTitle = QStringLiteral("Mittarit");
    subArea.tags = {QStringLiteral("mittarit")};
    layer.items = {project, subArea};
    layer.collections.append(CollectionContents{
        QStringLiteral("Tiistai"), {CollectionEntry{project.page, 0}, CollectionEntry{subArea.page, 2}}});
    return layer;
}

} // namespace

TEST(UserLayerJson, EveryKindOfThingGoesThroughTheFileUnchanged)
{
    const UserLayer layer = everyKindOfThing();
    const auto back = UserLayerJson::fromJson(UserLayerJson::toJson(layer), QStringLiteral("layer.json"));
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back.value(), layer);
}

TEST(UserLayerJson, ASyntaxErrorNamesTheFileAndLine)
{
    const auto result = UserLayerJson::fromJson(
        "{\n  \"format\": \"salkku-user-layer\",\n  \"items\": [,]\n}", QStringLiteral("layer.json"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().file, QStringLiteral("layer.json"));
    EXPECT_EQ(result.error().line, 3);
}

TEST(UserLayerJson, AnotherFileOrAWrongValueIsAClearError)
{
    EXPECT_FALSE(UserLayerJson::fromJson("{\"items\": []}", QStringLiteral("x.json")).ok());
    EXPECT_FALSE(UserLayerJson::fromJson("[1, 2]", QStringLiteral("x.json")).ok());
    const auto newer =
        UserLayerJson::fromJson(R"({"format": "salkku-user-layer", "version": 9})", QStringLiteral("x.json"));
    ASSERT_FALSE(newer.ok());
    EXPECT_TRUE(newer.error().message.contains(QStringLiteral("9")));
    const auto kind = UserLayerJson::fromJson(
        R"({"format": "salkku-user-layer", "version": 1, "items": [{"page": {"kind": "blog", "name": "x"}}]})",
        QStringLiteral("x.json"));
    ASSERT_FALSE(kind.ok());
    EXPECT_TRUE(kind.error().message.startsWith(QStringLiteral("items[0].page.kind")))
        << kind.error().message.toStdString();
    const auto due = UserLayerJson::fromJson(
        R"({"format": "salkku-user-layer", "version": 1, "items": [{"page": {"kind": "project", "name": "x"},)"
        R"( "followUp": {"status": "following", "due": "31.12.2026"}}]})",
        QStringLiteral("x.json"));
    ASSERT_FALSE(due.ok());
    EXPECT_TRUE(due.error().message.startsWith(QStringLiteral("items[0].followUp.due")));
}

TEST(UserLayer, ATagIsTidiedAsTyped)
{
    EXPECT_EQ(normalizedTag(QStringLiteral("  #Ohjaus\u00A0 ryhmä ")), QStringLiteral("Ohjaus ryhmä"));
    EXPECT_EQ(normalizedTag(QStringLiteral("a\u0308a\u0308ni")), QStringLiteral("ääni"));
    EXPECT_TRUE(normalizedTag(QStringLiteral(" ## ")).isEmpty());
}
