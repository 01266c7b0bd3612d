#include "LabelledPageParser.h"

#include "ActorExtractor.h"
#include "FinnishDates.h"
#include "LabelTable.h"
#include "LinkExtractor.h"
#include "PageLayout.h"
#include "SubAreaExtractor.h"
#include "core/FinnishText.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace salkku::importer {

namespace {

using core::Error;
using core::PagePart;
using core::PageRecord;
using core::Warning;

// A name is one line of a sensible length; a label followed by paragraphs of prose did not give a name.
constexpr qsizetype kLongestName = 300;
constexpr qsizetype kLongestSentenceName = 120; // a name ending in a full stop is short

// The heading of a tab after the first ("icon/chevron-down Created with Sketch. Toimintamallin kuvaus").
constexpr LabelSpec kTabHeading{u"", FieldRole::Section, SubAreaAspect::None, true, true};

// A label and the lines under it (or, with no label, the text before the first one).
struct Block
{
    const LabelSpec *label = nullptr;
    QString heading; // the label as written on the page
    int line = 0;
    QList<Line> body;
    bool header = false; // before the page's first label or tab line: Innokylä repeats fields up there
};

bool isBlank(const QList<Line> &lines)
{
    return std::all_of(lines.cbegin(), lines.cend(), [](const Line &line) { return line.isBlank(); });
}

QString blockValue(const Block &block)
{
    QString value = joinLines(block.body, false);
    return value == u"-" ? QString() : value; // a lone "-" means empty
}

// A one-line value: lines joined by a space. NO-BREAK SPACEs stay as they are.
QString oneLine(const QString &value)
{
    return QString(value).replace(u'\n', u' ').trimmed();
}

QString blockText(const Block &block)
{
    QString text = joinLines(block.body, true);
    return text.trimmed() == u"-" ? QString() : text;
}

QString headingOf(const QString &line)
{
    QString heading = line.simplified();
    while (heading.endsWith(u'*'))
        heading.chop(1);
    heading = heading.trimmed();
    while (heading.endsWith(u':'))
        heading.chop(1);
    return heading.trimmed();
}

// The value lines of a list-like field, one item a line.
QStringList valueLines(const Block &block)
{
    QStringList values;
    for (const Line &line : block.body) {
        const QString text = line.trimmed();
        if (!text.isEmpty() && text != u"-" && !values.contains(text))
            values.append(text);
    }
    return values;
}

bool isSectionRole(FieldRole role)
{
    switch (role) {
    case FieldRole::Actors:
    case FieldRole::Websites:
    case FieldRole::Attachments:
    case FieldRole::Locality:
    case FieldRole::Place:
    case FieldRole::Authors:
    case FieldRole::Section:
        return true;
    default:
        return false;
    }
}

// Roles that hold one value: a second, different value is kept as a section, with a warning.
bool isScalarRole(FieldRole role)
{
    return !isSectionRole(role) && role != FieldRole::Topics && role != FieldRole::Phenomena &&
           role != FieldRole::Chrome;
}

// Labels whose values Innokylä prints again above the tab line.
bool isRepeatedInHeader(FieldRole role)
{
    return role == FieldRole::Name || role == FieldRole::Summary || role == FieldRole::Websites ||
           role == FieldRole::Attachments;
}

bool isFirstTab(const QString &name)
{
    return core::FinnishText::matchKey(name) == u"perustiedot";
}

class Parser
{
public:
    Parser(const QList<Line> &lines, PageRecord &record) : m_lines(lines), m_record(record) {}

    core::Result<PlaceValues> run()
    {
        splitIntoBlocks();
        dropRepeatedHeader();
        SALKKU_TRY(readName());
        for (const Block &block : std::as_const(m_blocks))
            readBlock(block);
        m_record.subAreas = m_subAreas.subAreas();
        QList<Line> all;
        for (const Block &block : std::as_const(m_blocks))
            all.append(block.body);
        LinkExtractor::merge(m_record.links, LinkExtractor::fromLines(all, false));
        return m_places;
    }

private:
    // --- Blocks

    void splitIntoBlocks()
    {
        const bool hasTabLine = std::any_of(m_lines.cbegin(), m_lines.cend(), [](const Line &line) {
            return LabelTable::isTabLine(line.text);
        });
        m_title = PageLayouts::titleLine(m_lines);
        Block current;
        current.header = true;
        current.line = m_lines.isEmpty() ? 0 : m_lines.front().number;
        bool header = true;
        for (const Line &line : m_lines) {
            if (LabelTable::isTabLine(line.text)) {
                header = false;
                m_blocks.append(current);
                const QString name = LabelTable::tabName(line.text);
                current = isFirstTab(name) || name.isEmpty()
                              ? Block{nullptr, QString(), line.number, {}, false}
                              : Block{&kTabHeading, name, line.number, {}, false};
                continue;
            }
            if (line.text.size() <= 200 && LabelTable::isChrome(line.text))
                continue;
            QString heading;
            const LabelSpec *label = labelOf(line, heading);
            if (!label) {
                if (m_title && line.number == m_title->number && current.header)
                    continue; // the title: the page's name, read in readName
                current.body.append(line);
                continue;
            }
            // A label printed twice with nothing between (the newer layout) is one label.
            if (current.label == label && current.heading == heading && isBlank(current.body))
                continue;
            m_blocks.append(current);
            if (!hasTabLine)
                header = false;
            current = Block{label, heading, line.number, {}, header};
        }
        m_blocks.append(current);
        // Unlabelled blocks with nothing in them are not worth keeping.
        m_blocks.removeIf([](const Block &block) { return !block.label && isBlank(block.body); });
    }

    const LabelSpec *labelOf(const Line &line, QString &heading) const
    {
        if (const LabelSpec *label = LabelTable::find(line.text, m_record.kind)) {
            heading = headingOf(line.text);
            return label;
        }
        heading = LabelTable::starredHeading(line.text);
        return heading.isEmpty() ? nullptr : &LabelTable::otherSection();
    }

    // Innokylä prints the summary (and the links) above the tab line and again below it. Keep one copy.
    void dropRepeatedHeader()
    {
        QSet<QString> repeatedLines;
        QSet<QString> repeatedBlocks;
        for (const Block &block : std::as_const(m_blocks)) {
            if (block.header || !block.label)
                continue;
            repeatedBlocks.insert(blockKey(block));
            if (isRepeatedInHeader(block.label->role))
                for (const Line &line : block.body)
                    repeatedLines.insert(core::FinnishText::matchKey(line.text));
        }
        QList<Block> kept;
        for (Block block : std::as_const(m_blocks)) {
            if (block.header) {
                if (block.label && repeatedBlocks.contains(blockKey(block)))
                    continue;
                if (!block.label) {
                    block.body.removeIf([&](const Line &line) {
                        return repeatedLines.contains(core::FinnishText::matchKey(line.text));
                    });
                    if (isBlank(block.body))
                        continue;
                }
            }
            kept.append(block);
        }
        m_blocks = kept;
    }

    static QString blockKey(const Block &block)
    {
        return core::FinnishText::matchKey(block.heading) + u'\n' +
               core::FinnishText::matchKey(blockValue(block));
    }

    // --- The name

    // The name label's value when it is a name; else the title line. A Kehittämisen polku tab has only the
    // title (or, saved without it, no name at all).
    core::Result<void> readName()
    {
        const QString title = m_title ? m_title->trimmed().simplified() : QString();
        for (const Block &block : std::as_const(m_blocks))
            if (block.label && block.label->role == FieldRole::Name && m_nameLine == 0)
                m_nameLine = block.line; // where an error about the name points
        const auto nameBlock = std::find_if(m_blocks.cbegin(), m_blocks.cend(), [](const Block &block) {
            return block.label && block.label->role == FieldRole::Name && !blockValue(block).isEmpty();
        });
        if (nameBlock != m_blocks.cend()) {
            const QString value = blockValue(*nameBlock);
            m_nameLine = nameBlock->line;
            if (isName(value, !title.isEmpty())) {
                m_record.name = oneLine(value);
                if (value.contains(u'\n'))
                    warn(nameBlock->line, QStringLiteral("the name spans several lines; they were joined"));
                keepTitleIfOther(title);
                return {};
            }
            // "Model name" followed by the description: the description, and the title is the name.
            m_nameIsText = true;
        }
        if (!title.isEmpty()) {
            m_record.name = title;
            m_nameLine = m_title->number;
            return {};
        }
        if (m_record.part != PagePart::Main) {
            warn(0, QStringLiteral("the page has no title line; it has no name"));
            return {};
        }
        return Error{m_record.file, m_nameLine, QStringLiteral("the page has no name")};
    }

    // A title line that is not the name is kept as text.
    void keepTitleIfOther(const QString &title)
    {
        if (title.isEmpty() ||
            core::FinnishText::matchKey(title) == core::FinnishText::matchKey(m_record.name))
            return;
        m_record.sections.append(core::Section{QString(), title, m_title->number});
        m_sectionKeys.insert(u'\n' + title);
    }

    // With a title line to fall back on, a value of several lines, or one long sentence, is a description.
    static bool isName(const QString &value, bool hasTitle)
    {
        if (value.contains(QStringLiteral("\n\n")) || oneLine(value).size() > kLongestName)
            return false;
        if (!hasTitle)
            return true;
        return !value.contains(u'\n') && !(value.endsWith(u'.') && value.size() > kLongestSentenceName);
    }

    // --- Fields

    void warn(int line, const QString &message) { m_record.warnings.append(Warning{line, message}); }

    void addSection(const Block &block, bool evenEmpty = false)
    {
        const QString text = blockText(block);
        if (text.isEmpty() && !evenEmpty)
            return;
        const int line = block.label ? block.line : firstTextLine(block);
        // The same heading with the same text twice is one section.
        const QString key = block.heading + u'\n' + text;
        if (m_sectionKeys.contains(key))
            return;
        m_sectionKeys.insert(key);
        m_record.sections.append(core::Section{block.heading, text, line});
    }

    // A scalar label seen again: the same value is fine; another value is kept as a section. An empty value
    // does not count (the newer layout prints some labels twice, the first time empty).
    bool seenBefore(const Block &block, const QString &value)
    {
        if (value.isEmpty())
            return false;
        // The first value's match key, computed once: a page may repeat a label thousands of times.
        const auto previous = m_scalarValues.constFind(block.label->role);
        if (previous == m_scalarValues.cend()) {
            m_scalarValues.insert(block.label->role, core::FinnishText::matchKey(value));
            return false;
        }
        if (*previous != core::FinnishText::matchKey(value)) {
            warn(block.line,
                 QStringLiteral("“%1” appears a second time with another value; the first value is "
                                "used, this one is kept as a section")
                     .arg(block.heading));
            addSection(block);
        }
        return true;
    }

    void readDate(const Block &block, const QString &value, std::optional<QDate> &into)
    {
        if (value.isEmpty())
            return;
        const DateParse date = FinnishDates::parseDate(value);
        const int line = firstTextLine(block);
        if (!date.looksLikeDate)
            warn(line, QStringLiteral("“%1” is not a date: “%2”").arg(block.heading, value.left(80)));
        else if (!date.date)
            warn(line, QStringLiteral("impossible date “%1”").arg(value));
        into = date.date;
    }

    static int firstTextLine(const Block &block)
    {
        for (const Line &line : block.body)
            if (!line.isBlank())
                return line.number;
        return block.line;
    }

    void readBlock(const Block &block)
    {
        if (!block.label) {
            readUnlabelled(block);
            return;
        }
        const FieldRole role = block.label->role;
        const QString value = blockValue(block);
        if (isScalarRole(role) && seenBefore(block, value))
            return;
        if (block.label == &kTabHeading) {
            addSection(block, true); // the heading of a part of the page, even with no text of its own
            return;
        }
        readField(block, role, value);
        m_subAreas.addSection(block.label->aspect, block.body);
    }

    // Text that is under no label: above the first one (a Kehittämisen polku tab's summary, or what the
    // header says that the fields do not), or after a tab heading.
    void readUnlabelled(const Block &block)
    {
        if (block.header && m_record.part != PagePart::Main && m_record.summary.isEmpty()) {
            m_record.summary = blockValue(block);
            return;
        }
        addSection(block);
    }

    void readField(const Block &block, FieldRole role, const QString &value)
    {
        switch (role) {
        case FieldRole::Chrome:
            addSection(block); // a tab name with text under it: keep the text
            break;
        case FieldRole::Name:
            if (m_nameIsText)
                readNameAsText(block, value);
            break;
        case FieldRole::Summary:
            m_record.summary = value;
            break;
        case FieldRole::Purpose:
            m_record.purpose = value;
            break;
        case FieldRole::Timeline:
            readTimeline(block, value);
            break;
        case FieldRole::Actors:
            readActors(block);
            break;
        case FieldRole::Authors:
            readAuthors(block);
            break;
        case FieldRole::Funder:
            m_record.funders = valueLines(block);
            m_record.funder = m_record.funders.join(QStringLiteral("; "));
            break;
        case FieldRole::Websites:
        case FieldRole::Attachments:
            LinkExtractor::merge(m_record.links, LinkExtractor::fromLines(block.body, true));
            addSection(block);
            break;
        case FieldRole::ContactName:
            m_record.contact.name = oneLine(value);
            break;
        case FieldRole::ContactOrganization:
            m_record.contact.organization = oneLine(value);
            break;
        case FieldRole::ContactEmail:
            readEmail(block, value);
            break;
        case FieldRole::Created:
            readDate(block, value, m_record.created);
            break;
        case FieldRole::Modified:
            readDate(block, value, m_record.modified);
            break;
        case FieldRole::Topics:
        case FieldRole::Phenomena:
            readList(block, role);
            break;
        case FieldRole::Locality:
            readPlaces(block, m_places.localities);
            break;
        case FieldRole::Place:
            readPlaces(block, m_places.implementation);
            break;
        case FieldRole::Parent:
            m_record.parent = oneLine(value);
            break;
        case FieldRole::Section:
            addSection(block);
            break;
        }
    }

    // The name label's value was a description, not a name: it is the summary.
    void readNameAsText(const Block &block, const QString &value)
    {
        if (m_record.summary.isEmpty())
            m_record.summary = value;
        else
            addSection(block);
    }

    void readTimeline(const Block &block, const QString &value)
    {
        m_record.timeline.text = value;
        const YearSpan years = FinnishDates::yearsOf(value);
        m_record.timeline.startYear = years.start;
        m_record.timeline.endYear = years.end;
        if (!value.isEmpty() && !years.start)
            warn(firstTextLine(block),
                 QStringLiteral("no years found in the timeline “%1”").arg(value.left(80)));
    }

    void readActors(const Block &block)
    {
        const Actors actors = ActorExtractor::extract(block.body);
        m_record.actors.append(actors.people);
        m_record.organizations.append(actors.organizations);
        addSection(block);
    }

    void readAuthors(const Block &block)
    {
        QStringList authors;
        for (const QString &text : valueLines(block)) {
            const auto person = ActorExtractor::personFromLine(text);
            const QString name = person ? person->name : text;
            m_record.actors.append(core::Person{name, block.heading});
            authors.append(name);
        }
        if (!authors.isEmpty())
            m_record.author = authors.join(QStringLiteral("; "));
        addSection(block);
    }

    void readEmail(const Block &block, const QString &value)
    {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        m_record.contact.email = oneLine(value);
        if (!value.isEmpty() && !email.match(m_record.contact.email).hasMatch())
            warn(firstTextLine(block), QStringLiteral("“%1” is not an e-mail address").arg(value.left(80)));
    }

    void readList(const Block &block, FieldRole role)
    {
        QStringList &list = role == FieldRole::Topics ? m_record.topics : m_record.phenomena;
        QSet<QString> &seen = role == FieldRole::Topics ? m_seenTopics : m_seenPhenomena;
        for (const Line &line : block.body) {
            const QString item = classifyListLine(line.text).content;
            if (item.isEmpty() || item == u"-" || seen.contains(item))
                continue;
            seen.insert(item); // a set: a page with 100 000 topic lines stays linear
            list.append(item);
        }
    }

    void readPlaces(const Block &block, QStringList &into)
    {
        for (const QString &place : valueLines(block)) {
            into.append(place);
            if (!m_record.places.contains(place))
                m_record.places.append(place);
        }
        addSection(block);
    }

    const QList<Line> &m_lines;
    PageRecord &m_record;
    QList<Block> m_blocks;
    const Line *m_title = nullptr;
    bool m_nameIsText = false;
    int m_nameLine = 0;
    QMap<FieldRole, QString> m_scalarValues;
    QSet<QString> m_sectionKeys;
    QSet<QString> m_seenTopics;
    QSet<QString> m_seenPhenomena;
    SubAreaExtractor m_subAreas;
    PlaceValues m_places;
};

} // namespace

core::Result<PlaceValues> parseLabelledPage(const QList<Line> &lines, core::PageRecord &record)
{
    return Parser(lines, record).run();
}

} // namespace salkku::importer
