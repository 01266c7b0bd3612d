#include "ServerInitCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "storage/Migrations.h"
#include "storage/ServerSetup.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

int ServerInitCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("server-init"),
        tr("Sets up a shared portfolio on a PostgreSQL server: the database (when the user may create it), "
           "the "
           "schema \"salkku\" with the portfolio's tables, and the roles salkku_reader and salkku_editor. "
           "Run it "
           "once, as the server's administrator; then grant the roles to the team (GRANT salkku_editor TO "
           "anna). Running it again changes nothing. ADDRESS is postgresql://user@host:port/database or "
           "service=name; the password comes from ~/.pgpass, PGPASSWORD or the service file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption reader(QStringLiteral("reader"),
                                    tr("Make this server user a reader (may be given several times)."),
                                    QStringLiteral("USER"));
    const QCommandLineOption editor(QStringLiteral("editor"),
                                    tr("Make this server user an editor (may be given several times)."),
                                    QStringLiteral("USER"));
    command.parser().addOption(json);
    command.parser().addOption(reader);
    command.parser().addOption(editor);
    command.parser().addPositionalArgument(QStringLiteral("ADDRESS"), tr("The server and database."));
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() != 1)
        return command.usageError(tr("name one PostgreSQL address"), err);
    auto location = storage::Location::parse(positional.front());
    if (!location)
        return command.failure(location.error(), err);
    auto report = storage::ServerSetup::initialize(location.value());
    if (!report)
        return command.failure(report.error(), err);
    using Role = storage::ServerSetup::Role;
    for (const auto &[option, role] : {std::pair{&reader, Role::Reader}, std::pair{&editor, Role::Editor}})
        for (const QString &user : command.parser().values(*option))
            if (auto granted = storage::ServerSetup::grant(location.value(), user, role); !granted)
                return command.failure(granted.error(), err);
    if (command.parser().isSet(json)) {
        out << QString::fromUtf8(
                   QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("address"), location.value().display()},
                           {QStringLiteral("created_database"), report.value().createdDatabase},
                           {QStringLiteral("schema_version"), report.value().schemaVersion},
                           {QStringLiteral("reader_role"), QLatin1String(storage::Migrations::kReaderRole)},
                           {QStringLiteral("editor_role"), QLatin1String(storage::Migrations::kEditorRole)}})
                       .toJson(QJsonDocument::Compact))
            << '\n';
    } else {
        out << location.value().display() << ": "
            << (report.value().createdDatabase ? tr("database created; ") : QString())
            << tr("shared portfolio ready (schema version %1). Grant %2 or %3 to the team's users.")
                   .arg(report.value().schemaVersion)
                   .arg(QLatin1String(storage::Migrations::kReaderRole),
                        QLatin1String(storage::Migrations::kEditorRole))
            << '\n';
    }
    return CommandLine::Success;
}

} // namespace salkku::cli
