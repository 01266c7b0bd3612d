#include "ImportCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "storage/ImportRunner.h"

#include <QCoreApplication>

namespace salkku::cli {

int ImportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("import"),
                           tr("Imports Innokylä pages saved as text into the portfolio."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   tr("Store an export even when the stored page is newer."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Print a line for every file as it is done."));
    command.parser().addOption(force);
    command.parser().addOption(verbose);
    command.parser().addPositionalArgument(QStringLiteral("FILE_OR_DIR"),
                                           tr("Files, or folders of *.txt files."),
                                           QStringLiteral("FILE_OR_DIR..."));
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    const QStringList paths = command.parser().positionalArguments();
    if (paths.isEmpty())
        return command.usageError(tr("name at least one file or folder"), err);

    auto store = command.openStore(false);
    if (!store) {
        err << store.error().toString() << '\n';
        return CommandLine::Failure;
    }
    storage::ImportOptions options;
    options.force = command.parser().isSet(force);
    const bool everyFile = command.parser().isSet(verbose);
    // Each file's line as soon as it is done (flushed: a long import shows its progress).
    auto printItem = [&](const storage::ImportItem &item) {
        const bool problem = item.status == storage::ImportItem::Status::Failed ||
                             item.status == storage::ImportItem::Status::Skipped;
        if (!problem && !everyFile)
            return;
        QString where = item.file;
        if (item.line > 0)
            where += u':' + QString::number(item.line);
        QTextStream &stream = item.status == storage::ImportItem::Status::Failed ? err : out;
        stream << where << ": " << storage::importStatusKey(item.status);
        if (!item.message.isEmpty())
            stream << ": " << item.message;
        stream << Qt::endl;
    };
    const storage::ImportReport report =
        storage::ImportRunner::run(*store.value(), paths, options, {}, nullptr, printItem);
    for (const QString &notice : report.notices)
        err << "salkku import: " << notice << '\n';
    out << report.summaryLine() << '\n';
    return report.anyFailed() ? CommandLine::Failure : CommandLine::Success;
}

} // namespace salkku::cli
