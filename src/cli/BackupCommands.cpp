#include "BackupCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "core/UserLayerJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace salkku::cli {

namespace {

core::Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::Error{path, 0, tr("cannot write the file: %1").arg(file.errorString())};
    return {};
}

core::Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{path, 0, tr("cannot read the file: %1").arg(file.errorString())};
    return file.readAll();
}

QString mergeText(const storage::LayerMerge &merge)
{
    return tr("%1 items: %2 tags, %3 notes, %4 follow-ups, %5 collections and %6 collection entries added")
        .arg(merge.items)
        .arg(merge.tagsAdded)
        .arg(merge.notesAdded)
        .arg(merge.followUpsSet)
        .arg(merge.collectionsAdded)
        .arg(merge.entriesAdded);
}

QJsonObject mergeJson(const QString &file, const storage::LayerMerge &merge)
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("items"), merge.items},
                       {QStringLiteral("tags_added"), merge.tagsAdded},
                       {QStringLiteral("notes_added"), merge.notesAdded},
                       {QStringLiteral("follow_ups_set"), merge.followUpsSet},
                       {QStringLiteral("collections_added"), merge.collectionsAdded},
                       {QStringLiteral("entries_added"), merge.entriesAdded}};
}

} // namespace

int BackupCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("backup"),
        tr("Copies the portfolio, consistently, while it is in use (SQLite's online backup). "
           "The copy is a portfolio: open it with --db or in the window."));
    const QCommandLineOption target(QStringLiteral("out"), tr("The file to write (replaced whole)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    command.parser().addOption(target);
    command.parser().addOption(json);
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    if (!command.parser().isSet(target) || command.parser().value(target).isEmpty())
        return command.usageError(tr("name the file to write with --out FILE"), err);
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(tr("backup takes no arguments"), err);
    auto store = command.openStore(true);
    if (!store)
        return command.failure(store.error(), err);
    if (auto copied = store.value()->backupTo(command.parser().value(target)); !copied)
        return command.failure(copied.error(), err);
    if (command.parser().isSet(json))
        out << QString::fromUtf8(
                   QJsonDocument(QJsonObject{{QStringLiteral("out"), command.parser().value(target)},
                                             {QStringLiteral("bytes"),
                                              QFileInfo(command.parser().value(target)).size()}})
                       .toJson(QJsonDocument::Compact))
            << '\n';
    else
        out << command.parser().value(target) << ": " << tr("backup written") << '\n';
    return CommandLine::Success;
}

int ExportAnnotationsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("export-annotations"),
                           tr("Writes your tags, notes, follow-ups and collections to a JSON file, by page "
                              "identity, for salkku import-annotations in this or another portfolio."));
    const QCommandLineOption target(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    command.parser().addOption(target);
    command.parser().addOption(json);
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    if (!command.parser().isSet(target) || command.parser().value(target).isEmpty())
        return command.usageError(tr("name the file to write with --out FILE"), err);
    auto store = command.openStore(true);
    if (!store)
        return command.failure(store.error(), err);
    auto layer = store.value()->coordinator().exportLayer();
    if (!layer)
        return command.failure(layer.error(), err);
    if (auto written = writeFile(command.parser().value(target), core::UserLayerJson::toJson(layer.value()));
        !written)
        return command.failure(written.error(), err);
    if (command.parser().isSet(json))
        out << QString::fromUtf8(
                   QJsonDocument(
                       QJsonObject{{QStringLiteral("out"), command.parser().value(target)},
                                   {QStringLiteral("items"), layer.value().items.size()},
                                   {QStringLiteral("collections"), layer.value().collections.size()}})
                       .toJson(QJsonDocument::Compact))
            << '\n';
    else
        out << command.parser().value(target) << ": " << tr("%n item(s)", int(layer.value().items.size()))
            << ", " << tr("%n collection(s)", int(layer.value().collections.size())) << '\n';
    return CommandLine::Success;
}

int ImportAnnotationsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("import-annotations"),
                           tr("Merges files of salkku export-annotations into the portfolio: what is new is "
                              "added, nothing is removed or replaced."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    command.parser().addOption(json);
    command.parser().addPositionalArgument(QStringLiteral("FILE"), tr("Files to merge."),
                                           QStringLiteral("FILE..."));
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    const QStringList files = command.parser().positionalArguments();
    if (files.isEmpty())
        return command.usageError(tr("name at least one file"), err);
    // Every file is read and checked before anything is merged.
    QList<core::UserLayer> layers;
    for (const QString &file : files) {
        auto bytes = readFile(file);
        if (!bytes)
            return command.failure(bytes.error(), err);
        auto layer = core::UserLayerJson::fromJson(bytes.value(), file);
        if (!layer)
            return command.failure(layer.error(), err);
        layers.append(layer.value());
    }
    auto store = command.openStore(false);
    if (!store)
        return command.failure(store.error(), err);
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto merged = store.value()->coordinator().importLayer(layers[i]);
        if (!merged)
            return command.failure(merged.error(), err);
        if (command.parser().isSet(json))
            out << QString::fromUtf8(
                       QJsonDocument(mergeJson(files[i], merged.value())).toJson(QJsonDocument::Compact))
                << '\n';
        else
            out << files[i] << ": " << mergeText(merged.value()) << '\n';
    }
    return CommandLine::Success;
}

} // namespace salkku::cli
