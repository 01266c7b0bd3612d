// Pages linked by name: a practice under its project, a project's list of practices, a practice's
// Kehittämisen polku tab kept with it; re-imports in any order; and a portfolio made by Salkku 0.1.0 brought
// up to date in place.
#include "StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace salkku;
using namespace salkku::testing;

namespace {

const QString kLayouts = QStringLiteral(SALKKU_FIXTURE_DIR "/layouts/");
const QString kLegacy = QStringLiteral(SALKKU_SOURCE_DIR "/tests/storage/fixtures/legacy-0.1.0");
const QString kPractice = QStringLiteral("Perheiden palveluohjaus yhdellä soitolla");
const QString kProject = QStringLiteral("Pohjois-Karjalan perhekeskusten kehittäminen");

// The pages of one family: a project (a sample), its list of practices, a practice that names it, and the
// practice's Kehittämisen polku tab.
QStringList familyFiles()
{
    return {QStringLiteral(SALKKU_SAMPLE_DIR "/pohjois-karjala-perhekeskus.txt"),
            kLayouts + QStringLiteral("project-practice-list.txt"),
            kLayouts + QStringLiteral("practice-chevron.txt"),
            kLayouts + QStringLiteral("practice-development-path.txt")};
}

storage::ImportReport import(storage::PortfolioStore &store, const QStringList &files)
{
    return storage::ImportRunner::run(store, files);
}

qint64 idOf(storage::PortfolioStore &store, const QString &name)
{
    const auto found = store.findByName(name);
    EXPECT_TRUE(found.ok());
    EXPECT_EQ(found.value().size(), 1) << name.toStdString();
    return found.value().isEmpty() ? 0 : found.value().front().id;
}

} // namespace

class PageParts : public OnBothBackends
{
};
SALKKU_ON_BOTH_BACKENDS(PageParts);

TEST_P(PageParts, APracticeIsListedUnderItsProjectAndByRegion)
{
    TemporaryPortfolio portfolio{GetParam()};
    auto store = portfolio.open();
    ASSERT_FALSE(import(*store, familyFiles()).anyFailed());
    const qint64 project = idOf(*store, kProject);
    const qint64 practice = idOf(*store, kPractice);

    const auto practices = store->practices(project);
    ASSERT_TRUE(practices.ok());
    ASSERT_EQ(practices.value().size(), 1);
    EXPECT_EQ(practices.value().front().pageId, practice);

    // The project's page lists its practices: the imported one as a link, the one only named without.
    const auto page = store->page(project).value();
    ASSERT_EQ(page.practices.size(), 2);
    EXPECT_EQ(page.practices[0].name, kPractice);
    EXPECT_EQ(page.practices[0].pageId, practice);
    EXPECT_EQ(page.practices[1].name, QStringLiteral("Vanhemmuuden tuen ryhmät verkossa"));
    EXPECT_EQ(page.practices[1].pageId, 0);
    // The practice names its project.
    const auto practicePage = store->page(practice).value();
    EXPECT_EQ(practicePage.project, (storage::PageLink{kProject, project}));
    // And by region: both in Pohjois-Karjala.
    storage::BrowseFilter region;
    region.region = QStringLiteral("Pohjois-Karjala");
    EXPECT_EQ(store->countPages(region).value(), 2);
}

TEST_P(PageParts, ADevelopmentPathIsKeptWithItsPracticeNeverAsASecondPage)
{
    TemporaryPortfolio portfolio{GetParam()};
    auto store = portfolio.open();
    ASSERT_FALSE(import(*store, familyFiles()).anyFailed());
    // Four files, two pages in the lists: the list of practices and the polku tab are parts.
    EXPECT_EQ(store->countPages({}).value(), 2);
    EXPECT_EQ(store->list().value().size(), 2);
    const auto practice = store->page(idOf(*store, kPractice)).value();
    ASSERT_EQ(practice.parts.size(), 1);
    EXPECT_EQ(practice.parts.front().record.part, core::PagePart::DevelopmentPath);
    EXPECT_FALSE(practice.parts.front().record.sections.isEmpty());
    // A search for a word only the polku tab has finds the practice.
    const auto hits = store->search(QStringLiteral("asiakastyytyväisyys"));
    ASSERT_TRUE(hits.ok());
    ASSERT_FALSE(hits.value().isEmpty());
    EXPECT_EQ(hits.value().front().pageId, practice.id);
    storage::BrowseFilter text;
    text.text = QStringLiteral("asiakastyytyväisyys");
    EXPECT_EQ(store->countPages(text).value(), 1);
    EXPECT_TRUE(store->shows(practice.id, text).value());
}

TEST_P(PageParts, APartWhoseMainPageIsMissingIsListedByItself)
{
    TemporaryPortfolio portfolio{GetParam()};
    auto store = portfolio.open();
    ASSERT_FALSE(
        import(*store, {kLayouts + QStringLiteral("practice-development-path-untitled.txt")}).anyFailed());
    const auto pages = store->list().value();
    ASSERT_EQ(pages.size(), 1);
    // Without a title, by its file's name.
    EXPECT_EQ(pages.front().name, QStringLiteral("practice-development-path-untitled"));
    EXPECT_EQ(pages.front().part, core::PagePart::DevelopmentPath);
}

TEST_P(PageParts, ReimportingInAnyOrderGivesTheSamePortfolio)
{
    QStringList files = familyFiles();
    files << kLayouts + QStringLiteral("practice-new-layout.txt")
          << kLayouts + QStringLiteral("article-kuva.txt")
          << kLayouts + QStringLiteral("practice-development-path-fragment.txt");
    TemporaryPortfolio first{GetParam()};
    auto a = first.open();
    ASSERT_FALSE(import(*a, files).anyFailed());
    const QString expected = canonicalDump(*a);

    std::mt19937 shuffle(20261130); // fixed: the same orders every run
    for (int round = 0; round < 4; ++round) {
        std::shuffle(files.begin(), files.end(), shuffle);
        TemporaryPortfolio other{GetParam()};
        auto b = other.open();
        for (const QString &file : std::as_const(files)) // one at a time, in this order
            ASSERT_FALSE(import(*b, {file}).anyFailed());
        ASSERT_FALSE(import(*b, files).anyFailed()); // and all again: unchanged
        EXPECT_EQ(canonicalDump(*b), expected) << "order " << files.join(u' ').toStdString();
    }
}

TEST(PagePartsOfSalkku010, APortfolioOfSalkku010IsUpdatedInPlaceWhenItsPagesAreImportedAgain)
{
    TemporaryPortfolio portfolio;
    ASSERT_TRUE(QFile::copy(kLegacy + QStringLiteral("/portfolio.sqlite"), portfolio.path()));
    QFile::setPermissions(portfolio.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto store = portfolio.open();
    ASSERT_TRUE(store);
    const auto before = store->list({.includeArticles = true}).value();
    ASSERT_EQ(before.size(), 17);
    // 0.1.0 read no region from the practice whose place is a municipality (Joensuu).
    const qint64 joensuu = idOf(*store, kPractice);
    EXPECT_TRUE(store->page(joensuu).value().record.region.isEmpty());

    const auto report = import(*store, {kLegacy + QStringLiteral("/pages")});
    EXPECT_FALSE(report.anyFailed());
    EXPECT_EQ(report.count(storage::ImportItem::Status::Updated), 17) << report.summaryLine().toStdString();
    EXPECT_EQ(report.count(storage::ImportItem::Status::Imported), 0);

    const auto after = store->list({.includeArticles = true}).value();
    ASSERT_EQ(after.size(), 17) << "no second copy of any page";
    QList<qint64> idsBefore, idsAfter;
    for (const auto &page : before)
        idsBefore.append(page.id);
    for (const auto &page : after)
        idsAfter.append(page.id);
    std::sort(idsBefore.begin(), idsBefore.end());
    std::sort(idsAfter.begin(), idsAfter.end());
    EXPECT_EQ(idsAfter, idsBefore);
    // The same page, read better: its region now, its funders and author.
    const auto practice = store->page(joensuu).value();
    EXPECT_EQ(practice.record.region, QStringLiteral("Pohjois-Karjala"));
    EXPECT_EQ(practice.record.author, QStringLiteral("Kaisa Esimerkki"));
    EXPECT_EQ(practice.record.funders.size(), 2);
    EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
    // Once more: unchanged.
    EXPECT_EQ(
        import(*store, {kLegacy + QStringLiteral("/pages")}).count(storage::ImportItem::Status::Unchanged),
        17);
}

TEST(PagePartsOfSalkku010, TheFixturePortfolioIsStillWhatSalkku010Made)
{
    // Guard against regenerating it with newer code: schema version 2, no parts.
    TemporaryPortfolio portfolio;
    ASSERT_TRUE(QFile::copy(kLegacy + QStringLiteral("/portfolio.sqlite"), portfolio.path()));
    QFile::setPermissions(portfolio.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto database = storage::Database::open(portfolio.path(), {});
    // Database::open upgrades; read the backup it made of the version it found.
    ASSERT_TRUE(database.ok());
    EXPECT_TRUE(QFile::exists(portfolio.path() + QStringLiteral(".v2.bak")));
}
