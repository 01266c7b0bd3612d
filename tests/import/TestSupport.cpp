#include "TestSupport.h"

#include "core/FinnishText.h"
#include "import/FinnishDates.h"
#include "import/InnokylaParser.h"
#include "import/LabelTable.h"
#include "import/PageLayout.h"
#include "import/PageLines.h"

#include <QFile>

namespace salkku::testing {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

core::Result<core::PageRecord> parseUtf8(const QString &text, const QString &fileName)
{
    return importer::InnokylaParser::parse(text.toUtf8(), fileName);
}

core::Result<core::PageRecord> parseFixture(const QString &name)
{
    const QString path = QStringLiteral(SALKKU_FIXTURE_DIR "/") + name;
    return importer::InnokylaParser::parse(readBytes(path), name);
}

bool hasWarning(const core::PageRecord &record, const QString &text, int line)
{
    for (const core::Warning &warning : record.warnings)
        if (warning.message.contains(text) && (line <= 0 || warning.line == line))
            return true;
    return false;
}

QStringList linesMissingFromRecord(const QString &text, const core::PageRecord &record)
{
    QStringList pieces{record.name,
                       record.summary,
                       record.purpose,
                       record.timeline.text,
                       record.funder,
                       record.contact.name,
                       record.contact.organization,
                       record.contact.email};
    pieces += record.topics;
    pieces += record.phenomena;
    pieces += record.funders;
    pieces += record.places;
    pieces += record.practices;
    pieces << record.author << record.parent;
    for (const core::Section &section : record.sections)
        pieces << section.heading << section.text;
    for (const core::SubArea &subArea : record.subAreas)
        pieces << subArea.title << subArea.goal << subArea.outputs.join(u'\n') << subArea.results
               << subArea.benefits << subArea.impacts;
    for (const core::Person &person : record.actors)
        pieces << person.name + u' ' + person.role;
    for (const core::Link &link : record.links)
        pieces << link.label << link.url;
    const QString haystack = core::FinnishText::matchKey(pieces.join(u'\n'));

    QStringList missing;
    for (const importer::Line &line : importer::splitLines(text)) {
        if (line.isBlank() || importer::LabelTable::isChrome(line.text) ||
            importer::LabelTable::find(line.text, record.kind) ||
            !importer::LabelTable::starredHeading(line.text).isEmpty() ||
            importer::PageLayouts::isPracticeListChrome(line.text) ||
            importer::PageLayouts::isImageLine(line.text))
            continue;
        if (importer::FinnishDates::parseDate(line.text).looksLikeDate)
            continue;
        QString key = core::FinnishText::matchKey(line.text);
        if (key.endsWith(u':'))
            key.chop(1); // headings are kept without their colon
        // An article's "Aihe: A, B" line is its topics.
        if (record.kind == core::PageKind::Article && key.startsWith(QStringLiteral("aihe:")) &&
            !record.topics.isEmpty())
            continue;
        if (!haystack.contains(key))
            missing.append(QStringLiteral("%1: %2").arg(line.number).arg(line.text.left(100)));
    }
    return missing;
}

QString projectPage(const QString &name, const QString &extra)
{
    return QStringLiteral("icon/chevron-down Created with Sketch. Perustiedot\n\n"
                          "Kokonaisuuden nimi\n%1\nLyhyt kuvaus\n\nLyhyt kuvaus hankkeesta.\n\n"
                          "Toimiaika\n\nHanke toteutetaan vuosina 2020-2021\n\n"
                          "Rahoittaja\nSosiaali- ja terveysministeriö (STM)\n%2")
        .arg(name, extra);
}

} // namespace salkku::testing
