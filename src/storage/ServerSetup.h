#pragma once

#include "Location.h"
#include "core/Result.h"

#include <QString>

namespace salkku::storage {

// A shared portfolio's set-up on a PostgreSQL server, done once by its administrator
// (`salkku server-init ADDRESS`): the database when it is missing, the schema "salkku" with the portfolio's
// tables, and the roles salkku_reader and salkku_editor (see Migrations), which the administrator then grants
// to the team's users (GRANT salkku_editor TO anna).
class ServerSetup
{
public:
    struct Report
    {
        bool createdDatabase = false;
        int schemaVersion = 0;
    };
    static core::Result<Report> initialize(const Location &location);

    enum class Role
    {
        Reader,
        Editor,
    };
    // Makes an existing server user a member of the readers' or the editors' role (GRANT … TO user).
    static core::Result<void> grant(const Location &location, const QString &user, Role role);

    // Deletes the database with its portfolio (tests, and an administrator cleaning up).
    static core::Result<void> dropDatabase(const Location &location);

    ServerSetup() = delete;
};

} // namespace salkku::storage
