#include "ServerSetup.h"

#include "Database.h"
#include "Migrations.h"
#include "SqlSupport.h"

#include <QCoreApplication>

namespace salkku::storage {

namespace {

DatabaseOptions serverOnly()
{
    DatabaseOptions options;
    options.serverOnly = true;
    return options;
}

// The server's maintenance database, where databases are created and dropped.
Location maintenance(const Location &location)
{
    Location other = location;
    other.database = QStringLiteral("postgres");
    return other;
}

QString identifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

core::Result<bool> createDatabaseIfMissing(const Location &location)
{
    if (location.database.isEmpty() || location.database == QLatin1String("postgres"))
        return false;
    auto server = Database::open(maintenance(location), serverOnly());
    if (!server) // no right to the maintenance database: the database must be there already
        return false;
    sql::Statements statements(server.value()->connection(), server.value()->path());
    auto exists = statements.scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"),
                                    {location.database});
    SALKKU_TRY(exists);
    if (exists.value().toInt() > 0)
        return false;
    SALKKU_TRY(statements.run(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0")
                                  .arg(identifier(location.database))));
    return true;
}

} // namespace

core::Result<ServerSetup::Report> ServerSetup::initialize(const Location &location)
{
    if (location.backend != Backend::PostgreSQL)
        return core::Error{location.display(), 0,
                           QCoreApplication::translate("salkku::storage",
                                                       "server-init needs a PostgreSQL address "
                                                       "(postgresql://user@host/database or service=name)")};
    Report report;
    auto created = createDatabaseIfMissing(location);
    SALKKU_TRY(created);
    report.createdDatabase = created.value();
    DatabaseOptions initializing;
    initializing.initializeServer = true;
    auto database = Database::open(location, initializing);
    SALKKU_TRY(database);
    report.schemaVersion = Migrations::currentVersion(*database.value());
    return report;
}

core::Result<void> ServerSetup::grant(const Location &location, const QString &user, Role role)
{
    auto database = Database::open(location, serverOnly());
    SALKKU_TRY(database);
    sql::Statements statements(database.value()->connection(), database.value()->path());
    const char *name = role == Role::Reader ? Migrations::kReaderRole : Migrations::kEditorRole;
    auto granted =
        statements.run(QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(name), identifier(user)));
    if (!granted)
        return core::Error{
            location.display(), 0,
            QCoreApplication::translate("salkku::storage", "cannot make “%1” a member of %2: %3")
                .arg(user, QLatin1String(name), granted.error().message)};
    return {};
}

core::Result<void> ServerSetup::dropDatabase(const Location &location)
{
    auto server = Database::open(maintenance(location), serverOnly());
    SALKKU_TRY(server);
    sql::Statements statements(server.value()->connection(), server.value()->path());
    return statements.run(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(identifier(location.database)));
}

} // namespace salkku::storage
