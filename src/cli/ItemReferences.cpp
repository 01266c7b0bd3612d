#include "ItemReferences.h"

#include "CommandSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace salkku::cli {

namespace {

core::Error problem(const QString &message)
{
    return core::Error{QString(), 0, message};
}

// "12", "name": the page's id; "…#N": and the sub-area's number.
struct Parsed
{
    QString page;
    int subArea = 0;
};

// A '#' always starts a sub-area number (1–9999): "12#0", "12#" or "12#x" are errors, not names.
core::Result<Parsed> split(const QString &reference)
{
    const qsizetype hash = reference.lastIndexOf(u'#');
    if (hash < 0)
        return Parsed{reference.trimmed(), 0};
    static const QRegularExpression number(QStringLiteral("^\\s*([1-9][0-9]{0,3})\\s*$"));
    const auto match = number.match(reference.mid(hash + 1));
    if (!match.hasMatch())
        return problem(tr("“%1”: a sub-area is given as ID#N or NAME#N, N from 1 to 9999").arg(reference));
    return Parsed{reference.left(hash).trimmed(), match.captured(1).toInt()};
}

core::Result<qint64> pageId(storage::PortfolioStore &store, const QString &wanted)
{
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    if (isId)
        return id;
    if (wanted.isEmpty())
        return problem(tr("name a page by its id or name"));
    auto matches = store.findByName(wanted);
    SALKKU_TRY(matches);
    if (matches.value().isEmpty())
        return problem(tr("no page is named “%1”").arg(wanted));
    if (matches.value().size() > 1) {
        QString message = tr("“%1” names several pages; give an id:").arg(wanted);
        for (const storage::PageSummary &match : matches.value())
            message += QStringLiteral("\n  %1  %2").arg(match.id).arg(match.name);
        return problem(message);
    }
    return matches.value().front().id;
}

} // namespace

core::Result<storage::StoredPage> ItemReferences::page(storage::PortfolioStore &store,
                                                       const QString &reference)
{
    auto id = pageId(store, reference.trimmed());
    SALKKU_TRY(id);
    auto page = store.page(id.value());
    if (!page)
        return problem(tr("no page has the id %1").arg(id.value()));
    return page;
}

core::Result<core::ComparedItem> ItemReferences::item(storage::PortfolioStore &store,
                                                      const QString &reference)
{
    const auto parts = split(reference);
    SALKKU_TRY(parts);
    const Parsed &parsed = parts.value();
    auto page = ItemReferences::page(store, parsed.page);
    SALKKU_TRY(page);
    const storage::StoredPage &stored = page.value();
    auto item = core::ComparedItem::fromPage(stored.record, stored.id, parsed.subArea);
    if (!item) {
        QStringList numbers;
        for (const core::SubArea &subArea : stored.record.subAreas)
            numbers.append(QString::number(subArea.number));
        return problem(numbers.isEmpty()
                           ? tr("“%1” (%2) has no sub-areas").arg(stored.record.name).arg(stored.id)
                           : tr("“%1” (%2) has no sub-area %3; it has %4")
                                 .arg(stored.record.name)
                                 .arg(stored.id)
                                 .arg(parsed.subArea)
                                 .arg(numbers.join(QStringLiteral(", "))));
    }
    return *item;
}

core::Result<core::ItemRef> ItemReferences::ref(storage::PortfolioStore &store, const QString &reference)
{
    auto found = item(store, reference);
    SALKKU_TRY(found);
    return found.value().ref;
}

core::Result<core::Comparison> ItemReferences::comparison(storage::PortfolioStore &store,
                                                          const QStringList &references)
{
    core::Comparison comparison;
    for (const QString &reference : references) {
        auto item = ItemReferences::item(store, reference);
        SALKKU_TRY(item);
        const QString ref = item.value().ref.toString();
        if (!comparison.append(std::move(item).value()))
            return problem(comparison.isFull()
                               ? tr("a comparison has at most %1 columns").arg(core::Comparison::kMaxItems)
                               : tr("%1 is named twice").arg(ref));
    }
    return comparison;
}

} // namespace salkku::cli
