// typing_benchmark PORTFOLIO|PAGES_DIR: how long the window's GUI thread is kept from its events while a
// coordinator types searches into it, on an imported portfolio (e.g. 10 000 pages: salkku_generate 10000 DIR,
// then `salkku import --db PORTFOLIO DIR`; a folder of pages is imported into a portfolio of its own first).
// Prints numbers, asserts nothing.
//
// The window as the user has it (offscreen), its search delay as shipped. Searches are typed a key at a time,
// 90 ms apart, with a pause of 400 ms after each word (the window searches there, and the next word's keys
// come while that search may still run). A probe timer ticks every 4 ms on the GUI thread; a stall is a tick
// later than it was due, and the target is that none is longer than a frame (16.7 ms). The same script is
// typed into a bare QLineEdit beside it, in the same run: the stalls an editor without any search has on this
// machine. Also printed: from the last key of a search to the tree showing its result. Last, under a search
// typed with the details on screen, each grouping in turn and each tab, 800 ms apart, with the same probe;
// and F5 five times on the whole portfolio with a group open, beside what reading that on the GUI thread
// took; under a search that matches most projects, the last project of the largest region chosen as from
// another view (the timeline, an overview), and how soon the tree selects it; last, under that search, pages
// another team member changed placed in the tree five times, beside what placing them on the GUI thread took.
#include "gui/MainWindow.h"
#include "gui/PortfolioController.h"
#include "models/ProjectTreeModel.h"
#include "storage/ImportRunner.h"
#include "storage/PortfolioStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

constexpr int kProbeMs = 4;
constexpr int kKeyMs = 90;
constexpr int kWordPauseMs = 400;
constexpr double kFrameMs = 1000.0 / 60.0;

const QStringList kSearches{
    QStringLiteral("tiedolla johtaminen"),
    QStringLiteral("sote-keskus"),
    QStringLiteral("hyvinvointialueen palvelut"),
    QStringLiteral("kotihoito"),
    QStringLiteral("perhekeskus lapset"),
    QStringLiteral("mielenterveys"),
    QStringLiteral("hameenlinnassa"),
    QStringLiteral("asiakas- ja palveluohjaus"),
    QStringLiteral("digitaaliset palvelut"),
    QStringLiteral("ikaantyneiden kotona asuminen"),
};

// One key at a time on a timer; each search starts from an empty field.
struct Keystroke
{
    QString text; // the field's text after it
    int delayMs;  // before it
};

std::vector<Keystroke> script()
{
    std::vector<Keystroke> keys;
    for (const QString &search : kSearches) {
        keys.push_back({QString(), kWordPauseMs});
        for (qsizetype i = 1; i <= search.size(); ++i)
            keys.push_back({search.left(i), search[i - 1] == u' ' ? kWordPauseMs : kKeyMs});
    }
    keys.push_back({QString(), 2 * kWordPauseMs});
    return keys;
}

// Ticks of a timer on the GUI thread: how late each came.
class Probe : public QObject
{
public:
    Probe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_stalls.push_back(std::max(0.0, now - m_last - kProbeMs));
            m_last = now;
        });
    }
    void start()
    {
        m_stalls.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void print(const char *what) const
    {
        std::vector<double> sorted = m_stalls;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&sorted](double q) {
            return sorted.empty() ? 0.0
                                  : sorted[static_cast<size_t>(q * static_cast<double>(sorted.size() - 1))];
        };
        const auto overFrame =
            std::count_if(sorted.begin(), sorted.end(), [](double s) { return s > kFrameMs; });
        std::printf("%-28s ticks %6zu  stall p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  over a frame %ld\n",
                    what, sorted.size(), at(0.5), at(0.99), sorted.empty() ? 0.0 : sorted.back(),
                    static_cast<long>(overFrame));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    std::vector<double> m_stalls;
};

// Types the script into the field, then quits the event loop.
void type(QLineEdit *field, const std::vector<Keystroke> &keys, size_t next,
          const std::function<void()> &keyed)
{
    if (next == keys.size()) {
        QCoreApplication::exit(0);
        return;
    }
    QTimer::singleShot(keys[next].delayMs, field, [=] {
        field->setText(keys[next].text); // what the key typed (textChanged, as from the keyboard)
        keyed();
        type(field, keys, next + 1, keyed);
    });
}

// What the window did before the tree had a reader of its own: the tree read on the GUI thread under each
// search (its groups, count, and the first projects of the groups it opens), timed here in the same run.
void printReadingHere(salkku::gui::MainWindow &window)
{
    salkku::models::ProjectTreeModel here;
    here.setStore(window.portfolio()->store());
    std::vector<double> blocked;
    for (const QString &search : kSearches) {
        salkku::storage::BrowseFilter filter;
        filter.text = search;
        QElapsedTimer timer;
        timer.start();
        here.setFilter(filter);
        if (here.rowCount() <= 12)
            for (int row = 0; row < here.rowCount(); ++row)
                here.fetchMore(here.index(row, 0));
        blocked.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(blocked.begin(), blocked.end());
    std::printf("the same searches read on the GUI thread: median %.0f ms, max %.0f ms per search\n",
                blocked[blocked.size() / 2], blocked.back());
}

// Under a search, what a coordinator does next: another grouping, each in turn, and the other tabs, a pause
// between each; then quits the event loop.
void browse(salkku::gui::MainWindow &window)
{
    auto *grouping = window.findChild<QComboBox *>(QStringLiteral("groupingCombo"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    std::vector<std::function<void()>> steps;
    for (int i = 1; i <= grouping->count(); ++i)
        steps.emplace_back([grouping, i] { grouping->setCurrentIndex(i % grouping->count()); });
    for (int i = 1; i <= tabs->count(); ++i)
        steps.emplace_back([tabs, i] { tabs->setCurrentIndex(i % tabs->count()); });
    int delay = 0;
    for (const auto &step : steps)
        QTimer::singleShot(delay += 2 * kWordPauseMs, &window, step);
    QTimer::singleShot(delay + 2 * kWordPauseMs, &window, [] { QCoreApplication::exit(0); });
}

// Runs the steps a pause apart, then quits the event loop.
void runSteps(QObject *context, const std::vector<std::function<void()>> &steps)
{
    int delay = 0;
    for (const auto &step : steps)
        QTimer::singleShot(delay += 2 * kWordPauseMs, context, step);
    QTimer::singleShot(delay + 2 * kWordPauseMs, context, [] { QCoreApplication::exit(0); });
}

// The whole portfolio, and its first group's overview in the details (its first 2 000 projects in a table:
// read off the GUI thread, drawn by a view); then the group opened and its first project shown. Prints how
// soon the overview showed its projects.
void showFirstGroup(salkku::gui::MainWindow &window)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
    auto asked = std::make_shared<QElapsedTimer>(); // until the overview is shown
    const auto shown = std::make_shared<QMetaObject::Connection>();
    *shown = QObject::connect(&window, &salkku::gui::MainWindow::overviewRead, &window, [asked] {
        std::printf("  the group's overview shown %.0f ms after it was chosen\n",
                    static_cast<double>(asked->nsecsElapsed()) / 1e6);
    });
    runSteps(&window, {[&window] { window.searchField()->clear(); },
                       [tree, asked] {
                           asked->start();
                           tree->setCurrentIndex(tree->model()->index(0, 0));
                       },
                       [tree, shown] {
                           QObject::disconnect(*shown);
                           const QModelIndex group = tree->model()->index(0, 0);
                           tree->expand(group);
                           tree->setCurrentIndex(tree->model()->index(0, 0, group));
                       }});
}

// Under a search that matches most projects, the last project of the largest region: found here, before the
// probe runs.
struct FarDown
{
    qint64 pageId = 0;
    int groupSize = 0;
    QString region;
};

FarDown farDownUnder(salkku::storage::PortfolioStore &store, const QString &search)
{
    salkku::storage::BrowseFilter filter;
    filter.text = search;
    auto pages = store.pagesByRegion(filter);
    if (!pages)
        return {};
    QHash<QString, int> counts;
    for (const auto &page : pages.value())
        ++counts[page.region];
    FarDown far;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!it.key().isEmpty() && it.value() > far.groupSize)
            far = FarDown{0, it.value(), it.key()};
    for (const auto &page : pages.value())
        if (page.region == far.region)
            far.pageId = page.id;
    return far;
}

// That project chosen elsewhere (on the timeline, in a group's overview) under the search: the tree shows
// it, with the rows of its group up to it. Prints how soon.
void revealFarDown(salkku::gui::MainWindow &window, const QString &search, const FarDown &far)
{
    auto chosen = std::make_shared<QElapsedTimer>();
    const auto shown = std::make_shared<QMetaObject::Connection>();
    *shown = QObject::connect(&window, &salkku::gui::MainWindow::projectRevealed, &window, [=](qint64 id) {
        std::printf("  the last of %d projects in %s selected in the tree %.0f ms after it was chosen%s\n",
                    far.groupSize, qPrintable(far.region), static_cast<double>(chosen->nsecsElapsed()) / 1e6,
                    id == far.pageId ? "" : " (another project!)");
        QObject::disconnect(*shown);
    });
    runSteps(&window, {[&window, search] { window.searchField()->setText(search); },
                       [&window, chosen, far] {
                           chosen->start();
                           window.revealProject(far.pageId);
                       }});
}

// F5 five times: the tree, the filter bar's choices and the total are read on the tree reader's thread.
void reloadFiveTimes(salkku::gui::MainWindow &window)
{
    auto *reload = window.findChild<QAction *>(QStringLiteral("actionReload"));
    runSteps(&window, std::vector<std::function<void()>>(5, [reload] { reload->trigger(); }));
}

// What F5 did before it was read off the GUI thread: the tree read again here with the open group's first
// projects, then the filter bar's choices and the total.
void printReloadingHere(salkku::gui::MainWindow &window)
{
    salkku::models::ProjectTreeModel here;
    here.setStore(window.portfolio()->store());
    std::vector<double> blocked;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        here.reload();
        here.fetchMore(here.index(0, 0));
        if (!window.portfolio()->store()->browseChoices())
            return;
        blocked.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(blocked.begin(), blocked.end());
    std::printf("the same reload read on the GUI thread: median %.0f ms, max %.0f ms\n",
                blocked[blocked.size() / 2], blocked.back());
}

// The first projects of the tree's first group: the pages "another team member" changes below.
QList<qint64> firstProjects(const salkku::models::ProjectTreeModel &model)
{
    QList<qint64> pages;
    const QModelIndex group = model.index(0, 0);
    for (int row = 0; row < std::min(3, model.rowCount(group)); ++row)
        pages.append(
            model.index(row, 0, group).data(salkku::models::ProjectTreeModel::PageIdRole).toLongLong());
    return pages;
}

// Under a search that matches most projects, with a group open and its first project expanded, pages another
// team member changed, five times: the window places them row by row (MainWindow::applySharedPageChanges),
// their places and the open project's rows read on the tree's slice reader.
void placeChangedFiveTimes(salkku::gui::MainWindow &window, const QString &search)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
    std::vector<std::function<void()>> steps{[&window, search] { window.searchField()->setText(search); },
                                             [tree] {
                                                 const QModelIndex group = tree->model()->index(0, 0);
                                                 tree->expand(group);
                                                 tree->expand(tree->model()->index(0, 0, group));
                                             }};
    for (int i = 0; i < 5; ++i)
        steps.emplace_back(
            [&window] { window.treeModel()->updatePages(firstProjects(*window.treeModel())); });
    runSteps(&window, steps);
}

// What placing them did before it was read off the GUI thread: the same tree, read here.
void printPlacingHere(salkku::gui::MainWindow &window, const QString &search)
{
    salkku::models::ProjectTreeModel here;
    salkku::storage::BrowseFilter filter;
    filter.text = search;
    here.setFilter(filter);
    here.setStore(window.portfolio()->store());
    here.fetchMore(here.index(0, 0));
    here.fetchMore(here.index(0, 0, here.index(0, 0)));
    const QList<qint64> pages = firstProjects(here);
    std::vector<double> blocked;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        here.updatePages(pages);
        blocked.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(blocked.begin(), blocked.end());
    std::printf("the same pages placed on the GUI thread: median %.0f ms, max %.0f ms\n",
                blocked[blocked.size() / 2], blocked.back());
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: typing_benchmark PORTFOLIO\n");
        return 2;
    }
    QString portfolio = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir folder;
    if (QFileInfo(portfolio).isDir()) {
        const QString pages = portfolio;
        portfolio = folder.filePath(QStringLiteral("typing.salkku"));
        auto store = salkku::storage::PortfolioStore::open(portfolio);
        if (!store || salkku::storage::ImportRunner::run(*store.value(), {pages}).anyFailed()) {
            std::fprintf(stderr, "cannot import %s into %s\n", qPrintable(pages), qPrintable(portfolio));
            return 1;
        }
    }
    const std::vector<Keystroke> keys = script();
    Probe probe;

    // The bare field: the same keys, no search.
    QLineEdit bare;
    bare.show();
    probe.start();
    type(&bare, keys, 0, [] {});
    QApplication::exec();
    probe.stop();
    probe.print("bare QLineEdit");

    salkku::gui::MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    if (!window.openPortfolio(portfolio))
        return 1;
    // Until the tree is first read (after the first paint).
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (window.treeModel()->rowCount() > 0)
            QCoreApplication::exit(0);
    });
    poll.start(10);
    QApplication::exec();
    poll.stop();
    std::printf("portfolio: %d projects\n", window.treeModel()->shownProjectCount());

    QElapsedTimer clock;
    clock.start();
    QHash<QString, double> typedAt; // when the field last held each text
    std::vector<double> shown;      // ms from the key that made a search's text to the tree showing it
    QObject::connect(&window, &salkku::gui::MainWindow::treeRead, [&] {
        shown.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6 -
                        typedAt.value(window.treeModel()->filter().text));
    });
    const auto typeInto = [&](const char *what) {
        shown.clear();
        probe.start();
        type(window.searchField(), keys, 0, [&] {
            typedAt.insert(window.searchField()->text(), static_cast<double>(clock.nsecsElapsed()) / 1e6);
        });
        QApplication::exec();
        probe.stop();
        probe.print(what);
        std::sort(shown.begin(), shown.end());
        if (!shown.empty())
            std::printf("  searches shown %zu: from their last key, median %.0f ms, max %.0f ms (of which the"
                        " window waits 250 ms for a pause in typing)\n",
                        shown.size(), shown[shown.size() / 2], shown.back());
    };
    typeInto("Salkku, details on screen");
    // The timeline on screen: every project under the search is read with the tree.
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs")))
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("timelinePage")));
    typeInto("Salkku, timeline on screen");
    // Searched with the details on screen, so that the timeline is read when its tab is shown.
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs")))
        tabs->setCurrentIndex(0);
    window.searchField()->setText(kSearches.front());
    probe.start();
    browse(window);
    QApplication::exec();
    probe.stop();
    probe.print("grouping and tabs, searched");
    probe.start();
    showFirstGroup(window);
    QApplication::exec();
    probe.stop();
    probe.print("a group's overview, a project");
    probe.start();
    reloadFiveTimes(window);
    QApplication::exec();
    probe.stop();
    probe.print("reload (F5), a group open");
    const QString broad = QStringLiteral("palvelut");
    const FarDown far = farDownUnder(*window.portfolio()->store(), broad);
    probe.start();
    revealFarDown(window, broad, far);
    QApplication::exec();
    probe.stop();
    probe.print("a project far down, revealed");
    probe.start();
    placeChangedFiveTimes(window, broad);
    QApplication::exec();
    probe.stop();
    probe.print("pages others changed, placed");
    printReadingHere(window);
    printReloadingHere(window);
    printPlacingHere(window, broad);
    return 0;
}
