#pragma once

#include <QString>

namespace salkku::cli {

// The manual page salkku(1), in roff (man macros), made from the texts `salkku --help` and `salkku COMMAND
// --help` print, so that the two cannot say different things. The build writes it with the hidden option
// `salkku --man` and installs it in share/man/man1.
class ManualPage
{
public:
    static QString text();
    // A line of plain text as roff: backslashes and hyphens escaped, other than ASCII as \[uXXXX], a line
    // that begins with a period or an apostrophe guarded, so that it reads as text and never as a request.
    static QString escaped(const QString &line);
};

} // namespace salkku::cli
