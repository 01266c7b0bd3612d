// Kills `salkku import` with SIGKILL at many moments of a long import: afterwards the portfolio passes
// integrity_check, every page is complete or absent, and what was there before is intact.
#include "StorageTestSupport.h"
#include "storage/ImportRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

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
        int reported = 0;
        while (reported < killAfter && import.state() == QProcess::Running) {
            if (!import.canReadLine() && !import.waitForReadyRead(60000))
                break;
            while (import.canReadLine())
                reported += import.readLine().contains(": imported") ? 1 : 0;
        }
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
