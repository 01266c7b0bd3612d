#pragma once

#include <QStringList>
#include <QTextStream>

namespace salkku::cli {

// `salkku parse [--json] FILE...`: prints what each Innokylä export says.
class ParseCommand
{
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace salkku::cli
