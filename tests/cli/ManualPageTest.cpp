#include "cli/ManualPage.h"

#include "CliTestSupport.h"
#include "cli/CommandLine.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using salkku::cli::CommandLine;
using salkku::cli::ManualPage;
using namespace salkku::testing;

TEST(ManualPage, EscapesWhatRoffWouldReadAsMarkup)
{
    EXPECT_EQ(ManualPage::escaped(QStringLiteral("--db PATH")), QStringLiteral("\\-\\-db PATH"));
    EXPECT_EQ(ManualPage::escaped(QStringLiteral("C:\\salkku")), QStringLiteral("C:\\esalkku"));
    EXPECT_EQ(ManualPage::escaped(QStringLiteral(".SH not a heading")),
              QStringLiteral("\\&.SH not a heading"));
    EXPECT_EQ(ManualPage::escaped(QStringLiteral("'br")), QStringLiteral("\\&'br"));
    EXPECT_EQ(ManualPage::escaped(QStringLiteral("Innokylä “sote” –")),
              QStringLiteral("Innokyl\\[u00E4] \\[u201C]sote\\[u201D] \\[u2013]"));
    EXPECT_EQ(ManualPage::escaped(QStringLiteral("\U0001F4BC")), QStringLiteral("\\[u1F4BC]"));
}

TEST(ManualPage, HasTheOverviewAndEveryCommandsHelp)
{
    const QString page = ManualPage::text();
    EXPECT_TRUE(page.startsWith(QStringLiteral(".TH SALKKU 1 \"\" \"salkku " SALKKU_VERSION "\"")));
    EXPECT_TRUE(
        page.contains(QStringLiteral("\n.SH NAME\nsalkku \\- a portfolio browser for Finnish social\\- "
                                     "and health\\-care development projects (Innokyl\\[u00E4] pages)\n")))
        << page.left(400).toStdString();
    const QStringList overview = run({QStringLiteral("--help")}).out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : overview)
        EXPECT_TRUE(page.contains(u'\n' + ManualPage::escaped(line) + u'\n')) << line.toStdString();
    for (const QString &command : CommandLine::commands()) {
        EXPECT_TRUE(page.contains(QStringLiteral("\n.SS salkku ") + ManualPage::escaped(command) + u'\n'))
            << command.toStdString();
        const CommandRun help = run({command, QStringLiteral("--help")});
        ASSERT_EQ(help.exitCode, 0) << command.toStdString();
        for (const QString &line : help.out.split(u'\n', Qt::SkipEmptyParts))
            EXPECT_TRUE(page.contains(u'\n' + ManualPage::escaped(line) + u'\n'))
                << command.toStdString() << ": " << line.toStdString();
    }
}

TEST(ManualPage, EveryLineIsTextOrAKnownMacro)
{
    static const QRegularExpression macro(QStringLiteral("^\\.(TH|SH|SS|PP|TP|B|I|RI|br|EX|EE)( |$)"));
    const QStringList lines = ManualPage::text().split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            EXPECT_TRUE(macro.match(line).hasMatch()) << line.toStdString();
        for (const QChar c : line)
            EXPECT_LT(c.unicode(), 0x80) << "not ASCII: " << line.toStdString();
    }
}

TEST(ManualPage, HiddenManOptionPrintsItAndHelpDoesNotMentionIt)
{
    EXPECT_TRUE(CommandLine::wanted({QStringLiteral("salkku"), QStringLiteral("--man")}));
    EXPECT_FALSE(CommandLine::wanted({QStringLiteral("salkku"), QStringLiteral("--quit-after-start")}));
    const CommandRun man = run({QStringLiteral("--man")});
    EXPECT_EQ(man.exitCode, 0);
    EXPECT_EQ(man.out, ManualPage::text());
    EXPECT_FALSE(run({QStringLiteral("--help")}).out.contains(QStringLiteral("--man")));
}

TEST(CommandHelp, TheUsageLineNamesTheCommandNotTheProgramsPath)
{
    for (const QString &command : CommandLine::commands()) {
        const CommandRun help = run({command, QStringLiteral("--help")});
        EXPECT_TRUE(
            help.out.startsWith(QStringLiteral("Usage: salkku ") + command + QStringLiteral(" [options]")))
            << help.out.left(200).toStdString();
    }
    const CommandRun wrong = run({QStringLiteral("list"), QStringLiteral("--no-such-option")});
    EXPECT_EQ(wrong.exitCode, CommandLine::Usage);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("\n\nUsage: salkku list [options]")))
        << wrong.err.toStdString();
}
