#include "../storage/StorageTestSupport.h"
#include "CliTestSupport.h"
#include "cli/CommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using salkku::cli::CommandLine;
using namespace salkku::testing;

namespace {

class PortfolioCommands : public OnBothBackends
{
protected:
    QString db() const { return m_portfolio.path(); }
    CommandRun importFixtures()
    {
        return run({QStringLiteral("import"), QStringLiteral("--db"), db(),
                    kFixtures + QStringLiteral("/project-complete.txt"),
                    kFixtures + QStringLiteral("/practice-page.txt"),
                    kFixtures + QStringLiteral("/article-news.txt")});
    }
    QString idOf(const QString &name)
    {
        const CommandRun listed =
            run({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
        for (const QJsonValue page : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            if (page[u"name"].toString() == name)
                return QString::number(page[u"id"].toInteger());
        ADD_FAILURE() << "not listed: " << name.toStdString();
        return {};
    }
    TemporaryPortfolio m_portfolio{GetParam()};
};

// What a file has and a server's portfolio has not: a portfolio that does not exist yet.
class PortfolioCommandsInAFile : public ::testing::Test
{
protected:
    QString db() const { return m_portfolio.path(); }
    TemporaryPortfolio m_portfolio;
};

} // namespace

SALKKU_ON_BOTH_BACKENDS(PortfolioCommands);

TEST_P(PortfolioCommands, ImportEndsWithTheSummaryLine)
{
    const CommandRun first = importFixtures();
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, QStringLiteral("3 imported, 0 updated, 0 unchanged, 0 skipped, 0 failed\n"));
    const CommandRun again = importFixtures();
    EXPECT_EQ(again.out, QStringLiteral("0 imported, 0 updated, 3 unchanged, 0 skipped, 0 failed\n"));
}

TEST_P(PortfolioCommands, AFailedFileIsNamedWithItsLineAndTheExitStatusIsOne)
{
    const QString broken = m_portfolio.folder() + QStringLiteral("/rikki.txt");
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<!DOCTYPE html><html><body>x</body></html>");
    file.close();
    const CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), db(), broken,
                              kFixtures + QStringLiteral("/practice-page.txt")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(broken + QStringLiteral(":1: failed: this is an HTML page")))
        << r.err.toStdString();
    EXPECT_TRUE(r.out.endsWith(QStringLiteral("1 imported, 0 updated, 0 unchanged, 0 skipped, 1 failed\n")));
}

TEST_P(PortfolioCommands, ShowJsonHasEverythingParseJsonHasPlusIdAndSource)
{
    importFixtures();
    const CommandRun parsed = run({QStringLiteral("parse"), QStringLiteral("--json"),
                                   kFixtures + QStringLiteral("/project-complete.txt")});
    QJsonObject expected = QJsonDocument::fromJson(parsed.out.toUtf8()).array().first().toObject();
    const CommandRun shown = run({QStringLiteral("show"), QStringLiteral("--db"), db(),
                                  QStringLiteral("--json"), QStringLiteral("Kainuun kotona asumisen tuki")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    QJsonObject actual = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_TRUE(actual[u"id"].isDouble());
    const QJsonObject source = actual[u"source"].toObject();
    EXPECT_TRUE(source[u"path"].toString().endsWith(QStringLiteral("project-complete.txt")));
    EXPECT_EQ(source[u"sha256"].toString().size(), 64);
    EXPECT_FALSE(source[u"imported_at"].toString().isEmpty());
    EXPECT_EQ(source[u"importer_version"].toString(), QStringLiteral(SALKKU_VERSION));
    // And its links to other pages (none here) and parts (none).
    EXPECT_TRUE(actual[u"project"].isNull());
    EXPECT_TRUE(actual[u"practice_links"].toArray().isEmpty());
    EXPECT_TRUE(actual[u"parts"].toArray().isEmpty());
    // And the coordinator's own layer on it (nothing yet).
    EXPECT_TRUE(actual[u"annotations"].toObject()[u"notes"].toArray().isEmpty());
    EXPECT_EQ(actual[u"annotations"].toObject()[u"status"].toString(), QStringLiteral("none"));
    for (const char *stored : {"id", "source", "project", "practice_links", "parts", "annotations"})
        actual.remove(QLatin1String(stored));
    EXPECT_EQ(actual, expected);
}

TEST_P(PortfolioCommands, ShowByIdByNameAndAnAmbiguousName)
{
    importFixtures();
    const QString id = idOf(QStringLiteral("Kainuun kotona asumisen tuki"));
    const CommandRun byId = run({QStringLiteral("show"), QStringLiteral("--db"), db(), id});
    EXPECT_EQ(byId.exitCode, 0);
    EXPECT_TRUE(byId.out.startsWith(QStringLiteral("Kainuun kotona asumisen tuki  [%1]").arg(id)))
        << byId.out.toStdString();
    EXPECT_TRUE(byId.out.contains(QStringLiteral("Sub-area 1: Kotihoidon etäpalvelut")));
    const CommandRun none =
        run({QStringLiteral("show"), QStringLiteral("--db"), db(), QStringLiteral("ei tällaista")});
    EXPECT_EQ(none.exitCode, 1);
    const CommandRun several =
        run({QStringLiteral("show"), QStringLiteral("--db"), db(), QStringLiteral("a")});
    EXPECT_EQ(several.exitCode, 1);
    EXPECT_TRUE(several.err.contains(QStringLiteral("names several pages")));
}

TEST_P(PortfolioCommands, ListWithRegionAndJson)
{
    importFixtures();
    const CommandRun all =
        run({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    ASSERT_EQ(all.exitCode, 0);
    const QJsonArray pages = QJsonDocument::fromJson(all.out.toUtf8()).array();
    ASSERT_EQ(pages.size(), 2); // the article is not a project
    EXPECT_EQ(pages[0][u"name"].toString(), QStringLiteral("Kainuun kotona asumisen tuki"));
    EXPECT_EQ(pages[0][u"sub_areas"].toInt(), 2);
    EXPECT_EQ(pages[0][u"start_year"].toInt(), 2021);
    const CommandRun lappi = run({QStringLiteral("list"), QStringLiteral("--db"), db(),
                                  QStringLiteral("--region"), QStringLiteral("Lappi")});
    EXPECT_TRUE(lappi.out.contains(QStringLiteral("Liikkuva neuvola Lapin kylille")));
    EXPECT_FALSE(lappi.out.contains(QStringLiteral("Kainuun")));
    EXPECT_TRUE(lappi.out.endsWith(QStringLiteral("1 project(s)\n")));
}

TEST_P(PortfolioCommands, SearchPrintsWhereAndASnippet)
{
    importFixtures();
    const CommandRun r = run({QStringLiteral("search"), QStringLiteral("--db"), db(),
                              QStringLiteral("--json"), QStringLiteral("omaishoitaja")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits[0][u"name"].toString(), QStringLiteral("Kainuun kotona asumisen tuki"));
    EXPECT_TRUE(hits[0][u"snippet"].toString().contains(u'«'));
    EXPECT_FALSE(hits[0][u"where"].toString().isEmpty());
    const CommandRun hostile =
        run({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("\"(*NEAR")});
    EXPECT_EQ(hostile.exitCode, 0) << hostile.err.toStdString();
}

TEST_F(PortfolioCommandsInAFile, ReadingCommandsNeedAPortfolio)
{
    const CommandRun r = run({QStringLiteral("list"), QStringLiteral("--db"), db()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("import pages first")));
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_P(PortfolioCommands, SalkkuDbNamesThePortfolioWhenDbIsNotGiven)
{
    qputenv("SALKKU_DB", db().toLocal8Bit());
    const CommandRun imported =
        run({QStringLiteral("import"), kFixtures + QStringLiteral("/practice-page.txt")});
    qunsetenv("SALKKU_DB");
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CommandRun listed = run({QStringLiteral("list"), QStringLiteral("--db"), db()});
    EXPECT_TRUE(listed.out.endsWith(QStringLiteral("1 project(s)\n"))) << listed.out.toStdString();
}

TEST_F(PortfolioCommandsInAFile, UsageErrors)
{
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db()}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("show"), QStringLiteral("--db"), db()}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("search"), QStringLiteral("--db"), db()}).exitCode, 2);
    EXPECT_EQ(
        run({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("x"), QStringLiteral("q")})
            .exitCode,
        2);
    EXPECT_EQ(run({QStringLiteral("list"), QStringLiteral("extra")}).exitCode, 2);
}
