#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace salkku::storage {

enum class Backend
{
    SQLite,     // a portfolio file: one person's, the default
    PostgreSQL, // a team's shared portfolio on a PostgreSQL server
};

// Where a portfolio is: a SQLite file, or a PostgreSQL database given as a libpq URI
// (postgresql://user@host:port/dbname?sslmode=require) or a libpq service name (service=team). A password
// never comes this way: libpq reads it from ~/.pgpass, PGPASSWORD or the service file, so that Salkku never
// stores or shows one.
struct Location
{
    Backend backend = Backend::SQLite;
    QString path; // the SQLite file

    // The server (empty: libpq's default, from the environment or the service file).
    QString host; // a name, an address or the folder of a Unix socket
    int port = 0;
    QString user;
    QString database;
    QStringList options; // further libpq keywords, "key=value" (sslmode, service, connect_timeout, …)

    static core::Result<Location> parse(const QString &text);
    static bool isServerAddress(const QString &text);
    static Location file(const QString &path);

    // The location for messages and titles: the path, or the server address without any password.
    QString display() const;
};

} // namespace salkku::storage
