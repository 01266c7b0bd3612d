#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku remove REF...|--samples`: pages to the trash, with their parts and a project's practices.
class RemoveCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// `salkku restore REF...`: pages back from the trash, with everything of the coordinator's on them.
class RestoreCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// `salkku trash [--empty]`: what is in the trash; emptying it deletes for good.
class TrashCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
