#include "SubAreaExtractor.h"

#include <QRegularExpression>

namespace salkku::importer {

namespace {

constexpr int kMaxSubAreas = 99;
constexpr qsizetype kLongestTitle = 200;

const auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

void appendText(QString &to, const QString &text, const QString &separator)
{
    if (text.isEmpty())
        return;
    if (!to.isEmpty())
        to += separator;
    to += text;
}

QString stripTrailingColon(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

// "Saavutetut hyödyt: …"
std::optional<QString> benefitsLine(const QString &content)
{
    static const QRegularExpression pattern(QStringLiteral("^saavutetut\\s+hyödyt\\s*[:.\\-–]?\\s*(.*)$"),
                                            kOptions);
    if (content.size() > 20 && !content.startsWith(u'S') && !content.startsWith(u's'))
        return std::nullopt;
    const auto match = pattern.match(content);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).trimmed();
}

} // namespace

std::optional<SubAreaHeading> SubAreaExtractor::matchHeading(const QString &content)
{
    // "Osa-alue 1: Title", "Osa-alue 2", "Osa-alue 1 keskeiset tulokset: …"
    static const QRegularExpression leading(QStringLiteral("^osa-alue\\s*(\\d{1,2})(?!\\d)\\s*(.*)$"),
                                            kOptions);
    static const QRegularExpression resultsWords(
        QStringLiteral("^(?:keskeiset\\s+)?(?:tulokset|tuotokset)(?:\\s+ja\\s+(?:tulokset|tuotokset))?"
                       "(?![\\p{L}])\\s*[:.\\-–]?\\s*(.*)$"),
        kOptions);
    // "Keskeiset tuotokset ja saavutetut tulokset, osa-alue 1:", "Yleinen arviointi osa-alue 1:"
    static const QRegularExpression trailing(
        QStringLiteral("^([^.!?]{0,80}?)[\\s,:–-]+osa-alue\\s*(\\d{1,2})\\s*:?$"), kOptions);

    if (content.size() >= 8 && content.startsWith(u"osa-alue", Qt::CaseInsensitive)) {
        const auto match = leading.match(content);
        if (match.hasMatch()) {
            SubAreaHeading heading;
            heading.number = match.capturedView(1).toInt();
            const QString rest = match.captured(2).trimmed();
            if (heading.number < 1 || heading.number > kMaxSubAreas)
                return std::nullopt;
            if (rest.isEmpty())
                return heading;
            if (QStringLiteral(":.-–—").contains(rest[0])) {
                heading.inlineText = rest.mid(1).trimmed();
                return heading;
            }
            if (const auto results = resultsWords.match(rest); results.hasMatch()) {
                heading.kind = SubAreaHeading::Kind::Results;
                heading.inlineText = results.captured(1).trimmed();
                return heading;
            }
            return std::nullopt; // "Osa-alue 4 oli suuri kokonaisuus…": a sentence
        }
    }
    if (content.size() <= 100) {
        const auto match = trailing.match(content);
        if (match.hasMatch()) {
            SubAreaHeading heading;
            heading.number = match.capturedView(2).toInt();
            if (heading.number < 1 || heading.number > kMaxSubAreas)
                return std::nullopt;
            const QString prefix = match.captured(1);
            heading.kind = prefix.contains(QStringLiteral("tuotok"), Qt::CaseInsensitive)
                               ? SubAreaHeading::Kind::Outputs
                               : SubAreaHeading::Kind::Results;
            return heading;
        }
    }
    return std::nullopt;
}

core::SubArea &SubAreaExtractor::area(int number)
{
    auto it = m_areas.find(number);
    if (it == m_areas.end()) {
        core::SubArea subArea;
        subArea.number = number;
        it = m_areas.insert(number, subArea);
    }
    return it.value();
}

void SubAreaExtractor::appendParagraph(core::SubArea &subArea, Mode mode, const QString &text)
{
    const QString paragraph = QStringLiteral("\n\n");
    switch (mode) {
    case Mode::Goal:
        appendText(subArea.goal, text, paragraph);
        break;
    case Mode::Results:
    case Mode::Outputs:
        appendText(subArea.results, text, paragraph);
        break;
    case Mode::Benefits:
        appendText(subArea.benefits, text, paragraph);
        break;
    case Mode::Impacts:
        appendText(subArea.impacts, text, paragraph);
        break;
    case Mode::Closed:
        break;
    }
}

// Reads one section's lines into the sub-areas, a line at a time. Which sub-area is being read, in which
// mode, and which item a wrapped line would continue are its state.
class SubAreaExtractor::SectionReader
{
public:
    SectionReader(SubAreaExtractor &extractor, SubAreaAspect aspect)
        : m_extractor(extractor), m_aspect(aspect)
    {}

    void read(const Line &line)
    {
        if (line.isBlank()) {
            m_previousBlank = true;
            return;
        }
        const ListLine item = classifyListLine(line.text);
        if (const auto heading = matchHeading(item.content))
            startSubArea(*heading);
        else if (m_current != 0)
            readBody(item);
        m_previousBlank =
            false; // text before any sub-area's heading is general text: it stays in the section
    }

private:
    // Where the last item went: the item a wrapped line continues.
    enum class Item
    {
        None,
        Goal,
        Impacts,
        Benefits,
        Output,
    };

    core::SubArea &subArea() { return m_extractor.area(m_current); }

    void startSubArea(const SubAreaHeading &heading)
    {
        m_current = heading.number;
        m_lastItem = Item::None;
        m_outputIndent = -1;
        m_benefitsIndent = -1;
        switch (m_aspect) {
        case SubAreaAspect::Goal:
            m_mode = Mode::Goal;
            startGoal(heading);
            break;
        case SubAreaAspect::Impacts:
            m_mode = Mode::Impacts;
            m_extractor.appendParagraph(subArea(), m_mode, heading.inlineText);
            break;
        case SubAreaAspect::Outputs:
            startOutputs(heading);
            break;
        case SubAreaAspect::None:
            break;
        }
    }

    // "Osa-alue 1: Title:" names the sub-area; a long text after the number is its goal.
    void startGoal(const SubAreaHeading &heading)
    {
        if (heading.kind != SubAreaHeading::Kind::Plain || heading.inlineText.isEmpty())
            return;
        if (heading.inlineText.size() > kLongestTitle)
            m_extractor.appendParagraph(subArea(), m_mode, heading.inlineText);
        else if (subArea().title.isEmpty())
            subArea().title = stripTrailingColon(heading.inlineText);
    }

    void startOutputs(const SubAreaHeading &heading)
    {
        m_mode = heading.kind == SubAreaHeading::Kind::Outputs ? Mode::Outputs : Mode::Results;
        if (heading.kind != SubAreaHeading::Kind::Plain || heading.inlineText.isEmpty()) {
            m_extractor.appendParagraph(subArea(), m_mode, heading.inlineText);
            return;
        }
        // "Osa-alue 1: Title: what it covers" — a one-line summary; what follows is general text.
        const qsizetype colon = heading.inlineText.indexOf(QStringLiteral(": "));
        const QString title = colon > 0 ? heading.inlineText.left(colon) : QString();
        const QString rest = colon > 0 ? heading.inlineText.mid(colon + 2) : heading.inlineText;
        if (!title.isEmpty() && title.size() <= kLongestTitle && subArea().title.isEmpty())
            subArea().title = stripTrailingColon(title);
        m_extractor.appendParagraph(subArea(), Mode::Results, rest.trimmed());
        m_mode = Mode::Closed;
    }

    void readBody(const ListLine &item)
    {
        if (m_aspect == SubAreaAspect::Outputs)
            if (const auto benefits = benefitsLine(item.content)) {
                m_mode = Mode::Benefits;
                m_benefitsIndent = item.bullet ? item.indent : -1;
                m_extractor.appendParagraph(subArea(), m_mode, *benefits);
                m_lastItem = Item::None;
                return;
            }
        if (item.bullet)
            readBullet(item);
        else if (continuesItem(item))
            *lastItemText() += u' ' + item.content;
        else {
            m_extractor.appendParagraph(subArea(), m_mode, item.content);
            m_lastItem = Item::None;
        }
    }

    // A line directly under an item, indented or starting in lower case, continues it.
    bool continuesItem(const ListLine &item)
    {
        return !m_previousBlank && lastItemText() &&
               (item.indent > 0 || (!item.content.isEmpty() && item.content[0].isLower()));
    }

    void readBullet(const ListLine &item)
    {
        const QString &content = item.content;
        switch (m_aspect) {
        case SubAreaAspect::Goal:
            appendText(subArea().goal, content, QStringLiteral("\n"));
            m_lastItem = Item::Goal;
            break;
        case SubAreaAspect::Impacts:
            appendText(subArea().impacts, content, QStringLiteral("\n"));
            m_lastItem = Item::Impacts;
            break;
        case SubAreaAspect::Outputs:
            readOutputBullet(item);
            break;
        case SubAreaAspect::None:
            break;
        }
    }

    void readOutputBullet(const ListLine &item)
    {
        core::SubArea &area = subArea();
        if (m_mode == Mode::Benefits && m_benefitsIndent >= 0 && item.indent > m_benefitsIndent) {
            appendText(area.benefits, item.content, QStringLiteral("\n"));
            m_lastItem = Item::Benefits;
        } else if (m_mode == Mode::Outputs && m_outputIndent >= 0 && item.indent > m_outputIndent &&
                   !area.outputs.isEmpty()) {
            area.outputs.last() +=
                QStringLiteral("\n– ") + item.content; // a list under an output is part of it
            m_lastItem = Item::Output;
        } else {
            m_mode = Mode::Outputs;
            area.outputs.append(item.content);
            m_outputIndent = item.indent;
            m_lastItem = Item::Output;
        }
    }

    QString *lastItemText()
    {
        core::SubArea &area = subArea();
        switch (m_lastItem) {
        case Item::Goal:
            return &area.goal;
        case Item::Impacts:
            return &area.impacts;
        case Item::Benefits:
            return &area.benefits;
        case Item::Output:
            return area.outputs.isEmpty() ? nullptr : &area.outputs.last();
        case Item::None:
            break;
        }
        return nullptr;
    }

    SubAreaExtractor &m_extractor;
    SubAreaAspect m_aspect;
    int m_current = 0; // the sub-area being read; 0 before the first heading
    Mode m_mode = Mode::Closed;
    bool m_previousBlank = true;
    Item m_lastItem = Item::None;
    int m_outputIndent = -1;
    int m_benefitsIndent = -1;
};

void SubAreaExtractor::addSection(SubAreaAspect aspect, const QList<Line> &lines)
{
    if (aspect == SubAreaAspect::None)
        return;
    SectionReader reader(*this, aspect);
    for (const Line &line : lines)
        reader.read(line);
}

QList<core::SubArea> SubAreaExtractor::subAreas() const
{
    return m_areas.values();
}

} // namespace salkku::importer
