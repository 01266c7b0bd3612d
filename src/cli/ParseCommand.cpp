#include "ParseCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "core/RecordJson.h"
#include "import/InnokylaParser.h"
#include "import/PageFileReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace salkku::cli {

namespace {

void printSummary(const core::PageRecord &record, QTextStream &out)
{
    out << record.file << ": " << core::pageKindKey(record.kind);
    if (record.part != core::PagePart::Main)
        out << " (" << core::pagePartKey(record.part) << ')';
    out << " “" << record.name << "”\n";
    out << "  " << tr("region") << ": " << (record.region.isEmpty() ? QStringLiteral("–") : record.region)
        << "   " << tr("years") << ": " << yearsText(record.timeline.startYear, record.timeline.endYear)
        << "   " << tr("encoding") << ": " << record.encoding << '\n';
    if (!record.funder.isEmpty())
        out << "  " << tr("funder") << ": " << record.funder << '\n';
    if (!record.contact.name.isEmpty())
        out << "  " << tr("contact") << ": " << record.contact.name
            << (record.contact.email.isEmpty() ? QString()
                                               : QStringLiteral(" <%1>").arg(record.contact.email))
            << '\n';
    if (!record.author.isEmpty())
        out << "  " << tr("author") << ": " << record.author << '\n';
    if (!record.parent.isEmpty())
        out << "  " << tr("project") << ": " << record.parent << '\n';
    if (!record.practices.isEmpty())
        out << "  " << tr("practices") << ": " << record.practices.join(QStringLiteral("; ")) << '\n';
    if (!record.actors.isEmpty() || !record.organizations.isEmpty())
        out << "  " << tr("people") << ": " << record.actors.size() << "   " << tr("organisations") << ": "
            << record.organizations.size() << '\n';
    for (const core::SubArea &subArea : record.subAreas) {
        out << "  " << tr("sub-area") << ' ' << subArea.number;
        if (!subArea.title.isEmpty())
            out << ": " << subArea.title;
        out << " (" << subArea.outputs.size() << ' ' << tr("outputs") << ")\n";
    }
    out << "  " << tr("sections") << ": " << record.sections.size() << "   " << tr("links") << ": "
        << record.links.size() << '\n';
    for (const core::Warning &warning : record.warnings)
        out << "  " << tr("warning") << ' '
            << (warning.line > 0 ? QStringLiteral("line %1").arg(warning.line) : QStringLiteral("(file)"))
            << ": " << warning.message << '\n';
}

} // namespace

int ParseCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints what Innokylä text exports say."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array, one object per file."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Innokylä pages saved as text."),
                                 QStringLiteral("FILE..."));
    // Let the program name read "salkku parse" in messages.
    QStringList args = arguments;
    args[0] = QStringLiteral("salkku parse");
    if (!parser.parse(args)) {
        err << "salkku parse: " << parser.errorText() << '\n';
        return CommandLine::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, QStringLiteral("parse"));
        return CommandLine::Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "salkku parse: " << tr("name at least one file") << "\n\n"
            << commandHelp(parser, QStringLiteral("parse"));
        return CommandLine::Usage;
    }

    bool failed = false;
    QJsonArray results;
    for (const QString &file : files) {
        auto bytes = importer::PageFileReader::read(file);
        auto record = bytes ? importer::InnokylaParser::parse(bytes.value(), file)
                            : core::Result<core::PageRecord>(bytes.error());
        if (!record) {
            failed = true;
            err << record.error().toString() << '\n';
            if (parser.isSet(json))
                results.append(core::RecordJson::errorToJson(record.error()));
            continue;
        }
        if (parser.isSet(json))
            results.append(core::RecordJson::toJson(record.value()));
        else
            printSummary(record.value(), out);
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    return failed ? CommandLine::Failure : CommandLine::Success;
}

} // namespace salkku::cli
