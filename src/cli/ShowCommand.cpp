#include "ShowCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "core/RecordJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

namespace {

void printText(QTextStream &out, const QString &heading, const QString &text)
{
    if (text.isEmpty())
        return;
    out << '\n' << heading << '\n' << text << '\n';
}

QString linkText(const storage::PageLink &link)
{
    return link.pageId > 0 ? QStringLiteral("%1  [%2]").arg(link.name).arg(link.pageId)
                           : link.name + QStringLiteral("  (") + tr("not imported") + u')';
}

void printLinks(QTextStream &out, const storage::StoredPage &page)
{
    if (!page.project.name.isEmpty())
        out << tr("Project") << ": " << linkText(page.project) << '\n';
    if (!page.practices.isEmpty()) {
        out << '\n' << tr("Practices") << '\n';
        for (const storage::PageLink &practice : page.practices)
            out << "  " << linkText(practice) << '\n';
    }
}

void printParts(QTextStream &out, const storage::StoredPage &page)
{
    for (const storage::StoredPart &part : page.parts) {
        if (part.record.part != core::PagePart::DevelopmentPath)
            continue;
        out << '\n' << tr("Development path (Kehittämisen polku)") << "  [" << part.id << "]\n";
        for (const core::Section &section : part.record.sections)
            printText(out, QStringLiteral("  ") + section.heading, section.text);
    }
}

QJsonValue linkJson(const storage::PageLink &link)
{
    return QJsonObject{{QStringLiteral("name"), link.name},
                       {QStringLiteral("id"), link.pageId > 0 ? QJsonValue(link.pageId) : QJsonValue()}};
}

// What `show --json` adds to a page's record: its id, source, links and parts.
void addStoredJson(QJsonObject &object, const storage::StoredPage &page)
{
    object[u"id"] = page.id;
    const storage::SourceInfo &source = page.source;
    object[u"source"] =
        QJsonObject{{QStringLiteral("path"), source.path},
                    {QStringLiteral("sha256"), source.sha256},
                    {QStringLiteral("size"), source.size},
                    {QStringLiteral("imported_at"), source.importedAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("importer_version"), source.importerVersion}};
    object[u"project"] = page.project.name.isEmpty() ? QJsonValue() : linkJson(page.project);
    QJsonArray practices;
    for (const storage::PageLink &practice : page.practices)
        practices.append(linkJson(practice));
    object[u"practice_links"] = practices;
    QJsonArray parts;
    for (const storage::StoredPart &part : page.parts) {
        QJsonObject partJson = core::RecordJson::toJson(part.record);
        partJson[u"id"] = part.id;
        parts.append(partJson);
    }
    object[u"parts"] = parts;
}

void printPage(QTextStream &out, const storage::StoredPage &page)
{
    const core::PageRecord &r = page.record;
    out << core::displayName(r) << "  [" << page.id << "]\n";
    out << (r.region.isEmpty() ? QStringLiteral("–") : r.region) << ", "
        << yearsText(r.timeline.startYear, r.timeline.endYear);
    if (!r.funder.isEmpty())
        out << ", " << r.funder;
    out << '\n';
    if (!r.contact.name.isEmpty())
        out << tr("Contact") << ": " << r.contact.name
            << (r.contact.organization.isEmpty() ? QString() : QStringLiteral(", ") + r.contact.organization)
            << (r.contact.email.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(r.contact.email)) << '\n';
    if (!r.author.isEmpty())
        out << tr("Author") << ": " << r.author << '\n';
    printLinks(out, page);
    printText(out, tr("Summary"), r.summary);
    printText(out, tr("Purpose"), r.purpose);
    if (!r.actors.isEmpty()) {
        out << '\n' << tr("People") << '\n';
        for (const core::Person &person : r.actors)
            out << "  " << person.name
                << (person.role.isEmpty() ? QString() : QStringLiteral(", ") + person.role) << '\n';
    }
    if (!r.organizations.isEmpty()) {
        out << '\n' << tr("Organisations") << '\n';
        for (const core::Organization &organization : r.organizations)
            out << "  " << organization.name << " (" << core::organizationRoleKey(organization.role) << ")\n";
    }
    for (const core::SubArea &subArea : r.subAreas) {
        out << '\n'
            << tr("Sub-area %1").arg(subArea.number)
            << (subArea.title.isEmpty() ? QString() : QStringLiteral(": ") + subArea.title) << '\n';
        printText(out, tr("  Goal"), subArea.goal);
        if (!subArea.outputs.isEmpty()) {
            out << '\n' << tr("  Outputs") << '\n';
            for (const QString &output : subArea.outputs)
                out << "  • " << output << '\n';
        }
        printText(out, tr("  Results"), subArea.results);
        printText(out, tr("  Achieved benefits"), subArea.benefits);
        printText(out, tr("  Impacts"), subArea.impacts);
    }
    for (const core::Section &section : r.sections)
        printText(out, section.heading.isEmpty() ? tr("Text") : section.heading, section.text);
    printParts(out, page);
    out << '\n'
        << tr("Source") << ": " << page.source.path << " (" << page.source.importedAt.toString(Qt::ISODate)
        << ")\n";
}

QJsonObject annotationsJson(const storage::PageAnnotations &a)
{
    QJsonObject subAreaTags;
    for (auto it = a.subAreaTags.cbegin(); it != a.subAreaTags.cend(); ++it)
        subAreaTags.insert(QString::number(it.key()), QJsonArray::fromStringList(it.value()));
    QJsonArray notes;
    for (const core::Note &note : a.notes)
        notes.append(QJsonObject{
            {QStringLiteral("id"), note.id},
            {QStringLiteral("sub_area"), note.subArea > 0 ? QJsonValue(note.subArea) : QJsonValue()},
            {QStringLiteral("text"), note.text},
            {QStringLiteral("author"), note.author},
            {QStringLiteral("created"), note.created.toString(Qt::ISODate)},
            {QStringLiteral("modified"), note.modified.toString(Qt::ISODate)}});
    QJsonArray collections;
    for (const storage::CollectionSummary &collection : a.collections)
        collections.append(collection.name);
    return QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                       {QStringLiteral("sub_area_tags"), subAreaTags},
                       {QStringLiteral("status"), core::followUpStatusKey(a.followUp.status)},
                       {QStringLiteral("due"),
                        a.followUp.due ? QJsonValue(a.followUp.due->toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("collections"), collections}};
}

void printAnnotations(QTextStream &out, const storage::PageAnnotations &a)
{
    if (a.tags.isEmpty() && a.subAreaTags.isEmpty() && !a.followUp.isSet() && a.notes.isEmpty() &&
        a.collections.isEmpty())
        return;
    out << '\n' << tr("Own notes") << '\n';
    if (!a.tags.isEmpty())
        out << "  " << tr("Tags") << ": " << a.tags.join(QStringLiteral(", ")) << '\n';
    for (auto it = a.subAreaTags.cbegin(); it != a.subAreaTags.cend(); ++it)
        out << "  " << tr("Tags of sub-area %1").arg(it.key()) << ": "
            << it.value().join(QStringLiteral(", ")) << '\n';
    if (a.followUp.isSet())
        out << "  " << tr("Follow-up") << ": " << core::followUpStatusLabel(a.followUp.status)
            << (a.followUp.due ? QStringLiteral(", ") + a.followUp.due->toString(Qt::ISODate) : QString())
            << '\n';
    QStringList collections;
    for (const storage::CollectionSummary &collection : a.collections)
        collections.append(collection.name);
    if (!collections.isEmpty())
        out << "  " << tr("Collections") << ": " << collections.join(QStringLiteral(", ")) << '\n';
    for (const core::Note &note : a.notes)
        out << "  [" << note.id << "] " << note.author << ", " << note.created.toString(Qt::ISODate)
            << (note.subArea > 0 ? QStringLiteral(", ") + tr("sub-area %1").arg(note.subArea) : QString())
            << ": " << note.text << '\n';
}

} // namespace

int ShowCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("show"), tr("Shows one page of the portfolio."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print JSON: the shape of `salkku parse --json` plus id and source."));
    command.parser().addOption(json);
    command.parser().addPositionalArgument(QStringLiteral("ID|NAME"),
                                           tr("The page's id, or its name (or part of it)."));
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    const QStringList positional = command.parser().positionalArguments();
    if (positional.isEmpty())
        return command.usageError(tr("name a page by its id or name"), err);
    const QString wanted = positional.join(u' ');
    auto store = command.openStore(true);
    if (!store) {
        err << store.error().toString() << '\n';
        return CommandLine::Failure;
    }
    bool isId = false;
    qint64 id = wanted.toLongLong(&isId);
    if (!isId) {
        auto matches = store.value()->findByName(wanted);
        if (!matches) {
            err << matches.error().toString() << '\n';
            return CommandLine::Failure;
        }
        if (matches.value().isEmpty()) {
            err << "salkku show: " << tr("no page is named “%1”").arg(wanted) << '\n';
            return CommandLine::Failure;
        }
        if (matches.value().size() > 1) {
            err << "salkku show: " << tr("“%1” names several pages; give an id:").arg(wanted) << '\n';
            for (const storage::PageSummary &match : matches.value())
                err << "  " << match.id << "  " << match.name << '\n';
            return CommandLine::Failure;
        }
        id = matches.value().front().id;
    }
    auto page = store.value()->page(id);
    if (!page) {
        err << page.error().toString() << '\n';
        return CommandLine::Failure;
    }
    auto annotations = store.value()->coordinator().annotations(id);
    if (!annotations)
        return command.failure(annotations.error(), err);
    if (command.parser().isSet(json)) {
        QJsonObject object = core::RecordJson::toJson(page.value().record);
        addStoredJson(object, page.value());
        object.insert(QStringLiteral("annotations"), annotationsJson(annotations.value()));
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    printPage(out, page.value());
    printAnnotations(out, annotations.value());
    return CommandLine::Success;
}

} // namespace salkku::cli
