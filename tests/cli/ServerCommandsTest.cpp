// The command line on a team's shared portfolio: the same commands, with --db naming a PostgreSQL database.
#include "../storage/StorageTestSupport.h"
#include "CliTestSupport.h"
#include "storage/ServerSetup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace salkku::testing;

TEST(ServerCommands, ATeamSetsUpImportsAnnotatesAndSearchesASharedPortfolio)
{
    const QString address = testServerAddress(uniqueDatabaseName());
    ASSERT_FALSE(address.isEmpty());
    const CommandRun init = run({QStringLiteral("server-init"), address, QStringLiteral("--json")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const QJsonObject made = QJsonDocument::fromJson(init.out.toUtf8()).object();
    EXPECT_TRUE(made.value(QStringLiteral("created_database")).toBool());
    EXPECT_EQ(made.value(QStringLiteral("editor_role")).toString(), QStringLiteral("salkku_editor"));

    const CommandRun imported =
        run({QStringLiteral("import"), QStringLiteral("--db"), address, QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CommandRun listed =
        run({QStringLiteral("list"), QStringLiteral("--db"), address, QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray pages = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_GE(pages.size(), 3);
    const QString first = QString::number(pages.first().toObject().value(QStringLiteral("id")).toInteger());

    const CommandRun noted = run({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--db"),
                                  address, first, QStringLiteral("Sovittu jatkokäsittelystä tammikuussa")});
    ASSERT_EQ(noted.exitCode, 0) << noted.err.toStdString();
    // The note is found by the Finnish search, in another inflected form.
    const CommandRun found = run({QStringLiteral("search"), QStringLiteral("--db"), address,
                                  QStringLiteral("--json"), QStringLiteral("jatkokäsittely")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(found.out.toUtf8()).array();
    ASSERT_FALSE(hits.isEmpty()) << found.out.toStdString();
    EXPECT_EQ(hits.first().toObject().value(QStringLiteral("place")).toString(), QStringLiteral("note"));

    // Importing the same files again (another team member) changes nothing.
    const CommandRun again =
        run({QStringLiteral("import"), QStringLiteral("--db"), address, QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const CommandRun relisted =
        run({QStringLiteral("list"), QStringLiteral("--db"), address, QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(relisted.out.toUtf8()).array().size(), pages.size());
    EXPECT_TRUE(
        salkku::storage::ServerSetup::dropDatabase(salkku::storage::Location::parse(address).value()));
}
