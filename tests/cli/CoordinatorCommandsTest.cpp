// The coordinator's own layer on the command line: tag, note, status, collection, remove/restore/trash,
// backup, export-/import-annotations, and the --collection and --tag scopes of list and the exports.
#include "../storage/StorageTestSupport.h"
#include "CliTestSupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using salkku::cli::CommandLine;
using namespace salkku::testing;

namespace {

void guiApplication()
{
    static int argc = 1;
    static char name[] = "cli_tests";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *app = [] {
        QStandardPaths::setTestModeEnabled(true);
        return new QGuiApplication(argc, argv);
    }();
    Q_UNUSED(app);
}

const QString kProject = QStringLiteral("Kainuun kotona asumisen tuki");

class CoordinatorCommands : public OnBothBackends
{
protected:
    void SetUp() override { ASSERT_EQ(importInto(db()).exitCode, 0); }
    CommandRun importInto(const QString &path)
    {
        return run({QStringLiteral("import"), QStringLiteral("--db"), path,
                    kFixtures + QStringLiteral("/project-complete.txt"),
                    kFixtures + QStringLiteral("/practice-page.txt"),
                    kFixtures + QStringLiteral("/article-news.txt")});
    }
    QString db() const { return m_portfolio.path(); }
    QString file(const QString &name) const { return m_portfolio.folder() + u'/' + name; }
    // `salkku COMMAND --db <db> ARGS…`
    CommandRun salkku(const QString &command, const QStringList &arguments, const QString &path = QString())
    {
        return run(QStringList{command, QStringLiteral("--db"), path.isEmpty() ? db() : path} + arguments);
    }
    static QJsonDocument json(const CommandRun &r)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString() << r.err.toStdString();
        return document;
    }
    static QString pdfText(const QString &pdf)
    {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        EXPECT_TRUE(pdftotext.waitForStarted()) << "pdftotext does not run: install poppler-utils";
        EXPECT_TRUE(pdftotext.waitForFinished());
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    }
    TemporaryPortfolio m_portfolio{GetParam()};
};

// A backup is a copy of the file (on a server, the server's own pg_dump makes one).
class CoordinatorCommandsInAFile : public CoordinatorCommands
{
};

} // namespace

SALKKU_ON_BOTH_BACKENDS(CoordinatorCommands);
INSTANTIATE_TEST_SUITE_P(File, CoordinatorCommandsInAFile,
                         ::testing::Values(salkku::storage::Backend::SQLite), ::salkku::testing::backendName);

TEST_P(CoordinatorCommands, TagsAreAddedListedAndRemovedOnProjectsAndSubAreas)
{
    const CommandRun added =
        salkku(QStringLiteral("tag"),
               {QStringLiteral("add"), kProject, QStringLiteral("ohjausryhmä"), QStringLiteral("#Kärki")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.out, QStringLiteral("1: Kärki, ohjausryhmä\n"));
    const CommandRun subArea =
        salkku(QStringLiteral("tag"), {QStringLiteral("add"), QStringLiteral("1#2"),
                                       QStringLiteral("mittarit"), QStringLiteral("--json")});
    ASSERT_EQ(subArea.exitCode, 0) << subArea.err.toStdString();
    EXPECT_EQ(json(subArea).object().value(QStringLiteral("ref")).toString(), QStringLiteral("1#2"));
    EXPECT_EQ(json(subArea).object().value(QStringLiteral("tags")).toArray().size(), 1);

    const CommandRun counts =
        salkku(QStringLiteral("tag"), {QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray tags = json(counts).array();
    ASSERT_EQ(tags.size(), 3);
    EXPECT_EQ(tags[0].toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("Kärki"));
    EXPECT_EQ(tags[1].toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("mittarit"));
    EXPECT_EQ(tags[1].toObject().value(QStringLiteral("projects")).toInt(), 1);

    EXPECT_EQ(salkku(QStringLiteral("tag"),
                     {QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("KÄRKI")})
                  .out,
              QStringLiteral("1: ohjausryhmä\n"));
    // The list shows them; #tag searches by them.
    EXPECT_TRUE(salkku(QStringLiteral("list"), {}).out.contains(QStringLiteral("#ohjausryhmä")));
    const CommandRun wrong =
        salkku(QStringLiteral("tag"), {QStringLiteral("add"), QStringLiteral("1#9"), QStringLiteral("x")});
    EXPECT_EQ(wrong.exitCode, CommandLine::Failure);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("has no sub-area 9"))) << wrong.err.toStdString();
    EXPECT_EQ(salkku(QStringLiteral("tag"), {QStringLiteral("paint"), QStringLiteral("1")}).exitCode,
              CommandLine::Usage);
    EXPECT_EQ(salkku(QStringLiteral("tag"), {QStringLiteral("add"), QStringLiteral("1")}).exitCode,
              CommandLine::Usage);
}

TEST_P(CoordinatorCommands, NotesHaveAnAuthorAndCanBeChangedAndRemoved)
{
    const CommandRun added =
        salkku(QStringLiteral("note"), {QStringLiteral("add"), QStringLiteral("1#1"), QStringLiteral("Kysy"),
                                        QStringLiteral("etäpalveluista."), QStringLiteral("--author"),
                                        QStringLiteral("Maija Meikäläinen"), QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const int id = json(added).object().value(QStringLiteral("id")).toInt();
    const CommandRun listed =
        salkku(QStringLiteral("note"), {QStringLiteral("list"), kProject, QStringLiteral("--json")});
    const QJsonArray notes = json(listed).array();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].toObject().value(QStringLiteral("text")).toString(),
              QStringLiteral("Kysy etäpalveluista."));
    EXPECT_EQ(notes[0].toObject().value(QStringLiteral("author")).toString(),
              QStringLiteral("Maija Meikäläinen"));
    EXPECT_EQ(notes[0].toObject().value(QStringLiteral("sub_area")).toInt(), 1);
    // Found by the Finnish search, inflected.
    EXPECT_TRUE(salkku(QStringLiteral("search"), {QStringLiteral("etäpalvelu")}).out.contains(kProject));

    ASSERT_EQ(salkku(QStringLiteral("note"),
                     {QStringLiteral("edit"), QString::number(id), QStringLiteral("Sovittu.")})
                  .exitCode,
              0);
    EXPECT_TRUE(salkku(QStringLiteral("note"), {QStringLiteral("list"), QStringLiteral("1")})
                    .out.contains(QStringLiteral("Sovittu.")));
    EXPECT_TRUE(
        salkku(QStringLiteral("show"), {QStringLiteral("1")}).out.contains(QStringLiteral("Sovittu.")));
    ASSERT_EQ(salkku(QStringLiteral("note"), {QStringLiteral("remove"), QString::number(id)}).exitCode, 0);
    EXPECT_EQ(json(salkku(QStringLiteral("note"),
                          {QStringLiteral("list"), QStringLiteral("1"), QStringLiteral("--json")}))
                  .array()
                  .size(),
              0);
    EXPECT_EQ(salkku(QStringLiteral("note"), {QStringLiteral("remove"), QString::number(id)}).exitCode,
              CommandLine::Failure);
    EXPECT_EQ(
        salkku(QStringLiteral("note"), {QStringLiteral("edit"), QStringLiteral("x"), QStringLiteral("y")})
            .exitCode,
        CommandLine::Usage);
}

TEST_P(CoordinatorCommands, AFollowUpHasAStatusAndADateAndTheDueOnesAreListed)
{
    const CommandRun set =
        salkku(QStringLiteral("status"), {QStringLiteral("set"), kProject, QStringLiteral("to-check"),
                                          QStringLiteral("--due"), QStringLiteral("2026-03-01")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(salkku(QStringLiteral("status"),
                     {QStringLiteral("set"), QStringLiteral("2"), QStringLiteral("following")})
                  .exitCode,
              0);
    const QJsonArray due =
        json(salkku(QStringLiteral("status"), {QStringLiteral("list"), QStringLiteral("--due-by"),
                                               QStringLiteral("2026-03-01"), QStringLiteral("--json")}))
            .array();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due[0].toObject().value(QStringLiteral("name")).toString(), kProject);
    EXPECT_EQ(due[0].toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-01"));
    EXPECT_TRUE(
        json(salkku(QStringLiteral("status"), {QStringLiteral("list"), QStringLiteral("--due-by"),
                                               QStringLiteral("2026-02-28"), QStringLiteral("--json")}))
            .array()
            .isEmpty());
    EXPECT_EQ(json(salkku(QStringLiteral("status"), {QStringLiteral("list"), QStringLiteral("--json")}))
                  .array()
                  .size(),
              2);
    // Keeping the date when only the status changes; --no-due clears it.
    salkku(QStringLiteral("status"),
           {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("following")});
    EXPECT_TRUE(salkku(QStringLiteral("status"), {QStringLiteral("list")})
                    .out.contains(QStringLiteral("2026-03-01")));
    salkku(QStringLiteral("status"),
           {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("done"), QStringLiteral("--no-due")});
    EXPECT_FALSE(salkku(QStringLiteral("status"), {QStringLiteral("list")})
                     .out.contains(QStringLiteral("2026-03-01")));
    EXPECT_EQ(salkku(QStringLiteral("status"),
                     {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("maybe")})
                  .exitCode,
              CommandLine::Usage);
    EXPECT_EQ(salkku(QStringLiteral("status"),
                     {QStringLiteral("list"), QStringLiteral("--due-by"), QStringLiteral("1.3.2026")})
                  .exitCode,
              CommandLine::Usage);
}

TEST_P(CoordinatorCommands, ACollectionScopesTheListAndTheExports)
{
    guiApplication();
    ASSERT_EQ(
        salkku(QStringLiteral("collection"), {QStringLiteral("create"), QStringLiteral("Tiistain ryhmä")})
            .exitCode,
        0);
    const CommandRun added = salkku(QStringLiteral("collection"),
                                    {QStringLiteral("add"), QStringLiteral("tiistain ryhmä"),
                                     QStringLiteral("2"), QStringLiteral("1#2"), QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QJsonArray items = json(added).array();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("2"));
    EXPECT_EQ(items[1].toObject().value(QStringLiteral("ref")).toString(), QStringLiteral("1#2"));
    EXPECT_TRUE(salkku(QStringLiteral("collection"), {QStringLiteral("list")})
                    .out.contains(QStringLiteral("Tiistain ryhmä")));

    salkku(QStringLiteral("collection"),
           {QStringLiteral("remove"), QStringLiteral("Tiistain ryhmä"), QStringLiteral("2")});
    const QJsonArray listed =
        json(salkku(QStringLiteral("list"), {QStringLiteral("--collection"), QStringLiteral("Tiistain ryhmä"),
                                             QStringLiteral("--json")}))
            .array();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("name")).toString(), kProject);

    salkku(QStringLiteral("note"),
           {QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("Ohjausryhmän"),
            QStringLiteral("huomio."), QStringLiteral("--author"), QStringLiteral("Maija")});
    const CommandRun pdf =
        salkku(QStringLiteral("export-pdf"),
               {QStringLiteral("--out"), file(QStringLiteral("r.pdf")), QStringLiteral("--language"),
                QStringLiteral("en"), QStringLiteral("--portfolio"), QStringLiteral("--collection"),
                QStringLiteral("Tiistain ryhmä"), QStringLiteral("--notes")});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    const QString text = pdfText(file(QStringLiteral("r.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Collection: Tiistain ryhmä"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Own notes")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ohjausryhmän huomio.")));

    const CommandRun csv =
        salkku(QStringLiteral("export-csv"),
               {QStringLiteral("--out"), file(QStringLiteral("l.csv")), QStringLiteral("--list"),
                QStringLiteral("--collection"), QStringLiteral("Tiistain ryhmä")});
    EXPECT_EQ(csv.out, file(QStringLiteral("l.csv")) + QStringLiteral(": 1 row(s)\n"))
        << csv.err.toStdString();

    const CommandRun unknown =
        salkku(QStringLiteral("list"), {QStringLiteral("--collection"), QStringLiteral("Muu")});
    EXPECT_EQ(unknown.exitCode, CommandLine::Failure);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Tiistain ryhmä"))) << "names the collections there are";
    EXPECT_EQ(salkku(QStringLiteral("export-pdf"),
                     {QStringLiteral("--out"), file(QStringLiteral("x.pdf")), QStringLiteral("--project"),
                      QStringLiteral("1"), QStringLiteral("--tag"), QStringLiteral("x")})
                  .exitCode,
              CommandLine::Usage);
    ASSERT_EQ(
        salkku(QStringLiteral("collection"), {QStringLiteral("delete"), QStringLiteral("Tiistain ryhmä")})
            .exitCode,
        0);
    EXPECT_TRUE(json(salkku(QStringLiteral("collection"), {QStringLiteral("list"), QStringLiteral("--json")}))
                    .array()
                    .isEmpty());
}

TEST_P(CoordinatorCommands, RemovedPagesGoToTheTrashAndComeBack)
{
    salkku(QStringLiteral("tag"), {QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("pidä")});
    const CommandRun removed = salkku(QStringLiteral("remove"), {kProject, QStringLiteral("--json")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(json(removed).array().size(), 1);
    EXPECT_FALSE(salkku(QStringLiteral("list"), {}).out.contains(kProject));
    const QJsonArray trash = json(salkku(QStringLiteral("trash"), {QStringLiteral("--json")})).array();
    ASSERT_EQ(trash.size(), 1);
    EXPECT_EQ(trash[0].toObject().value(QStringLiteral("name")).toString(), kProject);

    const CommandRun restored =
        salkku(QStringLiteral("restore"), {QStringLiteral("kainuun kotona"), QStringLiteral("--json")});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(json(restored).object().value(QStringLiteral("restored")).toArray().first().toInt(), 1);
    EXPECT_TRUE(salkku(QStringLiteral("list"), {}).out.contains(QStringLiteral("#pidä")));
    EXPECT_EQ(salkku(QStringLiteral("restore"), {QStringLiteral("1")}).exitCode, CommandLine::Failure);

    salkku(QStringLiteral("remove"), {QStringLiteral("1"), QStringLiteral("2")});
    const CommandRun emptied = salkku(QStringLiteral("trash"), {QStringLiteral("--empty")});
    EXPECT_EQ(emptied.out, QStringLiteral("2 page(s) deleted\n"));
    EXPECT_TRUE(json(salkku(QStringLiteral("tag"), {QStringLiteral("list"), QStringLiteral("--json")}))
                    .array()
                    .isEmpty());
    EXPECT_EQ(salkku(QStringLiteral("remove"), {}).exitCode, CommandLine::Usage);
}

TEST_P(CoordinatorCommands, TheSamplePortfolioIsRemovedInOneStep)
{
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"), db(), QStringLiteral(SALKKU_SAMPLE_DIR)})
                  .exitCode,
              0);
    const CommandRun removed = salkku(QStringLiteral("remove"), {QStringLiteral("--samples")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    const QJsonArray left = json(salkku(QStringLiteral("list"), {QStringLiteral("--json")})).array();
    ASSERT_EQ(left.size(), 2) << "the fixtures stay";
}

TEST_P(CoordinatorCommandsInAFile, ABackupAndAnExchangeFileCarryEverythingToAnotherPortfolio)
{
    salkku(QStringLiteral("tag"), {QStringLiteral("add"), QStringLiteral("1#2"), QStringLiteral("mittarit")});
    salkku(QStringLiteral("note"), {QStringLiteral("add"), QStringLiteral("2"), QStringLiteral("Hyvä."),
                                    QStringLiteral("--author"), QStringLiteral("M")});
    salkku(QStringLiteral("status"),
           {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("following")});
    salkku(QStringLiteral("collection"), {QStringLiteral("create"), QStringLiteral("K")});
    salkku(QStringLiteral("collection"), {QStringLiteral("add"), QStringLiteral("K"), QStringLiteral("2")});

    const CommandRun backup =
        run({QStringLiteral("backup"), QStringLiteral("--db"), db(), QStringLiteral("--out"),
             file(QStringLiteral("copy.sqlite")), QStringLiteral("--json")});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_GT(json(backup).object().value(QStringLiteral("bytes")).toInteger(), 0);
    EXPECT_EQ(
        salkku(QStringLiteral("list"), {QStringLiteral("--json")}, file(QStringLiteral("copy.sqlite"))).out,
        salkku(QStringLiteral("list"), {QStringLiteral("--json")}).out);

    const CommandRun exported = salkku(QStringLiteral("export-annotations"),
                                       {QStringLiteral("--out"), file(QStringLiteral("omat.json"))});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QString other = file(QStringLiteral("other.sqlite"));
    ASSERT_EQ(importInto(other).exitCode, 0);
    const CommandRun merged = salkku(QStringLiteral("import-annotations"),
                                     {file(QStringLiteral("omat.json")), QStringLiteral("--json")}, other);
    ASSERT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_EQ(json(merged).object().value(QStringLiteral("tags_added")).toInt(), 1);
    EXPECT_EQ(salkku(QStringLiteral("list"), {QStringLiteral("--json")}, other).out,
              salkku(QStringLiteral("list"), {QStringLiteral("--json")}).out);
    EXPECT_EQ(salkku(QStringLiteral("collection"), {QStringLiteral("show"), QStringLiteral("K")}, other).out,
              salkku(QStringLiteral("collection"), {QStringLiteral("show"), QStringLiteral("K")}).out);

    QFile broken(file(QStringLiteral("broken.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\n\"format\": \"salkku-user-layer\",\n\"version\": 1,\n\"items\": [}\n");
    broken.close();
    const CommandRun bad =
        salkku(QStringLiteral("import-annotations"), {file(QStringLiteral("broken.json"))}, other);
    EXPECT_EQ(bad.exitCode, CommandLine::Failure);
    EXPECT_TRUE(bad.err.startsWith(file(QStringLiteral("broken.json")) + QStringLiteral(":4: ")))
        << bad.err.toStdString();
}
