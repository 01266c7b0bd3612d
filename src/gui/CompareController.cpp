#include "CompareController.h"

#include "models/ComparisonModel.h"
#include "storage/PortfolioStore.h"

namespace salkku::gui {

using core::Comparison;

CompareController::CompareController(models::ComparisonModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{}

std::optional<core::ComparedItem> CompareController::load(const core::ItemRef &ref, QString *error)
{
    if (!m_store) {
        *error = tr("No portfolio is open.");
        return std::nullopt;
    }
    auto page = m_store->page(ref.pageId);
    if (!page) {
        *error = page.error().toString();
        return std::nullopt;
    }
    auto item = core::ComparedItem::fromPage(page.value().record, ref.pageId, ref.subArea);
    if (!item)
        *error = tr("%1 has no sub-area %2.").arg(page.value().record.name).arg(ref.subArea);
    return item;
}

QString CompareController::compare(const QList<core::ItemRef> &refs)
{
    Comparison comparison;
    QStringList errors;
    for (const core::ItemRef &ref : refs) {
        if (comparison.isFull())
            break;
        QString error;
        if (auto item = load(ref, &error))
            comparison.append(std::move(*item));
        else
            errors.append(error);
    }
    m_model->setComparison(comparison);
    if (!errors.isEmpty())
        return errors.join(u' ');
    if (refs.size() > Comparison::kMaxItems)
        return tr("Comparing the first %1 of %2 chosen; a comparison holds at most %1.")
            .arg(Comparison::kMaxItems)
            .arg(refs.size());
    return comparison.size() < 2 ? tr("Add one more project or sub-area to compare (Ctrl+Shift+D).")
                                 : tr("Comparing %n item(s).", nullptr, comparison.size());
}

QString CompareController::add(const core::ItemRef &ref)
{
    if (m_model->comparison().isFull())
        return tr("The comparison is full (at most %1); remove a column first.").arg(Comparison::kMaxItems);
    QString error;
    auto item = load(ref, &error);
    if (!item)
        return error;
    if (!m_model->addItem(*item))
        return tr("%1 is already in the comparison.").arg(item->heading());
    return tr("Added %1 to the comparison.").arg(item->heading());
}

QString CompareController::compareSubAreaNumber(int number, const storage::BrowseFilter &filter)
{
    if (!m_store)
        return tr("No portfolio is open.");
    auto found = m_store->subAreasNumbered(number, filter);
    if (!found)
        return found.error().toString();
    QList<core::ItemRef> refs;
    for (const storage::SubAreaSummary &subArea : found.value())
        refs.append(core::ItemRef{subArea.pageId, subArea.number});
    if (refs.isEmpty())
        return tr("No project under the current search and filters has a sub-area %1.").arg(number);
    const QString message = compare(refs);
    if (refs.size() > Comparison::kMaxItems)
        return tr("%1 projects have a sub-area %2; comparing the first %3. Narrow the search or the filters "
                  "to "
                  "choose others.")
            .arg(refs.size())
            .arg(number)
            .arg(Comparison::kMaxItems);
    return message;
}

QString CompareController::compareLike(const core::ItemRef &ref, const storage::BrowseFilter &filter)
{
    if (!m_store)
        return tr("No portfolio is open.");
    if (ref.subArea <= 0)
        return tr("Choose a sub-area first.");
    auto like = m_store->subAreasLike(ref.pageId, ref.subArea, filter, Comparison::kMaxItems - 1);
    if (!like)
        return like.error().toString();
    if (like.value().isEmpty())
        return tr("No other sub-area shares words with this one.");
    QList<core::ItemRef> refs{ref};
    for (const storage::SimilarSubArea &similar : like.value())
        refs.append(core::ItemRef{similar.outline.pageId, similar.outline.number});
    compare(refs);
    return tr("Comparing the sub-area with the %n most like it.", nullptr,
              static_cast<int>(like.value().size()));
}

} // namespace salkku::gui
