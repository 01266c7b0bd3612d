#include "CommandLine.h"

#include "AnnotationCommands.h"
#include "BackupCommands.h"
#include "CollectionCommand.h"
#include "CopyCommand.h"
#include "ExportCsvCommand.h"
#include "ExportPdfCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "ManualPage.h"
#include "ParseCommand.h"
#include "SearchCommand.h"
#include "ServerInitCommand.h"
#include "ShowCommand.h"
#include "TrashCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace salkku::cli {

namespace {

QString overview()
{
    return QCoreApplication::translate(
               "salkku::cli",
               "Salkku %1: a portfolio browser for Finnish social- and health-care "
               "development projects (Innokylä pages).\n\n"
               "Usage:\n"
               "  salkku                      start the desktop app\n"
               "  salkku parse [--json] FILE...  print what Innokylä text exports say\n"
               "  salkku import [--db PATH] [--force] [--verbose] FILE_OR_DIR...\n"
               "                              import pages into the portfolio\n"
               "  salkku list [--db PATH] [--region R] [--collection C] [--tag T] [--json]\n"
               "  salkku show [--db PATH] ID|NAME [--json]\n"
               "  salkku search [--db PATH] [--json] [--limit N] QUERY...\n"
               "  salkku export-pdf [--db PATH] --out FILE [--language fi|en] [--notes]\n"
               "         (--project ID|NAME | --compare REF... | --portfolio [SCOPE])\n"
               "  salkku export-csv [--db PATH] --out FILE [--language fi|en] [--separator ,|;]\n"
               "         (--list [SCOPE] | --compare REF...)\n"
               "                              SCOPE: --region R, --collection C, --tag T\n"
               "\nYour own layer (each takes --db PATH and --json):\n"
               "  salkku tag add|remove REF TAG... | tag list [REF]\n"
               "  salkku note add REF TEXT... | note list REF | note edit|remove NUMBER\n"
               "  salkku status set REF none|following|to-check|done [--due DATE] | status list\n"
               "  salkku collection list|show|create|rename|delete|add|remove ...\n"
               "  salkku remove REF...|--samples   salkku restore REF...   salkku trash [--empty]\n"
               "  salkku backup --out FILE\n"
               "  salkku export-annotations --out FILE   salkku import-annotations FILE...\n"
               "                              REF: a project's id or name, or ID#N for its "
               "sub-area N\n"
               "\nA team's shared portfolio on PostgreSQL: --db postgresql://user@host/db (or service=name)\n"
               "  salkku server-init ADDRESS [--reader USER] [--editor USER]\n"
               "                              set it up on the server (once, as its administrator)\n"
               "  salkku copy --from PORTFOLIO --to PORTFOLIO   a whole portfolio, file <-> server\n"
               "  salkku --help | --version\n\n"
               "Run `salkku COMMAND --help` for a command's options.\n")
        .arg(QStringLiteral(SALKKU_VERSION));
}

} // namespace

QStringList CommandLine::commands()
{
    return {QStringLiteral("parse"),
            QStringLiteral("import"),
            QStringLiteral("list"),
            QStringLiteral("show"),
            QStringLiteral("search"),
            QStringLiteral("export-pdf"),
            QStringLiteral("export-csv"),
            QStringLiteral("tag"),
            QStringLiteral("note"),
            QStringLiteral("status"),
            QStringLiteral("collection"),
            QStringLiteral("remove"),
            QStringLiteral("restore"),
            QStringLiteral("trash"),
            QStringLiteral("backup"),
            QStringLiteral("export-annotations"),
            QStringLiteral("import-annotations"),
            QStringLiteral("server-init"),
            QStringLiteral("copy")};
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments[1] == u"export-pdf";
}

bool CommandLine::wanted(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments[1];
    return commands().contains(first) || first == u"-h" || first == u"--help" || first == u"--help-all" ||
           first == u"-v" || first == u"--version" || first == u"--man" || !first.startsWith(u'-');
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() < 2) {
        err << overview();
        return Usage;
    }
    const QString &command = arguments[1];
    if (command == u"-h" || command == u"--help" || command == u"--help-all") {
        out << overview();
        return Success;
    }
    if (command == u"-v" || command == u"--version") {
        out << "salkku " << SALKKU_VERSION << '\n';
        return Success;
    }
    // Hidden: the manual page, made from the help texts (the build installs it).
    if (command == u"--man") {
        out << ManualPage::text();
        return Success;
    }
    if (command == u"parse")
        return ParseCommand::run(arguments.mid(1), out, err);
    if (command == u"import")
        return ImportCommand::run(arguments.mid(1), out, err);
    if (command == u"list")
        return ListCommand::run(arguments.mid(1), out, err);
    if (command == u"show")
        return ShowCommand::run(arguments.mid(1), out, err);
    if (command == u"search")
        return SearchCommand::run(arguments.mid(1), out, err);
    if (command == u"export-pdf")
        return ExportPdfCommand::run(arguments.mid(1), out, err);
    if (command == u"export-csv")
        return ExportCsvCommand::run(arguments.mid(1), out, err);
    using Run = int (*)(const QStringList &, QTextStream &, QTextStream &);
    const std::pair<const char16_t *, Run> layerCommands[] = {
        {u"tag", TagCommand::run},
        {u"note", NoteCommand::run},
        {u"status", StatusCommand::run},
        {u"collection", CollectionCommand::run},
        {u"remove", RemoveCommand::run},
        {u"restore", RestoreCommand::run},
        {u"trash", TrashCommand::run},
        {u"backup", BackupCommand::run},
        {u"export-annotations", ExportAnnotationsCommand::run},
        {u"import-annotations", ImportAnnotationsCommand::run},
        {u"server-init", ServerInitCommand::run},
        {u"copy", CopyCommand::run},
    };
    for (const auto &[name, run] : layerCommands)
        if (command == QStringView(name))
            return run(arguments.mid(1), out, err);
    err << QCoreApplication::translate("salkku::cli", "salkku: unknown command “%1”").arg(command) << "\n\n"
        << overview();
    return Usage;
}

} // namespace salkku::cli
