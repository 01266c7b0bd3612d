#include "gui/MainWindow.h"

#include "../storage/StorageTestSupport.h"
#include "gui/DetailView.h"
#include "gui/ImportController.h"
#include "gui/PortfolioController.h"
#include "models/ProjectTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using models::ProjectTreeModel;

namespace {

// One QApplication for the whole test program (offscreen platform, set by ctest); settings and data in
// QStandardPaths' test locations, never the user's.
QApplication &application()
{
    static int argc = 1;
    static char name[] = "gui_tests";
    static char *argv[] = {name, nullptr};
    static QApplication *app = [] {
        QStandardPaths::setTestModeEnabled(true);
        auto *instance = new QApplication(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("SalkkuTests"));
        QCoreApplication::setApplicationName(QStringLiteral("SalkkuTests"));
        return instance;
    }();
    return *app;
}

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
        m_window = std::make_unique<gui::MainWindow>();
        m_window->setInteractive(false);
        m_window->setSearchDelay(0);
        m_window->resize(1200, 760);
        m_window->show();
        ASSERT_TRUE(m_window->openPortfolio(m_portfolio.path()));
    }

    void TearDown() override { m_window.reset(); }

    // Imports and waits for the worker thread to finish (an event loop runs meanwhile; nothing sleeps).
    storage::ImportReport importAndWait(const QStringList &paths)
    {
        QSignalSpy finished(m_window->importController(), &gui::ImportController::finished);
        m_window->importPaths(paths);
        EXPECT_TRUE(finished.wait(120000));
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
            while (model()->canFetchMore(group))
                model()->fetchMore(group);
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

    void typeSearch(const QString &text)
    {
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        m_window->searchField()->setFocus();
        m_window->searchField()->selectAll();
        QTest::keyClicks(m_window->searchField(), text);
        ASSERT_TRUE(reset.wait(10000));
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
    model()->fetchMore(project);
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
    EXPECT_EQ(model()->shownProjectCount(), 2);
    EXPECT_EQ(groupLabels(),
              (QStringList{QStringLiteral("Keski-Suomi (1)"), QStringLiteral("Pohjois-Karjala (1)")}));
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
    for (const storage::ImportItem &item : report.items)
        if (item.status == storage::ImportItem::Status::Failed)
            EXPECT_TRUE(item.file.endsWith(QStringLiteral("rikki.txt")));
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
    QDir().mkpath(QStringLiteral("screenshots"));
    EXPECT_TRUE(m_window->grab().save(QStringLiteral("screenshots/main-window.png")));
    // The smallest size the window must be usable at.
    m_window->resize(1024, 700);
    EXPECT_LE(m_window->minimumSizeHint().width(), 1024);
    EXPECT_TRUE(m_window->grab().save(QStringLiteral("screenshots/main-window-1024x700.png")));
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
    EXPECT_EQ(groupLabels(), QStringList{QStringLiteral("Lappi (1)")});
    EXPECT_EQ(m_window->shownText(), QStringLiteral("1 of 1 projects shown"));
}
