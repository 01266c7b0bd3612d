#include "ServerCancel.h"

#include <QLibrary>

#include <array>
#include <libpq-fe.h> // the functions' types only: libpq itself is found at run time

namespace salkku::storage::ServerCancel {

namespace {

// libpq's three functions, resolved once. The library stays loaded: the driver holds it, and so does this.
struct LibPq
{
    decltype(&PQgetCancel) getCancel = nullptr;
    decltype(&PQcancel) cancel = nullptr;
    decltype(&PQfreeCancel) freeCancel = nullptr;

    bool usable() const { return getCancel && cancel && freeCancel; }

    static const LibPq &instance()
    {
        static const LibPq libPq = [] {
            QLibrary library(QStringLiteral("pq"), 5); // libpq.so.5, the one Qt's driver is built against
            LibPq resolved;
            if (!library.load())
                return resolved;
            resolved.getCancel = reinterpret_cast<decltype(&PQgetCancel)>(library.resolve("PQgetCancel"));
            resolved.cancel = reinterpret_cast<decltype(&PQcancel)>(library.resolve("PQcancel"));
            resolved.freeCancel = reinterpret_cast<decltype(&PQfreeCancel)>(library.resolve("PQfreeCancel"));
            return resolved;
        }();
        return libPq;
    }
};

} // namespace

std::shared_ptr<pg_cancel> forConnection(const QVariant &driverHandle)
{
    // Qt names the type as libpq declares it (struct pg_conn).
    if (!driverHandle.isValid() || (qstrcmp(driverHandle.typeName(), "pg_conn*") != 0 &&
                                    qstrcmp(driverHandle.typeName(), "PGconn*") != 0))
        return {};
    PGconn *connection = *static_cast<PGconn *const *>(driverHandle.constData());
    const LibPq &libPq = LibPq::instance();
    if (!connection || !libPq.usable())
        return {};
    return {libPq.getCancel(connection), libPq.freeCancel};
}

bool send(pg_cancel *cancel)
{
    const LibPq &libPq = LibPq::instance();
    if (!cancel || !libPq.usable())
        return false;
    std::array<char, 256> why{};
    return libPq.cancel(cancel, why.data(), static_cast<int>(why.size())) == 1;
}

} // namespace salkku::storage::ServerCancel
