#include "PracticeListParser.h"

#include "LabelTable.h"
#include "PageLayout.h"

namespace salkku::importer {

namespace {

struct Paragraph
{
    QList<Line> lines;
    QString text() const { return joinLines(lines, true); }
    bool isPracticeName() const { return lines.size() == 1 && PageLayouts::isTitleLike(lines.front().text); }
};

// Paragraphs (runs of non-blank lines), Innokylä's own sentences and page chrome left out; `listStart` is the
// index of the first paragraph after the sentence about attaching practices.
QList<Paragraph> paragraphsOf(const QList<Line> &lines, const Line *title, qsizetype &listStart)
{
    QList<Paragraph> paragraphs;
    bool open = false;
    listStart = -1;
    for (const Line &line : lines) {
        if (line.isBlank() || (title && line.number == title->number)) {
            open = false;
            continue;
        }
        if (LabelTable::isChrome(line.text))
            continue;
        if (PageLayouts::isPracticeListChrome(line.text)) {
            listStart = paragraphs.size();
            open = false;
            continue;
        }
        if (!open)
            paragraphs.append(Paragraph{});
        paragraphs.last().lines.append(line);
        open = true;
    }
    return paragraphs;
}

} // namespace

void PracticeListParser::parse(const QList<Line> &lines, core::PageRecord &record)
{
    record.kind = core::PageKind::Project;
    record.part = core::PagePart::PracticeList;
    const Line *title = PageLayouts::titleLine(lines);
    if (title)
        record.name = title->trimmed().simplified();
    else
        record.warnings.append(
            core::Warning{0, QStringLiteral("the page has no title line; it has no name")});

    qsizetype listStart = 0;
    const QList<Paragraph> paragraphs = paragraphsOf(lines, title, listStart);
    qsizetype practice = -1; // the section of the practice named last
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs[i];
        const int number = paragraph.lines.front().number;
        if (i < listStart || listStart < 0) {
            // The project's own description, above the list.
            record.summary +=
                (record.summary.isEmpty() ? QString() : QStringLiteral("\n\n")) + paragraph.text();
            continue;
        }
        if (paragraph.isPracticeName()) {
            const QString name = paragraph.lines.front().trimmed().simplified();
            record.practices.append(name);
            record.sections.append(core::Section{name, QString(), number});
            practice = record.sections.size() - 1;
            continue;
        }
        if (practice >= 0) { // a practice's short description
            QString &text = record.sections[practice].text;
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + paragraph.text();
        } else {
            record.sections.append(core::Section{QString(), paragraph.text(), number});
        }
    }
    // A practice named without a description has no text of its own: its name is in `practices`.
    record.sections.removeIf([](const core::Section &section) { return section.text.isEmpty(); });
}

} // namespace salkku::importer
