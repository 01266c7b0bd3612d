#pragma once

#include "CommandSupport.h"

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <span>

namespace salkku::cli {

// What a subcommand (`salkku tag add …`) gets: the command with its parsed options, the open portfolio, its
// arguments after the subcommand's name, and where to print.
struct Job
{
    CommandSupport &command;
    storage::PortfolioStore &store;
    QStringList arguments;
    bool json; // --json
    QTextStream &out;
    QTextStream &err;

    int fail(const core::Error &error) { return command.failure(error, err); }
    void print(const QJsonValue &value);
};

struct Subcommand
{
    const char *name;
    int minimumArguments; // after the subcommand's name
    int (*run)(Job &);
};

// Parses, picks the subcommand named by the first positional argument, checks its number of arguments,
// opens the portfolio and runs it.
int dispatch(CommandSupport &command, const QCommandLineOption &json, std::span<const Subcommand> subcommands,
             const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace salkku::cli
