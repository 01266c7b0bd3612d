#include "CompareController.h"

#include "models/ComparisonModel.h"
#include "storage/PortfolioStore.h"

namespace salkku::gui {

using core::Comparison;

namespace {

// The controller's own errors are about no file; the store's name the portfolio.
QString describe(const core::Error &error)
{
    return error.file.isEmpty() ? error.message : error.toString();
}

} // namespace

CompareController::CompareController(models::ComparisonModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{}

core::Result<core::ComparedItem> CompareController::load(const core::ItemRef &ref)
{
    if (!m_store)
        return core::Error{QString(), 0, tr("No portfolio is open.")};
    auto page = m_store->page(ref.pageId);
    SALKKU_TRY(page);
    auto item = core::ComparedItem::fromPage(page.value().record, ref.pageId, ref.subArea);
    if (!item)
        return core::Error{QString(), 0,
                           tr("%1 has no sub-area %2.").arg(page.value().record.name).arg(ref.subArea)};
    return std::move(*item);
}

QString CompareController::compare(const QList<core::ItemRef> &refs)
{
    Comparison comparison;
    QStringList errors;
    for (const core::ItemRef &ref : refs) {
        if (comparison.isFull())
            break;
        if (auto item = load(ref))
            comparison.append(std::move(item).value());
        else
            errors.append(describe(item.error()));
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
    auto item = load(ref);
    if (!item)
        return describe(item.error());
    if (!m_model->addItem(item.value()))
        return tr("%1 is already in the comparison.").arg(item.value().heading());
    return tr("Added %1 to the comparison.").arg(item.value().heading());
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
    QString message = compare(refs);
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
