#include "Comparison.h"

#include "FinnishText.h"
#include "TextSimilarity.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <numeric>

namespace salkku::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("salkku::core", text);
}

// The sub-area numbers a role names: "Projektipäällikkö (osa-alue 4)", "(osa-alueet 1-3)",
// "osa-alueet 1, 2 ja 5". Empty when the role names none.
QList<int> subAreasNamedIn(const QString &role)
{
    static const QRegularExpression mention(
        QStringLiteral("osa-alue(?:et|iden|illa|ille)?\\s*([0-9][0-9 ,–-]*"
                       "(?:\\s*(?:ja|sekä)\\s*[0-9]+)?)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression range(QStringLiteral("([0-9]+)\\s*[–-]\\s*([0-9]+)|([0-9]+)"));
    QList<int> numbers;
    auto mentions = mention.globalMatch(role);
    while (mentions.hasNext()) {
        const QString list = mentions.next().captured(1);
        auto parts = range.globalMatch(list);
        while (parts.hasNext()) {
            const auto part = parts.next();
            if (part.hasCaptured(3)) {
                numbers.append(part.captured(3).toInt());
                continue;
            }
            const int from = part.captured(1).toInt();
            const int to = part.captured(2).toInt();
            for (int n = from; n <= to && n - from < 50; ++n)
                numbers.append(n);
        }
    }
    return numbers;
}

QString personLine(const Person &person)
{
    return person.role.isEmpty() ? person.name : QStringLiteral("%1 (%2)").arg(person.name, person.role);
}

QStringList peopleFor(const PageRecord &page, int subArea)
{
    QStringList named;
    QStringList everyone;
    for (const Person &person : page.actors) {
        everyone.append(personLine(person));
        if (subArea > 0 && subAreasNamedIn(person.role).contains(subArea))
            named.append(personLine(person));
    }
    QStringList people = named.isEmpty() ? everyone : named;
    if (!page.contact.name.isEmpty() &&
        std::none_of(page.actors.cbegin(), page.actors.cend(), [&page](const Person &person) {
            return FinnishText::matchKey(person.name) == FinnishText::matchKey(page.contact.name);
        })) {
        QString contact = page.contact.name;
        if (!page.contact.email.isEmpty())
            contact += QStringLiteral(", ") + page.contact.email;
        people.append(tr("%1 (contact)").arg(contact));
    } else if (!page.contact.name.isEmpty() && !named.isEmpty()) {
        // The contact person is on the page's list but not among those named for this sub-area.
        const QString key = FinnishText::matchKey(page.contact.name);
        const bool listed = std::any_of(people.cbegin(), people.cend(), [&key](const QString &line) {
            return FinnishText::matchKey(line).startsWith(key);
        });
        if (!listed)
            people.append(tr("%1 (contact)").arg(page.contact.name));
    }
    return people;
}

QString subAreaTitle(const SubArea &subArea)
{
    return subArea.title.isEmpty() ? tr("Sub-area %1").arg(subArea.number)
                                   : QStringLiteral("%1. %2").arg(subArea.number).arg(subArea.title);
}

// A whole project's text for one aspect: each sub-area's, headed by its number.
QString perSubArea(const PageRecord &page, QString SubArea::*field)
{
    QStringList parts;
    for (const SubArea &subArea : page.subAreas)
        if (!(subArea.*field).trimmed().isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(subAreaTitle(subArea), subArea.*field));
    return parts.join(QStringLiteral("\n\n"));
}

// A project without sub-areas tells its outputs and impacts in headed sections.
QString sectionsHeaded(const PageRecord &page, const QStringList &words)
{
    QStringList parts;
    for (const Section &section : page.sections) {
        const QString heading = FinnishText::matchKey(section.heading);
        if (std::any_of(words.cbegin(), words.cend(),
                        [&heading](const QString &word) { return heading.contains(word); }))
            parts.append(section.text.trimmed());
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

QString ItemRef::toString() const
{
    return subArea > 0 ? QStringLiteral("%1#%2").arg(pageId).arg(subArea) : QString::number(pageId);
}

std::optional<ItemRef> ItemRef::parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*([0-9]{1,18})(?:#([0-9]{1,4}))?\\s*$"));
    const auto match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    ItemRef ref{match.captured(1).toLongLong(), match.hasCaptured(2) ? match.captured(2).toInt() : 0};
    if (ref.pageId <= 0 || (match.hasCaptured(2) && ref.subArea <= 0))
        return std::nullopt;
    return ref;
}

QList<Aspect> comparedAspects()
{
    return {Aspect::Project,  Aspect::SubArea, Aspect::Goal,     Aspect::Outputs, Aspect::Results,
            Aspect::Benefits, Aspect::Impacts, Aspect::Timeline, Aspect::People,  Aspect::CommonOutputs};
}

QString aspectKey(Aspect aspect)
{
    switch (aspect) {
    case Aspect::Project:
        return QStringLiteral("project");
    case Aspect::SubArea:
        return QStringLiteral("sub-area");
    case Aspect::Goal:
        return QStringLiteral("goal");
    case Aspect::Outputs:
        return QStringLiteral("outputs");
    case Aspect::Results:
        return QStringLiteral("results");
    case Aspect::Benefits:
        return QStringLiteral("benefits");
    case Aspect::Impacts:
        return QStringLiteral("impacts");
    case Aspect::Timeline:
        return QStringLiteral("timeline");
    case Aspect::People:
        return QStringLiteral("people");
    case Aspect::CommonOutputs:
        return QStringLiteral("common-outputs");
    }
    return {};
}

QString aspectLabel(Aspect aspect)
{
    switch (aspect) {
    case Aspect::Project:
        return tr("Project and region");
    case Aspect::SubArea:
        return tr("Sub-area");
    case Aspect::Goal:
        return tr("Goal");
    case Aspect::Outputs:
        return tr("Outputs");
    case Aspect::Results:
        return tr("Key results");
    case Aspect::Benefits:
        return tr("Achieved benefits");
    case Aspect::Impacts:
        return tr("Impacts");
    case Aspect::Timeline:
        return tr("Timeline");
    case Aspect::People:
        return tr("People");
    case Aspect::CommonOutputs:
        return tr("Common outputs");
    }
    return {};
}

std::optional<ComparedItem> ComparedItem::fromPage(const PageRecord &page, qint64 pageId, int subArea)
{
    ComparedItem item;
    item.ref = ItemRef{pageId, subArea};
    item.project = page.name;
    item.region = page.region;
    item.timeline = yearsText(page.timeline);
    item.people = peopleFor(page, subArea);
    if (subArea > 0) {
        const auto found = std::find_if(page.subAreas.cbegin(), page.subAreas.cend(),
                                        [subArea](const SubArea &s) { return s.number == subArea; });
        if (found == page.subAreas.cend())
            return std::nullopt;
        item.title = subAreaTitle(*found);
        item.goal = found->goal;
        item.outputs = found->outputs;
        item.results = found->results;
        item.benefits = found->benefits;
        item.impacts = found->impacts;
        return item;
    }
    QStringList titles;
    for (const SubArea &s : page.subAreas) {
        titles.append(subAreaTitle(s));
        item.outputs.append(s.outputs);
    }
    item.title = titles.join(u'\n');
    item.goal = page.purpose.isEmpty() ? page.summary : page.purpose;
    if (page.subAreas.isEmpty()) {
        item.results = sectionsHeaded(page, {QStringLiteral("tuotokset"), QStringLiteral("tulokset")});
        item.impacts = sectionsHeaded(page, {QStringLiteral("vaikutukset"), QStringLiteral("vaikuttavuus")});
    } else {
        item.results = perSubArea(page, &SubArea::results);
        item.benefits = perSubArea(page, &SubArea::benefits);
        item.impacts = perSubArea(page, &SubArea::impacts);
    }
    return item;
}

QString ComparedItem::heading() const
{
    QString what = ref.subArea > 0 ? title : project;
    if (ref.subArea > 0 && what.isEmpty()) // translate() directly: lupdate files tr() here under the class
        what = QCoreApplication::translate("salkku::core", "Sub-area %1").arg(ref.subArea);
    return region.isEmpty() ? what : QStringLiteral("%1 · %2").arg(region, what);
}

Comparison::Comparison(QList<ComparedItem> items)
{
    for (ComparedItem &item : items)
        append(std::move(item)); // past kMaxItems, the rest are left out
}

bool Comparison::append(ComparedItem item)
{
    if (isFull() || std::any_of(m_items.cbegin(), m_items.cend(),
                                [&item](const ComparedItem &other) { return other.ref == item.ref; }))
        return false;
    m_items.append(std::move(item));
    findCommonOutputs();
    return true;
}

void Comparison::remove(int index)
{
    if (index < 0 || index >= size())
        return;
    m_items.removeAt(index);
    findCommonOutputs();
}

void Comparison::move(int from, int to)
{
    if (from < 0 || from >= size() || to < 0 || to >= size() || from == to)
        return;
    m_items.move(from, to);
    findCommonOutputs();
}

bool Comparison::isCommon(int item, int output) const
{
    for (const CommonOutput &common : m_common)
        if (common.occurrences.contains(CommonOutput::Occurrence{item, output}))
            return true;
    return false;
}

void Comparison::findCommonOutputs()
{
    m_common.clear();
    struct Entry
    {
        int item;
        int output;
        const QString *text;
        QStringList words;
    };
    QList<Entry> entries;
    for (int i = 0; i < size(); ++i)
        for (int o = 0; o < m_items[i].outputs.size(); ++o)
            entries.append(
                Entry{i, o, &m_items[i].outputs[o], TextSimilarity::keyWords(m_items[i].outputs[o])});

    // Union-find over "nearly the same" pairs from different columns.
    std::vector<qsizetype> parent(static_cast<size_t>(entries.size()));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](qsizetype x) {
        while (parent[static_cast<size_t>(x)] != x)
            x = parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
        return x;
    };
    for (qsizetype a = 0; a < entries.size(); ++a)
        for (qsizetype b = a + 1; b < entries.size(); ++b)
            if (entries[a].item != entries[b].item &&
                TextSimilarity::nearlySameWords(entries[a].words, entries[b].words, *entries[a].text,
                                                *entries[b].text))
                parent[static_cast<size_t>(root(b))] = root(a);

    QList<qsizetype> order; // groups in the order of their first occurrence
    QHash<qsizetype, CommonOutput> groups;
    QHash<qsizetype, QSet<int>> columns;
    for (qsizetype e = 0; e < entries.size(); ++e) {
        const qsizetype r = root(e);
        if (!groups.contains(r)) {
            order.append(r);
            groups[r].text = *entries[e].text;
        }
        groups[r].occurrences.append(CommonOutput::Occurrence{entries[e].item, entries[e].output});
        columns[r].insert(entries[e].item);
    }
    for (const qsizetype r : order)
        if (columns[r].size() >= 2)
            m_common.append(groups[r]);
}

QString Comparison::text(Aspect aspect, int index) const
{
    if (index < 0 || index >= size())
        return {};
    const ComparedItem &item = m_items[index];
    switch (aspect) {
    case Aspect::Project:
        return item.region.isEmpty() ? item.project : QStringLiteral("%1\n%2").arg(item.project, item.region);
    case Aspect::SubArea:
        return item.title;
    case Aspect::Goal:
        return item.goal;
    case Aspect::Outputs: {
        QStringList lines;
        for (int o = 0; o < item.outputs.size(); ++o)
            lines.append((isCommon(index, o) ? QStringLiteral("★ ") : QStringLiteral("• ")) +
                         item.outputs[o]);
        return lines.join(u'\n');
    }
    case Aspect::Results:
        return item.results;
    case Aspect::Benefits:
        return item.benefits;
    case Aspect::Impacts:
        return item.impacts;
    case Aspect::Timeline:
        return item.timeline;
    case Aspect::People:
        return item.people.join(u'\n');
    case Aspect::CommonOutputs: {
        QStringList lines; // in the column's own order
        for (int o = 0; o < item.outputs.size(); ++o)
            if (isCommon(index, o))
                lines.append(QStringLiteral("★ ") + item.outputs[o]);
        return lines.join(u'\n');
    }
    }
    return {};
}

} // namespace salkku::core
