#include "ImportBatch.h"

#include "SqlSupport.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace salkku::storage {

ImportBatch::ImportBatch(sql::Statements &statements, sqlite3 *handle)
    : m_statements(statements), m_handle(handle)
{}

core::Result<std::unique_ptr<ImportBatch>> ImportBatch::begin(sql::Statements &statements, sqlite3 *handle)
{
    std::unique_ptr<ImportBatch> batch(new ImportBatch(statements, handle));
    SALKKU_TRY(statements.run(QStringLiteral("BEGIN IMMEDIATE")));
    batch->m_open = true;
    return batch;
}

ImportBatch::~ImportBatch()
{
    if (m_open && !lost())
        m_statements.run(QStringLiteral("ROLLBACK"));
}

bool ImportBatch::lost() const
{
    return m_handle && sqlite3_get_autocommit(m_handle) != 0;
}

core::Result<void> ImportBatch::commit()
{
    if (!m_open)
        return {};
    SALKKU_TRY(m_index.flush(m_statements));
    SALKKU_TRY(m_statements.run(QStringLiteral("COMMIT")));
    m_open = false;
    return {};
}

PageTransaction::PageTransaction(sql::Statements &statements, ImportBatch *batch)
    : m_statements(statements), m_batch(batch)
{
    if (m_batch) {
        if (m_batch->lost()) {
            m_begun = core::Error{
                statements.path(), 0,
                QCoreApplication::translate("salkku::storage",
                                            "the import's transaction was rolled back after an error")};
            return;
        }
        m_begun = m_statements.run(QStringLiteral("SAVEPOINT salkku_page"));
        m_open = m_begun.ok();
    } else {
        m_transaction = std::make_unique<sql::WriteTransaction>(statements);
        m_begun = m_transaction->begun();
    }
}

PageTransaction::~PageTransaction()
{
    if (!m_batch || !m_open)
        return; // a transaction of its own rolls itself back
    m_batch->index().dropPage();
    if (!m_batch->lost()) {
        m_statements.run(QStringLiteral("ROLLBACK TO salkku_page"));
        m_statements.run(QStringLiteral("RELEASE salkku_page"));
    }
}

core::Result<void> PageTransaction::removeFromIndex(qint64 pageId)
{
    return m_batch ? m_batch->index().remove(m_statements, pageId)
                   : SearchIndex::remove(m_statements, pageId);
}

core::Result<void> PageTransaction::addToIndex(qint64 pageId, const core::PageRecord &record,
                                               const std::optional<SearchIndex::IndexedText> &indexed)
{
    if (!m_batch)
        return SearchIndex::add(m_statements, pageId, record);
    return m_batch->index().add(m_statements, pageId, record, indexed);
}

void PageTransaction::announce(PortfolioChange::Kind kind, const QList<qint64> &pageIds)
{
    if (m_transaction)
        m_transaction->announce(kind, pageIds);
}

core::Result<void> PageTransaction::commit()
{
    if (!m_batch)
        return m_transaction->commit();
    SALKKU_TRY(m_statements.run(QStringLiteral("RELEASE salkku_page")));
    m_open = false;
    m_batch->index().keepPage();
    return {};
}

} // namespace salkku::storage
