#include "ExportCsvCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "ExportArguments.h"
#include "ItemReferences.h"
#include "export/CsvExport.h"
#include "export/ScopedLanguage.h"

#include <QCoreApplication>

namespace salkku::cli {

int ExportCsvCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("export-csv"),
        tr("Writes CSV (UTF-8 with a byte order mark): the list of projects, or a comparison "
           "(one row per aspect, one column per item)."));
    const QCommandLineOption list(
        QStringLiteral("list"),
        tr("The list of projects (every project, or those of --region, --collection, --tag)."));
    const QCommandLineOption separator(
        QStringLiteral("separator"),
        tr("The field separator: , (the default, RFC 4180) or ; (for a spreadsheet in a Finnish locale)."),
        QStringLiteral(",|;"));
    command.parser().addOption(list);
    command.parser().addOption(separator);
    ExportArguments options(command);
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    if (const QString problem = options.problem(); !problem.isEmpty())
        return command.usageError(problem, err);
    if (command.parser().isSet(list) == options.comparing())
        return command.usageError(tr("say what to export: --list or --compare (one of them)"), err);
    const QString separatorText = command.parser().value(separator);
    if (command.parser().isSet(separator) && separatorText != u"," && separatorText != u";")
        return command.usageError(tr("--separator is , or ;, not “%1”").arg(separatorText), err);
    const QChar fieldSeparator = separatorText == u";" ? u';' : u',';

    auto store = command.openStore(true);
    if (!store)
        return command.failure(store.error(), err);
    const exporting::ScopedLanguage language(options.language());

    QByteArray bytes;
    int rows = 0;
    if (options.comparing()) {
        auto comparison = ItemReferences::comparison(*store.value(), options.references());
        if (!comparison)
            return command.failure(comparison.error(), err);
        bytes = exporting::CsvExport::comparison(comparison.value(), fieldSeparator);
        rows = static_cast<int>(core::comparedAspects().size());
    } else {
        auto scope = options.scope(*store.value());
        if (!scope)
            return command.failure(scope.error(), err);
        const storage::BrowseFilter &filter = scope.value();
        auto csv = exporting::CsvExport::projectList(*store.value(), filter, fieldSeparator);
        if (!csv)
            return command.failure(csv.error(), err);
        bytes = csv.value();
        auto count = store.value()->countPages(filter);
        rows = count ? count.value() : 0;
    }
    if (const auto saved = exporting::CsvExport::save(bytes, options.out()); !saved)
        return command.failure(saved.error(), err);
    out << options.out() << ": " << tr("%n row(s)", rows) << '\n';
    return CommandLine::Success;
}

} // namespace salkku::cli
