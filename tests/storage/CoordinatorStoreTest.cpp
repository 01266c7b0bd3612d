// The coordinator's own layer: tags, notes, follow-up, collections and the trash hang on page identities,
// scope every list, survive re-imports, and travel in an exchange file.
#include "StorageTestSupport.h"
#include "core/UserLayerJson.h"
#include "storage/ImportRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace salkku;
using namespace salkku::testing;
using core::ItemRef;

namespace {

const QString kLayouts = QStringLiteral(SALKKU_FIXTURE_DIR "/layouts/");
const QString kProject = QStringLiteral("Pohjois-Karjalan perhekeskusten kehittäminen");
const QString kPractice = QStringLiteral("Perheiden palveluohjaus yhdellä soitolla");
const QDateTime kMonday(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

// A project, its list of practices, a practice that names it, and the practice's Kehittämisen polku tab.
QStringList familyFiles()
{
    return {QStringLiteral(SALKKU_SAMPLE_DIR "/pohjois-karjala-perhekeskus.txt"),
            kLayouts + QStringLiteral("project-practice-list.txt"),
            kLayouts + QStringLiteral("practice-chevron.txt"),
            kLayouts + QStringLiteral("practice-development-path.txt")};
}

qint64 idOf(storage::PortfolioStore &store, const QString &name)
{
    const auto found = store.findByName(name);
    EXPECT_TRUE(found.ok());
    EXPECT_EQ(found.value().size(), 1) << name.toStdString();
    return found.value().isEmpty() ? 0 : found.value().front().id;
}

template <typename T>
T must(core::Result<T> result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
    return result.ok() ? std::move(result).value() : T{};
}

void must(const core::Result<void> &result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().toString().toStdString());
}

// The complete fixture project (three sub-areas), stored as a first import.
qint64 storeProject(storage::PortfolioStore &store, const core::PageRecord &record, const char *sha = "h1")
{
    return must(store.store(record, sourceFor(QStringLiteral("a.txt"), QString::fromLatin1(sha)))).pageId;
}

QList<qint64> ids(const QList<storage::PageSummary> &pages)
{
    QList<qint64> result;
    for (const storage::PageSummary &page : pages)
        result.append(page.id);
    return result;
}

} // namespace

namespace {
class CoordinatorStore : public OnBothBackends
{
};
} // namespace

TEST_P(CoordinatorStore, TagsHangOnAPageAndItsSubAreasAndShowInItsSummary)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    const qint64 id = storeProject(*store, fixtureRecord(QStringLiteral("project-complete.txt")));
    auto &coordinator = store->coordinator();
    must(coordinator.addTag({id, 0}, QStringLiteral("Ohjausryhmä")));
    must(coordinator.addTag({id, 0}, QStringLiteral("#ohjausryhmä "))); // the same tag, case and '#' aside
    must(coordinator.addTag({id, 0}, QStringLiteral("ääni")));
    must(coordinator.addTag({id, 2}, QStringLiteral("mittarit")));

    const storage::PageAnnotations annotations = must(coordinator.annotations(id));
    EXPECT_EQ(annotations.tags, (QStringList{QStringLiteral("Ohjausryhmä"), QStringLiteral("ääni")}));
    EXPECT_EQ(annotations.subAreaTags.value(2), QStringList{QStringLiteral("mittarit")});
    EXPECT_EQ(
        must(coordinator.tagNames()),
        (QStringList{QStringLiteral("mittarit"), QStringLiteral("Ohjausryhmä"), QStringLiteral("ääni")}));
    const auto summary = must(store->list()).front();
    EXPECT_EQ(summary.tags, (QStringList{QStringLiteral("Ohjausryhmä"), QStringLiteral("ääni")}));

    must(coordinator.removeTag({id, 0}, QStringLiteral("OHJAUSRYHMÄ")));
    EXPECT_EQ(must(coordinator.annotations(id)).tags, QStringList{QStringLiteral("ääni")});
    EXPECT_FALSE(coordinator.addTag({id, 9}, QStringLiteral("x")).ok()) << "no sub-area 9";
    EXPECT_FALSE(coordinator.addTag({id, 0}, QStringLiteral(" # ")).ok()) << "an empty tag";
}

TEST_P(CoordinatorStore, TagsCollectionsAndFollowUpScopeEveryList)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    ASSERT_FALSE(storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    const QList<qint64> all = ids(must(store->pagesByRegion({})));
    ASSERT_GE(all.size(), 4);
    auto &coordinator = store->coordinator();
    must(coordinator.addTag({all[0], 0}, QStringLiteral("ohjausryhmä")));
    must(coordinator.addTag({all[1], 1}, QStringLiteral("Ohjausryhmä"))); // on a sub-area: the page has it
    const qint64 tuesday = must(coordinator.createCollection(QStringLiteral("Tiistain ohjausryhmä")));
    must(coordinator.addToCollection(tuesday, {all[2], 0}));
    must(coordinator.addToCollection(tuesday, {all[1], 0}));
    must(coordinator.setFollowUp(all[3], {core::FollowUpStatus::ToCheck, QDate(2026, 3, 1)}));
    must(coordinator.setFollowUp(all[2], {core::FollowUpStatus::Done, QDate(2026, 2, 1)}));

    storage::BrowseFilter tag;
    tag.tag = QStringLiteral("OHJAUSRYHMÄ");
    EXPECT_EQ(ids(must(store->pagesByRegion(tag))), (QList<qint64>{all[0], all[1]}));
    storage::BrowseFilter hashTag;
    hashTag.text = QStringLiteral("#ohjausryhmä");
    EXPECT_EQ(must(store->countPages(hashTag)), 2);
    storage::BrowseFilter collection;
    collection.collection = tuesday;
    EXPECT_EQ(ids(must(store->pagesByRegion(collection))), (QList<qint64>{all[1], all[2]}));
    EXPECT_EQ(must(store->groups(storage::Grouping::Region, collection)).size(), 2);
    storage::BrowseFilter toCheck;
    toCheck.status = core::FollowUpStatus::ToCheck;
    EXPECT_EQ(ids(must(store->pagesByRegion(toCheck))), QList<qint64>{all[3]});
    storage::BrowseFilter notFollowed;
    notFollowed.status = core::FollowUpStatus::None;
    EXPECT_EQ(must(store->countPages(notFollowed)), all.size() - 2);
    // Due: a date on or before the day, and not done.
    storage::BrowseFilter due;
    due.dueBy = QDate(2026, 3, 1);
    EXPECT_EQ(ids(must(store->pagesByRegion(due))), QList<qint64>{all[3]});
    due.dueBy = QDate(2026, 2, 28);
    EXPECT_TRUE(must(store->pagesByRegion(due)).isEmpty());
    // The filter bar's counts follow the other conditions.
    EXPECT_EQ(must(coordinator.tagCounts({})),
              (QList<storage::TagCount>{{QStringLiteral("ohjausryhmä"), 2}}));
    EXPECT_EQ(must(coordinator.tagCounts(collection)),
              (QList<storage::TagCount>{{QStringLiteral("ohjausryhmä"), 1}}));
    // The summary says the follow-up.
    const auto followed = must(store->pagesByRegion(toCheck)).front();
    EXPECT_EQ(followed.followUp, (core::FollowUp{core::FollowUpStatus::ToCheck, QDate(2026, 3, 1)}));
}

TEST_P(CoordinatorStore, NotesAreFoundByTheFinnishSearchWithTheirPlace)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    const qint64 id = storeProject(*store, fixtureRecord(QStringLiteral("project-complete.txt")));
    auto &coordinator = store->coordinator();
    const qint64 note = must(coordinator.addNote({id, 2}, QStringLiteral("Kysy mittareista ohjausryhmältä."),
                                                 QStringLiteral("Maija"), kMonday));
    const auto annotations = must(coordinator.annotations(id));
    ASSERT_EQ(annotations.notes.size(), 1);
    EXPECT_EQ(annotations.notes.front(),
              (core::Note{note, 2, QStringLiteral("Kysy mittareista ohjausryhmältä."),
                          QStringLiteral("Maija"), kMonday, kMonday}));
    // An inflected form finds the note, in the window's list and in search results.
    storage::BrowseFilter text;
    text.text = QStringLiteral("ohjausryhmä mittari");
    EXPECT_EQ(must(store->countPages(text)), 1);
    const auto hits = must(store->search(QStringLiteral("mittareista")));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_EQ(hits.front().place, QStringLiteral("note"));
    EXPECT_EQ(hits.front().subArea, 2);

    must(coordinator.editNote(note, QStringLiteral("Sovittu."), kMonday.addDays(1)));
    EXPECT_TRUE(must(store->search(QStringLiteral("mittareista"))).isEmpty());
    EXPECT_EQ(must(coordinator.annotations(id)).notes.front().modified, kMonday.addDays(1));
    must(coordinator.removeNote(note));
    EXPECT_TRUE(must(store->search(QStringLiteral("sovittu"))).isEmpty());
    EXPECT_FALSE(coordinator.addNote({id, 0}, QStringLiteral("  \n"), QStringLiteral("Maija"), kMonday).ok());
}

TEST_P(CoordinatorStore, ReimportingAPageKeepsEverythingOfTheCoordinators)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    core::PageRecord record = fixtureRecord(QStringLiteral("project-complete.txt"));
    const qint64 id = storeProject(*store, record);
    auto &coordinator = store->coordinator();
    must(coordinator.addTag({id, 0}, QStringLiteral("seuranta")));
    must(coordinator.addNote({id, 1}, QStringLiteral("Muistettavaa: kapustarulla."), QStringLiteral("Maija"),
                             kMonday));
    must(coordinator.setFollowUp(id, {core::FollowUpStatus::Following, QDate(2026, 4, 1)}));
    const qint64 collection = must(coordinator.createCollection(QStringLiteral("Seurattavat")));
    must(coordinator.addToCollection(collection, {id, 1}));
    const storage::PageAnnotations before = must(coordinator.annotations(id));

    // Unchanged, forced, and a newer export.
    EXPECT_EQ(must(store->store(record, sourceFor(QStringLiteral("a.txt"), QStringLiteral("h1")))).status,
              storage::StoreStatus::Unchanged);
    EXPECT_EQ(
        must(store->store(record, sourceFor(QStringLiteral("a.txt"), QStringLiteral("h1")), true)).status,
        storage::StoreStatus::Updated);
    record.modified = record.modified->addDays(10);
    record.summary = QStringLiteral("Uudempi.");
    EXPECT_EQ(must(store->store(record, sourceFor(QStringLiteral("b.txt"), QStringLiteral("h2")))).status,
              storage::StoreStatus::Updated);
    EXPECT_EQ(must(coordinator.annotations(id)), before);
    EXPECT_EQ(must(store->search(QStringLiteral("kapustarulla"))).size(), 1)
        << "the note is still searchable";
}

TEST_P(CoordinatorStore, AnExportThatNowNamesItsRegionKeepsTheAnnotations)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    core::PageRecord record = textRecord(projectPageText(QStringLiteral("Alueeton hanke")));
    record.region.clear();
    const qint64 id = storeProject(*store, record);
    must(store->coordinator().addTag({id, 0}, QStringLiteral("seuranta")));
    must(store->coordinator().setFollowUp(id, {core::FollowUpStatus::Following, {}}));
    // The same project, a newer export that names its region: a new identity, the same page.
    record.region = QStringLiteral("Satakunta");
    record.modified = record.modified->addDays(1);
    EXPECT_EQ(must(store->store(record, sourceFor(QStringLiteral("b.txt"), QStringLiteral("h2")))).pageId,
              id);
    const auto annotations = must(store->coordinator().annotations(id));
    EXPECT_EQ(annotations.tags, QStringList{QStringLiteral("seuranta")});
    EXPECT_EQ(annotations.followUp.status, core::FollowUpStatus::Following);
}

TEST_P(CoordinatorStore, ASubAreaRetitledInANewExportIsFlaggedUntilSeen)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    core::PageRecord record = fixtureRecord(QStringLiteral("project-complete.txt"));
    const qint64 id = storeProject(*store, record);
    const QString oldTitle = record.subAreas[1].title;
    must(store->coordinator().addNote({id, 2}, QStringLiteral("Tärkeä."), QStringLiteral("Maija"), kMonday));
    must(store->coordinator().addTag({id, 1}, QStringLiteral("hyvä")));
    EXPECT_TRUE(must(store->coordinator().annotations(id)).changedSubAreas.isEmpty());

    record.subAreas[1].title = QStringLiteral("Uusi otsikko");
    record.modified = record.modified->addDays(1);
    must(store->store(record, sourceFor(QStringLiteral("a.txt"), QStringLiteral("h2"))));
    const auto annotations = must(store->coordinator().annotations(id));
    EXPECT_EQ(annotations.changedSubAreas, (QMap<int, QString>{{2, oldTitle}}));
    ASSERT_EQ(annotations.notes.size(), 1);
    EXPECT_EQ(annotations.notes.front().subArea, 2) << "the note stays with the sub-area of the same number";

    must(store->coordinator().acknowledgeSubArea({id, 2}));
    EXPECT_TRUE(must(store->coordinator().annotations(id)).changedSubAreas.isEmpty());
}

TEST_P(CoordinatorStore, CollectionsKeepTheirOrderAndTheirNamesAreUnique)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    ASSERT_FALSE(storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    const QList<qint64> all = ids(must(store->pagesByRegion({})));
    auto &coordinator = store->coordinator();
    const qint64 b = must(coordinator.createCollection(QStringLiteral("  Tiistai  ")));
    const qint64 a = must(coordinator.createCollection(QStringLiteral("Arvio")));
    EXPECT_FALSE(coordinator.createCollection(QStringLiteral("TIISTAI")).ok());
    EXPECT_FALSE(coordinator.renameCollection(a, QStringLiteral("tiistai")).ok());
    must(coordinator.addToCollection(b, {all[2], 0}));
    must(coordinator.addToCollection(b, {all[0], 1}));
    must(coordinator.addToCollection(b, {all[2], 0})); // already there
    const auto collections = must(coordinator.collections());
    ASSERT_EQ(collections.size(), 2);
    EXPECT_EQ(collections[0], (storage::CollectionSummary{b, QStringLiteral("Tiistai"), 2}));
    EXPECT_EQ(collections[1].name, QStringLiteral("Arvio"));
    const auto items = must(coordinator.collectionItems(b));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].item, (ItemRef{all[2], 0}));
    EXPECT_EQ(items[1].item, (ItemRef{all[0], 1}));
    EXPECT_FALSE(items[1].subAreaTitle.isEmpty());
    EXPECT_EQ(must(coordinator.findCollection(QStringLiteral("tiistai")))->id, b);
    EXPECT_EQ(must(coordinator.findCollection(QString::number(a)))->name, QStringLiteral("Arvio"));
    must(coordinator.removeFromCollection(b, {all[2], 0}));
    must(coordinator.renameCollection(b, QStringLiteral("Keskiviikko")));
    EXPECT_EQ(must(coordinator.collections())[0],
              (storage::CollectionSummary{b, QStringLiteral("Keskiviikko"), 1}));
    must(coordinator.removeCollection(b));
    EXPECT_EQ(must(coordinator.collections()).size(), 1);
}

TEST_P(CoordinatorStore, TheTrashTakesAProjectsPracticesAndPartsAndGivesEverythingBack)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    ASSERT_FALSE(storage::ImportRunner::run(*store, familyFiles()).anyFailed());
    const qint64 project = idOf(*store, kProject);
    const qint64 practice = idOf(*store, kPractice);
    auto &coordinator = store->coordinator();
    must(coordinator.addTag({practice, 0}, QStringLiteral("hyvä käytäntö")));
    must(coordinator.addNote({project, 0}, QStringLiteral("Polku kuntoon."), QStringLiteral("Maija"),
                             kMonday));
    const QString before = canonicalDump(*store);

    const QList<qint64> moved = must(coordinator.moveToTrash(project, kMonday));
    EXPECT_EQ(moved.size(), 4) << "the project, its list of practices, the practice and its polku tab";
    EXPECT_EQ(moved.front(), project);
    EXPECT_EQ(must(store->countPages({})), 0);
    EXPECT_TRUE(must(store->search(QStringLiteral("polku"))).isEmpty());
    EXPECT_TRUE(must(store->regionNames()).isEmpty());
    const auto trash = must(coordinator.trash());
    ASSERT_EQ(trash.size(), 1);
    EXPECT_EQ(trash.front().pageId, project);
    EXPECT_EQ(trash.front().withIt, 3);
    EXPECT_EQ(trash.front().trashedAt, kMonday);
    EXPECT_TRUE(must(coordinator.moveToTrash(project, kMonday)).isEmpty()) << "in the trash already";

    must(coordinator.restore(project));
    EXPECT_EQ(canonicalDump(*store), before);
    EXPECT_EQ(must(coordinator.annotations(practice)).tags, QStringList{QStringLiteral("hyvä käytäntö")});
    EXPECT_EQ(must(store->search(QStringLiteral("kuntoon"))).size(), 1) << "the note is searchable again";
    EXPECT_TRUE(must(coordinator.trash()).isEmpty());
    EXPECT_FALSE(coordinator.restore(project).ok());
}

TEST_P(CoordinatorStore, EmptyingTheTrashDeletesThePagesAndWhatTheCoordinatorHadOnThem)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    const qint64 gone = storeProject(*store, fixtureRecord(QStringLiteral("project-complete.txt")));
    const qint64 kept =
        storeProject(*store, textRecord(projectPageText(QStringLiteral("Toinen hanke"))), "h2");
    auto &coordinator = store->coordinator();
    must(coordinator.addTag({gone, 0}, QStringLiteral("poistuva")));
    must(coordinator.addTag({kept, 0}, QStringLiteral("jää")));
    must(coordinator.addNote({gone, 0}, QStringLiteral("x"), QStringLiteral("M"), kMonday));
    must(coordinator.moveToTrash(gone, kMonday));
    EXPECT_EQ(must(coordinator.emptyTrash()), 1);
    EXPECT_TRUE(must(coordinator.trash()).isEmpty());
    EXPECT_EQ(must(coordinator.tagNames()), QStringList{QStringLiteral("jää")});
    EXPECT_TRUE(must(coordinator.exportLayer()).items.size() == 1);
    EXPECT_EQ(must(store->integrityCheck()), QStringLiteral("ok"));
    // Imported again, it is a new page with nothing of the coordinator's on it.
    const qint64 again = storeProject(*store, fixtureRecord(QStringLiteral("project-complete.txt")), "h3");
    EXPECT_EQ(must(coordinator.annotations(again)), storage::PageAnnotations{});
}

TEST_P(CoordinatorStore, APageInTheTrashStaysThereWhenImportedAgain)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    core::PageRecord record = fixtureRecord(QStringLiteral("project-complete.txt"));
    const qint64 id = storeProject(*store, record);
    must(store->coordinator().moveToTrash(id, kMonday));
    const auto unchanged =
        must(store->store(record, sourceFor(QStringLiteral("a.txt"), QStringLiteral("h1"))));
    EXPECT_EQ(unchanged.reason, QStringLiteral("in the trash"));
    record.modified = record.modified->addDays(3);
    const auto updated = must(store->store(record, sourceFor(QStringLiteral("a.txt"), QStringLiteral("h2"))));
    EXPECT_EQ(updated.status, storage::StoreStatus::Updated);
    EXPECT_EQ(updated.reason, QStringLiteral("in the trash"));
    EXPECT_EQ(must(store->countPages({})), 0);
    EXPECT_TRUE(must(store->search(QStringLiteral("kokeillaan"))).isEmpty());
    must(store->coordinator().restore(id));
    EXPECT_EQ(must(store->page(id)).record.modified, record.modified) << "restored as the newest export";
}

TEST_P(CoordinatorStore, TheSamplePagesAreFoundByTheirFilesContents)
{
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    ASSERT_FALSE(storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    const qint64 own = storeProject(*store, textRecord(projectPageText(QStringLiteral("Oma hanke"))), "own");
    QStringList digests;
    for (const QFileInfo &file : QDir(QStringLiteral(SALKKU_SAMPLE_DIR)).entryInfoList(QDir::Files)) {
        QFile bytes(file.filePath());
        EXPECT_TRUE(bytes.open(QIODevice::ReadOnly));
        digests.append(QString::fromLatin1(
            QCryptographicHash::hash(bytes.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    const QList<qint64> samples = must(store->coordinator().pagesImportedFrom(digests));
    EXPECT_FALSE(samples.contains(own));
    for (qint64 id : samples)
        must(store->coordinator().moveToTrash(id, kMonday));
    // Every sample page, articles and parts too, is in the trash; the coordinator's own page is not.
    EXPECT_EQ(ids(must(store->list({.includeArticles = true}))), QList<qint64>{own});
}

TEST_P(CoordinatorStore, TheExchangeFileMergesIntoAnotherPortfolioByPageIdentity)
{
    TemporaryPortfolio first(GetParam()), second(GetParam());
    auto a = first.open();
    auto b = second.open();
    ASSERT_FALSE(storage::ImportRunner::run(*a, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    const QList<qint64> pages = ids(must(a->pagesByRegion({})));
    auto &coordinator = a->coordinator();
    must(coordinator.addTag({pages[0], 0}, QStringLiteral("ohjausryhmä")));
    must(coordinator.addTag({pages[1], 2}, QStringLiteral("mittarit")));
    must(coordinator.addNote({pages[1], 2}, QStringLiteral("Katso tämä."), QStringLiteral("Maija"), kMonday));
    must(coordinator.setFollowUp(pages[2], {core::FollowUpStatus::ToCheck, QDate(2026, 5, 4)}));
    const qint64 collection = must(coordinator.createCollection(QStringLiteral("Tiistai")));
    must(coordinator.addToCollection(collection, {pages[3], 0}));
    must(coordinator.addToCollection(collection, {pages[1], 2}));
    const core::UserLayer layer = must(coordinator.exportLayer());
    // Through the file and back: the same layer.
    const QByteArray json = core::UserLayerJson::toJson(layer);
    EXPECT_EQ(must(core::UserLayerJson::fromJson(json, QStringLiteral("layer.json"))), layer);

    // Into a portfolio that imported the same pages in another order: the same annotations on them.
    QStringList files =
        QDir(QStringLiteral(SALKKU_SAMPLE_DIR)).entryList(QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &file : files)
        file.prepend(QStringLiteral(SALKKU_SAMPLE_DIR "/"));
    ASSERT_FALSE(storage::ImportRunner::run(*b, files).anyFailed());
    const storage::LayerMerge merge = must(b->coordinator().importLayer(layer));
    EXPECT_EQ(merge, (storage::LayerMerge{3, 2, 1, 1, 1, 2}));
    EXPECT_EQ(must(b->coordinator().exportLayer()), layer);
    // Merging the same file again adds nothing.
    EXPECT_EQ(must(b->coordinator().importLayer(layer)), (storage::LayerMerge{3, 0, 0, 0, 0, 0}));
    storage::BrowseFilter tag;
    tag.tag = QStringLiteral("mittarit");
    EXPECT_EQ(must(b->countPages(tag)), 1);
    EXPECT_EQ(must(b->search(QStringLiteral("katso"))).size(), 1);
}

TEST_P(CoordinatorStore, AReadOnlyPortfolioRefusesEveryWrite)
{
    TemporaryPortfolio portfolio(GetParam());
    qint64 id = 0;
    {
        auto store = portfolio.open();
        id = storeProject(*store, fixtureRecord(QStringLiteral("project-complete.txt")));
    }
    storage::DatabaseOptions options;
    options.readOnly = true;
    auto store = portfolio.open(options);
    auto &coordinator = store->coordinator();
    EXPECT_FALSE(coordinator.addTag({id, 0}, QStringLiteral("x")).ok());
    EXPECT_FALSE(coordinator.addNote({id, 0}, QStringLiteral("x"), QStringLiteral("M"), kMonday).ok());
    EXPECT_FALSE(coordinator.moveToTrash(id, kMonday).ok());
    EXPECT_FALSE(coordinator.createCollection(QStringLiteral("x")).ok());
    EXPECT_TRUE(coordinator.annotations(id).ok());
}

TEST(CoordinatorStoreFile, ABackupIsTheWholePortfolioAndOpensAsOne)
{
    TemporaryPortfolio portfolio;
    auto store = portfolio.open();
    ASSERT_FALSE(storage::ImportRunner::run(*store, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    const qint64 id = must(store->pagesByRegion({})).front().id;
    must(store->coordinator().addTag({id, 0}, QStringLiteral("varmuus")));
    // Another connection writes meanwhile (the window while the command line backs up).
    auto writer = portfolio.open();
    must(writer->coordinator().addNote({id, 0}, QStringLiteral("Kirjoitettu ensin."), QStringLiteral("M"),
                                       kMonday));
    const QString target = portfolio.folder() + QStringLiteral("/backup.sqlite");
    must(store->backupTo(target));
    must(writer->coordinator().addNote({id, 0}, QStringLiteral("Kirjoitettu jälkeen."), QStringLiteral("M"),
                                       kMonday));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral("-wal"))) << "one file";

    auto copy = storage::PortfolioStore::open(target);
    ASSERT_TRUE(copy.ok()) << copy.error().toString().toStdString();
    EXPECT_EQ(must(copy.value()->integrityCheck()), QStringLiteral("ok"));
    EXPECT_EQ(must(copy.value()->countPages({})), must(store->countPages({})));
    EXPECT_EQ(must(copy.value()->coordinator().annotations(id)).notes.size(), 1);
    EXPECT_EQ(must(copy.value()->coordinator().annotations(id)).tags, QStringList{QStringLiteral("varmuus")});
    // A second backup replaces the first; the portfolio itself is never a target.
    must(store->backupTo(target));
    EXPECT_FALSE(store->backupTo(portfolio.path()).ok());
}

// Every real page there is (samples, the seeds and the corpus beside them): annotate each one, import them
// all again (unchanged, then forced, then in the other order), and nothing of the coordinator's moves or
// goes.
TEST_P(CoordinatorStore, EveryPageKeepsItsAnnotationsThroughReimports)
{
    QStringList folders{QStringLiteral(SALKKU_SAMPLE_DIR)};
    const QString seeds = qEnvironmentVariable("SALKKU_SEED_DIR");
    if (!seeds.isEmpty()) {
        ASSERT_TRUE(QFileInfo(seeds).isDir()) << "SALKKU_SEED_DIR names a missing folder";
        const QString corpus = seeds + QStringLiteral("/../innokyla-corpus");
        ASSERT_TRUE(QFileInfo(corpus).isDir()) << "the corpus is missing beside SALKKU_SEED_DIR";
        folders << seeds << corpus;
    }
    TemporaryPortfolio portfolio(GetParam());
    auto store = portfolio.open();
    storage::ImportRunner::run(*store, folders);
    auto &coordinator = store->coordinator();
    const qint64 collection = must(coordinator.createCollection(QStringLiteral("Kaikki")));
    const auto pages = must(store->list({.includeArticles = true}));
    ASSERT_GE(pages.size(), seeds.isEmpty() ? 5 : 40);
    for (const storage::PageSummary &page : pages) {
        must(coordinator.addTag({page.id, 0}, QStringLiteral("t%1").arg(page.id % 7)));
        must(coordinator.addNote({page.id, 0}, QStringLiteral("Huomio %1").arg(page.name),
                                 QStringLiteral("M"), kMonday));
        must(coordinator.setFollowUp(page.id,
                                     {core::FollowUpStatus::Following, kMonday.date().addDays(page.id)}));
        must(coordinator.addToCollection(collection, {page.id, 0}));
        for (const storage::SubAreaSummary &subArea : must(store->subAreas(page.id))) {
            must(coordinator.addTag({page.id, subArea.number}, QStringLiteral("osa")));
            must(coordinator.addNote({page.id, subArea.number}, QStringLiteral("Osa-alue."),
                                     QStringLiteral("M"), kMonday));
        }
    }
    const core::UserLayer before = must(coordinator.exportLayer());
    QList<storage::PageAnnotations> annotations;
    for (const storage::PageSummary &page : pages)
        annotations.append(must(coordinator.annotations(page.id)));

    storage::ImportRunner::run(*store, folders);
    storage::ImportOptions force;
    force.force = true;
    storage::ImportRunner::run(*store, folders, force);
    QStringList reversed = folders;
    std::reverse(reversed.begin(), reversed.end());
    storage::ImportRunner::run(*store, reversed, force);

    EXPECT_EQ(must(coordinator.exportLayer()), before);
    const auto again = must(store->list({.includeArticles = true}));
    ASSERT_EQ(ids(again), ids(pages)) << "the same pages, the same ids";
    for (qsizetype i = 0; i < pages.size(); ++i)
        EXPECT_EQ(must(coordinator.annotations(pages[i].id)), annotations[i]) << pages[i].name.toStdString();
    EXPECT_EQ(must(coordinator.collections()).front().itemCount, pages.size());
}

TEST_P(CoordinatorStore, TwoPeopleEditingOneNoteNeverOverwriteEachOther)
{
    TemporaryPortfolio portfolio(GetParam());
    auto anna = portfolio.open();
    auto pekka = portfolio.open(); // another team member, with a connection of their own
    const qint64 id = storeProject(*anna, fixtureRecord(QStringLiteral("project-complete.txt")));
    const QString original = QStringLiteral("Tarkista hankkeen mittarit.");
    const qint64 note = must(anna->coordinator().addNote({id, 1}, original, QStringLiteral("Anna"), kMonday));

    // Both open the note; Pekka saves first.
    const auto first =
        must(pekka->coordinator().editNote(note, QStringLiteral("Mittarit tarkistettu."), kMonday.addDays(1),
                                           original, QStringLiteral("Pekka")));
    EXPECT_FALSE(first.conflict);
    EXPECT_EQ(first.noteId, note);
    // Anna's save, from the text she saw, does not overwrite his: hers becomes a new note, and she is told.
    const auto second =
        must(anna->coordinator().editNote(note, QStringLiteral("Mittareista sovittu palaveri."),
                                          kMonday.addDays(2), original, QStringLiteral("Anna")));
    EXPECT_TRUE(second.conflict);
    EXPECT_NE(second.noteId, note);
    const auto notes = must(anna->coordinator().annotations(id)).notes;
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(notes[0].text, QStringLiteral("Mittarit tarkistettu."));
    EXPECT_EQ(notes[1].text, QStringLiteral("Mittareista sovittu palaveri."));
    EXPECT_EQ(notes[1].author, QStringLiteral("Anna"));
    EXPECT_EQ(notes[1].subArea, 1);
    // Both texts are found.
    EXPECT_EQ(must(pekka->search(QStringLiteral("palaveri"))).size(), 1);
    EXPECT_EQ(must(pekka->search(QStringLiteral("tarkistettu"))).size(), 1);
}

TEST_P(CoordinatorStore, SeveralPeopleImportingTheSamePagesAtOnceGetOnePageEach)
{
    TemporaryPortfolio portfolio(GetParam());
    QList<core::PageRecord> records;
    QStringList files = familyFiles();
    for (const QString &name : QDir(QStringLiteral(SALKKU_SAMPLE_DIR)).entryList({QStringLiteral("*.txt")}))
        files.append(QStringLiteral(SALKKU_SAMPLE_DIR "/") + name);
    files.removeDuplicates();
    for (const QString &file : files) {
        QFile bytes(file);
        ASSERT_TRUE(bytes.open(QIODevice::ReadOnly)) << file.toStdString();
        records.append(textRecord(QString::fromUtf8(bytes.readAll()), QFileInfo(file).fileName()));
    }
    {
        auto first = portfolio.open(); // the schema exists before the clients start
        ASSERT_TRUE(first);
    }
    constexpr int kClients = 4;
    std::vector<std::thread> clients;
    std::vector<QStringList> failures(kClients);
    for (int client = 0; client < kClients; ++client) {
        clients.emplace_back([&, client] {
            // One connection per thread; each client imports in its own order.
            auto store = storage::PortfolioStore::open(portfolio.path());
            if (!store) {
                failures[static_cast<size_t>(client)].append(store.error().toString());
                return;
            }
            for (qsizetype i = 0; i < records.size(); ++i) {
                const qsizetype at = client % 2 == 0 ? i : records.size() - 1 - i;
                const core::PageRecord &record = records[at];
                const auto stored = store.value()->store(record, sourceFor(record.file, record.file));
                if (!stored)
                    failures[static_cast<size_t>(client)].append(stored.error().toString());
            }
        });
    }
    for (std::thread &client : clients)
        client.join();
    for (const QStringList &failed : failures)
        EXPECT_TRUE(failed.isEmpty()) << failed.join(u'\n').toStdString();
    auto store = portfolio.open();
    storage::ListFilter all;
    all.includeArticles = true;
    // The same portfolio as one person importing alone.
    TemporaryPortfolio alone(GetParam());
    auto serial = alone.open();
    for (const core::PageRecord &record : records)
        must(serial->store(record, sourceFor(record.file, record.file)));
    EXPECT_EQ(must(store->list(all)).size(), must(serial->list(all)).size());
    EXPECT_GE(must(store->list(all)).size(), 10);
    EXPECT_EQ(canonicalDump(*store), canonicalDump(*serial));
}

SALKKU_ON_BOTH_BACKENDS(CoordinatorStore);
