#include "Subcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

void Job::print(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

int dispatch(CommandSupport &command, const QCommandLineOption &json, std::span<const Subcommand> subcommands,
             const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    const QStringList positional = command.parser().positionalArguments();
    if (positional.isEmpty())
        return command.usageError(tr("name what to do"), err);
    for (const Subcommand &subcommand : subcommands) {
        if (positional.front() != QLatin1String(subcommand.name))
            continue;
        if (positional.size() - 1 < subcommand.minimumArguments)
            return command.usageError(tr("%1 needs more arguments").arg(positional.front()), err);
        auto store = command.openStore(true);
        if (!store)
            return command.failure(store.error(), err);
        Job job{command, *store.value(), positional.mid(1), command.parser().isSet(json), out, err};
        return subcommand.run(job);
    }
    return command.usageError(tr("unknown subcommand “%1”").arg(positional.front()), err);
}

} // namespace salkku::cli
