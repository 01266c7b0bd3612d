#include "gui/MainWindow.h"

#include "../storage/StorageTestSupport.h"
#include "GuiTestSupport.h"
#include "gui/CompareView.h"
#include "gui/DetailView.h"
#include "gui/ExportController.h"
#include "gui/ImportController.h"
#include "gui/LanguageController.h"
#include "gui/PortfolioController.h"
#include "gui/SliceFetcher.h"
#include "gui/TimelineView.h"
#include "models/ComparisonModel.h"
#include "models/ProjectTreeModel.h"
#include "models/TimelineModel.h"
#include "storage/ImportRunner.h"
#include "storage/PortfolioStore.h"
#include "storage/ServerSetup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPrinter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <sys/stat.h>

using namespace salkku;
using namespace salkku::testing;
using models::ProjectTreeModel;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

class Window : public ::testing::Test
{
protected:
    void SetUp() override
    {
        application();
        m_window = shownTestWindow();
        ASSERT_TRUE(m_window->openPortfolio(m_portfolio.path()));
        waitForTree(*m_window);
    }

    void TearDown() override { m_window.reset(); }

    // Imports and waits for the worker thread to finish (an event loop runs meanwhile; nothing sleeps).
    storage::ImportReport importAndWait(const QStringList &paths)
    {
        QSignalSpy finished(m_window->importController(), &gui::ImportController::finished);
        m_window->importPaths(paths);
        EXPECT_TRUE(finished.wait(120000));
        waitForTree(*m_window); // the tree, re-read off the GUI thread
        return finished.isEmpty() ? storage::ImportReport{}
                                  : finished.front().front().value<storage::ImportReport>();
    }

    QTreeView *tree() const { return m_window->findChild<QTreeView *>(QStringLiteral("projectTree")); }
    gui::DetailView *detail() const
    {
        return m_window->findChild<gui::DetailView *>(QStringLiteral("detailView"));
    }
    ProjectTreeModel *model() const { return m_window->treeModel(); }

    QStringList groupLabels() const
    {
        QStringList labels;
        for (int row = 0; row < model()->rowCount(); ++row)
            labels.append(model()->index(row, 0).data().toString());
        return labels;
    }

    // Selects the first project whose name starts with the text, opening its group.
    bool selectProject(const QString &name)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex group = model()->index(row, 0);
            tree()->expand(group);
            if (!readAllRows(*model(), group))
                return false;
            for (int child = 0; child < model()->rowCount(group); ++child) {
                const QModelIndex project = model()->index(child, 0, group);
                if (project.data().toString().startsWith(name)) {
                    tree()->setCurrentIndex(project);
                    return true;
                }
            }
        }
        return false;
    }

    // Selects (adding to the selection) a project's sub-area, for projects whose name starts with the text.
    bool selectSubArea(const QString &name, int number)
    {
        const QModelIndex previous = tree()->currentIndex();
        if (!selectProject(name))
            return false;
        const QModelIndex project = tree()->currentIndex();
        tree()->expand(project);
        if (!readAllRows(*model(), project))
            return false;
        for (int row = 0; row < model()->rowCount(project); ++row) {
            const QModelIndex subArea = model()->index(row, 0, project);
            if (subArea.data(ProjectTreeModel::SubAreaNumberRole).toInt() == number) {
                tree()->selectionModel()->setCurrentIndex(subArea, QItemSelectionModel::ClearAndSelect);
                return true;
            }
        }
        Q_UNUSED(previous)
        return false;
    }

    // Selects several tree items, as Ctrl+click does.
    void selectTogether(const QModelIndexList &indexes)
    {
        tree()->selectionModel()->clearSelection();
        for (const QModelIndex &index : indexes)
            tree()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select);
    }

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs")); }

    void typeSearch(const QString &text)
    {
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        m_window->searchField()->setFocus();
        m_window->searchField()->selectAll();
        QTest::keyClicks(m_window->searchField(), text);
        ASSERT_TRUE(reset.wait(10000));
    }

    // The sample portfolio grouped by funder, and the overview of its largest group (most of the projects).
    void showLargestGroupsOverview()
    {
        importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
        m_window->findChild<QComboBox *>(QStringLiteral("groupingCombo"))->setCurrentIndex(3); // by funder
        waitForTree(*m_window);
        QModelIndex largest;
        for (int row = 0; row < model()->rowCount(); ++row)
            if (!largest.isValid() || model()->index(row, 0).data(ProjectTreeModel::CountRole).toInt() >
                                          largest.data(ProjectTreeModel::CountRole).toInt())
                largest = model()->index(row, 0);
        tree()->setCurrentIndex(largest);
        waitForOverview(*m_window);
    }

    TemporaryPortfolio m_portfolio;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace

TEST_F(Window, TheTreeGroupsTheImportedPagesByRegion)
{
    QStringList paths{QStringLiteral(SALKKU_SAMPLE_DIR)};
    const QByteArray seeds = qgetenv("SALKKU_SEED_DIR");
    if (!seeds.isEmpty())
        paths.append(QString::fromLocal8Bit(seeds));
    const storage::ImportReport report = importAndWait(paths);
    EXPECT_EQ(report.count(storage::ImportItem::Status::Failed), 0);
    const QStringList groups = groupLabels();
    EXPECT_TRUE(groups.contains(QStringLiteral("Lappi (2)"))) << groups.join(u',').toStdString();
    EXPECT_TRUE(groups.front().startsWith(QStringLiteral("Etelä-Karjala")));
    if (!seeds.isEmpty()) {
        EXPECT_TRUE(groups.contains(QStringLiteral("Helsinki (2)")));
        EXPECT_TRUE(groups.contains(QStringLiteral("Pohjois-Pohjanmaa (1)")));
    }
}

// The Compare and Timeline tabs are not on screen at the start: their views are made when first shown, and
// the timeline then shows the project chosen before.
TEST_F(Window, TheCompareAndTimelineViewsAreMadeWhenTheirTabIsFirstShown)
{
    importAndWait({QStringLiteral(SALKKU_FIXTURE_DIR "/project-complete.txt")});
    EXPECT_EQ(m_window->findChild<gui::TimelineView *>(), nullptr);
    EXPECT_EQ(m_window->findChild<gui::CompareView *>(), nullptr);
    ASSERT_TRUE(selectProject(QStringLiteral("Kainuun kotona asumisen tuki")));
    const qint64 chosen = tree()->currentIndex().data(ProjectTreeModel::PageIdRole).toLongLong();

    m_window->showTab(gui::MainWindow::Tab::Timeline);
    waitForTimeline(*m_window);
    auto *timeline = m_window->findChild<gui::TimelineView *>(QStringLiteral("timelineView"));
    ASSERT_NE(timeline, nullptr);
    EXPECT_TRUE(tabs()->currentWidget()->isAncestorOf(timeline));
    EXPECT_EQ(timeline->currentProject(), chosen);
    EXPECT_EQ(m_window->findChild<gui::CompareView *>(), nullptr);

    tabs()->setCurrentIndex(1); // Compare, as a click on its tab
    auto *compare = m_window->findChild<gui::CompareView *>(QStringLiteral("compareView"));
    ASSERT_NE(compare, nullptr);
    EXPECT_TRUE(tabs()->currentWidget()->isAncestorOf(compare));
    EXPECT_EQ(compare->table()->model(), m_window->comparisonModel());
    EXPECT_EQ(m_window->compareView(), compare); // made once
}

TEST_F(Window, SelectingAProjectShowsItsFields)
{
    importAndWait({QStringLiteral(SALKKU_FIXTURE_DIR "/project-complete.txt")});
    ASSERT_TRUE(selectProject(QStringLiteral("Kainuun kotona asumisen tuki")));
    const QString text = detail()->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Kainuun kotona asumisen tuki")));
    for (const char *expected :
         {"Region: Kainuu", "Timeline: 2021–2022", "Funder: Sosiaali- ja terveysministeriö (STM)",
          "E-mail: sanna.heikkinen@example.fi", "Sanna Heikkinen", "Kehittämiskoordinaattori",
          "Sub-area 1: Kotihoidon etäpalvelut", "Etäkotihoidon toimintamalli", "Achieved benefits",
          "Asiakkaat saivat apua nopeammin.", "Impacts", "Lähtötilanne ja strategiset liittymäkohdat",
          "Source"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST_F(Window, SelectingASubAreaShowsItWithTheProjectsHeader)
{
    importAndWait({QStringLiteral(SALKKU_FIXTURE_DIR "/project-complete.txt")});
    ASSERT_TRUE(selectProject(QStringLiteral("Kainuun")));
    const QModelIndex project = tree()->currentIndex();
    ASSERT_TRUE(readAllRows(*model(), project));
    ASSERT_EQ(model()->rowCount(project), 2);
    tree()->setCurrentIndex(model()->index(1, 0, project));
    const QString text = detail()->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Kainuun kotona asumisen tuki")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sub-area 2: Omaishoitajien tuki")));
    EXPECT_FALSE(text.contains(QStringLiteral("Kotihoidon etäpalvelut")));
}

TEST_F(Window, TypingASearchNarrowsTheTree)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    EXPECT_EQ(model()->shownProjectCount(), 11);
    typeSearch(QStringLiteral("perhekeskus"));
    EXPECT_EQ(model()->shownProjectCount(), 2);
    EXPECT_EQ(groupLabels(),
              (QStringList{QStringLiteral("Pohjois-Karjala (1)"), QStringLiteral("Vantaa-Kerava (1)")}));
    EXPECT_EQ(m_window->shownText(), QStringLiteral("2 of 11 projects shown"));
}

TEST_F(Window, AYearsFilterNarrowsTheTree)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    auto *from = m_window->findChild<QSpinBox *>(QStringLiteral("yearFromSpin"));
    auto *to = m_window->findChild<QSpinBox *>(QStringLiteral("yearToSpin"));
    ASSERT_TRUE(from && to);
    from->setValue(2016);
    to->setValue(2018);
    waitForTree(*m_window);
    EXPECT_EQ(model()->shownProjectCount(), 2);
    EXPECT_EQ(groupLabels(),
              (QStringList{QStringLiteral("Keski-Suomi (1)"), QStringLiteral("Pohjois-Karjala (1)")}));
}

TEST_F(Window, ASearchIsReadOffTheGuiThreadAndOnlyTheNewestIsShown)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    const QStringList before = groupLabels();
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    QSignalSpy read(m_window.get(), &gui::MainWindow::treeRead);
    const auto search = [this](const QString &text) {
        m_window->searchField()->setText(text);
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    };
    search(QStringLiteral("sote"));
    // The keystroke has returned without reading: the tree shows what it showed, and the window says it is
    // searching.
    EXPECT_TRUE(m_window->isReadingTree());
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(groupLabels(), before);
    EXPECT_EQ(m_window->shownText(), QStringLiteral("11 of 11 projects shown"));
    EXPECT_EQ(m_window->statusBar()->currentMessage(), QStringLiteral("Searching…"));
    search(QStringLiteral("perhekeskus"));
    ASSERT_TRUE(read.wait(30000));
    EXPECT_EQ(groupLabels(),
              (QStringList{QStringLiteral("Pohjois-Karjala (1)"), QStringLiteral("Vantaa-Kerava (1)")}));
    EXPECT_EQ(m_window->shownText(), QStringLiteral("2 of 11 projects shown"));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().isEmpty());
    // The older search never comes after it: a later one is the next thing shown.
    search(QStringLiteral("omaishoitajien"));
    ASSERT_TRUE(read.wait(30000));
    EXPECT_EQ(read.size(), 2);
    EXPECT_EQ(resets.size(), 2);
    EXPECT_EQ(model()->filter().text, QStringLiteral("omaishoitajien"));
}

TEST_F(Window, ApplyingTheSearchShownAgainKeepsTheTreeAsItIs)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    typeSearch(QStringLiteral("perhekeskus"));
    const QModelIndex project = model()->index(0, 0, model()->index(0, 0));
    ASSERT_TRUE(project.isValid());
    tree()->setCurrentIndex(project);
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    const auto enter = [this](const QString &text) {
        m_window->searchField()->setText(text);
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    };
    enter(QStringLiteral("perhekeskus"));
    EXPECT_FALSE(m_window->isReadingTree());
    // Back to what is shown while another search is read: that read is dropped.
    enter(QStringLiteral("sote"));
    EXPECT_TRUE(m_window->isReadingTree());
    enter(QStringLiteral("perhekeskus"));
    EXPECT_FALSE(m_window->isReadingTree());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().isEmpty());
    QCoreApplication::sendPostedEvents(); // a dropped read's result, had it come
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(tree()->currentIndex(), project) << "the selection stays";
}

TEST_F(Window, TheTimelineOnScreenFollowsASearchReadOffTheGuiThread)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    m_window->showTab(gui::MainWindow::Tab::Timeline);
    EXPECT_TRUE(m_window->isReadingTimeline()) << "read off the GUI thread when its tab is opened";
    EXPECT_EQ(m_window->timelineModel()->shownProjectCount(), 0);
    waitForTimeline(*m_window);
    ASSERT_EQ(m_window->timelineModel()->shownProjectCount(), 11);
    QSignalSpy read(m_window.get(), &gui::MainWindow::treeRead);
    m_window->searchField()->setText(QStringLiteral("perhekeskus"));
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    EXPECT_EQ(m_window->timelineModel()->shownProjectCount(), 11) << "nothing read on the GUI thread yet";
    ASSERT_TRUE(read.wait(30000));
    EXPECT_EQ(m_window->timelineModel()->filter().text, QStringLiteral("perhekeskus"));
    EXPECT_EQ(m_window->timelineModel()->shownProjectCount(), 2);
}

TEST_F(Window, TheTimelineOpenedWhileASearchIsReadComesWithIt)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    QSignalSpy read(m_window.get(), &gui::MainWindow::treeRead);
    m_window->searchField()->setText(QStringLiteral("perhekeskus"));
    QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    ASSERT_TRUE(m_window->isReadingTree());
    m_window->showTab(gui::MainWindow::Tab::Timeline);
    EXPECT_TRUE(m_window->isReadingTree()) << "the search is still read, now with the timeline";
    EXPECT_TRUE(m_window->isReadingTimeline());
    ASSERT_TRUE(read.wait(30000));
    EXPECT_EQ(model()->shownProjectCount(), 2);
    EXPECT_EQ(m_window->timelineModel()->shownProjectCount(), 2);
    EXPECT_FALSE(m_window->isReadingTimeline());
}

TEST_F(Window, AnotherGroupingIsReadOffTheGuiThread)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    typeSearch(QStringLiteral("perhekeskus"));
    const QStringList regions = groupLabels();
    auto *grouping = m_window->findChild<QComboBox *>(QStringLiteral("groupingCombo"));
    ASSERT_NE(grouping, nullptr);
    const int byYear = grouping->findData(static_cast<int>(storage::Grouping::StartYear));
    ASSERT_GE(byYear, 0);
    QSignalSpy read(m_window.get(), &gui::MainWindow::treeRead);

    grouping->setCurrentIndex(byYear);

    // Returned without reading: the tree shows what it showed until the read comes.
    EXPECT_TRUE(m_window->isReadingTree());
    EXPECT_EQ(model()->grouping(), storage::Grouping::Region);
    EXPECT_EQ(groupLabels(), regions);
    ASSERT_TRUE(read.wait(30000));
    EXPECT_EQ(model()->grouping(), storage::Grouping::StartYear);
    EXPECT_EQ(model()->filter().text, QStringLiteral("perhekeskus")) << "under the same search";
    EXPECT_EQ(model()->shownProjectCount(), 2);
    for (const QString &label : groupLabels())
        EXPECT_TRUE(label.front().isDigit() || label.startsWith(QStringLiteral("No "))) << qPrintable(label);
}

TEST_F(Window, ImportingAFolderWithOneBrokenFileReportsItAndImportsTheRest)
{
    const QString folder = m_portfolio.folder() + QStringLiteral("/tuonti");
    QFile page(QStringLiteral(SALKKU_FIXTURE_DIR "/project-complete.txt"));
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    writeFile(folder + QStringLiteral("/hyva.txt"), page.readAll());
    writeFile(folder + QStringLiteral("/rikki.txt"), QByteArray("\x01\x02\x03\x00\x04", 5));
    const storage::ImportReport report = importAndWait({folder});
    EXPECT_EQ(report.count(storage::ImportItem::Status::Imported), 1);
    ASSERT_EQ(report.count(storage::ImportItem::Status::Failed), 1);
    for (const storage::ImportItem &item : report.items) {
        if (item.status == storage::ImportItem::Status::Failed) {
            EXPECT_TRUE(item.file.endsWith(QStringLiteral("rikki.txt")));
        }
    }
    EXPECT_EQ(groupLabels(), QStringList{QStringLiteral("Kainuu (1)")}); // the tree shows it at once
}

TEST_F(Window, MarkupInAPageShowsLiterally)
{
    const QString file = m_portfolio.folder() + QStringLiteral("/b.txt");
    writeFile(file,
              projectPageText(
                  QStringLiteral("Lapin <b>lihava</b> hanke"),
                  QStringLiteral("Kokonaisuuden tarkoitus ja tavoitteet\n\n<img src=\"file:///etc/passwd\"> "
                                 "<a href=\"file:///etc\">linkki</a>\n"))
                  .toUtf8());
    importAndWait({file});
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin")));
    const QString text = detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Lapin <b>lihava</b> hanke")));
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=\"file:///etc/passwd\">")));
    EXPECT_FALSE(detail()->toHtml().contains(QStringLiteral("<img")));
    EXPECT_FALSE(gui::DetailView::isSafeLink(QUrl(QStringLiteral("file:///etc/passwd"))));
    EXPECT_FALSE(gui::DetailView::isSafeLink(QUrl(QStringLiteral("javascript:alert(1)"))));
    EXPECT_TRUE(gui::DetailView::isSafeLink(QUrl(QStringLiteral("mailto:a@example.fi"))));
    EXPECT_TRUE(gui::DetailView::isSafeLink(QUrl(QStringLiteral("https://example.fi"))));
}

TEST_F(Window, TheLanguageSwitchChangesTheMenus)
{
    QAction *finnish = m_window->findChild<QAction *>(QStringLiteral("actionFinnish"));
    QAction *english = m_window->findChild<QAction *>(QStringLiteral("actionEnglish"));
    ASSERT_TRUE(finnish && english);
    finnish->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // Qt posts it to top-level widgets
    EXPECT_EQ(m_window->menuBar()->actions().front()->text(), QStringLiteral("&Tiedosto"));
    EXPECT_TRUE(finnish->isChecked());
    english->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(m_window->menuBar()->actions().front()->text(), QStringLiteral("&File"));
}

TEST_F(Window, TheLanguageSwitchKeepsTheTreeOpenAndReadsNothing)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    const QPersistentModelIndex project = tree()->currentIndex();
    tree()->expand(project);
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    m_window->findChild<QAction *>(QStringLiteral("actionFinnish"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(resets.size(), 0);
    EXPECT_FALSE(m_window->isReadingTree());
    ASSERT_TRUE(project.isValid());
    EXPECT_EQ(tree()->currentIndex(), QModelIndex(project));
    EXPECT_TRUE(tree()->isExpanded(project));
    EXPECT_TRUE(tree()->isExpanded(project.parent()));
    m_window->findChild<QAction *>(QStringLiteral("actionEnglish"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

TEST_F(Window, CtrlFGoesToTheSearchField)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    tree()->setFocus();
    QAction *find = m_window->findChild<QAction *>(QStringLiteral("actionFind"));
    ASSERT_TRUE(find);
    EXPECT_EQ(find->shortcut(), QKeySequence(QKeySequence::Find));
    find->trigger();
    EXPECT_TRUE(m_window->searchField()->hasFocus() ||
                QApplication::focusWidget() == m_window->searchField());
}

TEST_F(Window, ScreenshotOfTheSamplePortfolio)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    tree()->expand(tree()->currentIndex());
    QDir().mkpath(QStringLiteral(SALKKU_SCREENSHOT_DIR));
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(SALKKU_SCREENSHOT_DIR "/main-window.png")));
    // The smallest size the window must be usable at.
    m_window->resize(1024, 700);
    EXPECT_LE(m_window->minimumSizeHint().width(), 1024);
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(SALKKU_SCREENSHOT_DIR "/main-window-1024x700.png")));
}

TEST_F(Window, SearchMatchesAreMarkedInTheDetails)
{
    importAndWait({QStringLiteral(SALKKU_FIXTURE_DIR "/project-complete.txt")});
    typeSearch(QStringLiteral("omaishoitajien"));
    ASSERT_TRUE(selectProject(QStringLiteral("Kainuun")));
    const QList<QTextEdit::ExtraSelection> marks = detail()->extraSelections();
    ASSERT_FALSE(marks.isEmpty());
    EXPECT_EQ(marks.front().cursor.selectedText().toLower(), QStringLiteral("omaishoitajien"));
}

namespace {

// The settings file's inode: QSettings writes a new file and renames it over the old one.
ino_t settingsFileInode()
{
    QSettings settings;
    settings.sync();
    struct stat status = {};
    return ::stat(QFile::encodeName(settings.fileName()).constData(), &status) == 0 ? status.st_ino : 0;
}

} // namespace

// At every start the window applies the language and opens the portfolio it had: the settings say so already,
// and rewriting them (a locked, synced file) would make the start wait for the disk.
TEST(StartUp, TheLanguageAndThePortfolioItHadAlreadyDoNotRewriteTheSettings)
{
    application();
    TemporaryPortfolio portfolio;
    gui::LanguageController languages;
    gui::PortfolioController portfolios;
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en")));
    ASSERT_TRUE(portfolios.open(portfolio.path()).ok());
    const ino_t written = settingsFileInode();
    ASSERT_NE(written, ino_t{0});
    languages.setLanguage(QStringLiteral("en"));
    ASSERT_TRUE(portfolios.open(portfolio.path()).ok());
    EXPECT_EQ(settingsFileInode(), written);
    QSettings().remove(QStringLiteral("portfolio/last")); // the database goes with this test
}

namespace {

// Whether the window's portfolio was open when the window was first painted.
class OpenAtFirstPaint : public QObject
{
public:
    explicit OpenAtFirstPaint(gui::MainWindow *window) : m_window(window)
    {
        window->installEventFilter(this);
    }

    std::optional<bool> open;
    std::optional<bool> withIcon;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !open) {
            open = m_window->portfolio()->store() != nullptr;
            withIcon = !m_window->windowIcon().isNull();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    gui::MainWindow *m_window;
};

} // namespace

// The window appears at once: opening the portfolio (and on the first start, importing the samples) waits for
// its first paint.
TEST(StartUp, AShownWindowIsPaintedBeforeItOpensThePortfolioThenOpensIt)
{
    application();
    TemporaryPortfolio portfolio;
    ASSERT_TRUE(gui::PortfolioController().open(portfolio.path()).ok()); // the last portfolio
    gui::MainWindow window;
    window.setInteractive(false);
    window.setFirstPaintWait(24 * 3600 * 1000); // only the paint starts it
    OpenAtFirstPaint firstPaint(&window);
    QSignalSpy started(&window, &gui::MainWindow::started);
    window.show();
    window.start();
    EXPECT_EQ(window.portfolio()->store(), nullptr);
    ASSERT_TRUE(started.wait(30000));
    EXPECT_TRUE(started.front().front().toBool());
    ASSERT_TRUE(firstPaint.open.has_value());
    EXPECT_FALSE(*firstPaint.open);
    EXPECT_FALSE(*firstPaint.withIcon) << "the window's icon is decoded after its first paint";
    EXPECT_FALSE(window.windowIcon().isNull());
    EXPECT_EQ(window.portfolio()->path(), portfolio.path());
    QSettings().remove(QStringLiteral("portfolio/last"));
}

// A window that is shown but never painted (started minimised; here, its updates off) still starts.
TEST(StartUp, AShownWindowThatIsNeverPaintedStartsAnyway)
{
    application();
    TemporaryPortfolio portfolio;
    ASSERT_TRUE(gui::PortfolioController().open(portfolio.path()).ok());
    gui::MainWindow window;
    window.setInteractive(false);
    window.setUpdatesEnabled(false); // no paint event comes
    window.setFirstPaintWait(0);
    OpenAtFirstPaint firstPaint(&window);
    QSignalSpy started(&window, &gui::MainWindow::started);
    window.show();
    window.start();
    ASSERT_TRUE(started.wait(30000));
    EXPECT_TRUE(started.front().front().toBool());
    EXPECT_FALSE(firstPaint.open.has_value()); // never painted
    EXPECT_EQ(window.portfolio()->path(), portfolio.path());
    QSettings().remove(QStringLiteral("portfolio/last"));
}

// The window's icons are rendered from their SVGs at build time, in each size the window asks for.
// The window's icon is set right after its first paint: decoding it is no part of the first frame.
TEST(Icons, TheWindowAndItsImportActionsHaveTheirIconsInEverySize)
{
    application();
    gui::MainWindow window;
    window.setFirstPaintWait(24 * 60 * 60 * 1000); // only the paint can set it
    EXPECT_TRUE(window.windowIcon().isNull());
    window.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.windowIcon().isNull(); }, 30000));
    const auto sizes = [](std::initializer_list<int> sides) {
        QList<QSize> list;
        for (const int side : sides)
            list.append(QSize(side, side));
        return list;
    };
    EXPECT_EQ(window.windowIcon().availableSizes(), sizes({16, 32, 48, 64, 128}));
    for (const QString &name : {QStringLiteral("actionImportFiles"), QStringLiteral("actionImportFolder")}) {
        const auto *action = window.findChild<QAction *>(name);
        ASSERT_NE(action, nullptr) << qPrintable(name);
        EXPECT_EQ(action->icon().availableSizes(), sizes({24, 48})) << qPrintable(name);
        const QImage drawn = action->icon().pixmap(QSize(24, 24)).toImage();
        ASSERT_FALSE(drawn.isNull()) << qPrintable(name);
        // Not blank: the arrow down the middle.
        EXPECT_GT(qAlpha(drawn.pixel(12, 12)) + qAlpha(drawn.pixel(12, 16)), 0) << qPrintable(name);
    }
}

TEST(DetailViewSearch, MarksWordStartsWithOrWithoutDiacritics)
{
    application();
    gui::DetailView view;
    view.setPlainText(QStringLiteral("Mia Käyhkö ja strategiaa; Kayhko. Palvelustrategia ei ala sanalla."));
    EXPECT_EQ(view.markSearch(QStringLiteral("kayhko")), 2);
    EXPECT_EQ(view.markSearch(QStringLiteral("strategia")), 1);
    EXPECT_EQ(view.markSearch(QStringLiteral("(*\"")), 0);
    EXPECT_EQ(view.markSearch(QString()), 0);
}

TEST_F(Window, DroppingAFolderImportsIt)
{
    const QString folder = m_portfolio.folder() + QStringLiteral("/pudotus");
    QFile page(QStringLiteral(SALKKU_FIXTURE_DIR "/practice-page.txt"));
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    writeFile(folder + QStringLiteral("/a.txt"), page.readAll());
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(folder)});
    QSignalSpy finished(m_window->importController(), &gui::ImportController::finished);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    ASSERT_TRUE(finished.wait(60000));
    waitForTree(*m_window);
    EXPECT_EQ(groupLabels(), QStringList{QStringLiteral("Lappi (1)")});
    EXPECT_EQ(m_window->shownText(), QStringLiteral("1 of 1 projects shown"));
}

TEST_F(Window, ComparingTwoSelectedSubAreasShowsThemSideBySideAligned)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(selectSubArea(QStringLiteral("Pirkanmaan tiedolla"), 1));
    const QModelIndex pirkanmaa = tree()->currentIndex();
    ASSERT_TRUE(selectSubArea(QStringLiteral("Satakunnan sote-valmistelu"), 2));
    const QModelIndex satakunta = tree()->currentIndex();
    selectTogether({pirkanmaa, satakunta});
    QAction *compare = action("actionCompareSelected");
    ASSERT_TRUE(compare);
    EXPECT_TRUE(compare->isEnabled());
    compare->trigger();

    EXPECT_TRUE(tabs()->currentWidget()->isAncestorOf(m_window->compareView()));
    models::ComparisonModel *comparison = m_window->comparisonModel();
    ASSERT_EQ(comparison->columnCount(), 2);
    EXPECT_TRUE(
        comparison->headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("Pirkanmaa · 1.")));
    EXPECT_TRUE(
        comparison->headerData(1, Qt::Horizontal).toString().startsWith(QStringLiteral("Satakunta · 2.")));
    // Each aspect is one row: a cell has the same top and height in both columns.
    QTableView *table = m_window->compareView()->table();
    for (int row = 0; row < comparison->rowCount(); ++row) {
        const QRect left = table->visualRect(comparison->index(row, 0));
        const QRect right = table->visualRect(comparison->index(row, 1));
        EXPECT_EQ(left.top(), right.top()) << row;
        EXPECT_EQ(left.height(), right.height()) << row;
    }
    // The row of outputs is tall enough for the longer list.
    const int outputs = comparison->rowOf(core::Aspect::Outputs);
    EXPECT_GT(table->rowHeight(outputs), 4 * table->fontMetrics().height());
    QDir().mkpath(QStringLiteral(SALKKU_SCREENSHOT_DIR));
    table->scrollTo(comparison->index(comparison->rowOf(core::Aspect::Goal), 0),
                    QAbstractItemView::PositionAtTop);
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(SALKKU_SCREENSHOT_DIR "/compare.png")));
}

TEST_F(Window, CompareColumnsMoveAndGo)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(selectProject(QStringLiteral("Pirkanmaan tiedolla")));
    const QModelIndex a = tree()->currentIndex();
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    const QModelIndex b = tree()->currentIndex();
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden")));
    const QModelIndex c = tree()->currentIndex();
    selectTogether({a, b, c});
    action("actionCompareSelected")->trigger();
    models::ComparisonModel *comparison = m_window->comparisonModel();
    ASSERT_EQ(comparison->columnCount(), 3);
    const QString first = comparison->headerData(0, Qt::Horizontal).toString();

    // Dragging the first header after the second moves the column itself (exports follow the screen).
    QHeaderView *header = m_window->compareView()->table()->horizontalHeader();
    header->moveSection(0, 1);
    EXPECT_EQ(comparison->headerData(1, Qt::Horizontal).toString(), first);
    EXPECT_EQ(header->logicalIndex(1), 1); // the header shows the model's order

    // The arrows and Remove work on the current column.
    m_window->compareView()->table()->setCurrentIndex(comparison->index(0, 1));
    m_window->compareView()->moveCurrentLeft();
    EXPECT_EQ(comparison->headerData(0, Qt::Horizontal).toString(), first);
    m_window->compareView()->removeCurrent();
    EXPECT_EQ(comparison->columnCount(), 2);
    EXPECT_FALSE(comparison->headerData(0, Qt::Horizontal).toString() == first);
    m_window->findChild<QToolButton *>(QStringLiteral("compareClear"))->click();
    EXPECT_EQ(comparison->columnCount(), 0);
    EXPECT_TRUE(m_window->findChild<QLabel *>(QStringLiteral("compareEmpty"))->isVisible());
}

TEST_F(Window, ComparingASubAreaNumberAcrossThePortfolio)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(selectSubArea(QStringLiteral("Satakunnan sote-valmistelu"), 4));
    QAction *number = action("actionCompareNumber");
    EXPECT_TRUE(number->isEnabled());
    EXPECT_EQ(number->text(), QStringLiteral("Compare sub-area 4 across the portfolio"));
    number->trigger();
    models::ComparisonModel *comparison = m_window->comparisonModel();
    ASSERT_EQ(comparison->columnCount(), 2); // Etelä-Karjala and Satakunta have a sub-area 4
    EXPECT_TRUE(comparison->headerData(0, Qt::Horizontal)
                    .toString()
                    .startsWith(QStringLiteral("Etelä-Karjala · 4.")));

    // Sub-areas like this one: the sub-area first, then the most alike from other projects.
    ASSERT_TRUE(selectSubArea(QStringLiteral("Pirkanmaan tiedolla"), 1));
    action("actionCompareLike")->trigger();
    ASSERT_GE(comparison->columnCount(), 2);
    EXPECT_TRUE(
        comparison->headerData(0, Qt::Horizontal).toString().startsWith(QStringLiteral("Pirkanmaa · 1.")));
    EXPECT_LE(comparison->columnCount(), 6);
}

// The case, on the real exports: Helsinki's and Keski-Suomi's sub-areas 2.
TEST_F(Window, SeedsHelsinkiAndKeskiSuomiSubAreasTwoSideBySide)
{
    const QString seeds = qEnvironmentVariable("SALKKU_SEED_DIR");
    if (seeds.isEmpty())
        GTEST_SKIP() << "SALKKU_SEED_DIR is not set";
    ASSERT_TRUE(QDir(seeds).exists()) << seeds.toStdString();
    importAndWait({seeds});
    ASSERT_TRUE(selectSubArea(QStringLiteral("Helsingin rakenneuudistus"), 2));
    const QModelIndex helsinki = tree()->currentIndex();
    ASSERT_TRUE(selectSubArea(QStringLiteral("Keski-Suomi: Rakenneuudistusta"), 2));
    const QModelIndex keskiSuomi = tree()->currentIndex();
    selectTogether({helsinki, keskiSuomi});
    action("actionCompareSelected")->trigger();
    models::ComparisonModel *comparison = m_window->comparisonModel();
    ASSERT_EQ(comparison->columnCount(), 2);
    EXPECT_EQ(comparison->headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("Helsinki · 2. Johtamisen ja ohjauksen kehittäminen"));
    EXPECT_EQ(comparison->headerData(1, Qt::Horizontal).toString(),
              QStringLiteral("Keski-Suomi · Sub-area 2"));
    QTableView *table = m_window->compareView()->table();
    for (int row = 0; row < comparison->rowCount(); ++row)
        EXPECT_EQ(table->visualRect(comparison->index(row, 0)).top(),
                  table->visualRect(comparison->index(row, 1)).top());
    EXPECT_FALSE(comparison->index(comparison->rowOf(core::Aspect::CommonOutputs), 0)
                     .data(models::ComparisonModel::LinesRole)
                     .toStringList()
                     .isEmpty());
    QDir().mkpath(QStringLiteral(SALKKU_SCREENSHOT_DIR));
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(SALKKU_SCREENSHOT_DIR "/compare-seeds.png")));
    table->scrollTo(comparison->index(comparison->rowOf(core::Aspect::CommonOutputs), 0));
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(SALKKU_SCREENSHOT_DIR "/compare-seeds-common.png")));
}

TEST_F(Window, TheTimelineFollowsTheSearchAndSelectsInTheTree)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    m_window->showTab(gui::MainWindow::Tab::Timeline);
    waitForTimeline(*m_window);
    models::TimelineModel *timeline = m_window->timelineModel();
    EXPECT_EQ(timeline->shownProjectCount(), model()->shownProjectCount());
    QDir().mkpath(QStringLiteral(SALKKU_SCREENSHOT_DIR));
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(SALKKU_SCREENSHOT_DIR "/timeline-window.png")));
    typeSearch(QStringLiteral("perhekeskus"));
    EXPECT_EQ(timeline->shownProjectCount(), model()->shownProjectCount());
    EXPECT_LT(timeline->shownProjectCount(), 11);

    // Clicking a project in the timeline selects it in the tree.
    auto *view = m_window->findChild<gui::TimelineView *>(QStringLiteral("timelineView"));
    ASSERT_TRUE(view);
    const QModelIndex firstGroup = timeline->index(0, 0);
    const qint64 id = timeline->index(0, 0, firstGroup).data(models::TimelineModel::PageIdRole).toLongLong();
    ASSERT_GT(id, 0);
    const QRect bar = view->visualRect(id);
    ASSERT_FALSE(bar.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, bar.center());
    EXPECT_EQ(tree()->currentIndex().data(ProjectTreeModel::PageIdRole).toLongLong(), id);
}

TEST_F(Window, ExportsWriteTheirFilesFromTheMenus)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    gui::ExportController *exporter = m_window->exportController();
    const auto exportTo = [&](const char *actionName, const QString &file) {
        const QString path = m_portfolio.folder() + u'/' + file;
        exporter->setNextFileName(path);
        QSignalSpy finished(exporter, &gui::ExportController::finished);
        QSignalSpy failed(exporter, &gui::ExportController::failed);
        QAction *trigger = action(actionName);
        EXPECT_TRUE(trigger->isEnabled()) << actionName;
        trigger->trigger();
        EXPECT_TRUE(finished.wait(120000))
            << actionName
            << (failed.isEmpty() ? std::string() : failed.front().front().toString().toStdString());
        QFile written(path);
        EXPECT_TRUE(written.open(QIODevice::ReadOnly)) << path.toStdString();
        return written.readAll();
    };

    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    EXPECT_TRUE(exportTo("actionExportProjectPdf", QStringLiteral("project.pdf")).startsWith("%PDF-"));
    EXPECT_TRUE(exportTo("actionExportPortfolioPdf", QStringLiteral("portfolio.pdf")).startsWith("%PDF-"));
    const QByteArray list = exportTo("actionExportListCsv", QStringLiteral("projects.csv"));
    EXPECT_TRUE(list.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte-order mark
    EXPECT_TRUE(QString::fromUtf8(list).contains(QStringLiteral("Satakunnan sote-valmistelu")));

    // Without a comparison there is nothing to export; with one, both formats.
    EXPECT_FALSE(action("actionExportComparisonPdf")->isEnabled());
    const QModelIndex satakunta = tree()->currentIndex();
    ASSERT_TRUE(selectProject(QStringLiteral("Pirkanmaan tiedolla")));
    selectTogether({satakunta, tree()->currentIndex()});
    action("actionCompareSelected")->trigger();
    EXPECT_TRUE(exportTo("actionExportComparisonPdf", QStringLiteral("comparison.pdf")).startsWith("%PDF-"));
    const QString csv =
        QString::fromUtf8(exportTo("actionExportComparisonCsv", QStringLiteral("comparison.csv")));
    EXPECT_TRUE(csv.contains(QStringLiteral("Pirkanmaa")));
    EXPECT_TRUE(csv.contains(QStringLiteral("Satakunta")));
}

TEST_F(Window, PrintPreviewPaintsWhatIsOnScreen)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    gui::ExportController *exporter = m_window->exportController();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_portfolio.folder() + QStringLiteral("/preview.pdf"));
    exporter->setTestPrinter(&printer);
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    m_window->showTab(gui::MainWindow::Tab::Details);
    QSignalSpy previewed(exporter, &gui::ExportController::previewed);
    action("actionPrintPreview")->trigger();
    ASSERT_TRUE(previewed.wait(60000));
    const int projectPages = previewed.front().front().toInt();
    EXPECT_GE(projectPages, 1);
    EXPECT_LE(projectPages, 4);

    // On the timeline tab: the portfolio report of what is shown, longer than one project.
    m_window->showTab(gui::MainWindow::Tab::Timeline);
    previewed.clear();
    action("actionPrintPreview")->trigger();
    ASSERT_TRUE(previewed.wait(120000));
    EXPECT_GT(previewed.front().front().toInt(), projectPages);
}

TEST_F(Window, APracticeIsUnderItsProjectAndShowsItsDevelopmentPath)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    const QModelIndex project = tree()->currentIndex();
    tree()->expand(project);
    ASSERT_TRUE(readAllRows(*model(), project));
    // The project's sub-areas, then its practice.
    QModelIndex practice;
    for (int row = 0; row < model()->rowCount(project); ++row) {
        const QModelIndex child = model()->index(row, 0, project);
        if (static_cast<ProjectTreeModel::NodeKind>(child.data(ProjectTreeModel::KindRole).toInt()) ==
            ProjectTreeModel::NodeKind::Practice)
            practice = child;
    }
    ASSERT_TRUE(practice.isValid());
    EXPECT_EQ(practice.row(), 3) << "after the three sub-areas";
    EXPECT_EQ(practice.data().toString(), QStringLiteral("Practice: Liikkuva etävastaanotto Lapin kylillä"));

    // The project's details list its practices: the imported one as a link, the other one named.
    const QString projectText = detail()->toPlainText();
    EXPECT_TRUE(projectText.contains(QStringLiteral("Practices (2)")));
    EXPECT_TRUE(
        projectText.contains(QStringLiteral("Sosiaalityön etävastaanotto kunnantalolla (not imported)")));

    tree()->setCurrentIndex(practice);
    const QString text = detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Project: Lapin tulevaisuuden sote-keskus")));
    EXPECT_TRUE(text.contains(QStringLiteral("Development path (Kehittämisen polku)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tavoiteltu muutos")));
    QDir().mkpath(QStringLiteral(SALKKU_SCREENSHOT_DIR));
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(SALKKU_SCREENSHOT_DIR "/practice.png")));

    // The link to the project goes there in the tree.
    QSignalSpy requested(detail(), &gui::DetailView::pageRequested);
    const qint64 projectId = project.data(ProjectTreeModel::PageIdRole).toLongLong();
    emit detail()->anchorClicked(QUrl(QStringLiteral("salkku-page:%1").arg(projectId)));
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(tree()->currentIndex().data(ProjectTreeModel::PageIdRole).toLongLong(), projectId);
    // The polku tab and the list of practices are no projects of their own.
    EXPECT_EQ(m_window->shownText(), QStringLiteral("11 of 11 projects shown"));
}

// F5 (and the end of an import, the trash, another member's import) reads the tree again off the GUI thread;
// what the coordinator had open, current and on screen in the details stays.
TEST_F(Window, AReloadIsReadOffTheGuiThreadAndKeepsWhatWasOpenTheCurrentRowAndItsDetails)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    const QModelIndex project = tree()->currentIndex();
    const qint64 projectId = project.data(ProjectTreeModel::PageIdRole).toLongLong();
    const QString groupKey = project.parent().data(ProjectTreeModel::GroupKeyRole).toString();
    tree()->expand(project);
    ASSERT_TRUE(readAllRows(*model(), project));
    ASSERT_GE(model()->rowCount(project), 2);
    tree()->setCurrentIndex(model()->index(1, 0, project)); // its second sub-area
    const QString details = detail()->toPlainText();
    ASSERT_TRUE(details.contains(QStringLiteral("Sub-area 2"))) << details.toStdString();
    const QStringList closedGroups = [&] {
        QStringList closed;
        for (int row = 0; row < model()->rowCount(); ++row)
            if (!tree()->isExpanded(model()->index(row, 0)))
                closed.append(model()->index(row, 0).data(ProjectTreeModel::GroupKeyRole).toString());
        return closed;
    }();
    ASSERT_FALSE(closedGroups.isEmpty());
    m_window->resize(1200, 420); // the sub-area's details longer than their pane
    QCoreApplication::sendPostedEvents();
    QScrollBar *detailScroll = detail()->verticalScrollBar();
    ASSERT_GT(detailScroll->maximum(), 40);
    detailScroll->setValue(40); // reading on down the sub-area
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);

    m_window->findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
    EXPECT_TRUE(m_window->isReadingTree());
    EXPECT_EQ(resets.size(), 0) << "nothing read on the GUI thread yet";
    EXPECT_EQ(detail()->toPlainText(), details);
    waitForTree(*m_window);

    EXPECT_EQ(resets.size(), 1);
    const QModelIndex current = tree()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.row(), 1);
    EXPECT_EQ(current.parent().data(ProjectTreeModel::PageIdRole).toLongLong(), projectId);
    EXPECT_EQ(current.parent().parent().data(ProjectTreeModel::GroupKeyRole).toString(), groupKey);
    EXPECT_TRUE(tree()->isExpanded(current.parent()));
    EXPECT_TRUE(tree()->isExpanded(current.parent().parent()));
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex group = model()->index(row, 0);
        EXPECT_EQ(tree()->isExpanded(group),
                  !closedGroups.contains(group.data(ProjectTreeModel::GroupKeyRole).toString()))
            << group.data().toString().toStdString();
    }
    EXPECT_EQ(detail()->toPlainText(), details);
    EXPECT_EQ(detailScroll->value(), 40);
    EXPECT_EQ(m_window->shownText(), QStringLiteral("11 of 11 projects shown"));

    // The end of an import reads it the same way: the new page takes its place, the rest stays.
    importAndWait({QStringLiteral(SALKKU_FIXTURE_DIR "/project-complete.txt")});
    EXPECT_EQ(m_window->shownText(), QStringLiteral("12 of 12 projects shown"));
    EXPECT_EQ(tree()->currentIndex().parent().data(ProjectTreeModel::PageIdRole).toLongLong(), projectId);
    EXPECT_EQ(tree()->currentIndex().row(), 1);
    EXPECT_EQ(detail()->toPlainText(), details);
}

// The current sub-area's project closed (collapsing it leaves the row current): its rows are read with the
// tree, so the same sub-area is current after the reload.
TEST_F(Window, AReloadKeepsASubAreaCurrentUnderAClosedProject)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    const QModelIndex project = tree()->currentIndex();
    const qint64 projectId = project.data(ProjectTreeModel::PageIdRole).toLongLong();
    tree()->expand(project);
    ASSERT_TRUE(readAllRows(*model(), project));
    tree()->setCurrentIndex(model()->index(1, 0, project));
    tree()->collapse(project);
    ASSERT_EQ(tree()->currentIndex().parent(), project);

    m_window->findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
    waitForTree(*m_window);

    const QModelIndex current = tree()->currentIndex();
    EXPECT_EQ(current.row(), 1);
    EXPECT_EQ(current.parent().data(ProjectTreeModel::PageIdRole).toLongLong(), projectId);
    EXPECT_TRUE(detail()->toPlainText().contains(QStringLiteral("Sub-area 2")));
}

// A page about several regions has none: its group's key is empty ("No region"), and nothing the coordinator
// did not choose becomes current (its overview would be read and laid out for nothing).
TEST_F(Window, AReloadOrAnotherGroupingNeverMakesCurrentARowThatWasNot)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    core::PageRecord severalRegions =
        textRecord(projectPageText(QStringLiteral("Tulevaisuuden sote-keskus")));
    severalRegions.region.clear();
    ASSERT_TRUE(m_window->portfolio()->store()->store(severalRegions,
                                                      sourceFor(QStringLiteral("x"), QStringLiteral("x"))));
    ASSERT_FALSE(tree()->currentIndex().isValid());

    m_window->findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
    waitForTree(*m_window);
    ASSERT_EQ(model()->index(model()->rowCount() - 1, 0).data(ProjectTreeModel::GroupKeyRole).toString(),
              QString());
    EXPECT_FALSE(tree()->currentIndex().isValid());
    EXPECT_EQ(detail()->toPlainText(), QStringLiteral("Choose a project on the left."));

    auto *grouping = m_window->findChild<QComboBox *>(QStringLiteral("groupingCombo"));
    grouping->setCurrentIndex(1);
    waitForTree(*m_window);
    EXPECT_FALSE(tree()->currentIndex().isValid());
    EXPECT_EQ(detail()->toPlainText(), QStringLiteral("Choose a project on the left."));
}

TEST_F(Window, AReloadOvertakenByASearchThatIsTypedBackStillShowsWhatChanged)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(m_window->portfolio()->store()->store(
        textRecord(projectPageText(QStringLiteral("Lapin aamupalvelut"))),
        sourceFor(QStringLiteral("a"), QStringLiteral("a"))));
    const auto enter = [this](const QString &text) {
        m_window->searchField()->setText(text);
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    };
    m_window->findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
    ASSERT_TRUE(m_window->isReadingTree());
    enter(QStringLiteral("zzqxv"));
    enter(QString()); // back to what the tree shows, before anything was read
    waitForTree(*m_window);
    EXPECT_EQ(m_window->shownText(), QStringLiteral("12 of 12 projects shown"));
}

// A group's overview lists its projects in a table read off the GUI thread: its name and count show at once,
// and an overview overtaken by another choice never takes the details from it.
TEST_F(Window, AGroupsOverviewIsReadOffTheGuiThreadAndOnlyTheLastChoiceIsShown)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    const auto groupNamed = [this](const QString &key) {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->index(row, 0).data(ProjectTreeModel::GroupKeyRole).toString() == key)
                return model()->index(row, 0);
        return QModelIndex();
    };
    const QModelIndex lappi = groupNamed(QStringLiteral("Lappi"));
    const QModelIndex pirkanmaa = groupNamed(QStringLiteral("Pirkanmaa"));
    ASSERT_TRUE(lappi.isValid() && pirkanmaa.isValid());

    tree()->setCurrentIndex(lappi);
    ASSERT_TRUE(m_window->isReadingOverview());
    auto *overview = m_window->findChild<gui::GroupOverview *>(QStringLiteral("groupOverview"));
    ASSERT_NE(overview, nullptr);
    EXPECT_TRUE(overview->isVisible());
    EXPECT_FALSE(detail()->isVisible());
    EXPECT_EQ(overview->title(), QStringLiteral("Lappi"));
    EXPECT_EQ(overviewLines(*m_window).size(), 1); // the header: its rows are being read
    tree()->setCurrentIndex(pirkanmaa);            // before Lappi's projects come: they are never shown
    waitForOverview(*m_window);
    EXPECT_EQ(overview->title(), QStringLiteral("Pirkanmaa"));
    const QString lines = overviewLines(*m_window).join(u'\n');
    EXPECT_TRUE(lines.contains(QStringLiteral("Pirkanmaan tiedolla"))) << lines.toStdString();
    EXPECT_FALSE(lines.contains(QStringLiteral("Lapin"))) << lines.toStdString();

    tree()->setCurrentIndex(lappi);
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu"))); // before Lappi's come
    EXPECT_FALSE(m_window->isReadingOverview());
    EXPECT_TRUE(detail()->isVisible());
    EXPECT_TRUE(detail()->toPlainText().startsWith(QStringLiteral("Satakunnan sote-valmistelu")));
    // Whatever was still on its way is dropped: the next overview asked for is the next shown.
    tree()->setCurrentIndex(pirkanmaa);
    waitForOverview(*m_window);
    EXPECT_EQ(overview->title(), QStringLiteral("Pirkanmaa"));
    EXPECT_TRUE(overviewLines(*m_window).join(u'\n').contains(QStringLiteral("Pirkanmaan tiedolla")));
}

// Its table sorts by a column the way a reader expects, and a double click (or Enter) opens a project.
TEST_F(Window, AGroupsOverviewSortsByAColumnAndOpensAProject)
{
    showLargestGroupsOverview();
    auto *overview = m_window->findChild<gui::GroupOverview *>(QStringLiteral("groupOverview"));
    QTableView *table = overview->table();
    ASSERT_GE(table->model()->rowCount(), 3);

    table->sortByColumn(1, Qt::AscendingOrder); // years
    int previous = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString years = table->model()->index(row, 1).data().toString();
        if (years.isEmpty())
            continue;
        const int start = years.left(4).toInt();
        EXPECT_GE(start, previous) << years.toStdString();
        previous = start;
    }

    const QModelIndex second = table->model()->index(1, 0);
    const QString name = second.data().toString();
    table->setCurrentIndex(second);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_TRUE(detail()->isVisible());
    EXPECT_TRUE(detail()->toPlainText().startsWith(name)) << name.toStdString();
    EXPECT_EQ(tree()->currentIndex().data(ProjectTreeModel::LabelRole).toString().left(name.size()), name);
}

// A project added to the group shown: read again, its name and count are the new ones, with the new row.
TEST_F(Window, AGroupsOverviewReadAgainShowsItsNewCountAndRows)
{
    importAndWait({QStringLiteral(SALKKU_SAMPLE_DIR)});
    const auto lappi = [this] {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->index(row, 0).data(ProjectTreeModel::GroupKeyRole).toString() == u"Lappi")
                return model()->index(row, 0);
        return QModelIndex();
    };
    tree()->setCurrentIndex(lappi());
    waitForOverview(*m_window);
    auto *overview = m_window->findChild<gui::GroupOverview *>(QStringLiteral("groupOverview"));
    ASSERT_EQ(overview->countText(), QStringLiteral("2 projects"));
    core::PageRecord added = textRecord(projectPageText(QStringLiteral("Lapin aamupalvelut")));
    added.region = QStringLiteral("Lappi");
    ASSERT_TRUE(
        m_window->portfolio()->store()->store(added, sourceFor(QStringLiteral("a"), QStringLiteral("a"))));

    m_window->findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
    waitForTree(*m_window);
    waitForOverview(*m_window);
    EXPECT_EQ(tree()->currentIndex(), lappi());
    EXPECT_EQ(overview->title(), QStringLiteral("Lappi"));
    EXPECT_EQ(overview->countText(), QStringLiteral("3 projects"));
    EXPECT_TRUE(overviewLines(*m_window).join(u'\n').contains(QStringLiteral("Lapin aamupalvelut")));
}

// Read again (F5), the overview keeps its rows on screen until the new ones come, then the place it was
// scrolled to.
TEST_F(Window, AGroupsOverviewReadAgainKeepsItsRowsAndWhereItWasScrolledTo)
{
    showLargestGroupsOverview();
    const QStringList lines = overviewLines(*m_window);
    auto *overview = m_window->findChild<gui::GroupOverview *>(QStringLiteral("groupOverview"));
    overview->table()->setFixedHeight(100); // the table longer than its pane
    QScrollBar *scroll = overview->table()->verticalScrollBar();
    // The view lays its rows out again once the events of the resize reach it.
    ASSERT_TRUE(QTest::qWaitFor([scroll] { return scroll->maximum() >= 2; }, 10000))
        << lines.join(u'\n').toStdString();
    scroll->setValue(2);

    m_window->findChild<QAction *>(QStringLiteral("actionReload"))->trigger();
    waitForTree(*m_window);
    EXPECT_EQ(overviewLines(*m_window), lines); // not the heading alone while the rows are read
    waitForOverview(*m_window);
    EXPECT_EQ(overviewLines(*m_window), lines);
    EXPECT_EQ(scroll->value(), 2);
}

TEST(FirstStart, ImportsTheBundledSamplePortfolioIntoANewPortfolioThenJustOpensIt)
{
    application();
    QTemporaryDir folder;
    const QString portfolio = folder.filePath(QStringLiteral("portfolio.sqlite"));
    qputenv("SALKKU_DB", portfolio.toUtf8()); // the default portfolio of this test
    QSettings().remove(QStringLiteral("portfolio/last"));
    {
        gui::MainWindow window;
        window.setInteractive(false);
        QSignalSpy started(&window, &gui::MainWindow::started);
        window.show();
        window.start(); // after the window's first paint: the sample portfolio, from the data folder
        ASSERT_TRUE(started.wait(120000));
        EXPECT_TRUE(started.front().front().toBool());
        EXPECT_EQ(window.portfolio()->path(), portfolio);
    }
    auto store = storage::PortfolioStore::open(portfolio);
    ASSERT_TRUE(store);
    storage::BrowseFilter satakunta;
    satakunta.region = QStringLiteral("Satakunta");
    EXPECT_GE(store.value()->countPages({}).value(), 10);
    EXPECT_EQ(store.value()->countPages(satakunta).value(), 1);

    // The next start opens it, imports nothing and is done at once.
    gui::MainWindow again;
    again.setInteractive(false);
    QSignalSpy started(&again, &gui::MainWindow::started);
    again.start();
    ASSERT_EQ(started.size(), 1);
    EXPECT_TRUE(started.front().front().toBool());
    EXPECT_FALSE(again.importController()->isRunning());
    qunsetenv("SALKKU_DB");
}

TEST(SharedPortfolio, OpensByItsAddressImportsLikeAFileAndAReadersWindowSaysReadOnly)
{
    application();
    TemporaryPortfolio portfolio(storage::Backend::PostgreSQL);
    const storage::Location location = storage::Location::parse(portfolio.path()).value();
    {
        gui::MainWindow window;
        window.setInteractive(false);
        window.setSearchDelay(0);
        window.resize(1200, 760);
        window.show();
        ASSERT_TRUE(window.openPortfolio(portfolio.path()));
        EXPECT_TRUE(window.windowTitle().contains(location.database)) << window.windowTitle().toStdString();
        QSignalSpy finished(window.importController(), &gui::ImportController::finished);
        window.importPaths({QStringLiteral(SALKKU_SAMPLE_DIR)});
        ASSERT_TRUE(finished.wait(120000));
        waitForTree(window);
        EXPECT_FALSE(finished.front().front().value<storage::ImportReport>().anyFailed());
        EXPECT_GE(window.treeModel()->rowCount(), 5);
        EXPECT_FALSE(window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isVisible());
        QDir().mkpath(QStringLiteral(SALKKU_SCREENSHOT_DIR));
        EXPECT_TRUE(window.grab().save(QStringLiteral(SALKKU_SCREENSHOT_DIR "/shared-portfolio.png")));
    }
    ASSERT_TRUE(storage::ServerSetup::grant(location, QStringLiteral("anna_reader"),
                                            storage::ServerSetup::Role::Reader));
    gui::MainWindow reader;
    reader.setInteractive(false);
    reader.resize(1200, 760);
    reader.show();
    ASSERT_TRUE(reader.openPortfolio(testServerAddress(location.database, QStringLiteral("anna_reader"))));
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return reader.treeModel()->rowCount() >= 5; }, 30000)); // read after paint
    EXPECT_TRUE(reader.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isVisible());
    // What would change the portfolio is greyed out; reading and exporting are not.
    reader.findChild<QTreeView *>(QStringLiteral("projectTree"))
        ->setCurrentIndex(reader.treeModel()->index(0, 0, reader.treeModel()->index(0, 0)));
    for (const char *name : {"actionImportFiles", "actionImportFolder", "actionTags", "actionAddNote",
                             "actionMoveToTrash", "actionNewCollection", "actionImportLayer"})
        EXPECT_FALSE(reader.findChild<QAction *>(QString::fromLatin1(name))->isEnabled()) << name;
    for (const char *name : {"actionExportPortfolioPdf", "actionExportLayer", "actionFind"})
        EXPECT_TRUE(reader.findChild<QAction *>(QString::fromLatin1(name))->isEnabled()) << name;
    QSettings().remove(QStringLiteral("portfolio/last")); // the database goes with this test
}

TEST(SharedPortfolio, AnotherMembersImportTakesItsPlaceWhileWhatIsOpenAndChosenStays)
{
    application();
    TemporaryPortfolio portfolio(storage::Backend::PostgreSQL);
    auto other = portfolio.open();
    ASSERT_TRUE(other);
    ASSERT_FALSE(storage::ImportRunner::run(*other, {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    gui::MainWindow window;
    window.setInteractive(false);
    window.resize(1200, 760);
    window.show();
    ASSERT_TRUE(window.openPortfolio(portfolio.path()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.treeModel()->rowCount() >= 5; }, 30000));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
    ProjectTreeModel *model = window.treeModel();
    QModelIndex lappi;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ProjectTreeModel::GroupKeyRole).toString() == QStringLiteral("Lappi"))
            lappi = model->index(row, 0);
    ASSERT_TRUE(lappi.isValid());
    tree->expand(lappi);
    ASSERT_TRUE(readAllRows(*model, lappi));
    ASSERT_GE(model->rowCount(lappi), 1);
    const QPersistentModelIndex chosen = model->index(0, 0, lappi);
    tree->setCurrentIndex(chosen);
    tree->expand(chosen);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    ASSERT_TRUE(other->store(textRecord(projectPageText(QStringLiteral("Lapin aamupalvelut"))),
                             sourceFor(QStringLiteral("a"), QStringLiteral("a"))));

    // LISTEN/NOTIFY brings it; the window waits for a pause in the others' changes.
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount(lappi) == 3; }, 30000));
    EXPECT_EQ(model->index(0, 0, lappi).data().toString(), QStringLiteral("Lapin aamupalvelut"));
    EXPECT_EQ(resets.size(), 0);
    ASSERT_TRUE(chosen.isValid());
    EXPECT_EQ(tree->currentIndex(), QModelIndex(chosen));
    EXPECT_TRUE(tree->isExpanded(lappi));
    EXPECT_TRUE(tree->isExpanded(chosen));
    EXPECT_EQ(window.shownText(), QStringLiteral("12 of 12 projects shown"));
    QSettings().remove(QStringLiteral("portfolio/last"));
}

TEST(SharedPortfolio, AfterTheServerRestartedTheWindowConnectsAgainReadsAgainAndHearsTheTeamAgain)
{
    application();
    PrivateServer server;
    ASSERT_FALSE(server.address().isEmpty());
    {
        auto other = storage::PortfolioStore::open(server.address());
        ASSERT_TRUE(other);
        ASSERT_FALSE(
            storage::ImportRunner::run(*other.value(), {QStringLiteral(SALKKU_SAMPLE_DIR)}).anyFailed());
    }
    gui::MainWindow window;
    window.setInteractive(false);
    window.show();
    ASSERT_TRUE(window.openPortfolio(server.address()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.treeModel()->shownProjectCount() == 11; }, 30000));

    ASSERT_TRUE(server.restart());
    {
        // Imported while this window's connection was broken: it could not hear of it.
        auto other = storage::PortfolioStore::open(server.address());
        ASSERT_TRUE(other);
        ASSERT_TRUE(other.value()->store(textRecord(projectPageText(QStringLiteral("Lapin aamupalvelut"))),
                                         sourceFor(QStringLiteral("a"), QStringLiteral("a"))));
    }
    // A read (the person clicked somewhere) connects again first; the next check still reads the tree again.
    ASSERT_TRUE(window.portfolio()->store()->countPages({}));
    window.checkConnection();
    waitForTree(window);

    EXPECT_EQ(window.portfolio()->store()->reconnections(), 1);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("made again")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(window.treeModel()->shownProjectCount(), 12);
    // And it hears the team again.
    auto other = storage::PortfolioStore::open(server.address());
    ASSERT_TRUE(other);
    ASSERT_TRUE(other.value()->store(textRecord(projectPageText(QStringLiteral("Kainuun kotihoito"))),
                                     sourceFor(QStringLiteral("b"), QStringLiteral("b"))));
    // Within the time its connection check takes to come round (it would read the change then).
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.treeModel()->shownProjectCount() == 13; }, 10000));
    QSettings().remove(QStringLiteral("portfolio/last"));
}

TEST(SharedPortfolio, StartingOnASharedPortfolioNeverImportsTheSamplesIntoIt)
{
    application();
    TemporaryPortfolio portfolio(storage::Backend::PostgreSQL);
    qputenv("SALKKU_DB", portfolio.path().toUtf8());
    QSettings().remove(QStringLiteral("portfolio/last"));
    gui::MainWindow window;
    window.setInteractive(false);
    QSignalSpy started(&window, &gui::MainWindow::started);
    window.start();
    qunsetenv("SALKKU_DB");
    ASSERT_EQ(started.size(), 1);
    EXPECT_TRUE(started.front().front().toBool());
    EXPECT_FALSE(window.importController()->isRunning());
    EXPECT_EQ(window.portfolio()->path(), portfolio.path());
    EXPECT_TRUE(window.portfolio()->isEmpty());
    QSettings().remove(QStringLiteral("portfolio/last"));
}

namespace {

// More projects in one region ("Lapin hanke 000"…) than three slices of the tree, in a window showing them.
class TreeSlices : public ::testing::Test
{
protected:
    static constexpr int kSlice = ProjectTreeModel::kSliceSize;
    static constexpr int kCount = 3 * kSlice + 50;

    void SetUp() override
    {
        application();
        {
            auto store = m_portfolio.open();
            ASSERT_TRUE(store);
            for (int i = 0; i < kCount; ++i)
                ASSERT_TRUE(store
                                ->store(textRecord(projectPageText(
                                            QStringLiteral("Lapin hanke %1").arg(i, 3, 10, QChar(u'0')))),
                                        sourceFor(QString::number(i), QString::number(i)))
                                .ok());
        }
        m_window = shownTestWindow();
        ASSERT_TRUE(m_window->openPortfolio(m_portfolio.path()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->treeModel()->rowCount() == 1; }, 30000));
    }

    qint64 idOf(const QString &name)
    {
        auto found = m_window->portfolio()->store()->findByName(name);
        return found && found.value().size() == 1 ? found.value().front().id : 0;
    }

    TemporaryPortfolio m_portfolio;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace

TEST_F(TreeSlices, AnOpenGroupsNextProjectsAreReadOffTheGuiThreadWhenTheViewComesNearThem)
{
    gui::MainWindow &window = *m_window;
    ProjectTreeModel *model = window.treeModel();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));

    QSignalSpy read(&window, &gui::MainWindow::treeRead);
    window.searchField()->setText(QStringLiteral("hanke"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    ASSERT_TRUE(read.wait(30000));
    const QModelIndex lappi = model->index(0, 0);
    ASSERT_TRUE(tree->isExpanded(lappi));
    // The first slice came with the search's groups; opening the group read nothing more on this thread.
    EXPECT_EQ(model->rowCount(lappi), kSlice);
    // The view lays out again and again (each time rows come); that alone reads nothing, and the fetcher
    // reads nothing while the group's end is screens below.
    auto *fetcher = tree->findChild<gui::SliceFetcher *>();
    ASSERT_NE(fetcher, nullptr);
    tree->doItemsLayout();
    fetcher->fetchNear();
    EXPECT_FALSE(model->isFetching(lappi));

    // Scrolled to its end: the next slice is read on the reader's thread and comes in.
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    tree->scrollTo(model->index(kSlice - 1, 0, lappi));
    ASSERT_TRUE(inserted.wait(30000));
    EXPECT_EQ(model->rowCount(lappi), 2 * kSlice);
    tree->doItemsLayout();
    fetcher->fetchNear();
    EXPECT_FALSE(model->isFetching(lappi)) << "rows coming in do not read the slice after them";
    tree->scrollToBottom();
    ASSERT_TRUE(inserted.wait(30000));
    EXPECT_EQ(model->rowCount(lappi), 3 * kSlice);
}

// A project chosen elsewhere (the timeline, a group's overview, a link in the details) far down a group whose
// rows are not read that far: they are read off the GUI thread, and the project is selected when they come.
TEST_F(TreeSlices, AProjectChosenFarDownItsGroupIsSelectedWhenItsRowsAreReadOffTheGuiThread)
{
    gui::MainWindow &window = *m_window;
    ProjectTreeModel *model = window.treeModel();
    QSignalSpy read(&window, &gui::MainWindow::treeRead);
    window.searchField()->setText(QStringLiteral("hanke"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    ASSERT_TRUE(read.wait(30000));
    const QModelIndex lappi = model->index(0, 0);
    ASSERT_EQ(model->rowCount(lappi), kSlice);
    const qint64 id = idOf(QStringLiteral("Lapin hanke 420"));
    ASSERT_NE(id, 0);

    QSignalSpy revealed(&window, &gui::MainWindow::projectRevealed);
    EXPECT_TRUE(window.revealProject(id));
    EXPECT_EQ(model->rowCount(lappi), kSlice) << "nothing more read on the GUI thread";
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Finding the project in the tree…"));
    ASSERT_TRUE(revealed.wait(30000));
    EXPECT_EQ(revealed.at(0).at(0).toLongLong(), id);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("projectTree"));
    EXPECT_EQ(tree->currentIndex().data(ProjectTreeModel::PageIdRole).toLongLong(), id);
    const QRect row = tree->visualRect(tree->currentIndex());
    EXPECT_LE(std::abs(row.center().y() - tree->viewport()->rect().center().y()), row.height())
        << "brought into the middle of the view";
    EXPECT_EQ(model->rowCount(lappi), kCount);
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty());

    // A choice hidden by the search is known at once; a newer choice wins over a seek under way.
    const qint64 farther = idOf(QStringLiteral("Lapin hanke 430"));
    const qint64 near = idOf(QStringLiteral("Lapin hanke 005"));
    ASSERT_TRUE(farther != 0 && near != 0);
    window.searchField()->setText(QStringLiteral("005"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    ASSERT_TRUE(read.wait(30000));
    ASSERT_EQ(model->shownProjectCount(), 1);
    EXPECT_FALSE(window.revealProject(farther)) << "hidden by the search";
    EXPECT_FALSE(model->isSeeking());
    window.searchField()->setText(QStringLiteral("hanke"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    ASSERT_TRUE(read.wait(30000));
    EXPECT_TRUE(window.revealProject(farther));
    ASSERT_TRUE(model->isSeeking());
    EXPECT_TRUE(window.revealProject(near)) << "its row is read: selected at once";
    EXPECT_FALSE(model->isSeeking()) << "the older seek ends";
    EXPECT_EQ(tree->currentIndex().data(ProjectTreeModel::PageIdRole).toLongLong(), near);
    // Its rows still come (they were asked for), and select nothing.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isFetching(model->index(0, 0)); }, 30000));
    EXPECT_EQ(revealed.size(), 2);
    EXPECT_EQ(tree->currentIndex().data(ProjectTreeModel::PageIdRole).toLongLong(), near);

    // Chosen while a search is read: selected in what that search shows, once it is shown.
    const qint64 other = idOf(QStringLiteral("Lapin hanke 007"));
    ASSERT_NE(other, 0);
    window.searchField()->setText(QStringLiteral("lapin"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    EXPECT_TRUE(window.revealProject(other));
    ASSERT_TRUE(read.wait(30000));
    ASSERT_TRUE(revealed.size() == 3 || revealed.wait(30000));
    EXPECT_EQ(model->filter().text, QStringLiteral("lapin"));
    EXPECT_EQ(tree->currentIndex().data(ProjectTreeModel::PageIdRole).toLongLong(), other);
}
