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

void SubAreaExtractor::addSection(SubAreaAspect aspect, const QList<Line> &lines)
{
    if (aspect == SubAreaAspect::None)
        return;
    int current = 0; // the sub-area being read; 0 before the first heading
    Mode mode = Mode::Closed;
    bool previousBlank = true;
    // The item a wrapped line continues, and where the current output item stands.
    QString *lastItem = nullptr;
    int outputIndent = -1;
    int benefitsIndent = -1;

    for (const Line &line : lines) {
        if (line.isBlank()) {
            previousBlank = true;
            continue;
        }
        const ListLine item = classifyListLine(line.text);
        const QString &content = item.content;

        if (const auto heading = matchHeading(content)) {
            current = heading->number;
            core::SubArea &subArea = area(current);
            lastItem = nullptr;
            outputIndent = -1;
            benefitsIndent = -1;
            switch (aspect) {
            case SubAreaAspect::Goal:
                mode = Mode::Goal;
                if (heading->kind == SubAreaHeading::Kind::Plain && !heading->inlineText.isEmpty()) {
                    // "Osa-alue 1: Title:" names the sub-area; a long text after the number is its goal.
                    if (heading->inlineText.size() <= kLongestTitle) {
                        if (subArea.title.isEmpty())
                            subArea.title = stripTrailingColon(heading->inlineText);
                    } else {
                        appendParagraph(subArea, mode, heading->inlineText);
                    }
                }
                break;
            case SubAreaAspect::Impacts:
                mode = Mode::Impacts;
                appendParagraph(subArea, mode, heading->inlineText);
                break;
            case SubAreaAspect::Outputs:
                mode = heading->kind == SubAreaHeading::Kind::Outputs ? Mode::Outputs : Mode::Results;
                if (heading->kind == SubAreaHeading::Kind::Plain && !heading->inlineText.isEmpty()) {
                    // "Osa-alue 1: Title: what it covers" — a one-line summary; what follows is general text.
                    const qsizetype colon = heading->inlineText.indexOf(QStringLiteral(": "));
                    const QString title = colon > 0 ? heading->inlineText.left(colon) : QString();
                    const QString rest = colon > 0 ? heading->inlineText.mid(colon + 2) : heading->inlineText;
                    if (!title.isEmpty() && title.size() <= kLongestTitle && subArea.title.isEmpty())
                        subArea.title = stripTrailingColon(title);
                    appendParagraph(subArea, Mode::Results, rest.trimmed());
                    mode = Mode::Closed;
                } else {
                    appendParagraph(subArea, mode, heading->inlineText);
                }
                break;
            case SubAreaAspect::None:
                break;
            }
            previousBlank = false;
            continue;
        }
        if (current == 0) {
            previousBlank = false;
            continue; // general text before any sub-area
        }
        core::SubArea &subArea = area(current);

        if (aspect == SubAreaAspect::Outputs) {
            if (const auto benefits = benefitsLine(content)) {
                mode = Mode::Benefits;
                benefitsIndent = item.bullet ? item.indent : -1;
                appendParagraph(subArea, mode, *benefits);
                lastItem = nullptr;
                previousBlank = false;
                continue;
            }
        }

        if (item.bullet) {
            switch (aspect) {
            case SubAreaAspect::Goal:
                appendText(subArea.goal, content, QStringLiteral("\n"));
                lastItem = &subArea.goal;
                break;
            case SubAreaAspect::Impacts:
                appendText(subArea.impacts, content, QStringLiteral("\n"));
                lastItem = &subArea.impacts;
                break;
            case SubAreaAspect::Outputs:
                if (mode == Mode::Benefits && item.indent > benefitsIndent && benefitsIndent >= 0) {
                    appendText(subArea.benefits, content, QStringLiteral("\n"));
                    lastItem = &subArea.benefits;
                } else if (mode == Mode::Outputs && outputIndent >= 0 && item.indent > outputIndent &&
                           !subArea.outputs.isEmpty()) {
                    // A list under an output belongs to that output.
                    subArea.outputs.last() += QStringLiteral("\n– ") + content;
                    lastItem = &subArea.outputs.last();
                } else {
                    mode = Mode::Outputs;
                    subArea.outputs.append(content);
                    outputIndent = item.indent;
                    lastItem = &subArea.outputs.last();
                }
                break;
            case SubAreaAspect::None:
                break;
            }
        } else if (!previousBlank && lastItem &&
                   (item.indent > 0 || (!content.isEmpty() && content[0].isLower()))) {
            // A wrapped line joins its item.
            *lastItem += u' ' + content;
        } else {
            appendParagraph(subArea, mode, content);
            lastItem = nullptr;
        }
        previousBlank = false;
    }
}

QList<core::SubArea> SubAreaExtractor::subAreas() const
{
    return m_areas.values();
}

} // namespace salkku::importer
