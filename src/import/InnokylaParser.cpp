#include "InnokylaParser.h"

#include "ActorExtractor.h"
#include "ArticleParser.h"
#include "FinnishDates.h"
#include "Gazetteer.h"
#include "LabelTable.h"
#include "LinkExtractor.h"
#include "PageLines.h"
#include "SubAreaExtractor.h"
#include "TextDecoder.h"
#include "core/FinnishText.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace salkku::importer {

namespace {

using core::Error;
using core::PageKind;
using core::PageRecord;
using core::Warning;

// A label and the lines under it (or, with no label, the text before the first one).
struct Block
{
    const LabelSpec *label = nullptr;
    QString heading; // the label as written on the page
    int line = 0;
    QList<Line> body;
    bool header = false; // before the page's tab line: Innokylä repeats the summary and links up there
};

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
    while (heading.endsWith(u':'))
        heading.chop(1);
    return heading.trimmed();
}

std::optional<PageKind> labelledKind(const QList<Line> &lines)
{
    for (const Line &line : lines) {
        if (line.text.size() > 200)
            continue;
        if (LabelTable::isNameLabel(line.text, PageKind::Project))
            return PageKind::Project;
        if (LabelTable::isNameLabel(line.text, PageKind::Practice))
            return PageKind::Practice;
    }
    return std::nullopt;
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tags(
        QStringLiteral("<(?:!doctype\\s+html|html|head|body|div|p|meta)[\\s>]"),
        QRegularExpression::CaseInsensitiveOption);
    return tags.match(QStringView(text).left(8192)).hasMatch();
}

bool isSectionRole(FieldRole role)
{
    switch (role) {
    case FieldRole::Actors:
    case FieldRole::Websites:
    case FieldRole::Attachments:
    case FieldRole::Locality:
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

class ProjectPageParser
{
public:
    ProjectPageParser(PageKind kind, const QList<Line> &lines, PageRecord &record)
        : m_kind(kind), m_lines(lines), m_record(record)
    {}

    QString locality() const { return m_locality; }

    std::optional<Error> run()
    {
        m_record.kind = m_kind;
        splitIntoBlocks();
        dropRepeatedHeader();
        for (const Block &block : std::as_const(m_blocks))
            readBlock(block);
        if (m_record.name.isEmpty())
            return Error{m_record.file, m_nameLine, QStringLiteral("the page has no name")};
        m_record.subAreas = m_subAreas.subAreas();
        QList<Line> all;
        for (const Block &block : std::as_const(m_blocks))
            all.append(block.body);
        LinkExtractor::merge(m_record.links, LinkExtractor::fromLines(all, false));
        return std::nullopt;
    }

private:
    void splitIntoBlocks()
    {
        const bool hasTabLine = std::any_of(m_lines.cbegin(), m_lines.cend(), [](const Line &line) {
            return LabelTable::isTabLine(line.text);
        });
        bool header = hasTabLine;
        Block current;
        current.header = header;
        current.line = m_lines.isEmpty() ? 0 : m_lines.front().number;
        for (const Line &line : m_lines) {
            if (LabelTable::isTabLine(line.text)) {
                header = false;
                m_blocks.append(current);
                current = Block{nullptr, QString(), line.number, {}, false};
                continue;
            }
            if (line.text.size() <= 200 && LabelTable::isChrome(line.text))
                continue;
            if (const LabelSpec *label = LabelTable::find(line.text, m_kind)) {
                m_blocks.append(current);
                current = Block{label, headingOf(line.text), line.number, {}, header};
                continue;
            }
            current.body.append(line);
        }
        m_blocks.append(current);
        // Unlabelled blocks with nothing in them are not worth keeping.
        m_blocks.removeIf([](const Block &block) {
            return !block.label && std::all_of(block.body.cbegin(), block.body.cend(),
                                               [](const Line &line) { return line.isBlank(); });
        });
    }

    // Innokylä prints the summary (and the links) above the tab line and again below it. Keep one copy.
    void dropRepeatedHeader()
    {
        QSet<QString> bodyLines;
        QSet<QString> bodyBlocks;
        for (const Block &block : std::as_const(m_blocks)) {
            if (block.header)
                continue;
            for (const Line &line : block.body)
                bodyLines.insert(core::FinnishText::matchKey(line.text));
            if (block.label)
                bodyBlocks.insert(core::FinnishText::matchKey(block.heading) + u'\n' +
                                  core::FinnishText::matchKey(blockValue(block)));
        }
        QList<Block> kept;
        for (Block block : std::as_const(m_blocks)) {
            if (block.header) {
                if (block.label) {
                    const QString key = core::FinnishText::matchKey(block.heading) + u'\n' +
                                        core::FinnishText::matchKey(blockValue(block));
                    if (bodyBlocks.contains(key))
                        continue;
                } else {
                    block.body.removeIf([&](const Line &line) {
                        return bodyLines.contains(core::FinnishText::matchKey(line.text));
                    });
                    if (std::all_of(block.body.cbegin(), block.body.cend(),
                                    [](const Line &line) { return line.isBlank(); }))
                        continue;
                }
            }
            kept.append(block);
        }
        m_blocks = kept;
    }

    void warn(int line, const QString &message) { m_record.warnings.append(Warning{line, message}); }

    void addSection(const Block &block)
    {
        const QString text = blockText(block);
        if (text.isEmpty())
            return;
        const int line =
            block.label ? block.line : (block.body.isEmpty() ? block.line : block.body.front().number);
        // The same heading with the same text twice is one section.
        const QString key = block.heading + u'\n' + text;
        if (m_sectionKeys.contains(key))
            return;
        m_sectionKeys.insert(key);
        m_record.sections.append(core::Section{block.heading, text, line});
    }

    // A scalar label seen again: the same value is fine; another value is kept as a section.
    bool seenBefore(const Block &block, const QString &value)
    {
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
        const int line = block.body.isEmpty() ? block.line : firstTextLine(block);
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
            addSection(block);
            return;
        }
        const FieldRole role = block.label->role;
        const QString value = blockValue(block);
        if (isScalarRole(role) && seenBefore(block, value))
            return;
        switch (role) {
        case FieldRole::Chrome:
            addSection(block); // a tab name with text under it: keep the text
            break;
        case FieldRole::Name:
            m_nameLine = block.line;
            m_record.name = oneLine(value);
            if (value.contains(u'\n'))
                warn(block.line, QStringLiteral("the name spans several lines; they were joined"));
            break;
        case FieldRole::Summary:
            m_record.summary = value;
            break;
        case FieldRole::Purpose:
            m_record.purpose = value;
            break;
        case FieldRole::Timeline: {
            m_record.timeline.text = value;
            const YearSpan years = FinnishDates::yearsOf(value);
            m_record.timeline.startYear = years.start;
            m_record.timeline.endYear = years.end;
            if (!value.isEmpty() && !years.start)
                warn(firstTextLine(block),
                     QStringLiteral("no years found in the timeline “%1”").arg(value.left(80)));
            break;
        }
        case FieldRole::Actors: {
            const Actors actors = ActorExtractor::extract(block.body);
            m_record.actors.append(actors.people);
            m_record.organizations.append(actors.organizations);
            addSection(block);
            break;
        }
        case FieldRole::Authors:
            for (const Line &line : block.body) {
                const QString text = line.trimmed();
                if (text.isEmpty() || text == u"-")
                    continue;
                const auto person = ActorExtractor::personFromLine(text);
                m_record.actors.append(core::Person{person ? person->name : text, block.heading});
            }
            addSection(block);
            break;
        case FieldRole::Funder:
            m_record.funder = oneLine(value);
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
        case FieldRole::ContactEmail: {
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
            m_record.contact.email = oneLine(value);
            if (!value.isEmpty() && !email.match(m_record.contact.email).hasMatch())
                warn(firstTextLine(block),
                     QStringLiteral("“%1” is not an e-mail address").arg(value.left(80)));
            break;
        }
        case FieldRole::Created:
            readDate(block, value, m_record.created);
            break;
        case FieldRole::Modified:
            readDate(block, value, m_record.modified);
            break;
        case FieldRole::Topics:
        case FieldRole::Phenomena: {
            QStringList &list = role == FieldRole::Topics ? m_record.topics : m_record.phenomena;
            QSet<QString> &seen = role == FieldRole::Topics ? m_seenTopics : m_seenPhenomena;
            for (const Line &line : block.body) {
                const QString item = classifyListLine(line.text).content;
                if (item.isEmpty() || item == u"-" || seen.contains(item))
                    continue;
                seen.insert(item); // a set: a page with 100 000 topic lines stays linear
                list.append(item);
            }
            break;
        }
        case FieldRole::Locality:
            m_locality += u' ' + value;
            addSection(block);
            break;
        case FieldRole::Section:
            addSection(block);
            break;
        }
        m_subAreas.addSection(block.label->aspect, block.body);
    }

    PageKind m_kind;
    const QList<Line> &m_lines;
    PageRecord &m_record;
    QList<Block> m_blocks;
    QMap<FieldRole, QString> m_scalarValues;
    QSet<QString> m_sectionKeys;
    QSet<QString> m_seenTopics;
    QSet<QString> m_seenPhenomena;
    SubAreaExtractor m_subAreas;
    int m_nameLine = 0;
    QString m_locality;
};

// The region: named in the title, the practice's place, the topics, or the contact's organisation; else the
// one the text names most often (with a warning).
void resolveRegion(PageRecord &record, const QString &locality)
{
    if (!record.region.isEmpty())
        return;
    const Gazetteer &gazetteer = Gazetteer::builtIn();
    for (const QString &candidate :
         {record.name, locality, record.topics.join(u", "), record.contact.organization}) {
        if (const Region *region = gazetteer.findIn(candidate)) {
            record.region = region->name;
            return;
        }
    }
    const QList<const Region *> mentioned = gazetteer.findAllIn(record.summary + u'\n' + record.purpose);
    if (!mentioned.isEmpty()) {
        record.region = mentioned.front()->name;
        record.warnings.append(Warning{0, QStringLiteral("the region is not in the page's name; “%1” is the "
                                                         "region its text names most")
                                              .arg(record.region)});
        return;
    }
    record.warnings.append(Warning{0, QStringLiteral("no Finnish region recognised in the page")});
}

} // namespace

core::Result<PageRecord> InnokylaParser::parse(const QByteArray &bytes, const QString &fileName)
{
    auto decoded = TextDecoder::decode(bytes, fileName);
    if (!decoded)
        return decoded.error();
    auto record = parseText(decoded.value().text, fileName, decoded.value().warnings);
    if (record)
        record.value().encoding = decoded.value().encoding;
    return record;
}

core::Result<PageRecord> InnokylaParser::parseText(const QString &text, const QString &fileName,
                                                   const QList<Warning> &warnings)
{
    const QList<Line> lines = splitLines(text);
    if (std::all_of(lines.cbegin(), lines.cend(), [](const Line &line) { return line.isBlank(); }))
        return Error{fileName, 0, QStringLiteral("the file has no text (only white space)")};

    PageRecord record;
    record.file = fileName;
    record.warnings = warnings;
    record.encoding = QStringLiteral("UTF-8");
    QString locality;

    if (const auto kind = labelledKind(lines)) {
        ProjectPageParser parser(*kind, lines, record);
        if (auto error = parser.run())
            return *error;
        locality = parser.locality();
    } else if (ArticleParser::looksLikeArticle(lines)) {
        ArticleParser::parse(lines, record);
    } else if (looksLikeHtml(text)) {
        return Error{
            fileName, 1,
            QStringLiteral("this is an HTML page, not a text export: open it in a browser and save it as "
                           "text")};
    } else {
        return Error{
            fileName, 0,
            QStringLiteral("no Innokylä field labels found (a project page has “Kokonaisuuden nimi”, a "
                           "practice “Toimintamallin nimi”, an article an “Aihe:” line)")};
    }
    resolveRegion(record, locality);
    std::stable_sort(record.warnings.begin(), record.warnings.end(),
                     [](const Warning &a, const Warning &b) { return a.line < b.line; });
    return record;
}

} // namespace salkku::importer
