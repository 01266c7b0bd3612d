#include "ExportArguments.h"

#include "core/Comparison.h"
#include "export/Translations.h"
#include "import/Gazetteer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace salkku::cli {

ExportArguments::ExportArguments(CommandSupport &command)
    : m_command(command), m_out(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")),
      m_language(QStringLiteral("language"),
                 tr("The language of the headings: fi or en (default: the system's, %1).")
                     .arg(exporting::Translations::systemDefault()),
                 QStringLiteral("fi|en")),
      m_region(QStringLiteral("region"), tr("Only the projects of this region (any form of its name)."),
               QStringLiteral("R")),
      m_compare(
          QStringLiteral("compare"),
          tr("Compare 2–6 projects or sub-areas, named after the options: ID, NAME, ID#N (sub-area N).")),
      m_scope(command.parser())
{
    QCommandLineParser &parser = m_command.parser();
    parser.addOption(m_out);
    parser.addOption(m_language);
    parser.addOption(m_region);
    parser.addOption(m_compare);
    parser.addPositionalArgument(QStringLiteral("REF"), tr("With --compare: what to compare."),
                                 QStringLiteral("[REF...]"));
}

QString ExportArguments::problem() const
{
    const QCommandLineParser &parser = m_command.parser();
    if (!parser.isSet(m_out) || parser.value(m_out).isEmpty())
        return tr("name the file to write with --out FILE");
    if (parser.isSet(m_language) && !exporting::Translations::available().contains(parser.value(m_language)))
        return tr("--language is fi or en, not “%1”").arg(parser.value(m_language));
    const qsizetype references = parser.positionalArguments().size();
    if (!comparing() && references > 0)
        return tr("unexpected argument “%1” (references to compare follow --compare)")
            .arg(parser.positionalArguments().front());
    if (comparing() && (references < kMinCompared || references > core::Comparison::kMaxItems))
        return tr("--compare takes %1 to %2 references, not %3")
            .arg(kMinCompared)
            .arg(core::Comparison::kMaxItems)
            .arg(references);
    if (comparing() && hasScope())
        return tr("--region, --collection and --tag do not go with --compare");
    return QString();
}

QString ExportArguments::out() const
{
    return m_command.parser().value(m_out);
}

QString ExportArguments::language() const
{
    return m_command.parser().isSet(m_language) ? m_command.parser().value(m_language)
                                                : exporting::Translations::systemDefault();
}

bool ExportArguments::comparing() const
{
    return m_command.parser().isSet(m_compare);
}

QStringList ExportArguments::references() const
{
    return m_command.parser().positionalArguments();
}

bool ExportArguments::hasScope() const
{
    return m_command.parser().isSet(m_region) || m_scope.isSet();
}

core::Result<storage::BrowseFilter> ExportArguments::scope(storage::PortfolioStore &store) const
{
    storage::BrowseFilter filter;
    if (m_command.parser().isSet(m_region)) {
        const QString wanted = m_command.parser().value(m_region);
        const importer::Region *region = importer::Gazetteer::builtIn().findIn(wanted);
        if (region == nullptr)
            return core::Error{QString(), 0, tr("no such region: %1").arg(wanted)};
        filter.region = region->name;
    }
    SALKKU_TRY(m_scope.apply(store, filter));
    return filter;
}

QString ExportArguments::portfolioName(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

} // namespace salkku::cli
