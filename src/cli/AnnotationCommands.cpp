#include "AnnotationCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "ItemReferences.h"
#include "Subcommands.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

namespace {

QJsonObject noteJson(const core::Note &note)
{
    return QJsonObject{
        {QStringLiteral("id"), note.id},
        {QStringLiteral("sub_area"), note.subArea > 0 ? QJsonValue(note.subArea) : QJsonValue()},
        {QStringLiteral("text"), note.text},
        {QStringLiteral("author"), note.author},
        {QStringLiteral("created"), note.created.toString(Qt::ISODate)},
        {QStringLiteral("modified"), note.modified.toString(Qt::ISODate)}};
}

QJsonObject followUpJson(const QString &ref, const core::FollowUp &followUp)
{
    return QJsonObject{{QStringLiteral("ref"), ref},
                       {QStringLiteral("status"), core::followUpStatusKey(followUp.status)},
                       {QStringLiteral("due"),
                        followUp.due ? QJsonValue(followUp.due->toString(Qt::ISODate)) : QJsonValue()}};
}

// The author of a note: --author, else the system's user name.
QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

// --- tag ---

int changeTags(Job &job, bool add)
{
    auto ref = ItemReferences::ref(job.store, job.arguments.front());
    if (!ref)
        return job.fail(ref.error());
    for (const QString &tag : job.arguments.mid(1)) {
        auto changed = add ? job.store.coordinator().addTag(ref.value(), tag)
                           : job.store.coordinator().removeTag(ref.value(), tag);
        if (!changed)
            return job.fail(changed.error());
    }
    auto annotations = job.store.coordinator().annotations(ref.value().pageId);
    if (!annotations)
        return job.fail(annotations.error());
    const QStringList tags = ref.value().subArea == 0
                                 ? annotations.value().tags
                                 : annotations.value().subAreaTags.value(ref.value().subArea);
    if (job.json)
        job.print(QJsonObject{{QStringLiteral("ref"), ref.value().toString()},
                              {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
    else
        job.out << ref.value().toString() << ": "
                << (tags.isEmpty() ? tr("no tags") : tags.join(QStringLiteral(", "))) << '\n';
    return CommandLine::Success;
}

int listTags(Job &job)
{
    if (!job.arguments.isEmpty()) {
        job.arguments.append(QStringList()); // no tags to change: print the item's
        job.arguments = job.arguments.mid(0, 1);
        return changeTags(job, true);
    }
    auto counts = job.store.coordinator().tagCounts({});
    if (!counts)
        return job.fail(counts.error());
    if (job.json) {
        QJsonArray array;
        for (const storage::TagCount &count : counts.value())
            array.append(
                QJsonObject{{QStringLiteral("tag"), count.name}, {QStringLiteral("projects"), count.count}});
        job.print(array);
        return CommandLine::Success;
    }
    for (const storage::TagCount &count : counts.value())
        job.out << count.name << "  (" << tr("%n project(s)", count.count) << ")\n";
    return CommandLine::Success;
}

const Subcommand kTagCommands[] = {
    {"add", 2, [](Job &job) { return changeTags(job, true); }},
    {"remove", 2, [](Job &job) { return changeTags(job, false); }},
    {"list", 0, listTags},
};

// --- note ---

int addNote(Job &job)
{
    const QCommandLineParser &parser = job.command.parser();
    const QString author =
        parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author")) : systemUser();
    auto ref = ItemReferences::ref(job.store, job.arguments.front());
    if (!ref)
        return job.fail(ref.error());
    auto id = job.store.coordinator().addNote(ref.value(), job.arguments.mid(1).join(u' '), author,
                                              QDateTime::currentDateTimeUtc());
    if (!id)
        return job.fail(id.error());
    if (job.json)
        job.print(
            QJsonObject{{QStringLiteral("id"), id.value()}, {QStringLiteral("ref"), ref.value().toString()}});
    else
        job.out << tr("note %1 added to %2").arg(id.value()).arg(ref.value().toString()) << '\n';
    return CommandLine::Success;
}

int listNotes(Job &job)
{
    auto ref = ItemReferences::ref(job.store, job.arguments.front());
    if (!ref)
        return job.fail(ref.error());
    auto annotations = job.store.coordinator().annotations(ref.value().pageId);
    if (!annotations)
        return job.fail(annotations.error());
    QJsonArray array;
    for (const core::Note &note : annotations.value().notes) {
        if (ref.value().subArea > 0 && note.subArea != ref.value().subArea)
            continue;
        array.append(noteJson(note));
        if (job.json)
            continue;
        job.out << note.id << "  " << note.author << ", " << note.created.toString(Qt::ISODate);
        if (note.subArea > 0)
            job.out << ", " << tr("sub-area %1").arg(note.subArea);
        if (annotations.value().changedSubAreas.contains(note.subArea))
            job.out << "  "
                    << tr("[the sub-area was titled “%1” then]")
                           .arg(annotations.value().changedSubAreas.value(note.subArea));
        job.out << '\n' << "    " << QString(note.text).replace(u'\n', QStringLiteral("\n    ")) << '\n';
    }
    if (job.json)
        job.print(array);
    return CommandLine::Success;
}

std::optional<qint64> noteId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int editNote(Job &job)
{
    const auto id = noteId(job.arguments.front());
    if (!id)
        return job.command.usageError(tr("a note is named by its number (see note list)"), job.err);
    auto edited = job.store.coordinator().editNote(*id, job.arguments.mid(1).join(u' '),
                                                   QDateTime::currentDateTimeUtc());
    if (!edited)
        return job.fail(edited.error());
    job.out << tr("note %1 changed").arg(*id) << '\n';
    return CommandLine::Success;
}

int removeNote(Job &job)
{
    const auto id = noteId(job.arguments.front());
    if (!id)
        return job.command.usageError(tr("a note is named by its number (see note list)"), job.err);
    auto removed = job.store.coordinator().removeNote(*id);
    if (!removed)
        return job.fail(removed.error());
    job.out << tr("note %1 removed").arg(*id) << '\n';
    return CommandLine::Success;
}

const Subcommand kNoteCommands[] = {
    {"add", 2, addNote},
    {"list", 1, listNotes},
    {"edit", 2, editNote},
    {"remove", 1, removeNote},
};

// --- status ---

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

int setStatus(Job &job)
{
    const QCommandLineParser &parser = job.command.parser();
    const auto wanted = core::followUpStatusFromKey(job.arguments[1]);
    if (!wanted)
        return job.command.usageError(tr("a status is none, following, to-check or done"), job.err);
    auto ref = ItemReferences::ref(job.store, job.arguments[0]);
    if (!ref)
        return job.fail(ref.error());
    auto annotations = job.store.coordinator().annotations(ref.value().pageId);
    if (!annotations)
        return job.fail(annotations.error());
    core::FollowUp followUp{*wanted, annotations.value().followUp.due};
    if (parser.isSet(QStringLiteral("due")))
        followUp.due = dateOption(parser, QStringLiteral("due"));
    if (parser.isSet(QStringLiteral("no-due")))
        followUp.due.reset();
    if (auto set = job.store.coordinator().setFollowUp(ref.value().pageId, followUp); !set)
        return job.fail(set.error());
    if (job.json)
        job.print(followUpJson(QString::number(ref.value().pageId), followUp));
    else
        job.out << ref.value().pageId << ": " << core::followUpStatusLabel(followUp.status)
                << (followUp.due ? QStringLiteral(", ") + followUp.due->toString(Qt::ISODate) : QString())
                << '\n';
    return CommandLine::Success;
}

int listFollowUps(Job &job, const storage::BrowseFilter &filter)
{
    auto pages = job.store.pagesByRegion(filter);
    if (!pages)
        return job.fail(pages.error());
    QJsonArray array;
    for (const storage::PageSummary &page : pages.value()) {
        if (!page.followUp.isSet())
            continue;
        QJsonObject object = followUpJson(QString::number(page.id), page.followUp);
        object.insert(QStringLiteral("name"), page.name);
        array.append(object);
        if (!job.json)
            job.out << qSetFieldWidth(6) << Qt::right << page.id << qSetFieldWidth(0) << Qt::left << "  "
                    << page.name << "  (" << core::followUpStatusLabel(page.followUp.status)
                    << (page.followUp.due ? QStringLiteral(", ") + page.followUp.due->toString(Qt::ISODate)
                                          : QString())
                    << ")\n";
    }
    if (job.json)
        job.print(array);
    return CommandLine::Success;
}

int listStatuses(Job &job)
{
    const QCommandLineParser &parser = job.command.parser();
    storage::BrowseFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = core::followUpStatusFromKey(parser.value(QStringLiteral("status")));
        if (!filter.status)
            return job.command.usageError(tr("a status is none, following, to-check or done"), job.err);
    }
    filter.dueBy = dateOption(parser, QStringLiteral("due-by"));
    return listFollowUps(job, filter);
}

const Subcommand kStatusCommands[] = {
    {"set", 2, setStatus},
    {"list", 0, listStatuses},
};

} // namespace

int TagCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("tag"),
                           tr("The coordinator's tags on projects and sub-areas.\n"
                              "  add REF TAG...     tag a project (ID or NAME) or a sub-area (ID#N)\n"
                              "  remove REF TAG...  remove tags\n"
                              "  list [REF]         every tag with its number of projects, or REF's tags"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    command.parser().addOption(json);
    command.parser().addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("add, remove or list"),
                                           QStringLiteral("add|remove|list"));
    return dispatch(command, json, kTagCommands, arguments, out, err);
}

int NoteCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("note"),
                           tr("The coordinator's notes on projects and sub-areas (plain text).\n"
                              "  add REF TEXT...    a note on a project (ID or NAME) or a sub-area (ID#N)\n"
                              "  list REF           the notes, with their numbers, authors and times\n"
                              "  edit NUMBER TEXT...  change a note's text\n"
                              "  remove NUMBER      remove a note"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption author(
        QStringLiteral("author"), tr("Who wrote the note (default: the user name)."), QStringLiteral("NAME"));
    command.parser().addOption(json);
    command.parser().addOption(author);
    command.parser().addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("add, list, edit or remove"),
                                           QStringLiteral("add|list|edit|remove"));
    return dispatch(command, json, kNoteCommands, arguments, out, err);
}

int StatusCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("status"),
        tr("The coordinator's follow-up of projects.\n"
           "  set REF STATUS     STATUS: none, following, to-check or done (--due DATE, --no-due)\n"
           "  list               the projects with a follow-up (--status S, --due-by DATE: due then)"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption due(QStringLiteral("due"), tr("The follow-up date (YYYY-MM-DD)."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption noDue(QStringLiteral("no-due"), tr("No follow-up date."));
    const QCommandLineOption status(QStringLiteral("status"), tr("list: only this status."),
                                    QStringLiteral("S"));
    const QCommandLineOption dueBy(QStringLiteral("due-by"),
                                   tr("list: only those due on or before this day and not done."),
                                   QStringLiteral("DATE"));
    for (const QCommandLineOption *option : {&json, &due, &noDue, &status, &dueBy})
        command.parser().addOption(*option);
    command.parser().addPositionalArgument(QStringLiteral("SUBCOMMAND"), tr("set or list"),
                                           QStringLiteral("set|list"));
    // Dates are checked before anything is opened.
    QStringList args = arguments;
    args[0] = QStringLiteral("salkku status");
    if (command.parser().parse(args)) {
        for (const QCommandLineOption *option : {&due, &dueBy}) {
            const QString name = option->names().front();
            if (command.parser().isSet(*option) && !dateOption(command.parser(), name))
                return command.usageError(
                    tr("a date is YYYY-MM-DD, not “%1”").arg(command.parser().value(*option)), err);
        }
    }
    return dispatch(command, json, kStatusCommands, arguments, out, err);
}

} // namespace salkku::cli
