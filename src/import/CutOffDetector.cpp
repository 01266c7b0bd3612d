#include "CutOffDetector.h"

#include "FinnishDates.h"
#include "LabelTable.h"

#include <algorithm>

namespace salkku::importer {

namespace {

using core::PageKind;
using core::PagePart;

// The label line that governs line `index` (the nearest one above it), or nullptr.
const LabelSpec *governingLabel(const QList<Line> &lines, qsizetype index, PageKind kind)
{
    for (qsizetype i = index - 1; i >= 0; --i) {
        const QString &text = lines[i].text;
        if (text.size() > 200)
            continue;
        if (LabelTable::isTabLine(text) || !LabelTable::starredHeading(text).isEmpty())
            return &LabelTable::otherSection();
        if (const LabelSpec *label = LabelTable::find(text, kind))
            return label;
    }
    return nullptr;
}

// Fields whose values are names, dates and lists, not sentences.
bool isValueField(FieldRole role)
{
    switch (role) {
    case FieldRole::Summary:
    case FieldRole::Purpose:
    case FieldRole::Timeline:
    case FieldRole::Actors:
    case FieldRole::Section:
        return false;
    default:
        return true;
    }
}

// A sentence or a quotation ends here; a bracket does not ("[…]" notes are no sentences).
bool endsSentence(const QString &text)
{
    static const QString ends = QStringLiteral(".!?…\"”»')");
    return !text.isEmpty() && ends.contains(text.back());
}

bool isLinkOrDate(const QString &text)
{
    return text.startsWith(QStringLiteral("http")) || text.startsWith(QStringLiteral("www.")) ||
           FinnishDates::parseDate(text).looksLikeDate;
}

// Every complete project or practice page has these fields, at the end of its basic information.
bool hasDateFields(const QList<Line> &lines, PageKind kind)
{
    return std::any_of(lines.cbegin(), lines.cend(), [kind](const Line &line) {
        const LabelSpec *label = line.text.size() <= 200 ? LabelTable::find(line.text, kind) : nullptr;
        return label && (label->role == FieldRole::Created || label->role == FieldRole::Modified);
    });
}

bool lastLineIsCut(const QList<Line> &lines, qsizetype last, const core::PageRecord &record,
                   LayoutStyle style)
{
    const Line &line = lines[last];
    const QString text = line.trimmed();
    if (LabelTable::isChrome(line.text) || PageLayouts::isPracticeListChrome(line.text))
        return false;
    if (style == LayoutStyle::Labelled || style == LayoutStyle::Fragment) {
        if (LabelTable::find(line.text, record.kind) || !LabelTable::starredHeading(line.text).isEmpty())
            return false; // an empty last field
        if (LabelTable::isCutLabel(line.text))
            return true;
    }
    if (isLinkOrDate(text))
        return false;
    if (style == LayoutStyle::Labelled) {
        const LabelSpec *label = governingLabel(lines, last, record.kind);
        if (label && isValueField(label->role))
            return false;
    }
    if (style == LayoutStyle::PracticeList && PageLayouts::isTitleLike(text))
        return false; // a practice's name
    const ListLine item = classifyListLine(line.text);
    if (item.bullet) // list items often end without a full stop; only a note in brackets shows a cut
        return item.content.endsWith(u']');
    return !endsSentence(text);
}

} // namespace

int CutOffDetector::cutAfter(const QList<Line> &lines, const core::PageRecord &record, LayoutStyle style)
{
    qsizetype last = lines.size() - 1;
    while (last >= 0 && lines[last].isBlank())
        --last;
    if (last < 0)
        return 0;
    if (lastLineIsCut(lines, last, record, style))
        return lines[last].number;
    const bool mainPage =
        style == LayoutStyle::Labelled && record.part == PagePart::Main && record.kind != PageKind::Article;
    if (mainPage && !hasDateFields(lines, record.kind))
        return lines[last].number;
    return 0;
}

void CutOffDetector::mark(const QList<Line> &lines, core::PageRecord &record, LayoutStyle style)
{
    const int line = cutAfter(lines, record, style);
    if (line == 0)
        return;
    record.truncated = true;
    record.warnings.append(core::Warning{
        line,
        QStringLiteral("the page seems to be cut off after line %1; what is there up to it was imported")
            .arg(line)});
}

} // namespace salkku::importer
