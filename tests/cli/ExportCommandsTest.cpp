// salkku export-pdf and export-csv: usage errors (2), references that name nothing or several pages (1), and
// real runs, in-process and as the program without a display.
#include "../storage/StorageTestSupport.h"
#include "CliTestSupport.h"
#include "cli/CommandLine.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using salkku::cli::CommandLine;
using namespace salkku::testing;

namespace {

// PDF needs fonts, and fonts a QGuiApplication (offscreen, set by ctest); one for the test program.
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

class ExportCommands : public OnBothBackends
{
protected:
    void SetUp() override
    {
        guiApplication();
        const CommandRun imported = run({QStringLiteral("import"), QStringLiteral("--db"), db(),
                                         kFixtures + QStringLiteral("/project-complete.txt"),
                                         kFixtures + QStringLiteral("/practice-page.txt"),
                                         kFixtures + QStringLiteral("/article-news.txt")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }
    QString db() const { return m_portfolio.path(); }
    QString out(const QString &name) const { return m_portfolio.folder() + u'/' + name; }
    CommandRun exportPdf(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("export-pdf"), QStringLiteral("--db"), db()} + arguments);
    }
    CommandRun exportCsv(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db()} + arguments);
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    TemporaryPortfolio m_portfolio{GetParam()};
};

const QString kProject = QStringLiteral("Kainuun kotona asumisen tuki");

} // namespace

SALKKU_ON_BOTH_BACKENDS(ExportCommands);

TEST_P(ExportCommands, AreListedInTheOverview)
{
    EXPECT_TRUE(CommandLine::commands().contains(QStringLiteral("export-pdf")));
    EXPECT_TRUE(CommandLine::commands().contains(QStringLiteral("export-csv")));
    const CommandRun help = run({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("salkku export-pdf [--db PATH] --out FILE")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("salkku export-csv [--db PATH] --out FILE")));
    const CommandRun pdfHelp = run({QStringLiteral("export-pdf"), QStringLiteral("--help")});
    EXPECT_EQ(pdfHelp.exitCode, 0);
    EXPECT_TRUE(pdfHelp.out.contains(QStringLiteral("--portfolio")));
}

TEST_P(ExportCommands, AWrongCommandLineIsAUsageError)
{
    const QString pdf = out(QStringLiteral("x.pdf"));
    const QList<QStringList> wrong{
        {QStringLiteral("--project"), QStringLiteral("1")}, // no --out
        {QStringLiteral("--out"), pdf},                     // nothing to export
        {QStringLiteral("--out"), pdf, QStringLiteral("--project"), QStringLiteral("1"),
         QStringLiteral("--portfolio")},
        {QStringLiteral("--out"), pdf, QStringLiteral("--compare"), QStringLiteral("1")}, // one to compare
        {QStringLiteral("--out"), pdf, QStringLiteral("--compare"), QStringLiteral("1"), QStringLiteral("2"),
         QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
         QStringLiteral("7")},
        {QStringLiteral("--out"), pdf, QStringLiteral("--project"), QStringLiteral("1"),
         QStringLiteral("--region"), QStringLiteral("Kainuu")},
        {QStringLiteral("--out"), pdf, QStringLiteral("--portfolio"), QStringLiteral("--language"),
         QStringLiteral("sv")},
        {QStringLiteral("--out"), pdf, QStringLiteral("--portfolio"), QStringLiteral("extra")},
        {QStringLiteral("--out"), pdf, QStringLiteral("--nonsense")},
        {QStringLiteral("--out"), pdf, QStringLiteral("--portfolio"), QStringLiteral("--date"),
         QStringLiteral("31.12.2031")},
        {QStringLiteral("--out"), pdf, QStringLiteral("--portfolio"), QStringLiteral("--date"),
         QStringLiteral("2031-02-30")},
    };
    for (const QStringList &arguments : wrong) {
        const CommandRun r = exportPdf(arguments);
        EXPECT_EQ(r.exitCode, CommandLine::Usage) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("salkku export-pdf: "))) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(pdf));
    const CommandRun both =
        exportCsv({QStringLiteral("--out"), out(QStringLiteral("x.csv")), QStringLiteral("--list"),
                   QStringLiteral("--compare"), QStringLiteral("1"), QStringLiteral("2")});
    EXPECT_EQ(both.exitCode, CommandLine::Usage);
    const CommandRun separator =
        exportCsv({QStringLiteral("--out"), out(QStringLiteral("x.csv")), QStringLiteral("--list"),
                   QStringLiteral("--separator"), QStringLiteral("|")});
    EXPECT_EQ(separator.exitCode, CommandLine::Usage);
}

TEST_P(ExportCommands, ReferencesThatNameNothingOrSeveralPagesFail)
{
    const QString pdf = out(QStringLiteral("x.pdf"));
    const CommandRun unknown =
        exportPdf({QStringLiteral("--out"), pdf, QStringLiteral("--project"), QStringLiteral("Olematon")});
    EXPECT_EQ(unknown.exitCode, CommandLine::Failure);
    EXPECT_EQ(unknown.err, QStringLiteral("salkku export-pdf: no page is named “Olematon”\n"));

    // "tuki" is in the project's name and the practice's.
    const CommandRun several =
        exportPdf({QStringLiteral("--out"), pdf, QStringLiteral("--project"), QStringLiteral("a")});
    EXPECT_EQ(several.exitCode, CommandLine::Failure);
    EXPECT_TRUE(several.err.contains(QStringLiteral("names several pages; give an id:")))
        << several.err.toStdString();

    const CommandRun missingId =
        exportPdf({QStringLiteral("--out"), pdf, QStringLiteral("--project"), QStringLiteral("99")});
    EXPECT_EQ(missingId.exitCode, CommandLine::Failure);
    EXPECT_EQ(missingId.err, QStringLiteral("salkku export-pdf: no page has the id 99\n"));

    const CommandRun missingSubArea = exportPdf({QStringLiteral("--out"), pdf, QStringLiteral("--compare"),
                                                 QStringLiteral("1#1"), QStringLiteral("1#9")});
    EXPECT_EQ(missingSubArea.exitCode, CommandLine::Failure);
    EXPECT_EQ(missingSubArea.err,
              QStringLiteral("salkku export-pdf: “%1” (1) has no sub-area 9; it has 1, 2\n").arg(kProject));

    const CommandRun twice =
        exportCsv({QStringLiteral("--out"), out(QStringLiteral("x.csv")), QStringLiteral("--compare"),
                   QStringLiteral("1#2"), QStringLiteral("1 # 2")});
    EXPECT_EQ(twice.exitCode, CommandLine::Failure);
    EXPECT_EQ(twice.err, QStringLiteral("salkku export-csv: 1#2 is named twice\n"));

    const CommandRun region = exportPdf({QStringLiteral("--out"), pdf, QStringLiteral("--portfolio"),
                                         QStringLiteral("--region"), QStringLiteral("Atlantis")});
    EXPECT_EQ(region.exitCode, CommandLine::Failure);
    EXPECT_EQ(region.err, QStringLiteral("salkku export-pdf: no such region: Atlantis\n"));
    EXPECT_FALSE(QFile::exists(pdf));

    const CommandRun noPortfolio =
        run({QStringLiteral("export-pdf"), QStringLiteral("--db"), out(QStringLiteral("none.sqlite")),
             QStringLiteral("--out"), pdf, QStringLiteral("--portfolio")});
    EXPECT_EQ(noPortfolio.exitCode, CommandLine::Failure);
    EXPECT_TRUE(noPortfolio.err.contains(QStringLiteral("no portfolio here yet")))
        << noPortfolio.err.toStdString();
}

TEST_P(ExportCommands, ExportPdfWritesAProjectAComparisonAndThePortfolio)
{
    const CommandRun byName =
        exportPdf({QStringLiteral("--out"), out(QStringLiteral("project.pdf")), QStringLiteral("--language"),
                   QStringLiteral("en"), QStringLiteral("--project"), kProject});
    ASSERT_EQ(byName.exitCode, 0) << byName.err.toStdString();
    EXPECT_TRUE(byName.out.startsWith(out(QStringLiteral("project.pdf")) + QStringLiteral(": ")));
    EXPECT_TRUE(read(out(QStringLiteral("project.pdf"))).startsWith("%PDF-"));

    const CommandRun compared =
        exportPdf({QStringLiteral("--out"), out(QStringLiteral("compare.pdf")), QStringLiteral("--compare"),
                   QStringLiteral("1#1"), kProject + QStringLiteral("#2")});
    ASSERT_EQ(compared.exitCode, 0) << compared.err.toStdString();
    EXPECT_TRUE(read(out(QStringLiteral("compare.pdf"))).startsWith("%PDF-"));

    const CommandRun portfolio =
        exportPdf({QStringLiteral("--out"), out(QStringLiteral("portfolio.pdf")),
                   QStringLiteral("--portfolio"), QStringLiteral("--region"), QStringLiteral("Kainuun")});
    ASSERT_EQ(portfolio.exitCode, 0) << portfolio.err.toStdString();
    EXPECT_TRUE(read(out(QStringLiteral("portfolio.pdf"))).startsWith("%PDF-"));
}

TEST_P(ExportCommands, ExportCsvWritesTheListAndAComparison)
{
    const CommandRun list =
        exportCsv({QStringLiteral("--out"), out(QStringLiteral("list.csv")), QStringLiteral("--list"),
                   QStringLiteral("--language"), QStringLiteral("en")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out, out(QStringLiteral("list.csv")) + QStringLiteral(": 2 row(s)\n"));
    const QByteArray bytes = read(out(QStringLiteral("list.csv")));
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFId,Name,Kind,Region,"));
    EXPECT_TRUE(bytes.contains(kProject.toUtf8()));

    const CommandRun finnish =
        exportCsv({QStringLiteral("--out"), out(QStringLiteral("lista.csv")), QStringLiteral("--list"),
                   QStringLiteral("--language"), QStringLiteral("fi"), QStringLiteral("--separator"),
                   QStringLiteral(";")});
    ASSERT_EQ(finnish.exitCode, 0) << finnish.err.toStdString();
    EXPECT_TRUE(read(out(QStringLiteral("lista.csv")))
                    .startsWith(QStringLiteral("\uFEFFTunniste;Nimi;Tyyppi;Alue;").toUtf8()));

    const CommandRun compared =
        exportCsv({QStringLiteral("--out"), out(QStringLiteral("compare.csv")), QStringLiteral("--compare"),
                   QStringLiteral("1#1"), QStringLiteral("1#2")});
    ASSERT_EQ(compared.exitCode, 0) << compared.err.toStdString();
    const QString text = QString::fromUtf8(read(out(QStringLiteral("compare.csv"))));
    EXPECT_TRUE(text.contains(QStringLiteral("Kainuu · 1. Kotihoidon etäpalvelut")));
    EXPECT_TRUE(text.contains(QStringLiteral("Kainuu · 2. Omaishoitajien tuki")));
}

// The program itself, as a user runs it: no display, no QT_QPA_PLATFORM.
TEST_P(ExportCommands, TheProgramWritesAFinnishPdfWithoutADisplay)
{
    QProcess salkku;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    salkku.setProcessEnvironment(environment);
    const QString pdf = out(QStringLiteral("suomeksi.pdf"));
    salkku.start(QStringLiteral(SALKKU_BINARY),
                 {QStringLiteral("export-pdf"), QStringLiteral("--db"), db(), QStringLiteral("--out"), pdf,
                  QStringLiteral("--language"), QStringLiteral("fi"), QStringLiteral("--date"),
                  QStringLiteral("2031-12-31"), QStringLiteral("--project"), QStringLiteral("1")});
    ASSERT_TRUE(salkku.waitForFinished(120000));
    EXPECT_EQ(salkku.exitCode(), 0) << salkku.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(salkku.readAllStandardOutput()).startsWith(pdf + QStringLiteral(": ")));

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForStarted()) << "pdftotext does not run: install poppler-utils";
    ASSERT_TRUE(pdftotext.waitForFinished());
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(kProject)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tiivistelmä")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sivu 1 / ")));
    EXPECT_TRUE(text.contains(QStringLiteral("31.12.2031"))) << "the date given with --date";
}

TEST(ExportReferences, AHashAlwaysStartsASubAreaNumber)
{
    guiApplication();
    QTemporaryDir folder;
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("--db"),
                   folder.filePath(QStringLiteral("p.sqlite")), QStringLiteral(SALKKU_SAMPLE_DIR)})
                  .exitCode,
              0);
    for (const char *bad : {"1#0", "1#", "1#x", "1#12345"}) {
        const CommandRun result = run({QStringLiteral("export-pdf"), QStringLiteral("--db"),
                                       folder.filePath(QStringLiteral("p.sqlite")), QStringLiteral("--out"),
                                       folder.filePath(QStringLiteral("x.pdf")), QStringLiteral("--compare"),
                                       QString::fromUtf8(bad), QStringLiteral("1")});
        EXPECT_EQ(result.exitCode, 1) << bad;
        EXPECT_TRUE(result.err.contains(QStringLiteral("ID#N"))) << bad << " " << result.err.toStdString();
    }
}
