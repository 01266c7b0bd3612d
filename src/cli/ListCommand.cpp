#include "ListCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "ScopeOptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

namespace {

QJsonValue year(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

int ListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(QStringLiteral("list"),
                           tr("Lists the portfolio's projects, in Finnish alphabetical order."));
    const QCommandLineOption region(QStringLiteral("region"), tr("Only this region (any form of its name)."),
                                    QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    command.parser().addOption(region);
    command.parser().addOption(json);
    const ScopeOptions scope(command.parser());
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(tr("list takes no arguments"), err);
    auto store = command.openStore(true);
    if (!store) {
        err << store.error().toString() << '\n';
        return CommandLine::Failure;
    }
    storage::ListFilter filter;
    filter.region = command.parser().value(region);
    storage::BrowseFilter scoped;
    if (auto applied = scope.apply(*store.value(), scoped); !applied)
        return command.failure(applied.error(), err);
    filter.collection = scoped.collection;
    filter.tag = scoped.tag;
    auto pages = store.value()->list(filter);
    if (!pages) {
        err << pages.error().toString() << '\n';
        return CommandLine::Failure;
    }
    if (command.parser().isSet(json)) {
        QJsonArray array;
        for (const storage::PageSummary &page : pages.value())
            array.append(QJsonObject{
                {QStringLiteral("id"), page.id},
                {QStringLiteral("kind"), core::pageKindKey(page.kind)},
                {QStringLiteral("name"), page.name},
                {QStringLiteral("region"), page.region.isEmpty() ? QJsonValue() : QJsonValue(page.region)},
                {QStringLiteral("start_year"), year(page.startYear)},
                {QStringLiteral("end_year"), year(page.endYear)},
                {QStringLiteral("sub_areas"), page.subAreaCount},
                {QStringLiteral("tags"), QJsonArray::fromStringList(page.tags)},
                {QStringLiteral("status"), core::followUpStatusKey(page.followUp.status)},
                {QStringLiteral("due"),
                 page.followUp.due ? QJsonValue(page.followUp.due->toString(Qt::ISODate)) : QJsonValue()}});
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    for (const storage::PageSummary &page : pages.value()) {
        out << qSetFieldWidth(6) << Qt::right << page.id << qSetFieldWidth(0) << Qt::left << "  " << page.name
            << "  (" << (page.region.isEmpty() ? QStringLiteral("–") : page.region) << ", "
            << yearsText(page.startYear, page.endYear) << ", " << tr("%n sub-area(s)", page.subAreaCount)
            << ")";
        if (page.followUp.status != core::FollowUpStatus::None)
            out << "  [" << core::followUpStatusLabel(page.followUp.status) << "]";
        for (const QString &tag : page.tags)
            out << "  #" << tag;
        out << '\n';
    }
    out << tr("%n project(s)", static_cast<int>(pages.value().size())) << '\n';
    return CommandLine::Success;
}

} // namespace salkku::cli
