#include "CommandSupport.h"

#include "CommandLine.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace salkku::cli {

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("salkku::cli", text, nullptr, n);
}

CommandSupport::CommandSupport(const QString &command, const QString &description)
    : m_command(command),
      m_db(QStringLiteral("db"),
           tr("The portfolio: a file (default: $SALKKU_DB, else the user's portfolio), or a team's shared "
              "portfolio on PostgreSQL (postgresql://user@host:port/database or service=name)."),
           QStringLiteral("PATH")),
      m_readOnly(QStringLiteral("read-only"), tr("Open the portfolio read-only."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_db);
    m_parser.addOption(m_readOnly);
}

std::optional<int> CommandSupport::parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    args[0] = QStringLiteral("salkku ") + m_command;
    if (!m_parser.parse(args))
        return usageError(m_parser.errorText(), err);
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(m_parser, m_command);
        return CommandLine::Success;
    }
    return std::nullopt;
}

int CommandSupport::usageError(const QString &message, QTextStream &err)
{
    err << "salkku " << m_command << ": " << message << "\n\n" << commandHelp(m_parser, m_command);
    return CommandLine::Usage;
}

int CommandSupport::failure(const core::Error &error, QTextStream &err)
{
    if (error.file.isEmpty())
        err << "salkku " << m_command << ": " << error.message << '\n';
    else
        err << error.toString() << '\n';
    return CommandLine::Failure;
}

core::Result<std::unique_ptr<storage::PortfolioStore>> CommandSupport::openStore(bool mustExist)
{
    const QString path = m_parser.isSet(m_db) ? m_parser.value(m_db) : storage::PortfolioStore::defaultPath();
    if (mustExist && !storage::Location::isServerAddress(path) && !QFileInfo::exists(path))
        return core::Error{path, 0, tr("no portfolio here yet: import pages first (salkku import FILE...)")};
    storage::DatabaseOptions options;
    options.readOnly = m_parser.isSet(m_readOnly);
    return storage::PortfolioStore::open(path, options);
}

QString commandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    // Qt's usage line: "Usage: " + the first of QCoreApplication::arguments() (a placeholder without an
    // application) + " [options]" and the positional arguments.
    const QString program = QCoreApplication::instance() != nullptr ? QCoreApplication::arguments().value(0)
                                                                    : QStringLiteral("<executable_name>");
    const qsizetype at = program.isEmpty() ? -1 : text.left(text.indexOf(u'\n')).indexOf(program);
    if (at >= 0)
        text.replace(at, program.size(), QStringLiteral("salkku ") + command);
    return text;
}

QString yearsText(const std::optional<int> &start, const std::optional<int> &end)
{
    const QString years = core::yearsText(start, end);
    return years.isEmpty() ? QStringLiteral("–") : years;
}

} // namespace salkku::cli
