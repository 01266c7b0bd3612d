#pragma once

#include "StorageTypes.h"
#include "core/PageRecord.h"
#include "core/Result.h"

#include <QString>

#include <optional>

namespace salkku::storage {

namespace sql {
class Statements;
}

// Pages in the tables: writes a record with everything in it, reads one back whole. Runs inside the caller's
// transaction. Internal to the storage layer.
class PageRepository
{
public:
    explicit PageRepository(sql::Statements &statements);

    // What makes two exports the same page: kind, name (case and normalisation aside) and region.
    static QString identityOf(const core::PageRecord &record);

    struct Existing
    {
        qint64 id = 0;
        qint64 sourceId = 0;
        QString sha256;
        QString importerVersion;
        std::optional<QDate> modified;
    };
    core::Result<std::optional<Existing>> find(const QString &identity);

    core::Result<qint64> insertSource(const SourceInfo &source, const QString &encoding);
    core::Result<qint64> insert(const core::PageRecord &record, const QString &identity, qint64 sourceId);
    // Replaces everything of a page in place, keeping its id.
    std::optional<core::Error> replace(qint64 id, const core::PageRecord &record, qint64 sourceId);
    std::optional<core::Error> removeSourceIfUnused(qint64 sourceId);
    // People, organisations, topics and phenomena no page refers to any more.
    std::optional<core::Error> removeOrphans();

    core::Result<StoredPage> load(qint64 id);

private:
    std::optional<core::Error> writeChildren(qint64 id, const core::PageRecord &record);
    std::optional<core::Error> deleteChildren(qint64 id);
    core::Result<qint64> nameId(const char *table, const QString &name);
    QVariantList pageColumns(const core::PageRecord &record, qint64 sourceId);

    sql::Statements &m_statements;
};

} // namespace salkku::storage
