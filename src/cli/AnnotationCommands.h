#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// The coordinator's own layer on the command line (see docs/cli.md): each takes a subcommand first.

// `salkku tag add|remove REF TAG...`, `salkku tag list [REF]`
class TagCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// `salkku note add REF TEXT...`, `note list REF`, `note edit ID TEXT...`, `note remove ID`
class NoteCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// `salkku status set REF STATUS [--due DATE|--no-due]`, `status list [--status S] [--due-by DATE]`
class StatusCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
