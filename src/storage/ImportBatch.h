#pragma once

#include "SearchIndex.h"
#include "core/PageRecord.h"
#include "core/Result.h"

#include <memory>
#include <optional>

struct sqlite3;

// Internal to the storage layer.
namespace salkku::storage {

namespace sql {
class Statements;
class WriteTransaction;
} // namespace sql

// One transaction for many pages (PortfolioStore::beginBatch, used by an import): each page is stored in a
// savepoint of its own, so that a page that fails is rolled back alone, and the search index is written for
// all of them at commit (SearchIndex::Batch). A crash or a power cut undoes the pages of the open batch,
// never part of a page; nothing of it is visible to another connection before commit.
class ImportBatch
{
public:
    static core::Result<std::unique_ptr<ImportBatch>> begin(sql::Statements &statements, sqlite3 *handle);
    ~ImportBatch(); // rolls back unless committed
    ImportBatch(const ImportBatch &) = delete;
    ImportBatch &operator=(const ImportBatch &) = delete;

    core::Result<void> commit();
    // Whether SQLite rolled the whole transaction back after an error (a full disk, an I/O error): the
    // pages stored so far in the batch are gone.
    bool lost() const;

    SearchIndex::Batch &index() { return m_index; }
    sql::Statements &statements() { return m_statements; }

private:
    ImportBatch(sql::Statements &statements, sqlite3 *handle);

    sql::Statements &m_statements;
    sqlite3 *m_handle;
    SearchIndex::Batch m_index;
    bool m_open = false;
};

// The transaction of one PortfolioStore::store(): BEGIN IMMEDIATE … COMMIT, or inside a batch SAVEPOINT …
// RELEASE. Rolls back unless committed. The page's changes to the search index go through it: at once in a
// transaction of its own, kept for the batch's commit in a batch.
class PageTransaction
{
public:
    PageTransaction(sql::Statements &statements, ImportBatch *batch);
    ~PageTransaction();
    PageTransaction(const PageTransaction &) = delete;
    PageTransaction &operator=(const PageTransaction &) = delete;

    const core::Result<void> &begun() const { return m_begun; }
    core::Result<void> removeFromIndex(qint64 pageId);
    // `indexed`: the record's text for the index, made ahead (see SearchIndex::Batch::add).
    core::Result<void> addToIndex(qint64 pageId, const core::PageRecord &record,
                                  const std::optional<SearchIndex::IndexedText> &indexed = std::nullopt);
    // See sql::WriteTransaction::announce (a batch is only ever in a file, which announces nothing).
    void announce(PortfolioChange::Kind kind, const QList<qint64> &pageIds);
    core::Result<void> commit();

private:
    sql::Statements &m_statements;
    ImportBatch *m_batch;
    std::unique_ptr<sql::WriteTransaction> m_transaction; // without a batch
    core::Result<void> m_begun;
    bool m_open = false;
};

} // namespace salkku::storage
