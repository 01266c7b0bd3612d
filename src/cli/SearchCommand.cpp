#include "SearchCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace salkku::cli {

namespace {

QString where(const storage::SearchHit &hit)
{
    if (hit.place == u"sub-area")
        return tr("sub-area %1").arg(hit.subArea);
    if (hit.place == u"section")
        return hit.heading.isEmpty() ? tr("text") : hit.heading;
    return hit.place;
}

} // namespace

int SearchCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandSupport command(
        QStringLiteral("search"),
        tr("Searches the portfolio in Finnish: inflected forms, compounds, with or without ä and ö; "
           "\"quoted words\" as a phrase."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N hits (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    command.parser().addOption(json);
    command.parser().addOption(limit);
    command.parser().addPositionalArgument(QStringLiteral("QUERY"), tr("What to look for."),
                                           QStringLiteral("QUERY..."));
    if (const auto exit = command.parse(arguments, out, err))
        return *exit;
    const QString query = command.parser().positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        return command.usageError(tr("say what to search for"), err);
    bool limitOk = false;
    const int maxHits = command.parser().value(limit).toInt(&limitOk);
    if (!limitOk || maxHits < 1)
        return command.usageError(tr("--limit takes a positive number"), err);
    auto store = command.openStore(true);
    if (!store) {
        err << store.error().toString() << '\n';
        return CommandLine::Failure;
    }
    auto hits = store.value()->search(query, maxHits);
    if (!hits) {
        err << hits.error().toString() << '\n';
        return CommandLine::Failure;
    }
    if (command.parser().isSet(json)) {
        QJsonArray array;
        for (const storage::SearchHit &hit : hits.value())
            array.append(QJsonObject{
                {QStringLiteral("id"), hit.pageId},
                {QStringLiteral("name"), hit.name},
                {QStringLiteral("region"), hit.region.isEmpty() ? QJsonValue() : QJsonValue(hit.region)},
                {QStringLiteral("place"), hit.place},
                {QStringLiteral("sub_area"), hit.subArea > 0 ? QJsonValue(hit.subArea) : QJsonValue()},
                {QStringLiteral("heading"), hit.heading.isEmpty() ? QJsonValue() : QJsonValue(hit.heading)},
                {QStringLiteral("where"), where(hit)},
                {QStringLiteral("snippet"), hit.snippet},
                {QStringLiteral("rank"), hit.rank}});
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    for (const storage::SearchHit &hit : hits.value())
        out << hit.pageId << "  " << hit.name << " — " << where(hit) << "\n    " << hit.snippet << '\n';
    out << tr("%n hit(s)", static_cast<int>(hits.value().size())) << '\n';
    return CommandLine::Success;
}

} // namespace salkku::cli
