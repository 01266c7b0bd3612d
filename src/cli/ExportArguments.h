#pragma once

#include "CommandSupport.h"
#include "ScopeOptions.h"
#include "core/Result.h"

#include <QCommandLineOption>
#include <QString>

namespace salkku::cli {

// What export-pdf and export-csv share: --out, --language, --region, --collection, --tag, --compare and the
// references after it.
class ExportArguments
{
public:
    static constexpr int kMinCompared = 2;

    explicit ExportArguments(CommandSupport &command);

    // After parsing: what is wrong with these options (a usage error), or an empty string.
    QString problem() const;

    QString out() const;
    QString language() const; // "fi" or "en"; the system's by default
    bool comparing() const;
    QStringList references() const; // the positional arguments
    // --region, --collection or --tag: a part of the portfolio.
    bool hasScope() const;
    // The projects those name (any form of the region's name will do on the command line).
    core::Result<storage::BrowseFilter> scope(storage::PortfolioStore &store) const;
    // What the running header calls the portfolio: its file's name without the extension.
    static QString portfolioName(const QString &path);

private:
    CommandSupport &m_command;
    QCommandLineOption m_out;
    QCommandLineOption m_language;
    QCommandLineOption m_region;
    QCommandLineOption m_compare;
    ScopeOptions m_scope;
};

} // namespace salkku::cli
