#pragma once

#include <QVariant>

#include <memory>

struct pg_cancel; // libpq's PGcancel

namespace salkku::storage {

// Cancelling a statement a PostgreSQL server runs: libpq's PQgetCancel, PQcancel and PQfreeCancel.
//
// libpq is not linked: it is found at run time in the process, where Qt's PostgreSQL driver has loaded it by
// the time a server connection is open. Linked, it loads its own libraries (TLS, Kerberos, LDAP: 22 in all)
// into every start of the program, a SQLite file's too: 3.4 ms before `main` (a program linked with Qt
// Widgets and libpq against one linked with Qt Widgets alone, 100 runs each).
namespace ServerCancel {

// The cancel request of a connection, from its driver's handle (QSqlDriver::handle()): what the request
// needs, copied, so sending it never touches the connection. Null when the handle is not libpq's.
std::shared_ptr<pg_cancel> forConnection(const QVariant &driverHandle);

// Asks the server to cancel what the connection runs, and waits for its answer: on a thread that may wait
// for the network. False when the request could not be sent.
bool send(pg_cancel *cancel);

} // namespace ServerCancel

} // namespace salkku::storage
