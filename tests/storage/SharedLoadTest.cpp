// Eight team members at once on one shared portfolio: eight `salkku` processes, each importing, tagging,
// writing notes, filling a collection and searching, all at the same time. Every command succeeds, and the
// portfolio ends exactly as when the same commands run one member after another.
#include "StorageTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace salkku;
using namespace salkku::testing;

namespace {

constexpr int kClients = 8;
constexpr int kSlices = 8; // the pages come in slices; each client imports its own order of them
constexpr int kPagesPerSlice = 5;
constexpr int kDefaultRounds = 6; // about a minute on the CI machine; SALKKU_LOAD_ROUNDS changes it

QString pageName(int page)
{
    return QStringLiteral("Satakunnan sote-valmistelu, osa %1").arg(page, 3, 10, QLatin1Char('0'));
}

// kSlices folders of kPagesPerSlice pages like a sample, each page with its own name.
QStringList writeSlices(const QString &folder)
{
    QFile sample(QStringLiteral(SALKKU_SAMPLE_DIR "/satakunta-sote-valmistelu.txt"));
    EXPECT_TRUE(sample.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sample.readAll());
    QStringList slices;
    for (int slice = 0; slice < kSlices; ++slice) {
        const QString dir = folder + QStringLiteral("/slice-%1").arg(slice);
        QDir().mkpath(dir);
        for (int i = 0; i < kPagesPerSlice; ++i) {
            const int page = slice * kPagesPerSlice + i;
            QString copy = text;
            copy.replace(QStringLiteral("Satakunnan sote-valmistelu ja tiedolla johtaminen"), pageName(page));
            QFile file(dir + QStringLiteral("/page-%1.txt").arg(page, 3, 10, QLatin1Char('0')));
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(copy.toUtf8());
        }
        slices.append(dir);
    }
    return slices;
}

// Which slice a client imports in a round: two clients the same one at the same moment, and every client
// slices that others import in other rounds.
int sliceOf(int client, int round)
{
    return (client / 2 + round) % kSlices;
}

// One client's commands, without --db: in each round it imports a slice, annotates one of its pages (tags, a
// note, its collection) and searches.
QList<QStringList> clientCommands(int client, int rounds, const QStringList &slices)
{
    const QString collection = QStringLiteral("Seuranta %1").arg(client);
    QList<QStringList> commands{{QStringLiteral("collection"), QStringLiteral("create"), collection}};
    for (int round = 0; round < rounds; ++round) {
        const int slice = sliceOf(client, round);
        const QString page = pageName(slice * kPagesPerSlice + round % kPagesPerSlice);
        commands.append({QStringLiteral("import"), slices[slice]});
        commands.append({QStringLiteral("tag"), QStringLiteral("add"), page,
                         QStringLiteral("tiimi-%1").arg(client), QStringLiteral("yhteinen")});
        commands.append({QStringLiteral("note"), QStringLiteral("add"), page,
                         QStringLiteral("Havainto %1.%2: sovittu jatkosta").arg(client).arg(round),
                         QStringLiteral("--author"), QStringLiteral("jäsen %1").arg(client)});
        commands.append({QStringLiteral("collection"), QStringLiteral("add"), collection, page});
        commands.append({QStringLiteral("search"), QStringLiteral("tiedolla johtaminen")});
    }
    return commands;
}

// Runs the commands one after another; what went wrong, if anything.
QStringList runCommands(const QList<QStringList> &commands, const QString &address)
{
    QStringList failures;
    for (const QStringList &command : commands) {
        QProcess process;
        process.start(QStringLiteral(SALKKU_BINARY), command + QStringList{QStringLiteral("--db"), address});
        if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            failures.append(command.join(u' ') + QStringLiteral(": ") +
                            QString::fromUtf8(process.readAllStandardError()).trimmed());
    }
    return failures;
}

// The coordinator's layer, page by page, without times and ids: tags, notes (author and text) and the
// collections that hold the page.
QString layerDump(storage::PortfolioStore &store)
{
    QStringList lines;
    for (const storage::PageSummary &summary : store.list().value()) {
        const auto annotations = store.coordinator().annotations(summary.id);
        EXPECT_TRUE(annotations.ok());
        QStringList notes;
        for (const core::Note &note : annotations.value().notes)
            notes.append(note.author + u':' + note.text);
        QStringList collections;
        for (const storage::CollectionSummary &collection : annotations.value().collections)
            collections.append(collection.name);
        notes.sort();
        collections.sort();
        lines.append(summary.name + QStringLiteral(" | tags ") + annotations.value().tags.join(u',') +
                     QStringLiteral(" | notes ") + notes.join(u';') + QStringLiteral(" | in ") +
                     collections.join(u','));
    }
    lines.sort();
    return lines.join(u'\n');
}

int rounds()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("SALKKU_LOAD_ROUNDS", &ok);
    return ok && value > 0 ? value : kDefaultRounds;
}

} // namespace

TEST(SharedLoad, EightMembersImportingAnnotatingAndSearchingAtOnceEndAsOneAfterAnother)
{
    TemporaryPortfolio work;
    const QStringList slices = writeSlices(work.folder());
    std::vector<QList<QStringList>> clients;
    clients.reserve(kClients);
    for (int client = 0; client < kClients; ++client)
        clients.push_back(clientCommands(client, rounds(), slices));

    // All at once: one thread per member, each running its commands as processes.
    TemporaryPortfolio shared(storage::Backend::PostgreSQL);
    const QString address = shared.path();
    std::vector<QStringList> failures(kClients); // each thread writes its own element
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QThread>> threads;
    threads.reserve(kClients);
    for (int client = 0; client < kClients; ++client) {
        threads.emplace_back(QThread::create([&, client] {
            failures[static_cast<size_t>(client)] =
                runCommands(clients[static_cast<size_t>(client)], address);
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        thread->wait();
    const qint64 concurrentMs = timer.elapsed();
    for (int client = 0; client < kClients; ++client)
        EXPECT_TRUE(failures[static_cast<size_t>(client)].isEmpty())
            << "member " << client << ":\n"
            << failures[static_cast<size_t>(client)].join(u'\n').toStdString();

    // The same commands, one member after another.
    TemporaryPortfolio serial(storage::Backend::PostgreSQL);
    timer.restart();
    for (int client = 0; client < kClients; ++client)
        EXPECT_TRUE(runCommands(clients[static_cast<size_t>(client)], serial.path()).isEmpty());
    const qint64 serialMs = timer.elapsed();

    auto together = shared.open();
    auto alone = serial.open();
    ASSERT_TRUE(together && alone);
    QSet<int> imported;
    for (int client = 0; client < kClients; ++client)
        for (int round = 0; round < rounds(); ++round)
            imported.insert(sliceOf(client, round));
    EXPECT_EQ(together->list().value().size(), imported.size() * kPagesPerSlice);
    EXPECT_EQ(canonicalDump(*together), canonicalDump(*alone));
    const QString layer = layerDump(*together);
    EXPECT_EQ(layer, layerDump(*alone));
    EXPECT_EQ(layer.count(QStringLiteral("Havainto ")), kClients * rounds()); // no note lost
    int commands = 0;
    for (const auto &client : clients)
        commands += static_cast<int>(client.size());
    std::printf("%d members, %d commands: at once %.1f s, one after another %.1f s\n", kClients, commands,
                static_cast<double>(concurrentMs) / 1000.0, static_cast<double>(serialMs) / 1000.0);
}
