// Kills `salkku import` (into a file and into a shared portfolio), `salkku import-annotations` and
// `salkku backup` with SIGKILL at many moments, and restarts a server under an import:
// afterwards the portfolio passes integrity_check and nothing is half written. For the import:
// integrity_check, every page is complete or absent, and what was there before is intact.
#include "StorageTestSupport.h"
#include "core/UserLayerJson.h"
#include "storage/ImportRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <random>

using namespace salkku;
using namespace salkku::testing;

namespace {

constexpr int kPages = 120;
constexpr int kKills = 12;

// A long import: pages like a sample, each with its own name.
QString writeCorpus(const QString &folder)
{
    QFile sample(QStringLiteral(SALKKU_SAMPLE_DIR "/satakunta-sote-valmistelu.txt"));
    EXPECT_TRUE(sample.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sample.readAll());
    const QString dir = folder + QStringLiteral("/corpus");
    QDir().mkpath(dir);
    for (int i = 0; i < kPages; ++i) {
        QString page = text;
        page.replace(QStringLiteral("Satakunnan sote-valmistelu ja tiedolla johtaminen"),
                     QStringLiteral("Satakunnan sote-valmistelu, osa %1").arg(i, 3, 10, QLatin1Char('0')));
        QFile file(dir + QStringLiteral("/page-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(page.toUtf8());
    }
    return dir;
}

// Reads an import's --verbose output until it has reported `wanted` files as imported (or it ended):
// how many it reported.
int readUntilImported(QProcess &import, int wanted)
{
    int reported = 0;
    while (reported < wanted && import.state() == QProcess::Running) {
        if (!import.canReadLine() && !import.waitForReadyRead(60000))
            break;
        while (import.canReadLine())
            reported += import.readLine().contains(": imported") ? 1 : 0;
    }
    return reported;
}

} // namespace

TEST(KillDuringImport, ThePortfolioStaysWholeAndPagesAreCompleteOrAbsent)
{
    TemporaryPortfolio work;
    const QString corpus = writeCorpus(work.folder());
    const core::PageRecord expected = sampleRecord(QStringLiteral("satakunta-sote-valmistelu.txt"));

    // What was there before.
    const QString base = work.folder() + QStringLiteral("/base.sqlite");
    QString before;
    {
        auto store = storage::PortfolioStore::open(base);
        ASSERT_TRUE(store.ok());
        ASSERT_FALSE(
            storage::ImportRunner::run(*store.value(), {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
        before = canonicalDump(*store.value());
    }

    std::mt19937 random(4242);
    std::uniform_int_distribution<int> moment(0, kPages - 1);
    for (int round = 0; round < kKills; ++round) {
        const QString path = work.folder() + QStringLiteral("/round-%1.sqlite").arg(round);
        ASSERT_TRUE(QFile::copy(base, path));
        const int killAfter = round == 0 ? 0 : moment(random); // files reported done before the kill

        QProcess import;
        import.setProcessChannelMode(QProcess::SeparateChannels);
        import.start(QStringLiteral(SALKKU_BINARY), {QStringLiteral("import"), QStringLiteral("--verbose"),
                                                     QStringLiteral("--db"), path, corpus});
        ASSERT_TRUE(import.waitForStarted());
        const int reported = readUntilImported(import, killAfter);
        import.kill(); // SIGKILL
        ASSERT_TRUE(import.waitForFinished(60000));

        auto store = storage::PortfolioStore::open(path);
        ASSERT_TRUE(store.ok()) << "round " << round << ": " << store.error().toString().toStdString();
        EXPECT_EQ(store.value()->integrityCheck().value(), QStringLiteral("ok")) << "round " << round;
        const auto pages = store.value()->list();
        ASSERT_TRUE(pages.ok());
        int corpusPages = 0;
        for (const storage::PageSummary &summary : pages.value()) {
            if (!summary.name.startsWith(QStringLiteral("Satakunnan sote-valmistelu, osa")))
                continue;
            ++corpusPages;
            // Complete: every sub-area with every output, every section.
            const auto page = store.value()->page(summary.id);
            ASSERT_TRUE(page.ok());
            ASSERT_EQ(page.value().record.subAreas.size(), expected.subAreas.size())
                << summary.name.toStdString();
            for (qsizetype i = 0; i < expected.subAreas.size(); ++i)
                EXPECT_EQ(page.value().record.subAreas[i].outputs, expected.subAreas[i].outputs);
            EXPECT_EQ(page.value().record.sections.size(), expected.sections.size());
            EXPECT_FALSE(store.value()->search(summary.name).value().isEmpty());
        }
        // Every file reported as imported is there.
        EXPECT_GE(corpusPages, reported) << "round " << round;
        // What was there before is intact.
        QString after = canonicalDump(*store.value());
        QStringList kept;
        for (const QString &line : after.split(u'\n'))
            if (!line.contains(QStringLiteral("Satakunnan sote-valmistelu, osa")))
                kept.append(line);
        EXPECT_EQ(kept.join(u'\n'), before) << "round " << round;
        // And the next import works, finishing the job.
        const auto report = storage::ImportRunner::run(*store.value(), {corpus});
        EXPECT_FALSE(report.anyFailed()) << "round " << round;
        EXPECT_EQ(store.value()->list().value().size(), pages.value().size() - corpusPages + kPages);
    }
}

namespace {

// A large exchange file: many notes on every sample page, so that merging it or backing the portfolio up
// takes long enough to be killed half way.
core::UserLayer manyNotes(storage::PortfolioStore &store, int perPage)
{
    core::UserLayer layer;
    const auto pages = store.list();
    EXPECT_TRUE(pages.ok());
    const QString text = QStringLiteral("Ohjausryhmän huomio mittareista ja kotihoidosta. ").repeated(20);
    for (const storage::PageSummary &summary : pages.value()) {
        const auto page = store.page(summary.id);
        EXPECT_TRUE(page.ok());
        core::AnnotatedItem item;
        item.page = core::PageIdentity{page.value().record.kind, page.value().record.part,
                                       page.value().record.name, page.value().record.region};
        item.tags = {QStringLiteral("kuormitus")};
        for (int i = 0; i < perPage; ++i)
            item.notes.append(core::Note{0,
                                         0,
                                         text + QString::number(i),
                                         QStringLiteral("Testi"),
                                         QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i),
                                         {}});
        layer.items.append(item);
    }
    return layer;
}

QString writeLayer(const QString &path, const core::UserLayer &layer)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(core::UserLayerJson::toJson(layer));
    return path;
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

// Starts `salkku ARGS…` and kills it (SIGKILL) once `watched` has grown to `bytes`, or lets it finish.
void killWhenGrown(const QStringList &arguments, const QString &watched, qint64 bytes)
{
    QProcess salkku;
    salkku.start(QStringLiteral(SALKKU_BINARY), arguments);
    ASSERT_TRUE(salkku.waitForStarted());
    while (sizeOf(watched) < bytes && !salkku.waitForFinished(2)) {
    }
    salkku.kill();
    ASSERT_TRUE(salkku.waitForFinished(60000));
}

} // namespace

TEST(KillDuringAnnotationWrite, TheLayerIsMergedWholeOrNotAtAll)
{
    TemporaryPortfolio work;
    const QString base = work.folder() + QStringLiteral("/base.sqlite");
    core::UserLayer before;
    core::UserLayer merged;
    QString layerFile;
    {
        auto store = storage::PortfolioStore::open(base);
        ASSERT_TRUE(store.ok());
        ASSERT_FALSE(
            storage::ImportRunner::run(*store.value(), {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
        ASSERT_TRUE(store.value()
                        ->coordinator()
                        .addTag({store.value()->list().value().front().id, 0}, QStringLiteral("ennestään"))
                        .ok());
        before = store.value()->coordinator().exportLayer().value();
        layerFile = writeLayer(work.folder() + QStringLiteral("/layer.json"), manyNotes(*store.value(), 400));
        ASSERT_TRUE(store.value()->optimize().ok());
    }
    {
        const QString whole = work.folder() + QStringLiteral("/whole.sqlite");
        ASSERT_TRUE(QFile::copy(base, whole));
        auto store = storage::PortfolioStore::open(whole);
        QFile file(layerFile);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ASSERT_TRUE(store.value()
                        ->coordinator()
                        .importLayer(core::UserLayerJson::fromJson(file.readAll(), layerFile).value())
                        .ok());
        merged = store.value()->coordinator().exportLayer().value();
    }
    int interrupted = 0; // rounds killed before the merge was committed
    for (int round = 0; round < 8; ++round) {
        const QString path = work.folder() + QStringLiteral("/round-%1.sqlite").arg(round);
        ASSERT_TRUE(QFile::copy(base, path));
        // The write-ahead log grows as the merge writes: kill at a different size each round.
        killWhenGrown({QStringLiteral("import-annotations"), QStringLiteral("--db"), path, layerFile},
                      path + QStringLiteral("-wal"), qint64(round) * 512 * 1024);
        auto store = storage::PortfolioStore::open(path);
        ASSERT_TRUE(store.ok()) << "round " << round << ": " << store.error().toString().toStdString();
        EXPECT_EQ(store.value()->integrityCheck().value(), QStringLiteral("ok")) << "round " << round;
        const core::UserLayer after = store.value()->coordinator().exportLayer().value();
        EXPECT_TRUE(after == before || after == merged) << "round " << round << ": half a merge";
        interrupted += after == before ? 1 : 0;
        // The same file again finishes the job.
        QFile file(layerFile);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ASSERT_TRUE(store.value()
                        ->coordinator()
                        .importLayer(core::UserLayerJson::fromJson(file.readAll(), layerFile).value())
                        .ok());
        EXPECT_EQ(store.value()->coordinator().exportLayer().value(), merged) << "round " << round;
    }
    EXPECT_GE(interrupted, 1) << "no round was killed half way: the test tested nothing";
}

TEST(KillDuringBackup, TheBackupIsWholeOrAbsentAndThePortfolioUntouched)
{
    TemporaryPortfolio work;
    const QString source = work.folder() + QStringLiteral("/live.sqlite");
    QString before;
    {
        auto store = storage::PortfolioStore::open(source);
        ASSERT_TRUE(store.ok());
        ASSERT_FALSE(
            storage::ImportRunner::run(*store.value(), {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
        ASSERT_TRUE(store.value()->coordinator().importLayer(manyNotes(*store.value(), 400)).ok());
        ASSERT_TRUE(store.value()->optimize().ok());
        before = canonicalDump(*store.value());
    }
    const qint64 total = sizeOf(source);
    ASSERT_GT(total, 4 * 1024 * 1024) << "a portfolio big enough to be killed half way through its backup";
    const QString target = work.folder() + QStringLiteral("/backup.sqlite");
    int interrupted = 0; // rounds killed before the backup was renamed into place
    for (int round = 0; round < 8; ++round) {
        QFile::remove(target);
        killWhenGrown(
            {QStringLiteral("backup"), QStringLiteral("--db"), source, QStringLiteral("--out"), target},
            target + QStringLiteral(".partial"), total * round / 8);
        interrupted += QFileInfo::exists(target) ? 0 : 1;
        if (QFileInfo::exists(target)) { // it finished first: a whole portfolio
            auto copy = storage::PortfolioStore::open(target);
            ASSERT_TRUE(copy.ok()) << "round " << round;
            EXPECT_EQ(copy.value()->integrityCheck().value(), QStringLiteral("ok")) << "round " << round;
            EXPECT_EQ(canonicalDump(*copy.value()), before) << "round " << round;
        }
        auto store = storage::PortfolioStore::open(source);
        ASSERT_TRUE(store.ok());
        EXPECT_EQ(store.value()->integrityCheck().value(), QStringLiteral("ok")) << "round " << round;
    }
    EXPECT_GE(interrupted, 1) << "no round was killed half way: the test tested nothing";
    // The next backup writes over what a killed one left.
    auto store = storage::PortfolioStore::open(source);
    ASSERT_TRUE(store.value()->backupTo(target).ok());
    auto copy = storage::PortfolioStore::open(target);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(canonicalDump(*copy.value()), before);
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
}

// A team member's `salkku import` into a shared portfolio, killed at several moments one after the other: the
// server rolls the open transaction back, every page there is complete, and the next import finishes.
TEST(KillDuringSharedImport, EveryPageOnTheServerIsCompleteOrAbsent)
{
    TemporaryPortfolio work;
    const QString corpus = writeCorpus(work.folder());
    const core::PageRecord expected = sampleRecord(QStringLiteral("satakunta-sote-valmistelu.txt"));
    TemporaryPortfolio shared(storage::Backend::PostgreSQL);
    std::mt19937 random(4343);
    std::uniform_int_distribution<int> moment(1, 12);
    int interrupted = 0;
    for (int round = 0; round < 5; ++round) {
        QProcess import;
        import.start(QStringLiteral(SALKKU_BINARY), {QStringLiteral("import"), QStringLiteral("--verbose"),
                                                     QStringLiteral("--db"), shared.path(), corpus});
        ASSERT_TRUE(import.waitForStarted());
        const int killAfter = moment(random); // files imported in this round before the kill
        readUntilImported(import, killAfter);
        interrupted += import.state() == QProcess::Running ? 1 : 0;
        import.kill(); // SIGKILL, in the middle of the next page's transaction
        ASSERT_TRUE(import.waitForFinished(60000));

        auto store = shared.open();
        ASSERT_TRUE(store);
        for (const storage::PageSummary &summary : store->list().value()) {
            const auto page = store->page(summary.id);
            ASSERT_TRUE(page.ok());
            ASSERT_EQ(page.value().record.subAreas.size(), expected.subAreas.size())
                << summary.name.toStdString();
            EXPECT_EQ(page.value().record.sections.size(), expected.sections.size());
            EXPECT_FALSE(store->search(summary.name).value().isEmpty());
        }
    }
    EXPECT_GT(interrupted, 0); // the kills did land in the middle of imports
    auto store = shared.open();
    ASSERT_TRUE(store);
    const auto report = storage::ImportRunner::run(*store, {corpus});
    EXPECT_FALSE(report.anyFailed());
    EXPECT_EQ(store->list().value().size(), kPages);
}

namespace {

class ServerRestart : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_FALSE(m_server.address().isEmpty()); }
    void restart() { ASSERT_TRUE(m_server.restart()); }
    static std::unique_ptr<QProcess> salkku(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(SALKKU_BINARY), arguments);
        return process;
    }

    PrivateServer m_server;
    const QString m_address = m_server.address();
};

} // namespace

// The server restarts in the middle of a team member's import: the import says so, connects again and
// finishes; every page is there once.
TEST_F(ServerRestart, AnImportConnectsAgainAndFinishes)
{
    TemporaryPortfolio work;
    const QString corpus = writeCorpus(work.folder());

    auto import = salkku(
        {QStringLiteral("import"), QStringLiteral("--verbose"), QStringLiteral("--db"), m_address, corpus});
    ASSERT_TRUE(import->waitForStarted());
    readUntilImported(*import, 10);
    ASSERT_EQ(import->state(), QProcess::Running);
    restart();
    ASSERT_TRUE(import->waitForFinished(300000));
    const QString errors = QString::fromUtf8(import->readAllStandardError());
    EXPECT_EQ(import->exitCode(), 0) << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("lost and made again"))) << errors.toStdString();

    auto listed =
        salkku({QStringLiteral("list"), QStringLiteral("--db"), m_address, QStringLiteral("--json")});
    ASSERT_TRUE(listed->waitForFinished(60000));
    EXPECT_EQ(QJsonDocument::fromJson(listed->readAllStandardOutput()).array().size(), kPages);
}

// A window left open while the server restarted: its next read, or its next change, connects again by
// itself, and it hears the others' changes again.
TEST_F(ServerRestart, AnOpenPortfolioConnectsAgainByItselfForReadsAndNewChanges)
{
    coreApplication();
    auto opened = storage::PortfolioStore::open(m_address);
    ASSERT_TRUE(opened) << opened.error().toString().toStdString();
    storage::PortfolioStore &store = *opened.value();
    auto stored = store.store(textRecord(projectPageText(QStringLiteral("Lapin kotihoito"))),
                              sourceFor(QStringLiteral("a"), QStringLiteral("a")));
    ASSERT_TRUE(stored);
    const qint64 pageId = stored.value().pageId;
    storage::CoordinatorStore &layer = store.coordinator(); // held across the restart, as the window does
    QList<storage::PortfolioChange> heard;
    ASSERT_TRUE(
        store.watchChanges([&heard](const storage::PortfolioChange &change) { heard.append(change); }));

    restart();

    auto listed = store.list();
    ASSERT_TRUE(listed) << listed.error().toString().toStdString();
    EXPECT_EQ(listed.value().size(), 1);
    EXPECT_EQ(store.reconnections(), 1);
    auto tagged = layer.addTag(core::ItemRef{pageId, 0}, QStringLiteral("seuranta"));
    ASSERT_TRUE(tagged) << tagged.error().toString().toStdString();
    EXPECT_EQ(layer.annotations(pageId).value().tags, QStringList{QStringLiteral("seuranta")});
    auto other = storage::PortfolioStore::open(m_address);
    ASSERT_TRUE(other);
    ASSERT_TRUE(other.value()->store(textRecord(projectPageText(QStringLiteral("Kainuun kotihoito"))),
                                     sourceFor(QStringLiteral("b"), QStringLiteral("b"))));
    EXPECT_TRUE(eventually([&] { return !heard.isEmpty(); }));
    EXPECT_EQ(store.reconnections(), 1);
}
