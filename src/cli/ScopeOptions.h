#pragma once

#include "core/Result.h"
#include "storage/PortfolioStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace salkku::cli {

// --collection and --tag: what list, export-pdf and export-csv take to work on a coordinator's part of the
// portfolio.
class ScopeOptions
{
public:
    explicit ScopeOptions(QCommandLineParser &parser);

    bool isSet() const;
    // The filter narrowed to the collection (by name or number) and the tag; an unknown collection is an
    // error naming the ones there are.
    core::Result<void> apply(storage::PortfolioStore &store, storage::BrowseFilter &filter) const;

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_collection;
    QCommandLineOption m_tag;
};

} // namespace salkku::cli
