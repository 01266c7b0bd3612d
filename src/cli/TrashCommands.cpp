#include "TrashCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "ItemReferences.h"
#include "Subcommands.h"
#include "core/FinnishText.h"
#include "export/DataFiles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

namespace {

QJsonObject entryJson(const storage::TrashEntry &entry)
{
    return QJsonObject{{QStringLiteral("id"), entry.pageId},
                       {QStringLiteral("kind"), core::pageKindKey(entry.kind)},
                       {QStringLiteral("name"), entry.name},
                       {QStringLiteral("region"), entry.region},
                       {QStringLiteral("removed"), entry.trashedAt.toString(Qt::ISODate)},
                       {QStringLiteral("with_it"), entry.withIt}};
}

// The pages REF... name (no sub-areas: a sub-area goes with its page), checked before anything moves.
core::Result<QList<qint64>> pagesNamed(storage::PortfolioStore &store, const QStringList &references)
{
    QList<qint64> ids;
    for (const QString &reference : references) {
        auto page = ItemReferences::page(store, reference);
        SALKKU_TRY(page);
        ids.append(page.value().id);
    }
    return ids;
}

int moveToTrash(Job &job, const QList<qint64> &ids)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray moved;
    for (qint64 id : ids) {
        auto page = job.store.page(id);
        if (!page)
            return job.fail(page.error());
        auto pages = job.store.coordinator().moveToTrash(id, now);
        if (!pages)
            return job.fail(pages.error());
        if (pages.value().isEmpty())
            continue; // went with an earlier one
        moved.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), core::displayName(page.value().record)},
                                 {QStringLiteral("with_it"), pages.value().size() - 1}});
        if (!job.json)
            job.out << tr("moved to the trash: %1 (%2)").arg(core::displayName(page.value().record)).arg(id)
                    << (pages.value().size() > 1
                            ? QStringLiteral(", ") + tr("%n page(s) with it", int(pages.value().size() - 1))
                            : QString())
                    << '\n';
    }
    if (job.json)
        job.print(moved);
    else
        job.out << tr("%n page(s) moved to the trash; salkku restore brings them back", int(moved.size()))
                << '\n';
    return CommandLine::Success;
}

// A trash entry by id, or by name (case and normalisation aside; a part of a name when only one has it).
core::Result<qint64> trashEntry(const QList<storage::TrashEntry> &entries, const QString &reference)
{
    bool isId = false;
    const qint64 id = reference.trimmed().toLongLong(&isId);
    const QString key = core::FinnishText::matchKey(reference);
    QList<qint64> exact, containing;
    for (const storage::TrashEntry &entry : entries) {
        const QString name = core::FinnishText::matchKey(entry.name);
        if ((isId && entry.pageId == id) || name == key)
            exact.append(entry.pageId);
        else if (!key.isEmpty() && name.contains(key))
            containing.append(entry.pageId);
    }
    const QList<qint64> &found = exact.isEmpty() ? containing : exact;
    if (found.size() == 1)
        return found.front();
    return core::Error{QString(), 0,
                       found.isEmpty()
                           ? tr("“%1” is not in the trash (see salkku trash)").arg(reference)
                           : tr("“%1” names several pages in the trash; give an id").arg(reference)};
}

int listTrash(Job &job)
{
    auto entries = job.store.coordinator().trash();
    if (!entries)
        return job.fail(entries.error());
    QJsonArray array;
    for (const storage::TrashEntry &entry : entries.value()) {
        array.append(entryJson(entry));
        if (!job.json)
            job.out << qSetFieldWidth(6) << Qt::right << entry.pageId << qSetFieldWidth(0) << Qt::left << "  "
                    << entry.name << "  (" << entry.trashedAt.toString(Qt::ISODate)
                    << (entry.withIt > 0 ? QStringLiteral(", ") + tr("%n page(s) with it", entry.withIt)
                                         : QString())
                    << ")\n";
    }
    if (job.json)
        job.print(array);
    else
        job.out << tr("%n page(s) in the trash", int(entries.value().size())) << '\n';
    return CommandLine::Success;
}

} // namespace

int RemoveCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("remove"),
                           tr("Moves pages to the trash: a project with its sub-areas, parts and practices, "
                              "and everything of yours on them. salkku restore brings them back."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption samples(
        QStringLiteral("samples"),
        tr("Every page of the bundled sample portfolio, wherever it was imported from."));
    command.parser().addOption(json);
    command.parser().addOption(samples);
    command.parser().addPositionalArgument(QStringLiteral("REF"), tr("Pages by id or name."),
                                           QStringLiteral("[REF...]"));
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    const QStringList references = command.parser().positionalArguments();
    if (references.isEmpty() == !command.parser().isSet(samples))
        return command.usageError(tr("name the pages to remove, or say --samples"), err);
    auto store = command.openStore(true);
    if (!store)
        return command.failure(store.error(), err);
    Job job{command, *store.value(), references, command.parser().isSet(json), out, err};
    auto ids = references.isEmpty()
                   ? store.value()->coordinator().pagesImportedFrom(exporting::DataFiles::sampleDigests())
                   : pagesNamed(*store.value(), references);
    if (!ids)
        return job.fail(ids.error());
    return moveToTrash(job, ids.value());
}

int RestoreCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("restore"),
                           tr("Brings pages back from the trash, with the pages that went with them."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    command.parser().addOption(json);
    command.parser().addPositionalArgument(QStringLiteral("REF"), tr("Pages in the trash, by id or name."),
                                           QStringLiteral("REF..."));
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    const QStringList references = command.parser().positionalArguments();
    if (references.isEmpty())
        return command.usageError(tr("name the pages to restore (see salkku trash)"), err);
    auto store = command.openStore(true);
    if (!store)
        return command.failure(store.error(), err);
    auto entries = store.value()->coordinator().trash();
    if (!entries)
        return command.failure(entries.error(), err);
    QList<qint64> ids;
    for (const QString &reference : references) {
        auto id = trashEntry(entries.value(), reference);
        if (!id)
            return command.failure(id.error(), err);
        ids.append(id.value());
    }
    for (qint64 id : ids) {
        if (auto restored = store.value()->coordinator().restore(id); !restored)
            return command.failure(restored.error(), err);
    }
    if (command.parser().isSet(json)) {
        QJsonArray restored;
        for (qint64 id : ids)
            restored.append(id);
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("restored"), restored}}).toJson());
    } else {
        out << tr("%n page(s) restored", int(ids.size())) << '\n';
    }
    return CommandLine::Success;
}

int TrashCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("trash"),
        tr("Lists the pages in the trash; --empty deletes them for good, with everything of "
           "yours on them."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption empty(QStringLiteral("empty"), tr("Empty the trash."));
    command.parser().addOption(json);
    command.parser().addOption(empty);
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(tr("trash takes no arguments"), err);
    auto store = command.openStore(true);
    if (!store)
        return command.failure(store.error(), err);
    Job job{command, *store.value(), {}, command.parser().isSet(json), out, err};
    if (!command.parser().isSet(empty))
        return listTrash(job);
    auto deleted = store.value()->coordinator().emptyTrash();
    if (!deleted)
        return job.fail(deleted.error());
    if (job.json)
        job.print(QJsonObject{{QStringLiteral("deleted"), deleted.value()}});
    else
        out << tr("%n page(s) deleted", deleted.value()) << '\n';
    return CommandLine::Success;
}

} // namespace salkku::cli
