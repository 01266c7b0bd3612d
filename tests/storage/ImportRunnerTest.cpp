#include "storage/ImportRunner.h"

#include "StorageTestSupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace salkku;
using namespace salkku::testing;
using Status = storage::ImportItem::Status;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(SALKKU_FIXTURE_DIR "/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

class ImportRunner : public OnBothBackends
{
};
SALKKU_ON_BOTH_BACKENDS(ImportRunner);

TEST_P(ImportRunner, AFolderWithOneBrokenFileReportsItAndImportsTheRest)
{
    TemporaryPortfolio portfolio{GetParam()};
    const QString folder = portfolio.folder() + QStringLiteral("/sivut");
    writeFile(folder + QStringLiteral("/a.txt"), fixtureBytes(QStringLiteral("project-complete.txt")));
    writeFile(folder + QStringLiteral("/alikansio/b.txt"), fixtureBytes(QStringLiteral("practice-page.txt")));
    writeFile(folder + QStringLiteral("/rikki.txt"), QByteArray("abc\ndef\0ghi", 11));
    writeFile(folder + QStringLiteral("/ohita.pdf"), QByteArray("%PDF"));
    auto store = portfolio.open();
    const storage::ImportReport report = storage::ImportRunner::run(*store, {folder});
    EXPECT_EQ(report.summaryLine(),
              QStringLiteral("2 imported, 0 updated, 0 unchanged, 0 skipped, 1 failed"));
    EXPECT_TRUE(report.anyFailed());
    const auto failed =
        std::find_if(report.items.cbegin(), report.items.cend(),
                     [](const storage::ImportItem &item) { return item.status == Status::Failed; });
    ASSERT_NE(failed, report.items.cend());
    EXPECT_TRUE(failed->file.endsWith(QStringLiteral("rikki.txt")));
    EXPECT_EQ(failed->line, 2);
    EXPECT_TRUE(failed->message.contains(QStringLiteral("binary")));
    EXPECT_EQ(store->list().value().size(), 2);
}

TEST_P(ImportRunner, ReimportingSaysUnchanged)
{
    TemporaryPortfolio portfolio{GetParam()};
    const QString file = portfolio.folder() + QStringLiteral("/a.txt");
    writeFile(file, fixtureBytes(QStringLiteral("project-complete.txt")));
    auto store = portfolio.open();
    EXPECT_EQ(storage::ImportRunner::run(*store, {file}).summaryLine(),
              QStringLiteral("1 imported, 0 updated, 0 unchanged, 0 skipped, 0 failed"));
    EXPECT_EQ(storage::ImportRunner::run(*store, {file}).summaryLine(),
              QStringLiteral("0 imported, 0 updated, 1 unchanged, 0 skipped, 0 failed"));
}

// The import makes a page's text for the index while the page before it is written; a page with notes is
// indexed with them all the same.
TEST_P(ImportRunner, APageImportedAgainIsFoundByItsNewTextAndStillByItsNotes)
{
    TemporaryPortfolio portfolio{GetParam()};
    const QString file = portfolio.folder() + QStringLiteral("/a.txt");
    const auto pageSaying = [](const QString &purpose) {
        return projectPageText(QStringLiteral("Lapin hanke"),
                               QStringLiteral("Kokonaisuuden tarkoitus ja tavoitteet\n\n") + purpose +
                                   QStringLiteral("\n"))
            .toUtf8();
    };
    writeFile(file, pageSaying(QStringLiteral("Kotihoidon kehittäminen.")));
    auto store = portfolio.open();
    const storage::ImportReport first = storage::ImportRunner::run(*store, {file});
    ASSERT_EQ(first.count(Status::Imported), 1);
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    const auto note = store->coordinator().addNote(
        {first.items.front().pageId, 0}, QStringLiteral("Kysy mittareista."), QStringLiteral("Maija"), at);
    ASSERT_TRUE(note.ok());
    writeFile(file, pageSaying(QStringLiteral("Perhekeskusten kehittäminen.")));
    EXPECT_EQ(storage::ImportRunner::run(*store, {file}).summaryLine(),
              QStringLiteral("0 imported, 1 updated, 0 unchanged, 0 skipped, 0 failed"));
    const QStringList lappi{QStringLiteral("Lapin hanke")};
    EXPECT_EQ(hitNames(*store, QStringLiteral("mittari")), lappi);
    EXPECT_EQ(hitNames(*store, QStringLiteral("perhekeskus")), lappi);
    EXPECT_TRUE(hitNames(*store, QStringLiteral("kotihoito")).isEmpty());
    // And again, without the note: the text indexed with the note is taken out whole.
    ASSERT_TRUE(store->coordinator().removeNote(note.value()).ok());
    writeFile(file, pageSaying(QStringLiteral("Neuvolan kehittäminen.")));
    EXPECT_EQ(storage::ImportRunner::run(*store, {file}).count(Status::Updated), 1);
    EXPECT_TRUE(hitNames(*store, QStringLiteral("perhekeskus")).isEmpty());
    EXPECT_TRUE(hitNames(*store, QStringLiteral("mittari")).isEmpty());
    EXPECT_EQ(hitNames(*store, QStringLiteral("neuvola")), lappi);
}

TEST_P(ImportRunner, AMissingPathIsAFailureAndTheRestIsImported)
{
    TemporaryPortfolio portfolio{GetParam()};
    const QString file = portfolio.folder() + QStringLiteral("/a.txt");
    writeFile(file, fixtureBytes(QStringLiteral("project-complete.txt")));
    auto store = portfolio.open();
    const auto report =
        storage::ImportRunner::run(*store, {portfolio.folder() + QStringLiteral("/ei-ole"), file});
    EXPECT_EQ(report.count(Status::Failed), 1);
    EXPECT_EQ(report.count(Status::Imported), 1);
    EXPECT_TRUE(report.items.front().message.contains(QStringLiteral("no such file or folder")));
}

TEST_P(ImportRunner, ReportsProgressAndStopsWhenCancelled)
{
    TemporaryPortfolio portfolio{GetParam()};
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        writeFile(portfolio.folder() + QStringLiteral("/in/") + name + QStringLiteral(".txt"),
                  projectPageText(QStringLiteral("Lapin hanke ") + name).toUtf8());
    auto store = portfolio.open();
    std::atomic<bool> cancel = false;
    QList<int> done;
    const auto report = storage::ImportRunner::run(
        *store, {portfolio.folder() + QStringLiteral("/in")}, {},
        [&](int finished, int total, const QString &) {
            EXPECT_EQ(total, 3);
            done.append(finished);
            if (finished == 1)
                cancel = true; // the second file is starting: it finishes, the third never starts
        },
        &cancel);
    EXPECT_EQ(done, (QList<int>{0, 1}));
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.count(Status::Imported), 2);
    EXPECT_EQ(store->list().value().size(), 2);
    cancel = false;
    std::atomic<bool> cancelAtOnce = true;
    const auto none = storage::ImportRunner::run(*store, {portfolio.folder() + QStringLiteral("/in")}, {}, {},
                                                 &cancelAtOnce);
    EXPECT_TRUE(none.cancelled);
    EXPECT_TRUE(none.items.isEmpty());
}

TEST_P(ImportRunner, AnyOrderAndAnyNumberOfTimesGivesTheSamePortfolio)
{
    TemporaryPortfolio source{GetParam()};
    QStringList files;
    for (const QString &name : QDir(QStringLiteral(SALKKU_SAMPLE_DIR)).entryList({QStringLiteral("*.txt")}))
        files.append(QStringLiteral(SALKKU_SAMPLE_DIR "/") + name);
    for (const QString &name : {QStringLiteral("project-complete.txt"), QStringLiteral("practice-page.txt"),
                                QStringLiteral("article-news.txt")})
        files.append(QStringLiteral(SALKKU_FIXTURE_DIR "/") + name);
    const QByteArray seedDir = qgetenv("SALKKU_SEED_DIR");
    if (!seedDir.isEmpty())
        for (const QString &name : QDir(QString::fromLocal8Bit(seedDir)).entryList({QStringLiteral("*.txt")}))
            files.append(QString::fromLocal8Bit(seedDir) + u'/' + name);

    QString reference;
    std::mt19937 random(20261123);
    for (int round = 0; round < 4; ++round) {
        TemporaryPortfolio portfolio{GetParam()};
        auto store = portfolio.open();
        QStringList order = files;
        std::shuffle(order.begin(), order.end(), random);
        // Some files twice, in the same run and in a second run.
        order.append(order.mid(0, round + 1));
        ASSERT_FALSE(storage::ImportRunner::run(*store, order).anyFailed());
        std::shuffle(order.begin(), order.end(), random);
        const auto again = storage::ImportRunner::run(*store, order.mid(0, 5));
        EXPECT_EQ(again.count(Status::Unchanged), 5);
        const QString dump = canonicalDump(*store);
        if (round == 0)
            reference = dump;
        else
            EXPECT_EQ(dump, reference) << "round " << round;
        EXPECT_EQ(store->integrityCheck().value(), QStringLiteral("ok"));
    }
}
