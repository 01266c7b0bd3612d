// startup_benchmark [N...]: time from process start to the first painted main window, on portfolios of N
// projects (default 100 and 100000), beside a bare QMainWindow measured the same way in the same run; and
// peak memory. Every measurement is a fresh child process. Prints numbers, asserts nothing.
//
//   startup_benchmark 100 100000          the comparison (creating 100 000 projects takes a while
//   once;
//                                          the portfolios are kept in the working folder for the next run)
//   startup_benchmark --child bare | --child salkku PORTFOLIO     one measurement (used by the above)
#include "gui/MainWindow.h"
#include "storage/PortfolioStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

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

// Reports the first paint of a window, once it is done, and quits.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("startup_ms=%.1f peak_kb=%lld\n",
                            static_cast<double>(processClock().nsecsElapsed()) / 1e6, peakKilobytes());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int child(int argc, char *argv[], const QString &mode, const QString &portfolio)
{
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QApplication app(argc, argv);
    FirstPaint firstPaint;
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
    salkku::gui::MainWindow window;
    window.setInteractive(false);
    window.resize(1200, 760);
    window.installEventFilter(&firstPaint);
    window.show();
    if (!window.openPortfolio(portfolio))
        return 2;
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
    double milliseconds = 0;
    qint64 peakKb = 0;
};

Sample measure(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.waitForFinished(600000);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    Sample sample;
    for (const QString &field : out.simplified().split(u' ')) {
        if (field.startsWith(QStringLiteral("startup_ms=")))
            sample.milliseconds = field.mid(11).toDouble();
        if (field.startsWith(QStringLiteral("peak_kb=")))
            sample.peakKb = field.mid(8).toLongLong();
    }
    return sample;
}

Sample median(QList<Sample> samples)
{
    std::sort(samples.begin(), samples.end(),
              [](const Sample &a, const Sample &b) { return a.milliseconds < b.milliseconds; });
    return samples.isEmpty() ? Sample{} : samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    processClock().start();
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv, QString::fromLocal8Bit(argv[2]),
                     argc >= 4 ? QString::fromLocal8Bit(argv[3]) : QString());

    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {100, 100000};
    constexpr int kRuns = 5;
    const QString self = QCoreApplication::applicationFilePath();

    QList<Sample> bareRuns;
    for (int run = 0; run < kRuns; ++run)
        bareRuns.append(measure(self, {QStringLiteral("--child"), QStringLiteral("bare")}));
    const Sample bare = median(bareRuns);
    std::printf("startup benchmark (median of %d fresh processes each)\n", kRuns);
    std::printf("  bare QMainWindow          %8.1f ms  peak %7lld kB\n", bare.milliseconds, bare.peakKb);

    QList<Sample> results;
    for (int n : sizes) {
        const QString path = QStringLiteral("startup-portfolio-%1.sqlite").arg(n);
        if (!makePortfolio(path, n))
            return 1;
        QList<Sample> runs;
        for (int run = 0; run < kRuns; ++run)
            runs.append(measure(self, {QStringLiteral("--child"), QStringLiteral("salkku"), path}));
        const Sample salkku = median(runs);
        results.append(salkku);
        std::printf("  Salkku, %6d projects   %8.1f ms  peak %7lld kB  (%.2f× the bare window)\n", n,
                    salkku.milliseconds, salkku.peakKb,
                    bare.milliseconds > 0 ? salkku.milliseconds / bare.milliseconds : 0.0);
    }
    if (results.size() >= 2 && results.front().milliseconds > 0)
        std::printf(
            "  largest ÷ smallest portfolio: %.2f (target within 1.1); vs bare: %.2f (target within 1.5)\n",
            results.back().milliseconds / results.front().milliseconds,
            bare.milliseconds > 0 ? results.back().milliseconds / bare.milliseconds : 0.0);
    return 0;
}
