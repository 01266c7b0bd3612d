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

    // What makes two exports the same page: kind, part, name (case and normalisation aside) and region.
    static QString identityOf(const core::PageRecord &record);
    // The name as pages are linked by it (case and normalisation aside); for a page without a name, its
    // file's.
    static QString nameKey(const core::PageRecord &record);

    struct Existing
    {
        qint64 id = 0;
        qint64 sourceId = 0;
        QString sha256;
        QString importerVersion;
        std::optional<QDate> modified;
        QString identity;
        bool trashed = false;
    };
    // The stored page this record is a version of: the same identity; else the page stored from the same
    // bytes (an older Salkku read another name, region or kind from them); else the page of the same kind,
    // part and name with no region, or the record has none. Nothing when no page or more than one fits.
    core::Result<std::optional<Existing>> find(const core::PageRecord &record, const QString &sha256);

    core::Result<qint64> insertSource(const SourceInfo &source, const QString &encoding);
    core::Result<qint64> insert(const core::PageRecord &record, qint64 sourceId);
    // Replaces everything of a page in place, keeping its id.
    core::Result<void> replace(qint64 id, const core::PageRecord &record, qint64 sourceId);
    core::Result<void> removeSourceIfUnused(qint64 sourceId);
    // People, organisations, topics and phenomena no page refers to any more.
    core::Result<void> removeOrphans();

    core::Result<StoredPage> load(qint64 id);

private:
    core::Result<std::optional<Existing>> findOne(const QString &where, const QVariantList &values);
    core::Result<void> writeChildren(qint64 id, const core::PageRecord &record);
    core::Result<void> writeSubAreas(qint64 id, const QList<core::SubArea> &subAreas);
    // Names shared between pages (topics, phenomena), linked by position.
    core::Result<void> writeNamed(qint64 id, const char *names, const char *links, const char *column,
                                  const QStringList &values);
    // Plain lists of names (funders, places), by position.
    core::Result<void> writeStrings(qint64 id, const char *table, const QStringList &values);
    core::Result<void> deleteChildren(qint64 id);
    core::Result<void> loadChildren(qint64 id, core::PageRecord &record);
    core::Result<QList<core::SubArea>> loadSubAreas(qint64 id);
    core::Result<void> loadStrings(qint64 id, core::PageRecord &record);
    core::Result<qint64> nameId(const char *table, const QString &name);
    QVariantList pageColumns(const core::PageRecord &record, qint64 sourceId);

    sql::Statements &m_statements;
};

} // namespace salkku::storage
