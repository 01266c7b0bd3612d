#include "CopyCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "storage/PortfolioCopy.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

int CopyCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("copy"),
        tr("Copies a whole portfolio (pages, sources, the trash, and your tags, notes, follow-ups and "
           "collections) into another: a file into a team's shared portfolio on PostgreSQL, or back. A copy "
           "that "
           "stopped is resumed by running the same command again. At the end both are compared "
           "(checksums)."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The portfolio to copy: a file or a server address."),
                                  QStringLiteral("PORTFOLIO"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        tr("The portfolio to copy into: a file (made when missing) or a server address "
           "(set up with server-init)."),
        QStringLiteral("PORTFOLIO"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    command.parser().addOption(from);
    command.parser().addOption(to);
    command.parser().addOption(json);
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    if (command.parser().value(from).isEmpty() || command.parser().value(to).isEmpty())
        return command.usageError(tr("name both portfolios: --from PORTFOLIO --to PORTFOLIO"), err);
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(tr("copy takes no arguments"), err);
    const QString source = command.parser().value(from);
    if (!storage::Location::isServerAddress(source) && !QFileInfo::exists(source))
        return command.failure(core::Error{source, 0, tr("no portfolio here")}, err);
    storage::DatabaseOptions readOnly;
    readOnly.readOnly = true;
    auto original = storage::PortfolioStore::open(source, readOnly);
    if (!original)
        return command.failure(original.error(), err);
    auto target = storage::PortfolioStore::open(command.parser().value(to));
    if (!target)
        return command.failure(target.error(), err);
    auto report = storage::PortfolioCopy::run(*original.value(), *target.value());
    if (!report)
        return command.failure(report.error(), err);
    const storage::PortfolioCopy::Report &r = report.value();
    if (command.parser().isSet(json)) {
        out << QString::fromUtf8(
                   QJsonDocument(QJsonObject{{QStringLiteral("from"), original.value()->path()},
                                             {QStringLiteral("to"), target.value()->path()},
                                             {QStringLiteral("pages"), r.pages},
                                             {QStringLiteral("copied"), r.copied},
                                             {QStringLiteral("unchanged"), r.unchanged},
                                             {QStringLiteral("trashed"), r.trashed},
                                             {QStringLiteral("notes_added"), r.layer.notesAdded},
                                             {QStringLiteral("tags_added"), r.layer.tagsAdded},
                                             {QStringLiteral("checksum"), QString::fromLatin1(r.checksum)}})
                       .toJson(QJsonDocument::Compact))
            << '\n';
    } else {
        out << tr("%1 pages: %2 copied, %3 already there; %4 in the trash; %5 notes and %6 tags added. "
                  "Both portfolios have the checksum %7.")
                   .arg(r.pages)
                   .arg(r.copied)
                   .arg(r.unchanged)
                   .arg(r.trashed)
                   .arg(r.layer.notesAdded)
                   .arg(r.layer.tagsAdded)
                   .arg(QString::fromLatin1(r.checksum.left(16)))
            << '\n';
    }
    return CommandLine::Success;
}

} // namespace salkku::cli
