// startup_benchmark [N...]: time from launching the program to its first painted main window, on portfolios
// of N projects (default 100 and 100000), beside a bare QMainWindow in a program of its own (startup_bare,
// linked with Qt Widgets alone) measured the same way in the same run; the time until the tree shows the
// portfolio's groups; and peak memory. Every measurement is a fresh child process, started as the application
// starts: the window is shown, then started on the last portfolio. The clock starts when the parent launches
// the child, so loading the program and its libraries counts (the time in main alone is printed beside it).
// Prints numbers, asserts nothing.
//
//   startup_benchmark 100 100000     the comparison (creating 100 000 projects takes a while once;
//                                     the portfolios are kept in the working folder for the next run)
//   startup_benchmark --child salkku PORTFOLIO     one measurement (used by the above)
//   valgrind --tool=callgrind --toggle-collect=main startup_bare
//   valgrind --tool=callgrind --toggle-collect=main startup_benchmark --child salkku-paint PORTFOLIO
//                                     the instructions in main until the first paint (no noise)
#include "FirstPaint.h"
#include "gui/MainWindow.h"
#include "gui/PortfolioController.h"
#include "models/ProjectTreeModel.h"
#include "storage/PortfolioStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

using salkku::bench::FirstPaint;
using salkku::bench::peakKilobytes;
using salkku::bench::steadyNanoseconds;

// The window's key of the portfolio it opens on start.
const QString kLastPortfolioKey = QStringLiteral("portfolio/last");

// Never the user's settings: the test mode's, under a name of their own.
void useOwnSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SalkkuStartupBenchmark"));
}

int child(int argc, char *argv[], const QString &mode, const QString &portfolio)
{
    QApplication app(argc, argv);
    // "salkku-paint": the window's first paint alone, then quits (for counting its instructions under
    // callgrind).
    FirstPaint firstPaint(mode != u"salkku");
    // As the application starts: on the last portfolio (the parent wrote it into the test mode's settings).
    useOwnSettings();
    if (QSettings().value(kLastPortfolioKey).toString() != QFileInfo(portfolio).absoluteFilePath())
        return 3;
    // Ready: the portfolio asked for is open, and the tree has read its groups (the reset before, from the
    // opening, says nothing yet). Then the peak memory, with the portfolio open and read. (Before the window:
    // its destructor resets the tree once more.)
    const QString wanted = QFileInfo(portfolio).absoluteFilePath();
    bool started = false;
    bool reported = false;
    salkku::gui::MainWindow window;
    window.setInteractive(false);
    window.resize(1200, 760);
    window.installEventFilter(&firstPaint);
    QObject::connect(&window, &salkku::gui::MainWindow::started, &app, [&window, &started, wanted](bool ok) {
        started = ok && window.portfolio()->path() == wanted;
        if (!started)
            QCoreApplication::exit(2);
    });
    QObject::connect(window.treeModel(), &QAbstractItemModel::modelReset, &app, [&started, &reported] {
        if (!started || reported)
            return;
        reported = true;
        std::printf("tree_ns=%lld peak_kb=%lld\n", steadyNanoseconds(), peakKilobytes());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QObject::connect(window.treeModel(), &salkku::models::ProjectTreeModel::loadFailed, &app,
                     [] { QCoreApplication::exit(4); });
    window.show();
    window.start();
    return QApplication::exec();
}

// A portfolio of n projects: small but complete records, stored the ordinary way.
bool makePortfolio(const QString &path, int n)
{
    if (QFileInfo::exists(path))
        return true;
    auto store = salkku::storage::PortfolioStore::open(path + QStringLiteral(".part"));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return false;
    }
    const QStringList regions{QStringLiteral("Lappi"),      QStringLiteral("Helsinki"),
                              QStringLiteral("Kainuu"),     QStringLiteral("Satakunta"),
                              QStringLiteral("Pirkanmaa"),  QStringLiteral("Keski-Suomi"),
                              QStringLiteral("Kanta-Häme"), QStringLiteral("Pohjois-Savo")};
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < n; ++i) {
        salkku::core::PageRecord record;
        record.kind = salkku::core::PageKind::Project;
        record.name = QStringLiteral("Kehittämishanke %1").arg(i, 6, 10, QLatin1Char('0'));
        record.region = regions[i % regions.size()];
        record.summary = QStringLiteral("Hanke kehittää palveluja ja tiedolla johtamista alueella.");
        record.timeline =
            salkku::core::Timeline{QStringLiteral("vuosina 2020-2021"), 2016 + i % 8, 2018 + i % 8};
        record.funder = QStringLiteral("Sosiaali- ja terveysministeriö (STM)");
        record.subAreas = {salkku::core::SubArea{1,
                                                 QStringLiteral("Johtaminen"),
                                                 QStringLiteral("Tavoite"),
                                                 {QStringLiteral("Malli"), QStringLiteral("Raportti")},
                                                 {},
                                                 {},
                                                 {}}};
        record.encoding = QStringLiteral("UTF-8");
        record.file = QStringLiteral("generated-%1.txt").arg(i);
        const salkku::storage::SourceInfo source{QStringLiteral("generated"), QString::number(i), 100,
                                                 QDateTime::currentDateTimeUtc(), QStringLiteral("bench")};
        const auto stored = store.value()->store(record, source);
        if (!stored) {
            std::fprintf(stderr, "store failed at %d: %s\n", i, qPrintable(stored.error().toString()));
            return false;
        }
        if ((i + 1) % 10000 == 0)
            std::fprintf(stderr, "  %d projects stored (%.0f s)\n", i + 1,
                         static_cast<double>(clock.elapsed()) / 1000);
    }
    store.value()->optimize();
    store.value().reset();
    return QFile::rename(path + QStringLiteral(".part"), path);
}

struct Sample
{
    double milliseconds = 0;     // from launch to the first painted window
    double mainMilliseconds = 0; // from main to the first painted window
    double treeMilliseconds = 0; // from launch to the tree holding the portfolio's groups
    qint64 peakKb = 0;
};

// One fresh process; nothing when it failed (it says why on its standard error).
std::optional<Sample> measure(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    const long long launched = steadyNanoseconds();
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        std::fprintf(stderr, "  a run failed (exit %d): %s\n", process.exitCode(),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    long long mainAt = 0;
    long long paintedAt = 0;
    long long treeAt = 0;
    Sample sample;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &field : out.simplified().split(u' ')) {
        const QString value = field.section(u'=', 1);
        if (field.startsWith(QStringLiteral("main_ns=")))
            mainAt = value.toLongLong();
        if (field.startsWith(QStringLiteral("painted_ns=")))
            paintedAt = value.toLongLong();
        if (field.startsWith(QStringLiteral("tree_ns=")))
            treeAt = value.toLongLong();
        if (field.startsWith(QStringLiteral("peak_kb=")))
            sample.peakKb = value.toLongLong();
    }
    if (paintedAt == 0 || mainAt == 0) {
        std::fprintf(stderr, "  a run said nothing of its paint: %s\n", qPrintable(out));
        return std::nullopt;
    }
    sample.milliseconds = static_cast<double>(paintedAt - launched) / 1e6;
    sample.mainMilliseconds = static_cast<double>(paintedAt - mainAt) / 1e6;
    if (treeAt != 0)
        sample.treeMilliseconds = static_cast<double>(treeAt - launched) / 1e6;
    return sample;
}

// Each measure's own median.
Sample median(const QList<Sample> &samples)
{
    const auto middle = [&samples]<typename T>(T Sample::*field) {
        QList<T> values;
        for (const Sample &sample : samples)
            values.append(sample.*field);
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? T{} : values[values.size() / 2];
    };
    return Sample{middle(&Sample::milliseconds), middle(&Sample::mainMilliseconds),
                  middle(&Sample::treeMilliseconds), middle(&Sample::peakKb)};
}

} // namespace

int main(int argc, char *argv[])
{
    salkku::bench::mainStartedAt();
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, QString::fromLocal8Bit(argv[2]),
                     argc >= 4 ? QString::fromLocal8Bit(argv[3]) : QString());

    QCoreApplication app(argc, argv);
    useOwnSettings();
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {100, 100000};
    constexpr int kRuns = 21;
    const QString self = QCoreApplication::applicationFilePath();
    const QString bare = QCoreApplication::applicationDirPath() + QStringLiteral("/startup_bare");
    std::printf(
        "startup benchmark (median of %d fresh processes each, from launch to the first painted window; "
        "the bare window's runs interleaved with Salkku's, so both see the machine alike)\n",
        kRuns);

    QList<Sample> results;
    QList<double> bareMedians;
    for (int n : sizes) {
        const QString path = QStringLiteral("startup-portfolio-%1.sqlite").arg(n);
        if (!makePortfolio(path, n))
            return 1;
        QSettings().setValue(kLastPortfolioKey, QFileInfo(path).absoluteFilePath());
        QSettings().sync();
        const QStringList salkkuArguments{QStringLiteral("--child"), QStringLiteral("salkku"), path};
        QList<Sample> bareRuns;
        QList<Sample> salkkuRuns;
        for (int run = 0; run < kRuns; ++run) {
            if (const auto sample = measure(bare, {}))
                bareRuns.append(*sample);
            if (const auto sample = measure(self, salkkuArguments))
                salkkuRuns.append(*sample);
        }
        if (bareRuns.isEmpty() || salkkuRuns.isEmpty())
            return 1;
        const Sample bareMedian = median(bareRuns);
        const Sample salkku = median(salkkuRuns);
        results.append(salkku);
        bareMedians.append(bareMedian.milliseconds);
        std::printf("  bare QMainWindow (Qt Widgets alone)  %6.1f ms (%4.1f in main)  peak %7lld kB\n",
                    bareMedian.milliseconds, bareMedian.mainMilliseconds, bareMedian.peakKb);
        std::printf(
            "  Salkku, %6d projects            %6.1f ms (%4.1f in main)  peak %7lld kB  (%.2f× the bare "
            "window; in main %.2f×); the tree has read the portfolio's groups at %.1f ms\n",
            n, salkku.milliseconds, salkku.mainMilliseconds, salkku.peakKb,
            bareMedian.milliseconds > 0 ? salkku.milliseconds / bareMedian.milliseconds : 0.0,
            bareMedian.mainMilliseconds > 0 ? salkku.mainMilliseconds / bareMedian.mainMilliseconds : 0.0,
            salkku.treeMilliseconds);
    }
    if (results.size() >= 2 && results.front().milliseconds > 0)
        std::printf(
            "  largest ÷ smallest portfolio: %.2f (target within 1.1); vs bare: %.2f (target within 1.5)\n",
            results.back().milliseconds / results.front().milliseconds,
            bareMedians.back() > 0 ? results.back().milliseconds / bareMedians.back() : 0.0);
    return 0;
}
