#include "ScopeOptions.h"

#include "CommandSupport.h"

namespace salkku::cli {

ScopeOptions::ScopeOptions(QCommandLineParser &parser)
    : m_parser(parser),
      m_collection(QStringLiteral("collection"),
                   tr("Only the projects of this collection (its name or number)."), QStringLiteral("NAME")),
      m_tag(QStringLiteral("tag"), tr("Only the projects with this tag (on them or on a sub-area)."),
            QStringLiteral("TAG"))
{
    m_parser.addOption(m_collection);
    m_parser.addOption(m_tag);
}

bool ScopeOptions::isSet() const
{
    return m_parser.isSet(m_collection) || m_parser.isSet(m_tag);
}

core::Result<void> ScopeOptions::apply(storage::PortfolioStore &store, storage::BrowseFilter &filter) const
{
    if (m_parser.isSet(m_tag))
        filter.tag = m_parser.value(m_tag);
    if (!m_parser.isSet(m_collection))
        return {};
    const QString wanted = m_parser.value(m_collection);
    auto found = store.coordinator().findCollection(wanted);
    SALKKU_TRY(found);
    if (!found.value()) {
        auto all = store.coordinator().collections();
        SALKKU_TRY(all);
        QStringList names;
        for (const storage::CollectionSummary &collection : all.value())
            names.append(collection.name);
        return core::Error{
            QString(), 0,
            names.isEmpty()
                ? tr("no collection “%1”: there are no collections yet").arg(wanted)
                : tr("no collection “%1”; there are: %2").arg(wanted, names.join(QStringLiteral(", ")))};
    }
    filter.collection = found.value()->id;
    return {};
}

} // namespace salkku::cli
