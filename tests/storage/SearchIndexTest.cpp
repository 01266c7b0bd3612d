// The search index kept in step with the pages: updates, batches of an import, text changed behind the index,
// a rebuild, an index of an older layout, and matches mapped back onto the text of real pages.
#include "storage/SearchIndex.h"

#include "StorageTestSupport.h"
#include "storage/CoordinatorStore.h"
#include "storage/FinnishTokenizer.h"
#include "storage/ImportRunner.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace salkku;
using namespace salkku::testing;

namespace {

core::PageRecord page(const QString &name, const QString &purpose)
{
    return textRecord(projectPageText(name, QStringLiteral("Kokonaisuuden tarkoitus ja tavoitteet\n\n") +
                                                purpose + QStringLiteral("\n")));
}

QStringList namesFor(storage::PortfolioStore &store, const QString &query)
{
    return hitNames(store, query);
}

QStringList rawColumn(const QString &path, const char *sql)
{
    QStringList values;
    sqlite3 *db = nullptr;
    EXPECT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    while (statement && sqlite3_step(statement) == SQLITE_ROW)
        values.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return values;
}

} // namespace

TEST(SearchIndex, AnUpdatedPageIsFoundByItsNewTextOnly)
{
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Kotihoito ja teknologia.")),
                            sourceFor(QStringLiteral("a"), QStringLiteral("1")))
                    .ok());
    const auto updated =
        store->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Perhekeskus ja neuvola.")),
                     sourceFor(QStringLiteral("a"), QStringLiteral("2")));
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated.value().status, storage::StoreStatus::Updated);
    EXPECT_TRUE(namesFor(*store, QStringLiteral("kotihoito")).isEmpty());
    EXPECT_EQ(namesFor(*store, QStringLiteral("perhekeskus")), QStringList{QStringLiteral("Lapin hanke")});
    storage::BrowseFilter filter;
    filter.text = QStringLiteral("teknologia");
    EXPECT_EQ(store->countPages(filter).value(), 0);
    filter.text = QStringLiteral("neuvola");
    EXPECT_EQ(store->countPages(filter).value(), 1);
}

TEST(SearchIndex, TextChangedBehindTheIndexIsNoticedWhenThePageIsUpdated)
{
    for (const bool batch : {false, true}) {
        TemporaryPortfolio portfolio;
        {
            auto store = portfolio.open();
            ASSERT_TRUE(store
                            ->store(page(QStringLiteral("Muu hanke"), QStringLiteral("Omavalvonta.")),
                                    sourceFor(QStringLiteral("b"), QStringLiteral("1")))
                            .ok());
            ASSERT_TRUE(store
                            ->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Kotihoito.")),
                                    sourceFor(QStringLiteral("a"), QStringLiteral("1")))
                            .ok());
        }
        // Another program changes the page's text: the index still holds "kotihoito".
        rawSql(portfolio.path(), "UPDATE pages SET purpose = 'Asumispalvelut.' WHERE name = 'Lapin hanke'");
        auto store = portfolio.open();
        if (batch)
            ASSERT_TRUE(store->beginBatch().ok());
        ASSERT_TRUE(store
                        ->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Perhekeskus.")),
                                sourceFor(QStringLiteral("a"), QStringLiteral("2")))
                        .ok());
        if (batch)
            ASSERT_TRUE(store->commitBatch().ok());
        EXPECT_TRUE(namesFor(*store, QStringLiteral("kotihoito")).isEmpty()) << "batch " << batch;
        EXPECT_TRUE(namesFor(*store, QStringLiteral("asumispalvelut")).isEmpty()) << "batch " << batch;
        EXPECT_EQ(namesFor(*store, QStringLiteral("perhekeskus")),
                  QStringList{QStringLiteral("Lapin hanke")});
        EXPECT_EQ(namesFor(*store, QStringLiteral("omavalvonta")), QStringList{QStringLiteral("Muu hanke")});
        EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
    }
}

// A change to a page's notes takes the page out of the index with its old notes and puts it back with the new
// ones; the rest of the index is not built again (which would pick up the text changed behind it on the other
// page here).
TEST(SearchIndex, ANoteChangeIndexesItsPageAgainAndNothingElse)
{
    TemporaryPortfolio portfolio;
    qint64 noted = 0;
    {
        auto store = portfolio.open();
        auto stored = store->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Kotihoito.")),
                                   sourceFor(QStringLiteral("a"), QStringLiteral("1")));
        ASSERT_TRUE(stored.ok());
        noted = stored.value().pageId;
        ASSERT_TRUE(store
                        ->store(page(QStringLiteral("Muu hanke"), QStringLiteral("Omavalvonta.")),
                                sourceFor(QStringLiteral("b"), QStringLiteral("2")))
                        .ok());
    }
    rawSql(portfolio.path(), "UPDATE pages SET purpose = 'Asumispalvelut.' WHERE name = 'Muu hanke'");
    auto store = portfolio.open();
    const char *otherDigest = "SELECT u.digest FROM search_units AS u JOIN pages AS p ON p.id = u.page_id"
                              " WHERE p.name = 'Muu hanke'";
    const QStringList indexedDigest = rawColumn(portfolio.path(), otherDigest);
    ASSERT_EQ(indexedDigest.size(), 1);
    storage::CoordinatorStore &coordinator = store->coordinator();
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    const auto note =
        coordinator.addNote({noted, 0}, QStringLiteral("Kysy mittareista."), QStringLiteral("Maija"), at);
    ASSERT_TRUE(note.ok());
    EXPECT_EQ(namesFor(*store, QStringLiteral("mittari")), QStringList{QStringLiteral("Lapin hanke")});
    ASSERT_TRUE(coordinator.editNote(note.value(), QStringLiteral("Sovittu."), at.addDays(1)).ok());
    EXPECT_TRUE(namesFor(*store, QStringLiteral("mittari")).isEmpty());
    EXPECT_EQ(namesFor(*store, QStringLiteral("sovittu")), QStringList{QStringLiteral("Lapin hanke")});
    ASSERT_TRUE(coordinator.removeNote(note.value()).ok());
    EXPECT_TRUE(namesFor(*store, QStringLiteral("sovittu")).isEmpty());
    EXPECT_EQ(namesFor(*store, QStringLiteral("kotihoito")), QStringList{QStringLiteral("Lapin hanke")});
    // Not built again: the other page is still indexed with the text it had then.
    EXPECT_EQ(rawColumn(portfolio.path(), otherDigest), indexedDigest);
}

// Merging the index after an import frees as many pages as it had; a new portfolio gives them back to the
// file system instead of keeping them (auto_vacuum, incremental_vacuum after the import).
TEST(SearchIndex, AnImportGivesThePagesItFreedBackToTheFileSystem)
{
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    for (const bool force : {false, true}) {
        const storage::ImportReport report =
            storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}, {.force = force});
        ASSERT_FALSE(report.anyFailed());
        ASSERT_GT(report.count(force ? storage::ImportItem::Status::Updated
                                     : storage::ImportItem::Status::Imported),
                  5);
        EXPECT_EQ(rawColumn(portfolio.path(), "PRAGMA auto_vacuum"), QStringList{QStringLiteral("2")});
        EXPECT_EQ(rawColumn(portfolio.path(), "PRAGMA freelist_count"), QStringList{QStringLiteral("0")})
            << "force " << force;
    }
    EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
}

// A project page repeats its sub-areas' results and benefits in its sections: the index keeps those lines
// once, in the sub-area (a more precise hit, and an index not twice their size); the rest of the section
// stays.
TEST(SearchIndex, ASubAreasTextRepeatedInASectionIsFoundOnceInTheSubArea)
{
    core::PageRecord record = page(QStringLiteral("Lapin hanke"), QStringLiteral("Kotihoito."));
    core::SubArea subArea;
    subArea.number = 1;
    subArea.title = QStringLiteral("Etäpalvelut");
    subArea.results = QStringLiteral("Etäkäynnit otettiin käyttöön kahdeksassa kunnassa.");
    subArea.benefits = QStringLiteral("Omaiset saavat tietoa nopeammin kuin ennen.");
    record.subAreas = {subArea};
    record.sections.append(core::Section{QStringLiteral("Tuotokset ja tulokset"),
                                         QStringLiteral("Hankkeen osa-alueilla päästiin tavoitteisiin.\n\n"
                                                        "Yleinen arviointi osa-alue 1:\n\n") +
                                             subArea.results + QStringLiteral("\n\nSaavutetut hyödyt: ") +
                                             subArea.benefits,
                                         0});
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    ASSERT_TRUE(store->store(record, sourceFor(QStringLiteral("a"), QStringLiteral("1"))).ok());
    for (const QString &word : {QStringLiteral("kahdeksassa"), QStringLiteral("nopeammin")}) {
        const auto hits = store->search(word);
        ASSERT_TRUE(hits.ok());
        ASSERT_EQ(hits.value().size(), 1) << word.toStdString();
        EXPECT_EQ(hits.value().front().place, QStringLiteral("sub-area"));
        EXPECT_EQ(hits.value().front().subArea, 1);
    }
    const auto rest = store->search(QStringLiteral("päästiin"));
    ASSERT_TRUE(rest.ok());
    ASSERT_EQ(rest.value().size(), 1);
    EXPECT_EQ(rest.value().front().place, QStringLiteral("section"));
    EXPECT_EQ(rest.value().front().heading, QStringLiteral("Tuotokset ja tulokset"));
}

TEST(SearchIndex, ABatchIsSearchedOnceCommittedAndAPageThatFailsInItIsRolledBackAlone)
{
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    auto other = portfolio.open(); // another connection, as the window's while an import runs
    ASSERT_TRUE(store->beginBatch().ok());
    EXPECT_TRUE(store->inBatch());
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Kotihoito.")),
                            sourceFor(QStringLiteral("a"), QStringLiteral("1")))
                    .ok());
    core::PageRecord broken = page(QStringLiteral("Rikki"), QStringLiteral("Kotihoito rikki."));
    broken.subAreas = {core::SubArea{1, QStringLiteral("Yksi"), {}, {}, {}, {}, {}},
                       core::SubArea{1, QStringLiteral("Taas yksi"), {}, {}, {}, {}, {}}};
    EXPECT_FALSE(store->store(broken, sourceFor(QStringLiteral("r"), QStringLiteral("9"))).ok());
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Kainuun hanke"), QStringLiteral("Kotihoidon tuki.")),
                            sourceFor(QStringLiteral("b"), QStringLiteral("2")))
                    .ok());
    EXPECT_TRUE(namesFor(*other, QStringLiteral("kotihoito")).isEmpty());
    EXPECT_EQ(other->list().value().size(), 0);
    ASSERT_TRUE(store->commitBatch().ok());
    EXPECT_FALSE(store->inBatch());
    const QStringList names = namesFor(*other, QStringLiteral("kotihoito"));
    EXPECT_EQ(names.size(), 2);
    EXPECT_FALSE(names.contains(QStringLiteral("Rikki")));
    EXPECT_EQ(other->list().value().size(), 2);
    EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
}

TEST(SearchIndex, ABatchRolledBackLeavesNothing)
{
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Muu hanke"), QStringLiteral("Omavalvonta.")),
                            sourceFor(QStringLiteral("b"), QStringLiteral("1")))
                    .ok());
    ASSERT_TRUE(store->beginBatch().ok());
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Kotihoito.")),
                            sourceFor(QStringLiteral("a"), QStringLiteral("1")))
                    .ok());
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Muu hanke"), QStringLiteral("Kotihoito nyt.")),
                            sourceFor(QStringLiteral("b"), QStringLiteral("2")))
                    .ok());
    store->rollbackBatch();
    EXPECT_EQ(store->list().value().size(), 1);
    EXPECT_TRUE(namesFor(*store, QStringLiteral("kotihoito")).isEmpty());
    EXPECT_EQ(namesFor(*store, QStringLiteral("omavalvonta")), QStringList{QStringLiteral("Muu hanke")});
}

TEST(SearchIndex, APageStoredTwiceInOneBatchIsIndexedOnce)
{
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    ASSERT_TRUE(store->beginBatch().ok());
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Kotihoito.")),
                            sourceFor(QStringLiteral("a"), QStringLiteral("1")))
                    .ok());
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Perhekeskus.")),
                            sourceFor(QStringLiteral("a"), QStringLiteral("2")))
                    .ok());
    ASSERT_TRUE(store->commitBatch().ok());
    EXPECT_TRUE(namesFor(*store, QStringLiteral("kotihoito")).isEmpty());
    EXPECT_EQ(store->search(QStringLiteral("perhekeskus")).value().size(), 1);
    // Then updated again, in a batch of its own.
    ASSERT_TRUE(store->beginBatch().ok());
    ASSERT_TRUE(store
                    ->store(page(QStringLiteral("Lapin hanke"), QStringLiteral("Neuvola.")),
                            sourceFor(QStringLiteral("a"), QStringLiteral("3")))
                    .ok());
    ASSERT_TRUE(store->commitBatch().ok());
    EXPECT_TRUE(namesFor(*store, QStringLiteral("perhekeskus")).isEmpty());
    EXPECT_EQ(namesFor(*store, QStringLiteral("neuvola")), QStringList{QStringLiteral("Lapin hanke")});
}

TEST(SearchIndex, ARebuiltIndexFindsWhatTheIndexBuiltPageByPageFound)
{
    TemporaryPortfolio portfolio;
    const QStringList queries{QStringLiteral("tietojohtaminen"),
                              QStringLiteral("kotihoito"),
                              QStringLiteral("\"tiedolla johtaminen\""),
                              QStringLiteral("jarjestaminen"),
                              QStringLiteral("sote-keskus"),
                              QStringLiteral("digi")};
    QStringList before;
    {
        auto store = portfolio.open();
        ASSERT_FALSE(storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
        for (const QString &query : queries)
            for (const storage::SearchHit &hit : store->search(query).value())
                before.append(hit.name + u' ' + hit.place + u' ' + hit.snippet);
    }
    ASSERT_GT(before.size(), 20);
    rawSql(portfolio.path(), "UPDATE meta SET value = 'salkku_fi/0' WHERE key = 'search_tokenizer'");
    auto store = portfolio.open();
    QStringList after;
    for (const QString &query : queries)
        for (const storage::SearchHit &hit : store->search(query).value())
            after.append(hit.name + u' ' + hit.place + u' ' + hit.snippet);
    EXPECT_EQ(after, before);
}

TEST(SearchIndex, AnIndexOfTheEarlierLayoutIsBuiltAgainInTodays)
{
    TemporaryPortfolio portfolio;
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(SALKKU_SOURCE_DIR "/tests/storage/fixtures/legacy-0.1.0/portfolio.sqlite"),
                    portfolio.path()));
    QFile::setPermissions(portfolio.path(), QFile::ReadOwner | QFile::WriteOwner);
    // Salkku 0.1.0 kept a copy of every unit's text and indexed it twice (an exact and a folded column).
    EXPECT_TRUE(rawColumn(portfolio.path(), "SELECT name FROM pragma_table_info('search_units')")
                    .contains(QStringLiteral("text")));
    {
        auto store = portfolio.open();
        ASSERT_TRUE(store);
        EXPECT_FALSE(store->search(QStringLiteral("omaishoitajien")).value().isEmpty());
        EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
    }
    EXPECT_EQ(rawColumn(portfolio.path(), "SELECT name FROM pragma_table_info('search_units')"),
              (QStringList{QStringLiteral("page_id"), QStringLiteral("digest")}));
    EXPECT_EQ(rawColumn(portfolio.path(), "SELECT count(*) FROM search_units"),
              rawColumn(portfolio.path(), "SELECT count(*) FROM pages"));
}

// Every real page: a word of its first and of its last part, searched for, is marked in that part's snippet
// (the index gives positions; the text they are in is read back from the page's tables).
TEST(SearchIndex, MatchesAreMarkedOnTheTextOfEveryRealPage)
{
    QStringList folders{QStringLiteral(SALKKU_SAMPLE_DIR), QStringLiteral(SALKKU_FIXTURE_DIR)};
    const QString seeds = qEnvironmentVariable("SALKKU_SEED_DIR");
    if (!seeds.isEmpty()) {
        const QString corpus = QDir(seeds).filePath(QStringLiteral("../innokyla-corpus"));
        ASSERT_TRUE(QDir(seeds).exists())
            << "SALKKU_SEED_DIR names a missing folder: " << seeds.toStdString();
        ASSERT_TRUE(QDir(corpus).exists()) << "the Innokylä corpus is missing: " << corpus.toStdString();
        folders << seeds << corpus;
    }
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    const storage::ImportReport report = storage::ImportRunner::run(*store, folders);
    int checked = 0;
    for (const storage::PageSummary &summary :
         store->list({.region = QString(), .includeArticles = true}).value()) {
        const auto stored = store->page(summary.id);
        ASSERT_TRUE(stored.ok());
        if (stored.value().record.part != core::PagePart::Main)
            continue; // its hits are its main page's
        const QList<storage::SearchIndex::Unit> units = storage::SearchIndex::unitsOf(stored.value().record);
        for (const storage::SearchIndex::Unit &unit : {units.value(1), units.value(units.size() - 1)}) {
            const QList<storage::FinnishTokenizer::Span> words =
                storage::FinnishTokenizer::positions(unit.text);
            QString word; // its first long word: no other word of the part is marked before it
            for (qsizetype i = 0; i < words.size() && word.isEmpty(); ++i) {
                const QString candidate = unit.text.mid(words[i].start, words[i].end - words[i].start);
                if (candidate.size() >= 5 &&
                    std::all_of(candidate.begin(), candidate.end(), [](QChar c) { return c.isLetter(); }))
                    word = candidate;
            }
            if (word.isEmpty())
                continue;
            auto hits = store->search(u'"' + word + u'"', 100000);
            ASSERT_TRUE(hits.ok());
            bool marked = false;
            for (const storage::SearchHit &hit : hits.value())
                marked = marked || (hit.pageId == summary.id && hit.place == unit.place &&
                                    hit.snippet.contains(u'«' + word + u'»'));
            EXPECT_TRUE(marked) << summary.name.toStdString() << ": " << word.toStdString();
            ++checked;
        }
    }
    EXPECT_GT(checked, 20);
    EXPECT_FALSE(report.items.isEmpty());
}
