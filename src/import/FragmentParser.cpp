#include "FragmentParser.h"

#include "LabelTable.h"
#include "LinkExtractor.h"

namespace salkku::importer {

namespace {

constexpr qsizetype kLongestHeading = 200;

// "Takaisinsoittojen määrä ja käsittelynopeus:" heads what follows; a bullet ending in a colon does not.
bool isHeading(const Line &line)
{
    const QString text = line.trimmed();
    return text.size() <= kLongestHeading && text.endsWith(u':') && !classifyListLine(line.text).bullet;
}

QString headingText(const Line &line)
{
    QString heading = line.trimmed();
    while (heading.endsWith(u':'))
        heading.chop(1);
    return heading.trimmed();
}

} // namespace

void FragmentParser::parse(const QList<Line> &lines, core::PageRecord &record)
{
    record.kind = core::PageKind::Practice;
    record.part = core::PagePart::DevelopmentPath;
    record.warnings.append(core::Warning{0, QStringLiteral("the page has no title line; it has no name")});

    QString heading;
    int start = 0;
    QList<Line> body;
    const auto flush = [&] {
        const QString text = joinLines(body, true);
        if (!text.isEmpty() || !heading.isEmpty())
            record.sections.append(core::Section{heading, text, start});
        body.clear();
    };
    for (const Line &line : lines) {
        if (LabelTable::isChrome(line.text))
            continue;
        if (!line.isBlank() && isHeading(line)) {
            flush();
            heading = headingText(line);
            start = line.number;
            continue;
        }
        if (body.isEmpty() && heading.isEmpty() && start == 0 && !line.isBlank())
            start = line.number;
        body.append(line);
    }
    flush();
    record.links = LinkExtractor::fromLines(lines, false);
}

} // namespace salkku::importer
