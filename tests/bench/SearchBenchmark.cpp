// search_benchmark [--pages N[,N…]] [--data generated|prose|both] [--rounds R] [--samples DIR] [--keep DIR]
//
// --keep DIR keeps the portfolios (and the baseline's files) in DIR, to look at afterwards.
//
// Salkku against plain SQLite FTS5, the way the window and the command line use Salkku, on the same page
// files in the same run. Prints numbers, asserts nothing (timings depend on the machine, the disk and the
// build).
//
// Data sets (each at every N, default 1000 and 10000 pages, written as files into a temporary folder):
//  - generated: PortfolioGenerator's pages (derived from data/samples; a small vocabulary);
//  - prose: the same pages with every prose paragraph (a line of more than 80 characters) replaced by a
//    paragraph of real Innokylä text: the seeds' and the corpus's lines, read at run time from
//    $SALKKU_SEED_DIR and $SALKKU_SEED_DIR/../innokyla-corpus, shuffled across the pages (a fixed seed). The
//    corpus's prose is "[prose omitted]", so it gives names, headings and field values. Without
//    SALKKU_SEED_DIR this data set is skipped.
//
// a. Import. Salkku: ImportRunner::run on the folder (read, decode, parse, hash, PortfolioStore::store one
//    transaction per page, optimize at the end), as `salkku import` and the window do. Baseline: every file
//    read and inserted as it is into one FTS5 table (tokenize='unicode61 remove_diacritics 2', the text
//    stored in the table, one row per page), one BEGIN IMMEDIATE … COMMIT per page, WAL, synchronous=NORMAL,
//    'optimize' and a checkpoint at the end. Peak memory (VmHWM, reset before each import) and the resident
//    set after every tenth of the files.
// b. Search, 100 fixed queries (below), each run once on both sides before measuring, then R rounds with the
//    sides alternating. Salkku: PortfolioStore::search(query, 50) (hits with snippets), and the browse
//    filter's text search as the tree reads it when the search field changes (groups by region and the count
//    of pages). Baseline: the top 50 pages by bm25 with snippet() (24 tokens), and the count of matching
//    pages. The baseline has no morphology, so each typed word becomes what a user of plain FTS5 would need
//    to type to find its inflections: a prefix of the word without its last three letters (at least four
//    letters kept: "johtaminen" → "johtami"*, "kunnissa" → "kunni"*); words joined by a hyphen stay together
//    as a phrase with a prefix ("sote-keskus" → "sote kesk"*), quoted phrases stay phrases. Words must all
//    match (FTS5's implicit AND), as in Salkku, where several words narrow by page.
// c. File size after the import (both files optimised and checkpointed).
#include "PortfolioGenerator.h"
#include "import/InnokylaParser.h"
#include "storage/FinnishTokenizer.h"
#include "storage/ImportRunner.h"
#include "storage/PortfolioStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <sqlite3.h>
#include <time.h>
#include <vector>

namespace {

using salkku::storage::ImportRunner;
using salkku::storage::PortfolioStore;

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "search_benchmark: %s\n", qPrintable(message));
    std::exit(1);
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

struct Memory
{
    qint64 rssKb = -1;
    qint64 peakKb = -1; // VmHWM
};

Memory memory()
{
    Memory result;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line] { return line.mid(6).trimmed().split(' ').value(0).toLongLong(); };
        if (line.startsWith("VmRSS:"))
            result.rssKb = value();
        else if (line.startsWith("VmHWM:"))
            result.peakKb = value();
    }
    return result;
}

// Resets VmHWM to the current resident set (Linux ≥ 4.0), so that a phase's own peak can be read.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double mb(qint64 kilobytes)
{
    return static_cast<double>(kilobytes) / 1024.0;
}

struct Percentiles
{
    double median = 0;
    double p95 = 0;
};

// Of durations in seconds; returned in milliseconds.
Percentiles percentiles(std::vector<double> values)
{
    Percentiles result;
    if (values.empty())
        return result;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    result.median = (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2) * 1000.0;
    const size_t rank = static_cast<size_t>(0.95 * static_cast<double>(n) + 0.999999); // ceil(0.95 n)
    result.p95 = values[std::min(n, std::max<size_t>(rank, 1)) - 1] * 1000.0;
    return result;
}

// ---------------------------------------------------------------------------------------------------------
// The data sets

// A uniform index below n from the generator (no std:: distributions: their results differ between
// standard libraries).
qsizetype pick(std::mt19937 &random, qsizetype n)
{
    return static_cast<qsizetype>(random() % static_cast<std::mt19937::result_type>(n));
}

// Lines of real text: every line of more than 80 characters of the seeds and the corpus (not the corpus's
// "[prose omitted]" markers), and their shorter lines of a few words (names, headings, field values).
struct ProsePool
{
    QStringList paragraphs;
    QStringList shortLines;
};

ProsePool prosePool(const QString &seedDir)
{
    ProsePool pool;
    for (const QString &dir : {seedDir, QDir(seedDir).filePath(QStringLiteral("../innokyla-corpus"))}) {
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(QDir(dir).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                fail(QStringLiteral("cannot read %1").arg(file.fileName()));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QString &raw : text.split(u'\n')) {
                const QString line = raw.trimmed();
                if (line.contains(QStringLiteral("[prose omitted")) || line.contains(QStringLiteral("http")))
                    continue;
                if (line.size() > 80)
                    pool.paragraphs.append(line);
                else if (line.count(u' ') >= 2 && line.size() > 20)
                    pool.shortLines.append(line);
            }
        }
    }
    return pool;
}

// A generated page with its prose replaced by real paragraphs; empty when the result does not parse.
QByteArray withRealProse(const QByteArray &page, const ProsePool &pool, std::mt19937 &random)
{
    QStringList lines = QString::fromUtf8(page).split(u'\n');
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.size() <= 80)
            continue;
        const qsizetype indent = line.indexOf(trimmed.front());
        QString prefix = line.left(indent);
        if (trimmed.startsWith(QStringLiteral("• ")) || trimmed.startsWith(QStringLiteral("- ")))
            prefix += trimmed.left(2);
        QString text = pool.paragraphs[pick(random, pool.paragraphs.size())];
        if (!pool.shortLines.isEmpty() && pick(random, 4) == 0) // now and then a name or a heading too
            text += u' ' + pool.shortLines[pick(random, pool.shortLines.size())];
        line = prefix + text;
    }
    const QByteArray bytes = lines.join(u'\n').toUtf8();
    return salkku::importer::InnokylaParser::parse(bytes, QStringLiteral("page.txt")).ok() ? bytes
                                                                                           : QByteArray();
}

struct DataSet
{
    QString name;
    QString folder;
    QStringList files; // sorted, as ImportRunner takes them
    qint64 bytes = 0;
    int unchanged = 0; // prose pages that kept their generated prose (the replacement did not parse)
};

DataSet writeDataSet(const QString &name, int count, const QString &samplesDir, const ProsePool *pool,
                     const QString &folder)
{
    auto generated = salkku::bench::PortfolioGenerator::generatePages(count, samplesDir);
    if (!generated)
        fail(generated.error().toString());
    DataSet set{name, folder, {}, 0, 0};
    std::mt19937 random(20240612);
    if (pool) {
        for (salkku::bench::GeneratedPage &page : generated.value()) {
            const QByteArray replaced = withRealProse(page.bytes, *pool, random);
            if (replaced.isEmpty())
                ++set.unchanged;
            else
                page.bytes = replaced;
        }
    }
    if (auto written = salkku::bench::PortfolioGenerator::writePages(generated.value(), folder); !written)
        fail(written.error().toString());
    for (const salkku::bench::GeneratedPage &page : std::as_const(generated.value()))
        set.bytes += page.bytes.size();
    QList<salkku::storage::ImportItem> missing;
    set.files = ImportRunner::collectFiles({folder}, missing);
    return set;
}

// ---------------------------------------------------------------------------------------------------------
// Plain FTS5

[[noreturn]] void failSql(sqlite3 *db, const char *doing)
{
    fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(doing), QString::fromUtf8(sqlite3_errmsg(db))));
}

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db), m_sql(sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            failSql(db, sql);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_statement; }
    void run()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            failSql(m_db, m_sql);
        sqlite3_reset(m_statement);
    }

private:
    sqlite3 *m_db;
    const char *m_sql;
    sqlite3_stmt *m_statement = nullptr;
};

sqlite3 *openPlain(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        failSql(db, "open");
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"})
        if (sqlite3_exec(db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
            failSql(db, pragma);
    return db;
}

void execute(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        failSql(db, sql);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// The words of a piece of typed text, each with whether a hyphen joins it to the next.
QList<std::pair<QString, bool>> typedWords(const QString &text)
{
    QList<std::pair<QString, bool>> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool word = i < text.size() && isWordChar(text[i]);
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            const bool hyphen = i + 1 < text.size() && text[i] == u'-' && isWordChar(text[i + 1]);
            words.append({text.mid(start, i - start), hyphen});
            start = -1;
        }
    }
    return words;
}

// What a user of plain FTS5 types to find a Finnish word's inflections (see the top of the file).
QString stemOf(const QString &word)
{
    return word.size() <= 4 ? word : word.left(std::max<qsizetype>(4, word.size() - 3));
}

QString baselineQuery(const QString &typed)
{
    QStringList parts;
    qsizetype i = 0;
    QString outside;
    while (i < typed.size()) {
        const qsizetype open = typed.indexOf(u'"', i);
        const qsizetype close = open < 0 ? -1 : typed.indexOf(u'"', open + 1);
        if (close < 0) {
            outside += typed.mid(i);
            break;
        }
        outside += typed.mid(i, open - i) + u' ';
        QStringList phrase;
        for (const auto &[word, hyphen] : typedWords(typed.mid(open + 1, close - open - 1)))
            phrase.append(word);
        if (!phrase.isEmpty())
            parts.append(u'"' + phrase.join(u' ') + u'"');
        i = close + 1;
    }
    QStringList joined;
    for (const auto &[word, hyphen] : typedWords(outside)) {
        joined.append(word);
        if (hyphen)
            continue;
        if (joined.size() == 1) {
            parts.append(u'"' + stemOf(word) + QStringLiteral("\"*"));
        } else {
            joined.last() = stemOf(joined.last());
            parts.append(u'"' + joined.join(u' ') + QStringLiteral("\"*"));
        }
        joined.clear();
    }
    return parts.join(u' ');
}

// ---------------------------------------------------------------------------------------------------------
// Measuring

struct ImportResult
{
    double wall = 0;
    double cpu = 0;
    qint64 peakKb = -1;
    QList<std::pair<int, qint64>> rss; // files done → RSS
    qint64 fileBytes = 0;
    int failed = 0;
};

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

ImportResult importSalkku(const DataSet &set, const QString &path)
{
    ImportResult result;
    auto opened = PortfolioStore::open(path);
    if (!opened)
        fail(opened.error().toString());
    std::unique_ptr<PortfolioStore> store = std::move(opened).value();
    const int step = std::max<int>(1, static_cast<int>(set.files.size()) / 10);
    const bool reset = resetPeak();
    result.rss.append({0, memory().rssKb});
    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](int done, int, const QString &) {
        if (done > 0 && done % step == 0)
            result.rss.append({done, memory().rssKb});
    };
    const salkku::storage::ImportReport report = ImportRunner::run(*store, {set.folder}, {}, progress);
    result.wall = seconds(timer);
    result.cpu = cpuSeconds() - cpu;
    result.peakKb = reset ? memory().peakKb : -1;
    result.failed = report.count(salkku::storage::ImportItem::Status::Failed);
    for (const salkku::storage::ImportItem &item : report.items)
        if (item.status == salkku::storage::ImportItem::Status::Failed && result.failed <= 5)
            std::fprintf(stderr, "  %s: %s\n", qPrintable(item.file), qPrintable(item.message));
    store.reset();
    result.fileBytes = fileSize(path);
    return result;
}

ImportResult importPlain(const DataSet &set, const QString &path)
{
    ImportResult result;
    sqlite3 *db = openPlain(path);
    execute(db, "CREATE VIRTUAL TABLE pages USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
    const int step = std::max<int>(1, static_cast<int>(set.files.size()) / 10);
    const bool reset = resetPeak();
    result.rss.append({0, memory().rssKb});
    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    {
        Statement begin(db, "BEGIN IMMEDIATE");
        Statement commit(db, "COMMIT");
        Statement insert(db, "INSERT INTO pages (text) VALUES (?)");
        for (qsizetype i = 0; i < set.files.size(); ++i) {
            QFile file(set.files[i]);
            if (!file.open(QIODevice::ReadOnly)) {
                ++result.failed;
                continue;
            }
            const QByteArray bytes = file.readAll();
            begin.run();
            sqlite3_bind_text(insert.get(), 1, bytes.constData(), static_cast<int>(bytes.size()),
                              SQLITE_STATIC);
            insert.run();
            commit.run();
            if ((i + 1) % step == 0)
                result.rss.append({static_cast<int>(i + 1), memory().rssKb});
        }
    }
    execute(db, "INSERT INTO pages (pages) VALUES ('optimize')");
    execute(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    result.wall = seconds(timer);
    result.cpu = cpuSeconds() - cpu;
    result.peakKb = reset ? memory().peakKb : -1;
    sqlite3_close(db);
    result.fileBytes = fileSize(path);
    return result;
}

// 100 searches a coordinator types.
constexpr std::array kQueries{
    // One word, a base form (found in inflected and compound forms through Voikko).
    u"strategia", u"palveluohjaus", u"kotihoito", u"omaishoito", u"perhekeskus", u"mielenterveys",
    u"tietopohja", u"valvonta", u"hyvinvointialue", u"digitalisaatio", u"asiakaskokemus", u"kirjaaminen",
    u"kuntoutus", u"lastensuojelu", u"hyötyarvio",
    // Inflected words.
    u"palveluja", u"asukkaiden", u"hyvinvointialueen", u"järjestöjen", u"kunnissa", u"nuorten",
    u"ikääntyneiden", u"palveluohjauksen", u"kotihoidon", u"terveysasemilla", u"ammattilaisten",
    u"omaishoitajien", u"perheiden", u"mittareita", u"Hämeenlinnassa",
    // Parts of compounds.
    u"ohjelma", u"raportti", u"malli", u"keskus", u"kanava", u"suunnitelma", u"verkosto", u"asiointi",
    u"mittaristo", u"arvio",
    // Typed without ä and ö.
    u"jarjestaja", u"paatoksenteko", u"vaesto", u"lahtotilanne", u"kaytannot", u"tyontekijat",
    u"paihdepalvelut", u"Kayhko", u"Hamalainen", u"etavastaanotto", u"yhteistyo", u"tietojarjestelma",
    u"hameenlinnassa", u"Paijat-Hame", u"Etela-Karjala",
    // Two words (both must match).
    u"digitaalinen asiointi", u"kotihoito teknologia", u"nuorten mielenterveys", u"tiedolla johtaminen",
    u"omaishoidon tuki", u"sote-keskus", u"perhekeskus neuvola", u"Virtanen projektipäällikkö",
    u"Lapin kotihoito", u"kirjaaminen koulutus", u"järjestöt yhteistyö", u"asiakas palveluohjaus",
    u"mielenterveys päihdepalvelut", u"hyvinvointialueen valmistelu", u"matalan kynnyksen",
    // Three words.
    u"lasten nuorten palvelut", u"sosiaali terveys palvelut", u"tiedolla johtamisen malli",
    u"kotona asumisen tuki", u"digitaalisten palvelujen kehittäminen", u"ikääntyneiden kotihoito teknologia",
    u"sote-keskus etäpalvelut ajanvaraus", u"palvelutarpeen arviointi kotihoito",
    u"monialainen asiakasohjaus yhteistyö", u"hyvinvoinnin terveyden edistäminen",
    // Quoted phrases.
    u"\"tiedolla johtaminen\"", u"\"matalan kynnyksen\"", u"\"sosiaali- ja terveyspalvelujen\"",
    u"\"saavutetut hyödyt\"", u"\"palvelutarpeen arviointi\"", u"\"kotona asumisen\"",
    u"\"yhteinen tietopohja\"", u"\"lasten ja nuorten\"",
    // Prefixes, as typed into the search field.
    u"digi", u"sote", u"tervey", u"asiakk", u"kehittä", u"hyvinv", u"palvel",
    // Names and regions.
    u"Pirkanmaa", u"Kainuun", u"Korhonen", u"Marja-Leena", u"Söderström"};
static_assert(kQueries.size() == 100);

constexpr int kSearchLimit = 50;

struct SearchResult
{
    std::vector<double> salkku, salkkuBrowse, plain, plainBrowse;
    std::vector<std::vector<double>> salkkuByQuery, plainByQuery;
    std::vector<int> salkkuHits, plainHits, salkkuPages, plainPages;
    int errors = 0;
};

// A connection to the baseline's file, closed last.
struct Connection
{
    explicit Connection(const QString &path) : db(openPlain(path)) {}
    ~Connection() { sqlite3_close(db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    sqlite3 *db;
};

// Both sides of the search comparison, each query run and recorded by its index.
class Searcher
{
public:
    Searcher(const QString &salkkuPath, const QString &plainPath, SearchResult &result)
        : m_result(result), m_plain(plainPath), m_db(m_plain.db),
          m_top(m_db, "SELECT rowid, snippet(pages, 0, '«', '»', '…', 24) FROM pages WHERE pages MATCH ?"
                      " ORDER BY rank LIMIT ?"),
          m_count(m_db, "SELECT count(*) FROM pages WHERE pages MATCH ?")
    {
        auto opened = PortfolioStore::open(salkkuPath);
        if (!opened)
            fail(opened.error().toString());
        m_store = std::move(opened).value();
    }
    ~Searcher() { std::fprintf(stderr, "  (checksum %llu)\n", static_cast<unsigned long long>(m_checksum)); }
    Searcher(const Searcher &) = delete;
    Searcher &operator=(const Searcher &) = delete;

    // PortfolioStore::search: the top hits with snippets.
    void salkkuSearch(const QString &query, size_t q)
    {
        auto hits = m_store->search(query, kSearchLimit);
        if (!hits) {
            if (++m_result.errors <= 5)
                std::fprintf(stderr, "search \"%s\": %s\n", qPrintable(query),
                             qPrintable(hits.error().toString()));
            return;
        }
        m_result.salkkuHits[q] = static_cast<int>(hits.value().size());
        for (const salkku::storage::SearchHit &hit : hits.value())
            m_checksum += static_cast<quint64>(hit.snippet.size());
    }
    // The tree's re-read: the groups by region and the count of pages under the search.
    void salkkuBrowse(const QString &query, size_t q)
    {
        salkku::storage::BrowseFilter filter;
        filter.text = query;
        auto groups = m_store->groups(salkku::storage::Grouping::Region, filter);
        auto pages = m_store->countPages(filter);
        if (!groups || !pages) {
            ++m_result.errors;
            return;
        }
        m_checksum += static_cast<quint64>(groups.value().size());
        m_result.salkkuPages[q] = pages.value();
    }
    void plainSearch(const QByteArray &match, size_t q)
    {
        sqlite3_bind_text(m_top.get(), 1, match.constData(), static_cast<int>(match.size()), SQLITE_STATIC);
        sqlite3_bind_int(m_top.get(), 2, kSearchLimit);
        int rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(m_top.get())) == SQLITE_ROW) {
            ++rows;
            m_checksum += static_cast<quint64>(sqlite3_column_int64(m_top.get(), 0));
            m_checksum += static_cast<quint64>(sqlite3_column_bytes(m_top.get(), 1));
        }
        if (rc != SQLITE_DONE)
            failSql(m_db, match.constData());
        sqlite3_reset(m_top.get());
        m_result.plainHits[q] = rows;
    }
    void plainBrowse(const QByteArray &match, size_t q)
    {
        sqlite3_bind_text(m_count.get(), 1, match.constData(), static_cast<int>(match.size()), SQLITE_STATIC);
        if (sqlite3_step(m_count.get()) != SQLITE_ROW)
            failSql(m_db, match.constData());
        m_result.plainPages[q] = sqlite3_column_int(m_count.get(), 0);
        sqlite3_reset(m_count.get());
    }

private:
    SearchResult &m_result;
    std::unique_ptr<PortfolioStore> m_store;
    Connection m_plain;
    sqlite3 *m_db;
    Statement m_top;
    Statement m_count;
    quint64 m_checksum = 0;
};

void timeSalkku(Searcher &searcher, SearchResult &result, const QString &query, size_t q)
{
    QElapsedTimer timer;
    timer.start();
    searcher.salkkuSearch(query, q);
    result.salkku.push_back(seconds(timer));
    result.salkkuByQuery[q].push_back(result.salkku.back());
    timer.start();
    searcher.salkkuBrowse(query, q);
    result.salkkuBrowse.push_back(seconds(timer));
}

void timePlain(Searcher &searcher, SearchResult &result, const QByteArray &match, size_t q)
{
    QElapsedTimer timer;
    timer.start();
    searcher.plainSearch(match, q);
    result.plain.push_back(seconds(timer));
    result.plainByQuery[q].push_back(result.plain.back());
    timer.start();
    searcher.plainBrowse(match, q);
    result.plainBrowse.push_back(seconds(timer));
}

SearchResult searchBoth(const QString &salkkuPath, const QString &plainPath, int rounds)
{
    SearchResult result;
    const size_t n = kQueries.size();
    for (auto *list : {&result.salkkuHits, &result.plainHits, &result.salkkuPages, &result.plainPages})
        list->resize(n);
    result.salkkuByQuery.resize(n);
    result.plainByQuery.resize(n);
    QList<QByteArray> matches;
    for (const char16_t *query : kQueries)
        matches.append(baselineQuery(QString::fromUtf16(query)).toUtf8());
    Searcher searcher(salkkuPath, plainPath, result);
    // Warm-up: every query once on each side (the page cache, the tokenizer's cache of analysed words).
    for (size_t q = 0; q < n; ++q) {
        const QString query = QString::fromUtf16(kQueries[q]);
        searcher.salkkuSearch(query, q);
        searcher.salkkuBrowse(query, q);
        searcher.plainSearch(matches[static_cast<qsizetype>(q)], q);
        searcher.plainBrowse(matches[static_cast<qsizetype>(q)], q);
    }
    for (int round = 0; round < rounds; ++round) {
        for (size_t q = 0; q < n; ++q) {
            // Alternate which side goes first, so that neither always finds the caches warmed by the other.
            const bool salkkuFirst = (static_cast<size_t>(round) + q) % 2 == 0;
            for (const bool salkku : {salkkuFirst, !salkkuFirst}) {
                if (salkku)
                    timeSalkku(searcher, result, QString::fromUtf16(kQueries[q]), q);
                else
                    timePlain(searcher, result, matches[static_cast<qsizetype>(q)], q);
            }
        }
    }
    return result;
}

double ratio(double a, double b)
{
    return b > 0 ? a / b : 0.0;
}

void printImport(const char *who, const ImportResult &r)
{
    std::printf("   %-8s %7.1f s (CPU %6.1f s)  file %7.1f MB  peak %6.1f MB  RSS by files done:", who,
                r.wall, r.cpu, static_cast<double>(r.fileBytes) / 1e6, mb(r.peakKb));
    for (const auto &[done, rss] : r.rss)
        std::printf(" %d:%.0f", done, mb(rss));
    std::printf("%s\n", r.failed > 0 ? qPrintable(QStringLiteral("  (%1 FAILED)").arg(r.failed)) : "");
}

struct Row
{
    QString set;
    int pages = 0;
    double importRatio = 0;
    double salkkuImport = 0, plainImport = 0;
    Percentiles salkkuSearch, plainSearch, salkkuBrowse, plainBrowse;
    double salkkuMB = 0, plainMB = 0;
    double salkkuPeak = 0, plainPeak = 0;
};

// Errors, the slowest queries and what each side found, the queries that found nothing.
void printSearchDetails(const SearchResult &search)
{
    if (search.errors > 0)
        std::printf("   search errors: %d\n", search.errors);
    // The slowest queries, and what each side found.
    std::vector<std::pair<double, size_t>> slowest;
    for (size_t q = 0; q < kQueries.size(); ++q)
        slowest.emplace_back(percentiles(search.salkkuByQuery[q]).median, q);
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    std::printf("   slowest (Salkku / FTS5 median ms; pages found by Salkku / FTS5):");
    for (size_t i = 0; i < std::min<size_t>(8, slowest.size()); ++i) {
        const size_t q = slowest[i].second;
        std::printf("%s %s %.1f / %.1f (%d / %d)", i == 0 ? "" : ",",
                    qPrintable(QString::fromUtf16(kQueries[q])), slowest[i].first,
                    percentiles(search.plainByQuery[q]).median, search.salkkuPages[q], search.plainPages[q]);
    }
    std::printf("\n");
    int salkkuNone = 0;
    int plainNone = 0;
    for (size_t q = 0; q < kQueries.size(); ++q) {
        salkkuNone += search.salkkuHits[q] == 0 ? 1 : 0;
        plainNone += search.plainHits[q] == 0 ? 1 : 0;
    }
    std::printf("   queries without hits: Salkku %d, FTS5 %d\n", salkkuNone, plainNone);
}

Row runOne(const DataSet &set, const QDir &dir, int rounds)
{
    const int pages = static_cast<int>(set.files.size());
    std::printf("\n=== %s, %d pages (%.1f MB of page files%s) ===\n", qPrintable(set.name), pages,
                static_cast<double>(set.bytes) / 1e6,
                set.unchanged > 0
                    ? qPrintable(QStringLiteral("; %1 kept generated prose: the replacement did not parse")
                                     .arg(set.unchanged))
                    : "");
    const QString salkkuPath = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(set.name).arg(pages));
    const QString plainPath = dir.filePath(QStringLiteral("%1-%2-plain.sqlite").arg(set.name).arg(pages));
    for (const QString &path : {salkkuPath, plainPath})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    std::fprintf(stderr, "%s %d: Salkku import…\n", qPrintable(set.name), pages);
    const ImportResult salkku = importSalkku(set, salkkuPath);
    std::fprintf(stderr, "%s %d: plain FTS5 import…\n", qPrintable(set.name), pages);
    const ImportResult plain = importPlain(set, plainPath);
    std::printf("a. import\n");
    printImport("Salkku", salkku);
    printImport("FTS5", plain);
    std::printf("   ratio Salkku/FTS5: time %.2f (target <= 2.0), file %.2f (target <= 1.5)\n",
                ratio(salkku.wall, plain.wall),
                ratio(static_cast<double>(salkku.fileBytes), static_cast<double>(plain.fileBytes)));

    std::fprintf(stderr, "%s %d: searching…\n", qPrintable(set.name), pages);
    const SearchResult search = searchBoth(salkkuPath, plainPath, rounds);
    Row row;
    row.set = set.name;
    row.pages = pages;
    row.salkkuImport = salkku.wall;
    row.plainImport = plain.wall;
    row.importRatio = ratio(salkku.wall, plain.wall);
    row.salkkuSearch = percentiles(search.salkku);
    row.plainSearch = percentiles(search.plain);
    row.salkkuBrowse = percentiles(search.salkkuBrowse);
    row.plainBrowse = percentiles(search.plainBrowse);
    row.salkkuMB = static_cast<double>(salkku.fileBytes) / 1e6;
    row.plainMB = static_cast<double>(plain.fileBytes) / 1e6;
    row.salkkuPeak = mb(salkku.peakKb);
    row.plainPeak = mb(plain.peakKb);
    std::printf("b. search (%zu queries, %d rounds after a warm-up)\n", kQueries.size(), rounds);
    std::printf(
        "   top %d with snippets: Salkku median %7.2f ms p95 %7.2f ms; FTS5 median %7.2f ms p95 %7.2f ms;"
        " p95 ratio %.2f (target <= 1.5)\n",
        kSearchLimit, row.salkkuSearch.median, row.salkkuSearch.p95, row.plainSearch.median,
        row.plainSearch.p95, ratio(row.salkkuSearch.p95, row.plainSearch.p95));
    std::printf("   browse filter (groups + count): Salkku median %7.2f ms p95 %7.2f ms; FTS5 count median "
                "%7.2f ms p95 %7.2f ms; p95 ratio %.2f\n",
                row.salkkuBrowse.median, row.salkkuBrowse.p95, row.plainBrowse.median, row.plainBrowse.p95,
                ratio(row.salkkuBrowse.p95, row.plainBrowse.p95));
    printSearchDetails(search);
    std::fflush(stdout);
    return row;
}

struct Options
{
    QList<int> sizes{1000, 10000};
    QString data = QStringLiteral("both");
    int rounds = 5;
    QString samplesDir = QStringLiteral(SALKKU_SAMPLE_DIR);
    QString keep;
};

// The command line's options; nullopt when it is wrong.
std::optional<Options> parseOptions(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); i += 2) {
        const QString &argument = arguments[i];
        const QString value = i + 1 < arguments.size() ? arguments[i + 1] : QString();
        bool ok = true;
        if (argument == u"--pages") {
            options.sizes.clear();
            for (const QString &size : value.split(u','))
                options.sizes.append(size.toInt(&ok));
            ok = ok && !options.sizes.contains(0);
        } else if (argument == u"--data") {
            options.data = value;
            ok = value == u"generated" || value == u"prose" || value == u"both";
        } else if (argument == u"--rounds") {
            options.rounds = value.toInt(&ok);
            ok = ok && options.rounds > 0;
        } else if (argument == u"--samples") {
            options.samplesDir = value;
        } else if (argument == u"--keep") {
            options.keep = value;
            ok = QDir().mkpath(value);
        } else {
            ok = false;
        }
        if (!ok)
            return std::nullopt;
    }
    return options;
}

void printSummary(const QList<Row> &rows)
{
    std::printf("\n=== summary (Salkku / plain FTS5) ===\n");
    std::printf(
        "| data | pages | import s | ratio | search p95 ms | ratio | search median ms | browse p95 ms |"
        " file MB | ratio | peak MB while importing |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Row &row : std::as_const(rows))
        std::printf(
            "| %s | %d | %.1f / %.1f | %.2f | %.1f / %.1f | %.2f | %.1f / %.1f | %.1f / %.1f | %.0f / %.0f | "
            "%.2f | %.0f / %.0f |\n",
            qPrintable(row.set), row.pages, row.salkkuImport, row.plainImport, row.importRatio,
            row.salkkuSearch.p95, row.plainSearch.p95, ratio(row.salkkuSearch.p95, row.plainSearch.p95),
            row.salkkuSearch.median, row.plainSearch.median, row.salkkuBrowse.p95, row.plainBrowse.p95,
            row.salkkuMB, row.plainMB, ratio(row.salkkuMB, row.plainMB), row.salkkuPeak, row.plainPeak);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(app.arguments());
    if (!options) {
        std::fprintf(stderr, "usage: search_benchmark [--pages N[,N…]] [--data generated|prose|both] "
                             "[--rounds R] [--samples DIR] [--keep DIR]\n");
        return 2;
    }
    const QList<int> &sizes = options->sizes;
    const QString &data = options->data;
    const int rounds = options->rounds;
    const QString &samplesDir = options->samplesDir;
    const QString &keep = options->keep;
    ProsePool pool;
    const QString seedDir = qEnvironmentVariable("SALKKU_SEED_DIR");
    const bool prose = data != u"generated" && !seedDir.isEmpty();
    if (prose) {
        pool = prosePool(seedDir);
        if (pool.paragraphs.isEmpty())
            fail(QStringLiteral("no paragraphs in %1").arg(seedDir));
    }
    std::printf("search_benchmark: Salkku (ImportRunner, PortfolioStore) against plain FTS5\n");
    std::printf(
        "build: %s; SQLite %s; Voikko's Finnish dictionary: %s\n",
        kSanitized ? "with AddressSanitizer: timings and memory are not representative" : "no sanitizers",
        sqlite3_libversion(), salkku::storage::FinnishTokenizer::morphologyAvailable() ? "yes" : "NO");
    if (prose)
        std::printf("real prose: %lld paragraphs and %lld short lines from %s and the corpus\n",
                    static_cast<long long>(pool.paragraphs.size()),
                    static_cast<long long>(pool.shortLines.size()), qPrintable(seedDir));
    else if (data != u"generated")
        std::printf("real prose: skipped (SALKKU_SEED_DIR is not set)\n");

    QList<Row> rows;
    for (const int count : std::as_const(sizes)) {
        for (const bool real : {false, true}) {
            if ((real && !prose) || (!real && data == u"prose"))
                continue;
            QTemporaryDir dir;
            if (!dir.isValid())
                fail(QStringLiteral("cannot create a temporary folder"));
            const DataSet set =
                writeDataSet(real ? QStringLiteral("prose") : QStringLiteral("generated"), count, samplesDir,
                             real ? &pool : nullptr, dir.filePath(QStringLiteral("pages")));
            rows.append(runOne(set, keep.isEmpty() ? QDir(dir.path()) : QDir(keep), rounds));
        }
    }
    printSummary(rows);
    return 0;
}
