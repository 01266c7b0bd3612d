// startup_benchmark [N...]: time from process start to the first painted main window, on portfolios of N
// projects (default 100 and 100000), beside a bare QMainWindow measured the same way in the same run; the
// time until the tree shows the portfolio's groups; and peak memory. Every measurement is a fresh child
// process, started as the application starts: the window is shown, then started on the last portfolio. Prints
// numbers, asserts nothing.
//
//   startup_benchmark 100 100000     the comparison (creating 100 000 projects takes a while once;
//                                     the portfolios are kept in the working folder for the next run)
//   startup_benchmark --child bare | --child salkku PORTFOLIO     one measurement (used by the above)
//   valgrind --tool=callgrind --toggle-collect=main startup_benchmark --child bare | --child salkku-paint
//                                     PORTFOLIO      the instructions until the first paint (no noise)
#include "gui/MainWindow.h"
#include "gui/PortfolioController.h"
#include "models/ProjectTreeModel.h"
#include "storage/PortfolioStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <sys/resource.h>

namespace {

QElapsedTimer &processClock()
{
    static QElapsedTimer clock;
    return clock;
}

qint64 peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    return 0;
}

// The page faults of the process so far (each costs time a count of instructions does not show).
long minorFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// Reports the first paint of a window, once it is done; a bare window's peak memory then, and quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(bool quit) : m_quit(quit) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [quit = m_quit] {
                std::printf("startup_ms=%.1f faults=%ld\n",
                            static_cast<double>(processClock().nsecsElapsed()) / 1e6, minorFaults());
                std::fflush(stdout);
                if (!quit)
                    return;
                std::printf("peak_kb=%lld\n", peakKilobytes());
                std::fflush(stdout);
                // At once: neither the work queued behind the paint nor tearing the window down belongs to
                // the count of instructions up to the first paint.
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quit = true;
    bool m_seen = false;
};

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
    if (mode == u"bare") {
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.setCentralWidget(new QTreeView(&window));
        window.statusBar()->showMessage(QStringLiteral("ready"));
        window.resize(1200, 760);
        window.installEventFilter(&firstPaint);
        window.show();
        return QApplication::exec();
    }
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
        std::printf("tree_ms=%.1f peak_kb=%lld\n", static_cast<double>(processClock().nsecsElapsed()) / 1e6,
                    peakKilobytes());
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
    double milliseconds = 0;     // to the first painted window
    double treeMilliseconds = 0; // to the tree holding the portfolio's groups
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
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        std::fprintf(stderr, "  a run failed (exit %d): %s\n", process.exitCode(),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    Sample sample;
    for (const QString &field : out.simplified().split(u' ')) {
        if (field.startsWith(QStringLiteral("startup_ms=")))
            sample.milliseconds = field.mid(11).toDouble();
        if (field.startsWith(QStringLiteral("tree_ms=")))
            sample.treeMilliseconds = field.mid(8).toDouble();
        if (field.startsWith(QStringLiteral("peak_kb=")))
            sample.peakKb = field.mid(8).toLongLong();
    }
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
    return Sample{middle(&Sample::milliseconds), middle(&Sample::treeMilliseconds), middle(&Sample::peakKb)};
}

} // namespace

int main(int argc, char *argv[])
{
    processClock().start();
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
    const QStringList bareArguments{QStringLiteral("--child"), QStringLiteral("bare")};
    std::printf(
        "startup benchmark (median of %d fresh processes each; the bare window's runs interleaved with "
        "Salkku's, so both see the machine alike)\n",
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
            if (const auto sample = measure(self, bareArguments))
                bareRuns.append(*sample);
            if (const auto sample = measure(self, salkkuArguments))
                salkkuRuns.append(*sample);
        }
        if (bareRuns.isEmpty() || salkkuRuns.isEmpty())
            return 1;
        const Sample bare = median(bareRuns);
        const Sample salkku = median(salkkuRuns);
        results.append(salkku);
        bareMedians.append(bare.milliseconds);
        std::printf("  bare QMainWindow          %8.1f ms  peak %7lld kB\n", bare.milliseconds, bare.peakKb);
        std::printf("  Salkku, %6d projects   %8.1f ms  peak %7lld kB  (%.2f× the bare window); the tree has "
                    "read the portfolio's groups at %.1f ms\n",
                    n, salkku.milliseconds, salkku.peakKb,
                    bare.milliseconds > 0 ? salkku.milliseconds / bare.milliseconds : 0.0,
                    salkku.treeMilliseconds);
    }
    if (results.size() >= 2 && results.front().milliseconds > 0)
        std::printf(
            "  largest ÷ smallest portfolio: %.2f (target within 1.1); vs bare: %.2f (target within 1.5)\n",
            results.back().milliseconds / results.front().milliseconds,
            bareMedians.back() > 0 ? results.back().milliseconds / bareMedians.back() : 0.0);
    return 0;
}
