#include "SearchRanking.h"

#include <QByteArray>

#include <algorithm>
#include <cstdint>
#include <sqlite3.h>
#include <vector>

namespace salkku::storage::SearchRanking {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// What the rank function works out once per query (FTS5 keeps it with the query as auxiliary data).
struct Query
{
    std::vector<int> termOf;      // phrase → typed word
    std::vector<double> weightOf; // phrase → its kind's weight
    int terms = 0;
    double averageLength = 1.0;
    std::vector<double> tf; // per word, for the current row
};

void deleteQuery(void *query)
{
    delete static_cast<Query *>(query);
}

Query *queryOf(const Fts5ExtensionApi *api, Fts5Context *fts, const unsigned char *kinds, int kindsBytes)
{
    if (auto *query = static_cast<Query *>(api->xGetAuxdata(fts, 0)))
        return query;
    auto *query = new Query;
    const int phrases = api->xPhraseCount(fts);
    query->termOf.assign(static_cast<size_t>(phrases), 0);
    query->weightOf.assign(static_cast<size_t>(phrases), 1.0);
    int term = 0;
    int phrase = 0;
    for (int i = 0; i < kindsBytes && phrase < phrases; ++i) {
        const char c = static_cast<char>(kinds[i]);
        if (c == '|') {
            ++term;
            continue;
        }
        query->termOf[static_cast<size_t>(phrase)] = term;
        query->weightOf[static_cast<size_t>(phrase)] = kindWeight(c);
        ++phrase;
    }
    for (; phrase < phrases; ++phrase) // kinds did not say: a word of its own
        query->termOf[static_cast<size_t>(phrase)] = ++term;
    query->terms = term + 1;
    query->tf.assign(static_cast<size_t>(query->terms), 0.0);
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    if (api->xRowCount(fts, &rows) == SQLITE_OK && api->xColumnTotalSize(fts, -1, &tokens) == SQLITE_OK &&
        rows > 0 && tokens > 0)
        query->averageLength = static_cast<double>(tokens) / static_cast<double>(rows);
    if (api->xSetAuxdata(fts, query, &deleteQuery) != SQLITE_OK)
        return nullptr; // SQLite called deleteQuery
    return query;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                  sqlite3_value **argv)
{
    const unsigned char *kinds = argc > 0 ? sqlite3_value_text(argv[0]) : nullptr;
    const int kindsBytes = argc > 0 ? sqlite3_value_bytes(argv[0]) : 0;
    Query *query = queryOf(api, fts, kinds, kinds ? kindsBytes : 0);
    if (!query) {
        sqlite3_result_error_nomem(context);
        return;
    }
    std::fill(query->tf.begin(), query->tf.end(), 0.0);
    int instances = 0;
    int rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && static_cast<size_t>(phrase) < query->termOf.size())
            query->tf[static_cast<size_t>(query->termOf[static_cast<size_t>(phrase)])] +=
                query->weightOf[static_cast<size_t>(phrase)] * columnWeight(column);
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double norm = kK1 * (1.0 - kB + kB * static_cast<double>(length) / query->averageLength);
    double score = 0;
    for (const double tf : query->tf)
        if (tf > 0)
            score += tf * (kK1 + 1.0) / (tf + norm);
    sqlite3_result_double(context, -score);
}

void appendInt(QByteArray &bytes, int value)
{
    const auto v = static_cast<std::uint32_t>(value);
    const char le[4] = {static_cast<char>(v & 0xFFu), static_cast<char>((v >> 8) & 0xFFu),
                        static_cast<char>((v >> 16) & 0xFFu), static_cast<char>((v >> 24) & 0xFFu)};
    bytes.append(le, 4);
}

void matchesFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int,
                     sqlite3_value **)
{
    try {
        int instances = 0;
        int rc = api->xInstCount(fts, &instances);
        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(instances) * 16);
        for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
            int phrase = 0;
            int column = 0;
            int offset = 0;
            rc = api->xInst(fts, i, &phrase, &column, &offset);
            appendInt(bytes, phrase);
            appendInt(bytes, column);
            appendInt(bytes, offset);
            appendInt(bytes, api->xPhraseSize(fts, phrase));
        }
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
        sqlite3_result_blob64(context, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                              SQLITE_TRANSIENT);
    } catch (...) {
        sqlite3_result_error_nomem(context);
    }
}

} // namespace

double kindWeight(char kind)
{
    switch (kind) {
    case Exact:
        return 1.0;
    case Prefix:
        return 0.5;
    case Folded:
        return 0.3;
    case FoldedPrefix:
        return 0.15;
    default:
        return 1.0;
    }
}

double columnWeight(int column)
{
    return column == kNameColumn ? 3.0 : 1.0;
}

QString rankExpression(const QString &kinds)
{
    return QStringLiteral("%1('%2')").arg(QLatin1StringView(kRankFunction), kinds);
}

bool registerOn(fts5_api *api)
{
    return api->xCreateFunction(api, kRankFunction, nullptr, &rankFunction, nullptr) == SQLITE_OK &&
           api->xCreateFunction(api, kMatchesFunction, nullptr, &matchesFunction, nullptr) == SQLITE_OK;
}

} // namespace salkku::storage::SearchRanking
