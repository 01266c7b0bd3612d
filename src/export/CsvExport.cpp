#include "CsvExport.h"

#include "CsvWriter.h"
#include "storage/PortfolioStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace salkku::exporting {

namespace {

QString kindText(core::PageKind kind)
{
    switch (kind) {
    case core::PageKind::Project:
        return QCoreApplication::translate("salkku::export", "project");
    case core::PageKind::Practice:
        return QCoreApplication::translate("salkku::export", "practice");
    case core::PageKind::Article:
        return QCoreApplication::translate("salkku::export", "article");
    }
    return {};
}

QString year(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

core::Result<QByteArray> CsvExport::projectList(storage::PortfolioStore &store,
                                                const storage::BrowseFilter &filter, QChar separator,
                                                const ExportProgress &progress)
{
    auto summaries = store.pagesByRegion(filter);
    SALKKU_TRY(summaries);
    CsvWriter csv(separator);
    csv.addRow({QCoreApplication::translate("salkku::export", "Id"),
                QCoreApplication::translate("salkku::export", "Name"),
                QCoreApplication::translate("salkku::export", "Kind"),
                QCoreApplication::translate("salkku::export", "Region"),
                QCoreApplication::translate("salkku::export", "Start year"),
                QCoreApplication::translate("salkku::export", "End year"),
                QCoreApplication::translate("salkku::export", "Funder"),
                QCoreApplication::translate("salkku::export", "Sub-areas"),
                QCoreApplication::translate("salkku::export", "Outputs"),
                QCoreApplication::translate("salkku::export", "Topics"),
                QCoreApplication::translate("salkku::export", "Contact"),
                QCoreApplication::translate("salkku::export", "Contact's organisation"),
                QCoreApplication::translate("salkku::export", "E-mail"),
                QCoreApplication::translate("salkku::export", "Tags"),
                QCoreApplication::translate("salkku::export", "Follow-up"),
                QCoreApplication::translate("salkku::export", "Follow-up date")});
    const int total = static_cast<int>(summaries.value().size());
    for (int i = 0; i < total; ++i) {
        if (progress.cancelled())
            return cancelledError(store.path());
        progress.step(ExportStep::Reading, i, total);
        const storage::PageSummary &summary = summaries.value()[i];
        auto page = store.page(summary.id);
        SALKKU_TRY(page);
        const core::PageRecord &record = page.value().record;
        qsizetype outputs = 0;
        for (const core::SubArea &subArea : record.subAreas)
            outputs += subArea.outputs.size();
        csv.addRow({QString::number(summary.id), record.name, kindText(record.kind), record.region,
                    year(record.timeline.startYear), year(record.timeline.endYear), record.funder,
                    QString::number(record.subAreas.size()), QString::number(outputs),
                    record.topics.join(QStringLiteral(", ")), record.contact.name,
                    record.contact.organization, record.contact.email,
                    summary.tags.join(QStringLiteral(", ")),
                    summary.followUp.status == core::FollowUpStatus::None
                        ? QString()
                        : core::followUpStatusLabel(summary.followUp.status),
                    summary.followUp.due ? summary.followUp.due->toString(Qt::ISODate) : QString()});
    }
    progress.step(ExportStep::Reading, total, total);
    return csv.bytes();
}

QByteArray CsvExport::comparison(const core::Comparison &comparison, QChar separator)
{
    CsvWriter csv(separator);
    QStringList headers{QCoreApplication::translate("salkku::export", "Aspect")};
    for (const core::ComparedItem &item : comparison.items())
        headers.append(item.heading());
    csv.addRow(headers);
    for (const core::Aspect aspect : core::comparedAspects()) {
        QStringList row{core::aspectLabel(aspect)};
        for (int item = 0; item < comparison.size(); ++item)
            row.append(comparison.text(aspect, item));
        csv.addRow(row);
    }
    return csv.bytes();
}

core::Result<void> CsvExport::save(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{path, 0, file.errorString()};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return core::Error{path, 0, file.errorString()};
    return {};
}

} // namespace salkku::exporting
