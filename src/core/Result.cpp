#include "Result.h"

namespace salkku::core {

QString Error::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        where += u':' + QString::number(line);
    return where + QStringLiteral(": ") + message;
}

} // namespace salkku::core
