#pragma once

#include "core/Result.h"
#include "storage/PortfolioStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace salkku::cli {

// What the portfolio commands share: --db, --read-only, parsing with "salkku COMMAND" as the program name.
class CommandSupport
{
public:
    CommandSupport(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    // Parses; on --help prints help and returns 0, on a usage error prints it and returns 2.
    std::optional<int> parse(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // The portfolio --db, $SALKKU_DB or the default names. mustExist: a command that only reads.
    core::Result<std::unique_ptr<storage::PortfolioStore>> openStore(bool mustExist);
    int usageError(const QString &message, QTextStream &err);
    // Prints an error (FILE:LINE: message, or "salkku COMMAND: message" when it is about no file) and
    // returns 1.
    int failure(const core::Error &error, QTextStream &err);

private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_db;
    QCommandLineOption m_readOnly;
};

// The parser's help text with "salkku COMMAND" as the program in its usage line, where Qt writes the program
// as it was started (argv[0]: "salkku", "./bin/salkku" or a whole path) without the command.
QString commandHelp(const QCommandLineParser &parser, const QString &command);

// core::yearsText, or "–" when no year is known (a column must say something).
QString yearsText(const std::optional<int> &start, const std::optional<int> &end);

// The command line's messages, in the context "salkku::cli"; n: the number for plural forms.
QString tr(const char *text, int n = -1);

} // namespace salkku::cli
