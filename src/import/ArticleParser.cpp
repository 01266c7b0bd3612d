#include "ArticleParser.h"

#include "FinnishDates.h"
#include "LabelTable.h"
#include "LinkExtractor.h"
#include "PageLayout.h"

#include <QRegularExpression>

#include <algorithm>

namespace salkku::importer {

namespace {

constexpr int kTopLines = 12;
constexpr qsizetype kLongestHeading = 120;

const QRegularExpression &topicLine()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:aihe|aiheet|avainsanat|tagit)\\s*:\\s*(.*)$"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

struct Paragraph
{
    int line = 0;
    QList<Line> lines;
    QString text() const { return joinLines(lines, true); }
    bool single() const { return lines.size() == 1; }
};

bool headingLike(const Paragraph &paragraph)
{
    if (!paragraph.single())
        return false;
    const QString text = paragraph.lines.front().trimmed();
    if (text.size() > kLongestHeading || text.isEmpty())
        return false;
    const QChar last = text.back();
    return last != u'.' && last != u'!' && last != u'?' && last != u',' && last != u';';
}

} // namespace

namespace {

// A topic ("Aihe: …") or date line near the top of the page: taken into the record, true when it was one.
bool takeTopLine(const Line &line, const QString &text, core::PageRecord &record)
{
    if (text.size() >= 1000)
        return false;
    if (const auto match = topicLine().match(text); match.hasMatch()) {
        for (const QString &topic : match.captured(1).split(u',', Qt::SkipEmptyParts))
            if (!topic.trimmed().isEmpty())
                record.topics.append(topic.trimmed());
        return true;
    }
    if (const DateParse date = FinnishDates::parseDate(text); date.looksLikeDate && !record.created) {
        record.created = date.date;
        if (!date.date)
            record.warnings.append(
                core::Warning{line.number, QStringLiteral("impossible date “%1”").arg(text)});
        return true;
    }
    return false;
}

// The title, topics, date and image captions go into the record; the rest comes back as paragraphs.
QList<Paragraph> readParagraphs(const QList<Line> &lines, core::PageRecord &record)
{
    QList<Paragraph> paragraphs;
    int seen = 0;
    bool titled = false;
    bool inParagraph = false;
    bool caption = false; // the line after "Kuva" is an image's caption
    for (const Line &line : lines) {
        if (line.isBlank()) {
            inParagraph = false;
            continue;
        }
        ++seen;
        const QString text = line.trimmed();
        if (LabelTable::isChrome(text))
            continue;
        if (!titled) {
            record.name = text.simplified();
            titled = true;
        } else if (PageLayouts::isImageLine(text)) {
            caption = true;
        } else if (caption) {
            record.sections.append(core::Section{QStringLiteral("Kuva"), text, line.number});
            caption = false;
            inParagraph = false;
        } else if (seen > kTopLines || !takeTopLine(line, text, record)) {
            if (!inParagraph)
                paragraphs.append(Paragraph{line.number, {}});
            inParagraph = true;
            paragraphs.last().lines.append(line);
        }
    }
    return paragraphs;
}

// Whether paragraph i heads a section: a short line that does not end a sentence, followed by a longer
// paragraph (or ending with a colon).
bool headsSection(const QList<Paragraph> &paragraphs, qsizetype i)
{
    const Paragraph &paragraph = paragraphs[i];
    if (!headingLike(paragraph) || i + 1 >= paragraphs.size())
        return false;
    const bool endsWithColon = paragraph.single() && paragraph.lines.front().trimmed().endsWith(u':');
    const Paragraph &next = paragraphs[i + 1];
    const bool nextIsLong = !next.single() || next.lines.front().trimmed().size() > kLongestHeading;
    return nextIsLong || endsWithColon;
}

void readSections(const QList<Paragraph> &paragraphs, core::PageRecord &record)
{
    core::Section current{QString(), QString(), paragraphs.isEmpty() ? 0 : paragraphs.front().line};
    auto flush = [&] {
        if (!current.text.isEmpty() || !current.heading.isEmpty())
            record.sections.append(current);
    };
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs[i];
        if (headsSection(paragraphs, i)) {
            flush();
            QString heading = paragraph.lines.front().trimmed();
            if (heading.endsWith(u':'))
                heading.chop(1);
            current = core::Section{heading.trimmed(), QString(), paragraph.line};
            continue;
        }
        if (record.summary.isEmpty())
            record.summary = paragraph.text().trimmed();
        if (!current.text.isEmpty())
            current.text += QStringLiteral("\n\n");
        current.text += paragraph.text();
    }
    flush();
}

} // namespace

void ArticleParser::parse(const QList<Line> &lines, core::PageRecord &record)
{
    record.kind = core::PageKind::Article;
    const QList<Paragraph> paragraphs = readParagraphs(lines, record);
    readSections(paragraphs, record);
    QList<Line> all;
    for (const Paragraph &paragraph : paragraphs)
        all.append(paragraph.lines);
    record.links = LinkExtractor::fromLines(all, false);
    // Image captions were taken as they came: put every part in page order.
    std::stable_sort(record.sections.begin(), record.sections.end(),
                     [](const core::Section &a, const core::Section &b) { return a.line < b.line; });
}

} // namespace salkku::importer
