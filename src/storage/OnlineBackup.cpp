#include "OnlineBackup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <sqlite3.h>

namespace salkku::storage::OnlineBackup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("salkku::storage", text);
}

// The destination connection, closed however copy() returns.
class Destination
{
public:
    explicit Destination(const QString &path)
    {
        m_status = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    }
    ~Destination() { sqlite3_close_v2(m_handle); }
    Destination(const Destination &) = delete;
    Destination &operator=(const Destination &) = delete;

    bool opened() const { return m_status == SQLITE_OK; }
    sqlite3 *handle() const { return m_handle; }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

private:
    sqlite3 *m_handle = nullptr;
    int m_status = SQLITE_ERROR;
};

// The whole database in one step: one read transaction on the source, so the copy is of one moment. In WAL
// mode that read does not stop writers. A writer of the same connection is never in the way (one thread);
// another program's checkpoint can make a step busy for a moment: a few more tries.
int copyPages(sqlite3 *source, sqlite3 *destination)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqlite3_errcode(destination);
    int status = SQLITE_OK;
    for (int attempt = 0; attempt < 100; ++attempt) {
        status = sqlite3_backup_step(backup, -1);
        if (status != SQLITE_BUSY && status != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    return status == SQLITE_DONE ? SQLITE_OK : status;
}

core::Result<void> writeCopy(sqlite3 *source, const QString &partial)
{
    Destination destination(partial);
    if (!destination.opened())
        return core::Error{partial, 0, tr("cannot write the backup: %1").arg(destination.message())};
    const int status = copyPages(source, destination.handle());
    if (status != SQLITE_OK)
        return core::Error{
            partial, 0,
            tr("cannot back the portfolio up: %1").arg(QString::fromUtf8(sqlite3_errstr(status)))};
    // One file, nothing beside it: the copy leaves WAL mode, and its pages are on disk before the rename.
    char *error = nullptr;
    if (sqlite3_exec(destination.handle(),
                     "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"
                     " PRAGMA user_version",
                     nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "");
        sqlite3_free(error);
        return core::Error{partial, 0, tr("cannot finish the backup: %1").arg(message)};
    }
    return {};
}

} // namespace

core::Result<void> copy(sqlite3 *source, const QString &sourcePath, const QString &target)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(sourcePath).absoluteFilePath())
        return core::Error{target, 0, tr("a backup cannot replace the portfolio it is made of")};
    if (targetInfo.isDir())
        return core::Error{target, 0, tr("is a folder: name a file for the backup")};
    const QString partial = targetInfo.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    if (auto written = writeCopy(source, partial); !written) {
        QFile::remove(partial);
        return written.error();
    }
    // rename(2) replaces the target in one step: never half a backup under its name.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(targetInfo.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial);
        return core::Error{target, 0, tr("cannot write the backup here")};
    }
    return {};
}

} // namespace salkku::storage::OnlineBackup
