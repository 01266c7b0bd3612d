#pragma once

#include "core/PageRecord.h"
#include "storage/PortfolioStore.h"

#include <QTemporaryDir>

#include <memory>

namespace salkku::testing {

// A portfolio in a fresh temporary folder.
class TemporaryPortfolio
{
public:
    TemporaryPortfolio();
    QString path() const { return m_dir.filePath(QStringLiteral("portfolio.sqlite")); }
    QString folder() const { return m_dir.path(); }
    std::unique_ptr<storage::PortfolioStore> open(const storage::DatabaseOptions &options = {}) const;

private:
    QTemporaryDir m_dir;
};

// A parsed page from tests/import/fixtures, data/samples or a text.
core::PageRecord fixtureRecord(const QString &name);
core::PageRecord sampleRecord(const QString &name);
core::PageRecord textRecord(const QString &text, const QString &file = QStringLiteral("page.txt"));

// A small project page in the Innokylä layout.
QString projectPageText(const QString &name, const QString &extra = QString());

// Stores a fixture page (tests/import/fixtures) as a first import; true when it was stored.
bool storeFixture(storage::PortfolioStore &store, const QString &name);

// A source description for a record with the given content hash.
storage::SourceInfo sourceFor(const QString &path, const QString &sha256);

// What a portfolio holds, as JSON text without ids, import times or file paths: equal for equal portfolios.
QString canonicalDump(storage::PortfolioStore &store);

} // namespace salkku::testing
