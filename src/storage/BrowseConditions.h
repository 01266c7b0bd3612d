#pragma once

#include "Location.h"
#include "StorageTypes.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// Internal to the storage layer: the browser's SQL, said once.
namespace salkku::storage {

// Pages p with their regions r and their follow-up fu.
extern const QString kFollowUpJoin;
extern const QString kPages;
// The pages the browser lists: projects and practices (IN rather than <>: the kind is then looked up in the
// indexes), each once: a main page, or a part (a Kehittämisen polku tab, a list of practices) whose main page
// is not in the portfolio. Pages in the trash are in no list.
extern const QString kListed;

// The pages a search's words match, found once for the several reads of a browse (PortfolioStore::browse),
// which then take them as a list instead of searching again for each.
struct KnownMatches
{
    QString text;    // Conditions::searchedText
    QString pageIds; // a JSON array on SQLite, an array literal on PostgreSQL
    static KnownMatches of(Backend backend, const QString &text, const QList<qint64> &pageIds);
};

// The one WHERE builder: the conditions of a browse filter, on pages p (with regions r joined), over the
// listed pages (and the articles, when asked).
struct Conditions
{
private:
    Backend m_backend;

public:
    QStringList where;
    QVariantList values;

    Conditions(Backend backend, const BrowseFilter &filter, bool withArticles = false,
               const KnownMatches *known = nullptr);
    // What of the typed text is searched for: its words but the tags ("#word").
    static QString searchedText(const QString &typed);
    QString clause() const { return QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")); }
    // Only these pages (p.id IN …).
    void addPages(const QList<qint64> &pageIds);

private:
    void addCoordinatorScopes(const BrowseFilter &filter);
    void addTag(const QString &tag);
    void addText(const QString &typed, const KnownMatches *known);
};

} // namespace salkku::storage
