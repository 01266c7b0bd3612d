#include "CliTestSupport.h"
#include "cli/CommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using salkku::cli::CommandLine;
using namespace salkku::testing;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(ParseCommand, JsonArrayInArgumentOrder)
{
    const CommandRun r = run({QStringLiteral("parse"), QStringLiteral("--json"),
                              kFixtures + QStringLiteral("/practice-page.txt"),
                              kFixtures + QStringLiteral("/project-complete.txt")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonArray array = document.array();
    ASSERT_EQ(array.size(), 2);
    EXPECT_EQ(array[0][u"kind"].toString(), QStringLiteral("practice"));
    EXPECT_EQ(array[1][u"name"].toString(), QStringLiteral("Kainuun kotona asumisen tuki"));
    EXPECT_EQ(array[1][u"sub_areas"].toArray().size(), 2);
    EXPECT_EQ(array[1][u"timeline"][u"start_year"].toInt(), 2021);
}

TEST(ParseCommand, AFailedFileIsAnErrorObjectAndExitStatusOne)
{
    QTemporaryDir dir;
    const QString empty = writeFile(dir, QStringLiteral("tyhja.txt"), QByteArray());
    const CommandRun r = run({QStringLiteral("parse"), QStringLiteral("--json"), empty,
                              kFixtures + QStringLiteral("/practice-page.txt")});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 2);
    EXPECT_EQ(array[0][u"file"].toString(), empty);
    EXPECT_TRUE(array[0][u"error"][u"message"].toString().contains(QStringLiteral("empty")));
    EXPECT_EQ(array[1][u"kind"].toString(), QStringLiteral("practice"));
    EXPECT_TRUE(r.err.startsWith(empty + QStringLiteral(": "))) << r.err.toStdString();
}

TEST(ParseCommand, ErrorsOnStderrNameFileAndLine)
{
    QTemporaryDir dir;
    const QString binary = writeFile(dir, QStringLiteral("kuva.txt"), QByteArray("abc\ndef\0", 8));
    const CommandRun r = run({QStringLiteral("parse"), binary});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.startsWith(binary + QStringLiteral(":2: "))) << r.err.toStdString();
}

TEST(ParseCommand, ReadableSummaryWithoutJson)
{
    const CommandRun r = run({QStringLiteral("parse"), kFixtures + QStringLiteral("/project-complete.txt")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("“Kainuun kotona asumisen tuki”")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("region: Kainuu")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("sub-area 1: Kotihoidon etäpalvelut (3 outputs)")));
}

TEST(ParseCommand, BadUsageIsExitStatusTwo)
{
    EXPECT_EQ(run({QStringLiteral("parse")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("parse"), QStringLiteral("--bogus"), QStringLiteral("x")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).exitCode, 2);
}

TEST(CommandLine, HelpAndVersion)
{
    const CommandRun help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("salkku parse")));
    const CommandRun version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QStringLiteral("salkku " SALKKU_VERSION "\n"));
    EXPECT_EQ(run({QStringLiteral("parse"), QStringLiteral("--help")}).exitCode, 0);
}

TEST(CommandLine, CommandsAreRecognisedAndTheWindowIsTheDefault)
{
    EXPECT_TRUE(CommandLine::wanted({QStringLiteral("salkku"), QStringLiteral("parse")}));
    EXPECT_TRUE(CommandLine::wanted({QStringLiteral("salkku"), QStringLiteral("--version")}));
    EXPECT_FALSE(CommandLine::wanted({QStringLiteral("salkku")}));
    EXPECT_FALSE(
        CommandLine::wanted({QStringLiteral("salkku"), QStringLiteral("-platform"), QStringLiteral("xcb")}));
}

// The real binary, with no display at all: commands must not need one.
TEST(SalkkuBinary, RunsCommandsWithoutADisplay)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SALKKU_BINARY), {QStringLiteral("parse"), QStringLiteral("--json"),
                                                  kFixtures + QStringLiteral("/article-news.txt")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonArray array = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    ASSERT_EQ(array.size(), 1);
    EXPECT_EQ(array[0][u"region"].toString(), QStringLiteral("Pirkanmaa"));
}
