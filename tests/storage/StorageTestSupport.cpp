#include "StorageTestSupport.h"

#include "core/RecordJson.h"
#include "import/InnokylaParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>

namespace salkku::testing {

namespace {

core::PageRecord parseFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    auto result = importer::InnokylaParser::parse(file.readAll(), path);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : core::PageRecord{};
}

} // namespace

TemporaryPortfolio::TemporaryPortfolio()
{
    EXPECT_TRUE(m_dir.isValid());
}

std::unique_ptr<storage::PortfolioStore>
TemporaryPortfolio::open(const storage::DatabaseOptions &options) const
{
    auto store = storage::PortfolioStore::open(path(), options);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().toString().toStdString());
    return store.ok() ? std::move(store).value() : nullptr;
}

core::PageRecord fixtureRecord(const QString &name)
{
    return parseFile(QStringLiteral(SALKKU_FIXTURE_DIR "/") + name);
}

core::PageRecord sampleRecord(const QString &name)
{
    return parseFile(QStringLiteral(SALKKU_SAMPLE_DIR "/") + name);
}

core::PageRecord textRecord(const QString &text, const QString &file)
{
    auto result = importer::InnokylaParser::parse(text.toUtf8(), file);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? result.value() : core::PageRecord{};
}

QString projectPageText(const QString &name, const QString &extra)
{
    return QStringLiteral(
               "Kokonaisuuden nimi\n%1\nLyhyt kuvaus\n\nLyhyesti.\n\nToimiaika\n\nvuosina 2020-2021\n\n"
               "Viimeksi muokattu\n\n01.02.2021\n%2")
        .arg(name, extra);
}

storage::SourceInfo sourceFor(const QString &path, const QString &sha256)
{
    return storage::SourceInfo{path, sha256, 100, QDateTime::currentDateTimeUtc(),
                               QStringLiteral(SALKKU_VERSION)};
}

bool storeFixture(storage::PortfolioStore &store, const QString &name)
{
    const auto stored = store.store(fixtureRecord(name), sourceFor(QStringLiteral("a"), QStringLiteral("1")));
    EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().toString().toStdString());
    return stored.ok();
}

QString canonicalDump(storage::PortfolioStore &store)
{
    storage::ListFilter filter;
    filter.includeArticles = true;
    auto pages = store.list(filter);
    EXPECT_TRUE(pages.ok());
    QStringList objects;
    for (const storage::PageSummary &summary : pages.value()) {
        auto page = store.page(summary.id);
        EXPECT_TRUE(page.ok());
        QJsonObject json = core::RecordJson::toJson(page.value().record);
        json.remove(QStringLiteral("file"));
        json[u"sha256"] = page.value().source.sha256;
        // The links and parts, without the ids, which differ from portfolio to portfolio.
        QJsonArray parts;
        for (const storage::StoredPart &part : page.value().parts) {
            QJsonObject partJson = core::RecordJson::toJson(part.record);
            partJson.remove(QStringLiteral("file"));
            parts.append(partJson);
        }
        json[u"stored_parts"] = parts;
        QJsonArray practices;
        for (const storage::PageLink &link : page.value().practices)
            practices.append(link.name + (link.pageId != 0 ? QStringLiteral(" (imported)") : QString()));
        json[u"stored_practices"] = practices;
        json[u"stored_project"] =
            page.value().project.name +
            (page.value().project.pageId != 0 ? QStringLiteral(" (imported)") : QString());
        objects.append(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    }
    std::sort(objects.begin(), objects.end());
    return objects.join(u'\n');
}

} // namespace salkku::testing
