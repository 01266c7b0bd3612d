#include "RegionResolver.h"

#include "Gazetteer.h"

#include <QHash>

#include <algorithm>

namespace salkku::importer {

namespace {

using core::PageRecord;
using core::Warning;

// What some text says of regions.
struct Named
{
    QList<const Region *> inOrder; // specific regions, first named first
    QHash<const Region *, int> counts;
    bool national = false;
    const Region *firstByName = nullptr; // the first region named by its own name, not a municipality's

    // Most often named first (ties: first named first).
    QList<const Region *> byCount() const
    {
        QList<const Region *> sorted = inOrder;
        std::stable_sort(sorted.begin(), sorted.end(), [this](const Region *a, const Region *b) {
            return counts.value(a) > counts.value(b);
        });
        return sorted;
    }
};

Named namedIn(const QString &text)
{
    Named named;
    for (const Gazetteer::Mention &mention : Gazetteer::builtIn().mentionsIn(text)) {
        const Region *region = mention.region;
        if (region->isNational()) {
            named.national = true;
            continue;
        }
        if (!mention.byMunicipality && !named.firstByName)
            named.firstByName = region;
        if (!named.counts.contains(region))
            named.inOrder.append(region);
        ++named.counts[region];
    }
    return named;
}

// The regions named by a list of place values (each line on its own).
Named namedInValues(const QStringList &values)
{
    Named all;
    for (const QString &value : values) {
        const Named named = namedIn(value);
        all.national = all.national || named.national;
        for (const Region *region : named.inOrder) {
            if (!all.counts.contains(region))
                all.inOrder.append(region);
            all.counts[region] += named.counts.value(region);
        }
    }
    return all;
}

QString nationalName()
{
    return core::nationalRegionName();
}

void warn(PageRecord &record, const QString &message)
{
    record.warnings.append(Warning{0, message});
}

QString names(const QList<const Region *> &regions)
{
    QStringList list;
    for (const Region *region : regions)
        list.append(region->name);
    return list.join(QStringLiteral(", "));
}

// The page's place fields decide, when they name a place.
bool fromPlaceFields(PageRecord &record, const QStringList &values)
{
    const Named named = namedInValues(values);
    if (named.inOrder.size() == 1) {
        record.region = named.inOrder.front()->name;
        return true;
    }
    if (named.inOrder.size() > 1) {
        warn(record, QStringLiteral("the page names several regions (%1); it is about none of them alone")
                         .arg(names(named.inOrder)));
        return true;
    }
    if (named.national) {
        record.region = nationalName();
        return true;
    }
    return false;
}

// A short text (a name, a list of topics, an organisation): the first region it names.
bool fromShortText(PageRecord &record, const QString &text)
{
    const Named named = namedIn(text);
    if (!named.inOrder.isEmpty()) {
        // In a name, the first region named is meant; a region's own name before a municipality's.
        record.region = (named.firstByName ? named.firstByName : named.inOrder.front())->name;
        return true;
    }
    if (named.national) {
        record.region = nationalName();
        return true;
    }
    return false;
}

QString proseOf(const PageRecord &record)
{
    QString text = record.summary + u'\n' + record.purpose;
    for (const core::Section &section : record.sections)
        text += u'\n' + section.text;
    return text;
}

bool fromProse(PageRecord &record)
{
    const Named named = namedIn(proseOf(record));
    const QList<const Region *> regions = named.byCount();
    if (regions.isEmpty())
        return false;
    const Region *first = regions.front();
    if (regions.size() > 1 && named.counts.value(first) < 2 * named.counts.value(regions[1])) {
        warn(record, QStringLiteral("the page names several regions (%1) and no region in its name; it is "
                                    "about none of them alone")
                         .arg(names(regions)));
        return true;
    }
    record.region = first->name;
    warn(record,
         QStringLiteral("the region is not in the page's name; “%1” is the region its text names most")
             .arg(record.region));
    return true;
}

} // namespace

void RegionResolver::resolve(PageRecord &record, const PlaceValues &places)
{
    if (!record.region.isEmpty())
        return;
    if (fromPlaceFields(record, places.localities))
        return;
    if (fromShortText(record, record.name))
        return;
    if (fromPlaceFields(record, places.implementation))
        return;
    if (fromShortText(record, record.topics.join(u", ")) ||
        fromShortText(record, record.contact.organization))
        return;
    if (record.kind != core::PageKind::Article && fromProse(record))
        return;
    record.region = nationalName();
    warn(record,
         QStringLiteral("no region is named in the page; it is taken as national (%1)").arg(nationalName()));
}

} // namespace salkku::importer
