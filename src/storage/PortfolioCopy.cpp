#include "PortfolioCopy.h"

#include "PageRepository.h"
#include "core/RecordJson.h"
#include "core/UserLayerJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace salkku::storage {

namespace {

QString identityKey(const core::PageIdentity &page)
{
    return core::pageKindKey(page.kind) + u'\x1f' + core::pagePartKey(page.part) + u'\x1f' + page.name +
           u'\x1f' + page.region;
}

// The layer in an order of its own (each backend sorts text in its own way).
core::UserLayer sortedLayer(core::UserLayer layer)
{
    std::sort(layer.items.begin(), layer.items.end(),
              [](const core::AnnotatedItem &a, const core::AnnotatedItem &b) {
                  return std::pair(identityKey(a.page), a.subArea) <
                         std::pair(identityKey(b.page), b.subArea);
              });
    std::sort(
        layer.collections.begin(), layer.collections.end(),
        [](const core::CollectionContents &a, const core::CollectionContents &b) { return a.name < b.name; });
    return layer;
}

// The trash by the removed pages' identities.
core::Result<QMap<QString, QDateTime>> trashByIdentity(PortfolioStore &store)
{
    auto trash = store.coordinator().trash();
    SALKKU_TRY(trash);
    QMap<QString, QDateTime> result;
    for (const TrashEntry &entry : trash.value()) {
        auto page = store.page(entry.pageId);
        SALKKU_TRY(page);
        result.insert(PageRepository::identityOf(page.value().record), entry.trashedAt);
    }
    return result;
}

} // namespace

core::Result<QByteArray> PortfolioCopy::checksum(PortfolioStore &store)
{
    auto ids = store.allPageIds();
    SALKKU_TRY(ids);
    QMap<QString, QByteArray> pages; // by identity
    for (const qint64 id : ids.value()) {
        auto page = store.page(id);
        SALKKU_TRY(page);
        QJsonObject json = core::RecordJson::toJson(page.value().record);
        json.insert(QStringLiteral("source_sha256"), page.value().source.sha256);
        pages.insert(PageRepository::identityOf(page.value().record),
                     QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = pages.constBegin(); it != pages.constEnd(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(it.value());
    }
    auto trash = trashByIdentity(store);
    SALKKU_TRY(trash);
    for (auto it = trash.value().constBegin(); it != trash.value().constEnd(); ++it)
        hash.addData((it.key() + it.value().toString(Qt::ISODateWithMs)).toUtf8());
    auto layer = store.coordinator().exportLayer();
    SALKKU_TRY(layer);
    hash.addData(core::UserLayerJson::toJson(sortedLayer(layer.value())));
    return hash.result().toHex();
}

core::Result<PortfolioCopy::Report> PortfolioCopy::run(PortfolioStore &from, PortfolioStore &to,
                                                       const Progress &progress)
{
    if (to.readOnly())
        return core::Error{to.path(), 0,
                           QCoreApplication::translate("salkku::storage", "the portfolio is open read-only")};
    Report report;
    auto ids = from.allPageIds();
    SALKKU_TRY(ids);
    report.pages = static_cast<int>(ids.value().size());
    for (const qint64 id : ids.value()) {
        auto page = from.page(id);
        SALKKU_TRY(page);
        auto stored = to.store(page.value().record, page.value().source);
        if (!stored)
            return core::Error{stored.error().file, stored.error().line,
                               QCoreApplication::translate("salkku::storage", "copying %1: %2")
                                   .arg(page.value().record.file, stored.error().message)};
        if (stored.value().status == StoreStatus::Unchanged)
            ++report.unchanged;
        else
            ++report.copied;
        if (progress && !progress(report.copied + report.unchanged, report.pages))
            return core::Error{to.path(), 0,
                               QCoreApplication::translate(
                                   "salkku::storage", "the copy was stopped after %1 of %2 pages; run it "
                                                      "again to go on")
                                   .arg(report.copied + report.unchanged)
                                   .arg(report.pages)};
    }
    auto layer = from.coordinator().exportLayer();
    SALKKU_TRY(layer);
    auto merged = to.coordinator().importLayer(layer.value());
    SALKKU_TRY(merged);
    report.layer = merged.value();

    // The trash: what was removed in the source is removed in the target, at the same time.
    auto removed = trashByIdentity(from);
    SALKKU_TRY(removed);
    auto alreadyRemoved = trashByIdentity(to);
    SALKKU_TRY(alreadyRemoved);
    for (const qint64 id : ids.value()) {
        auto page = from.page(id);
        SALKKU_TRY(page);
        const QString identity = PageRepository::identityOf(page.value().record);
        if (!removed.value().contains(identity) || alreadyRemoved.value().contains(identity))
            continue;
        auto target = to.pageIdOf(identity);
        SALKKU_TRY(target);
        SALKKU_TRY(to.coordinator().moveToTrash(target.value(), removed.value().value(identity)));
        ++report.trashed;
    }

    auto source = checksum(from);
    SALKKU_TRY(source);
    auto copy = checksum(to);
    SALKKU_TRY(copy);
    if (source.value() != copy.value())
        return core::Error{to.path(), 0,
                           QCoreApplication::translate(
                               "salkku::storage", "the copy differs from the original (it held other pages "
                                                  "or annotations before): checksum %1, original %2")
                               .arg(QString::fromLatin1(copy.value()), QString::fromLatin1(source.value()))};
    report.checksum = source.value();
    return report;
}

} // namespace salkku::storage
