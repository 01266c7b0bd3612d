#include "ProjectReport.h"

#include "ReportBuilder.h"

#include <QCoreApplication>

namespace salkku::exporting {

namespace {

QString contactText(const core::Contact &contact)
{
    QStringList parts{contact.name, contact.organization, contact.email};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString roleHeading(core::OrganizationRole role)
{
    switch (role) {
    case core::OrganizationRole::Administrator:
        return QCoreApplication::translate("salkku::export", "Administrator");
    case core::OrganizationRole::CoImplementer:
        return QCoreApplication::translate("salkku::export", "Co-implementers");
    case core::OrganizationRole::Partner:
        return QCoreApplication::translate("salkku::export", "Partners");
    }
    return {};
}

void writeText(ReportBuilder &builder, const QString &label, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    builder.label(label);
    builder.paragraphs(text);
}

void writeSubArea(ReportBuilder &builder, const core::SubArea &subArea)
{
    builder.subheading(subArea.title.isEmpty()
                           ? QCoreApplication::translate("salkku::export", "Sub-area %1").arg(subArea.number)
                           : QCoreApplication::translate("salkku::export", "Sub-area %1: %2")
                                 .arg(subArea.number)
                                 .arg(subArea.title));
    writeText(builder, QCoreApplication::translate("salkku::export", "Goal"), subArea.goal);
    if (!subArea.outputs.isEmpty()) {
        builder.label(QCoreApplication::translate("salkku::export", "Outputs"));
        builder.bullets(subArea.outputs);
    }
    writeText(builder, QCoreApplication::translate("salkku::export", "Key results"), subArea.results);
    writeText(builder, QCoreApplication::translate("salkku::export", "Achieved benefits"), subArea.benefits);
    writeText(builder, QCoreApplication::translate("salkku::export", "Impacts"), subArea.impacts);
}

// A project without sub-areas tells its outputs, results and impacts in headed sections of its page.
void writeResultSections(ReportBuilder &builder, const core::PageRecord &record)
{
    for (const core::Section &section : record.sections) {
        const QString heading = section.heading.toLower();
        if (section.text.trimmed().isEmpty() ||
            !(heading.contains(u"tuotok") || heading.contains(u"tulok") || heading.contains(u"vaikutu")))
            continue;
        builder.heading(section.heading);
        builder.paragraphs(section.text);
    }
}

// A practice is told in headed sections: its description (Ratkaisun perusidea, Toimintaympäristö, …).
void writeAllSections(ReportBuilder &builder, const QList<core::Section> &sections)
{
    for (const core::Section &section : sections) {
        if (section.text.trimmed().isEmpty())
            continue;
        builder.subheading(section.heading.isEmpty() ? QCoreApplication::translate("salkku::export", "Text")
                                                     : section.heading);
        builder.paragraphs(section.text);
    }
}

// A practice's Kehittämisen polku tab, imported from a file of its own.
void writeParts(ReportBuilder &builder, const storage::StoredPage &page)
{
    for (const storage::StoredPart &part : page.parts) {
        if (part.record.part != core::PagePart::DevelopmentPath)
            continue;
        builder.heading(
            QCoreApplication::translate("salkku::export", "Development path (Kehittämisen polku)"));
        writeAllSections(builder, part.record.sections);
    }
}

void writePractices(ReportBuilder &builder, const storage::StoredPage &page)
{
    if (page.practices.isEmpty())
        return;
    builder.heading(QCoreApplication::translate("salkku::export", "Practices"));
    QStringList names;
    for (const storage::PageLink &practice : page.practices)
        names.append(
            practice.pageId > 0
                ? practice.name
                : QCoreApplication::translate("salkku::export", "%1 (not imported)").arg(practice.name));
    builder.bullets(names);
}

void writeParticipants(ReportBuilder &builder, const core::PageRecord &record)
{
    if (!record.actors.isEmpty()) {
        builder.heading(QCoreApplication::translate("salkku::export", "People"));
        QList<QPair<QString, QString>> people;
        for (const core::Person &person : record.actors)
            people.append({person.name, person.role.isEmpty() ? QStringLiteral("–") : person.role});
        builder.fields(people, 30);
    }
    if (!record.organizations.isEmpty()) {
        builder.heading(QCoreApplication::translate("salkku::export", "Organisations"));
        QList<QPair<QString, QString>> byRole;
        for (const core::OrganizationRole role :
             {core::OrganizationRole::Administrator, core::OrganizationRole::CoImplementer,
              core::OrganizationRole::Partner}) {
            QStringList names;
            for (const core::Organization &organization : record.organizations)
                if (organization.role == role)
                    names.append(organization.name);
            byRole.append({roleHeading(role), names.join(QStringLiteral(", "))});
        }
        builder.fields(byRole, 30);
    }
}

// The coordinator's own layer: dates as days (UTC), the same wherever the report is made.
void writeAnnotations(ReportBuilder &builder, const storage::PageAnnotations &annotations)
{
    if (annotations.tags.isEmpty() && !annotations.followUp.isSet() && annotations.notes.isEmpty())
        return;
    builder.heading(QCoreApplication::translate("salkku::export", "Own notes"));
    QString followUp;
    if (annotations.followUp.isSet()) {
        followUp = core::followUpStatusLabel(annotations.followUp.status);
        if (annotations.followUp.due)
            followUp += QStringLiteral(", ") + annotations.followUp.due->toString(QStringLiteral("d.M.yyyy"));
    }
    builder.fields(
        {{QCoreApplication::translate("salkku::export", "Tags"), annotations.tags.join(QStringLiteral(", "))},
         {QCoreApplication::translate("salkku::export", "Follow-up"), followUp}});
    for (const core::Note &note : annotations.notes) {
        QString heading = QStringLiteral("%1, %2").arg(
            note.author, note.created.toUTC().date().toString(QStringLiteral("d.M.yyyy")));
        if (note.subArea > 0)
            heading = QCoreApplication::translate("salkku::export", "Sub-area %1").arg(note.subArea) +
                      QStringLiteral(" · ") + heading;
        builder.label(heading);
        builder.paragraphs(note.text);
    }
}

} // namespace

QTextCursor ProjectReport::write(ReportBuilder &builder, const storage::StoredPage &page, bool newPage,
                                 const storage::PageAnnotations *annotations)
{
    const core::PageRecord &record = page.record;
    const QTextCursor title = builder.title(core::displayName(record), newPage);
    builder.fields(
        {{QCoreApplication::translate("salkku::export", "Project"), page.project.name},
         {QCoreApplication::translate("salkku::export", "Region"), record.region},
         {QCoreApplication::translate("salkku::export", "Years"), core::yearsText(record.timeline)},
         {QCoreApplication::translate("salkku::export", "Funder"), record.funder},
         {QCoreApplication::translate("salkku::export", "Contact"), contactText(record.contact)},
         {QCoreApplication::translate("salkku::export", "Author"), record.author},
         {QCoreApplication::translate("salkku::export", "Topics"),
          record.topics.join(QStringLiteral(", "))}});
    if (!record.summary.trimmed().isEmpty()) {
        builder.heading(QCoreApplication::translate("salkku::export", "Summary"));
        builder.paragraphs(record.summary);
    }
    if (!record.purpose.trimmed().isEmpty()) {
        builder.heading(QCoreApplication::translate("salkku::export", "Purpose"));
        builder.paragraphs(record.purpose);
    }
    if (!record.subAreas.isEmpty()) {
        builder.heading(QCoreApplication::translate("salkku::export", "Sub-areas"));
        for (const core::SubArea &subArea : record.subAreas)
            writeSubArea(builder, subArea);
    } else if (record.kind == core::PageKind::Practice) {
        writeAllSections(builder, record.sections);
    } else {
        writeResultSections(builder, record);
    }
    writePractices(builder, page);
    writeParts(builder, page);
    writeParticipants(builder, record);
    if (annotations)
        writeAnnotations(builder, *annotations);
    return title;
}

ReportDocument ProjectReport::build(const storage::StoredPage &page, const ReportHeader &header,
                                    const storage::PageAnnotations *annotations)
{
    ReportDocument report(page.record.name, QPageLayout::Portrait, header);
    ReportBuilder builder(report.document());
    write(builder, page, false, annotations);
    return report;
}

} // namespace salkku::exporting
