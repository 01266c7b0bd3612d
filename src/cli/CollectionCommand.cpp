#include "CollectionCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "ItemReferences.h"
#include "Subcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

namespace {

core::Result<storage::CollectionSummary> collectionNamed(storage::PortfolioStore &store, const QString &name)
{
    auto found = store.coordinator().findCollection(name);
    SALKKU_TRY(found);
    if (!found.value())
        return core::Error{QString(), 0, tr("no collection “%1” (see salkku collection list)").arg(name)};
    return *found.value();
}

int list(Job &job)
{
    auto collections = job.store.coordinator().collections();
    if (!collections)
        return job.fail(collections.error());
    QJsonArray array;
    for (const storage::CollectionSummary &collection : collections.value()) {
        array.append(QJsonObject{{QStringLiteral("id"), collection.id},
                                 {QStringLiteral("name"), collection.name},
                                 {QStringLiteral("items"), collection.itemCount}});
        if (!job.json)
            job.out << qSetFieldWidth(4) << Qt::right << collection.id << qSetFieldWidth(0) << Qt::left
                    << "  " << collection.name << "  (" << tr("%n item(s)", collection.itemCount) << ")\n";
    }
    if (job.json)
        job.print(array);
    return CommandLine::Success;
}

int show(Job &job)
{
    auto collection = collectionNamed(job.store, job.arguments.front());
    if (!collection)
        return job.fail(collection.error());
    auto items = job.store.coordinator().collectionItems(collection.value().id);
    if (!items)
        return job.fail(items.error());
    QJsonArray array;
    for (const storage::CollectionItem &item : items.value()) {
        const bool stored = item.item.pageId > 0;
        array.append(
            QJsonObject{{QStringLiteral("ref"), stored ? QJsonValue(item.item.toString()) : QJsonValue()},
                        {QStringLiteral("name"), item.name},
                        {QStringLiteral("region"), item.region},
                        {QStringLiteral("sub_area"),
                         item.item.subArea > 0 ? QJsonValue(item.item.subArea) : QJsonValue()},
                        {QStringLiteral("sub_area_title"), item.subAreaTitle}});
        if (job.json)
            continue;
        job.out << qSetFieldWidth(8) << Qt::right << (stored ? item.item.toString() : QStringLiteral("–"))
                << qSetFieldWidth(0) << Qt::left << "  " << item.name;
        if (item.item.subArea > 0)
            job.out << " #" << item.item.subArea << ' ' << item.subAreaTitle;
        job.out << (stored ? QString() : QStringLiteral("  ") + tr("(not in the portfolio)")) << '\n';
    }
    if (job.json)
        job.print(array);
    return CommandLine::Success;
}

int create(Job &job)
{
    auto id = job.store.coordinator().createCollection(job.arguments.front());
    if (!id)
        return job.fail(id.error());
    if (job.json)
        job.print(
            QJsonObject{{QStringLiteral("id"), id.value()}, {QStringLiteral("name"), job.arguments.front()}});
    else
        job.out << tr("collection %1 created").arg(id.value()) << '\n';
    return CommandLine::Success;
}

int rename(Job &job)
{
    auto collection = collectionNamed(job.store, job.arguments[0]);
    if (!collection)
        return job.fail(collection.error());
    if (auto renamed = job.store.coordinator().renameCollection(collection.value().id, job.arguments[1]);
        !renamed)
        return job.fail(renamed.error());
    return CommandLine::Success;
}

int remove(Job &job)
{
    auto collection = collectionNamed(job.store, job.arguments.front());
    if (!collection)
        return job.fail(collection.error());
    if (auto removed = job.store.coordinator().removeCollection(collection.value().id); !removed)
        return job.fail(removed.error());
    return CommandLine::Success;
}

// add/drop NAME REF...: every reference is checked before anything changes.
int changeItems(Job &job, bool add)
{
    auto collection = collectionNamed(job.store, job.arguments.front());
    if (!collection)
        return job.fail(collection.error());
    QList<core::ItemRef> refs;
    for (const QString &reference : job.arguments.mid(1)) {
        auto ref = ItemReferences::ref(job.store, reference);
        if (!ref)
            return job.fail(ref.error());
        refs.append(ref.value());
    }
    for (const core::ItemRef &ref : refs) {
        auto changed = add ? job.store.coordinator().addToCollection(collection.value().id, ref)
                           : job.store.coordinator().removeFromCollection(collection.value().id, ref);
        if (!changed)
            return job.fail(changed.error());
    }
    Job shown = job;
    shown.arguments = QStringList{QString::number(collection.value().id)};
    return show(shown);
}

const Subcommand kSubcommands[] = {
    {"list", 0, list},
    {"show", 1, show},
    {"create", 1, create},
    {"rename", 2, rename},
    {"delete", 1, remove},
    {"add", 2, [](Job &job) { return changeItems(job, true); }},
    {"remove", 2, [](Job &job) { return changeItems(job, false); }},
};

} // namespace

int CollectionCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("collection"),
        tr("The coordinator's collections: named, ordered sets of projects and sub-areas.\n"
           "  list                   every collection with its number of items\n"
           "  show NAME              its projects and sub-areas, in order\n"
           "  create NAME            a new, empty collection\n"
           "  rename NAME NEW_NAME\n"
           "  delete NAME            the collection (not its projects)\n"
           "  add NAME REF...        add projects (ID, NAME) or sub-areas (ID#N) at the end\n"
           "  remove NAME REF...     take them out of the collection"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    command.parser().addOption(json);
    command.parser().addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("what to do (see above)"),
                                           QStringLiteral("list|show|create|rename|delete|add|remove"));
    return dispatch(command, json, kSubcommands, arguments, out, err);
}

} // namespace salkku::cli
