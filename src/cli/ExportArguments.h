#pragma once

#include "CommandSupport.h"
#include "core/Result.h"

#include <QCommandLineOption>
#include <QString>

namespace salkku::cli {

// What export-pdf and export-csv share: --out, --language, --region, --compare and the references after it.
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
    bool hasRegion() const;
    // The region's nominative name (any form of it will do on the command line).
    core::Result<QString> region() const;
    // What the running header calls the portfolio: its file's name without the extension.
    static QString portfolioName(const QString &path);

private:
    CommandSupport &m_command;
    QCommandLineOption m_out;
    QCommandLineOption m_language;
    QCommandLineOption m_region;
    QCommandLineOption m_compare;
};

} // namespace salkku::cli
