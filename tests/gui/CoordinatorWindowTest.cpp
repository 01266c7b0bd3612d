// The coordinator's own layer in the window: collections, tags, notes, follow-up, the trash, backups and
// the exchange file, driven through the menus and dialogs as a user would (dialogs are opened, not run, so
// the tests fill them in and accept them).
#include "../storage/StorageTestSupport.h"
#include "GuiTestSupport.h"
#include "gui/AnnotationDialogs.h"
#include "gui/DetailView.h"
#include "gui/ExportController.h"
#include "gui/ImportController.h"
#include "gui/MainWindow.h"
#include "gui/PortfolioController.h"
#include "gui/TrashDialog.h"
#include "models/CollectionListModel.h"
#include "models/ProjectTreeModel.h"
#include "models/TimelineModel.h"
#include "storage/PortfolioStore.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace salkku;
using namespace salkku::testing;
using models::CollectionListModel;
using models::ProjectTreeModel;

namespace {

const QString kShots = QStringLiteral("/tmp/coord-gui-shots");

// A fixed "now": noon UTC, the same day in every time zone the tests run in.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
}

class Coordinator : public ::testing::Test
{
protected:
    void SetUp() override
    {
        application();
        m_window = std::make_unique<gui::MainWindow>();
        m_window->setInteractive(false);
        m_window->setSearchDelay(0);
        m_window->setClock(fixedNow);
        // English whatever another test program running at the same time left in the shared settings.
        action("actionEnglish")->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(m_window->openPortfolio(m_portfolio.path()));
        QSignalSpy finished(m_window->importController(), &gui::ImportController::finished);
        m_window->importPaths({QStringLiteral(SALKKU_SAMPLE_DIR)});
        ASSERT_TRUE(finished.wait(120000));
        waitForTree(*m_window);
        m_treeTester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_collectionTester = std::make_unique<QAbstractItemModelTester>(
            m_window->collectionModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void TearDown() override
    {
        m_treeTester.reset();
        m_collectionTester.reset();
        m_window.reset();
    }

    QTreeView *tree() const { return m_window->findChild<QTreeView *>(QStringLiteral("projectTree")); }
    gui::DetailView *detail() const
    {
        return m_window->findChild<gui::DetailView *>(QStringLiteral("detailView"));
    }
    ProjectTreeModel *model() const { return m_window->treeModel(); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QComboBox *combo(const char *name) const
    {
        return m_window->findChild<QComboBox *>(QString::fromLatin1(name));
    }

    // The index of the first project whose name starts with the text (its group opened), or invalid.
    QModelIndex project(const QString &name) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QModelIndex group = model()->index(row, 0);
            tree()->expand(group);
            if (!readAllRows(*model(), group))
                return {};
            for (int child = 0; child < model()->rowCount(group); ++child) {
                const QModelIndex index = model()->index(child, 0, group);
                if (index.data().toString().startsWith(name))
                    return index;
            }
        }
        return {};
    }

    bool selectProject(const QString &name)
    {
        const QModelIndex index = project(name);
        if (index.isValid())
            tree()->setCurrentIndex(index);
        return index.isValid();
    }

    qint64 pageId(const QString &name) const
    {
        return project(name).data(ProjectTreeModel::PageIdRole).toLongLong();
    }

    // The dialog an action opened (the newest of its kind).
    template <typename Dialog>
    Dialog *openedDialog() const
    {
        const QList<Dialog *> dialogs = m_window->findChildren<Dialog *>();
        for (auto it = dialogs.crbegin(); it != dialogs.crend(); ++it)
            if ((*it)->isVisible())
                return *it;
        return nullptr;
    }

    void tagSelected(const QString &typed)
    {
        action("actionTags")->trigger();
        auto *dialog = openedDialog<gui::TagsDialog>();
        ASSERT_TRUE(dialog);
        dialog->setNewTags(typed);
        dialog->accept();
        waitForTree(*m_window);
    }

    void addNoteToSelected(const QString &text)
    {
        action("actionAddNote")->trigger();
        auto *dialog = openedDialog<gui::NoteDialog>();
        ASSERT_TRUE(dialog);
        dialog->setText(text);
        dialog->accept();
    }

    void setDateOfSelected(std::optional<QDate> date)
    {
        action("actionFollowUpDate")->trigger();
        auto *dialog = openedDialog<gui::FollowUpDateDialog>();
        ASSERT_TRUE(dialog);
        dialog->setDate(date);
        dialog->accept();
        waitForTree(*m_window);
    }

    QAction *statusAction(core::FollowUpStatus status) const
    {
        const auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuFollowUp"));
        for (QAction *candidate : menu->actions())
            if (candidate->data().toInt() == static_cast<int>(status))
                return candidate;
        return nullptr;
    }

    void chooseFilter(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << data.toString().toStdString();
        box->setCurrentIndex(index);
        waitForTree(*m_window);
    }

    // A picture of a widget once its layouts have caught up with what changed (posted layout requests).
    static void save(const QString &name, QWidget *widget)
    {
        QCoreApplication::sendPostedEvents();
        QDir().mkpath(kShots);
        EXPECT_TRUE(widget->grab().save(kShots + u'/' + name));
    }

    TemporaryPortfolio m_portfolio;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_collectionTester;
};

} // namespace

TEST_F(Coordinator, TaggingAProjectShowsTheTagInTheTreeAndDetails)
{
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    tagSelected(QStringLiteral("#Ohjausryhmä, raportoitava"));
    const QModelIndex satakunta = project(QStringLiteral("Satakunnan sote-valmistelu"));
    EXPECT_TRUE(satakunta.data().toString().contains(QStringLiteral("#Ohjausryhmä #raportoitava")))
        << satakunta.data().toString().toStdString();
    EXPECT_TRUE(detail()->toPlainText().contains(QStringLiteral("Tags: Ohjausryhmä, raportoitava")))
        << detail()->toPlainText().toStdString();

    // Unchecked in the dialog, a tag goes.
    action("actionTags")->trigger();
    auto *dialog = openedDialog<gui::TagsDialog>();
    ASSERT_TRUE(dialog);
    dialog->uncheck(QStringLiteral("raportoitava"));
    dialog->accept();
    EXPECT_FALSE(
        project(QStringLiteral("Satakunnan")).data().toString().contains(QStringLiteral("#raportoitava")));
    EXPECT_TRUE(detail()->toPlainText().contains(QStringLiteral("Tags: Ohjausryhmä")));
}

TEST_F(Coordinator, ATagFilterNarrowsTheTree)
{
    for (const char *name : {"Satakunnan sote-valmistelu", "Pirkanmaan tiedolla"}) {
        ASSERT_TRUE(selectProject(QString::fromUtf8(name)));
        tagSelected(QStringLiteral("raportoitava"));
    }
    QComboBox *tags = combo("tagCombo");
    ASSERT_TRUE(tags);
    EXPECT_GE(tags->findText(QStringLiteral("raportoitava (2)")), 0);
    chooseFilter(tags, QStringLiteral("raportoitava"));
    EXPECT_EQ(model()->shownProjectCount(), 2);
    EXPECT_EQ(m_window->shownText(), QStringLiteral("2 of 11 projects shown"));
}

TEST_F(Coordinator, NotesShowWithTheirAuthorAndCanBeEditedAndDeleted)
{
    m_window->setNoteAuthor(QStringLiteral("Kaisa Koordinaattori"));
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    addNoteToSelected(QStringLiteral("Soita hankepäällikölle\nennen ohjausryhmää."));
    QString text = detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Notes (1)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kaisa Koordinaattori"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Soita hankepäällikölle")));

    auto annotations =
        m_window->portfolio()->store()->coordinator().annotations(pageId(QStringLiteral("Satakunnan")));
    ASSERT_TRUE(annotations);
    ASSERT_EQ(annotations.value().notes.size(), 1);
    const core::Note note = annotations.value().notes.front();
    EXPECT_EQ(note.created, fixedNow());
    emit detail()->anchorClicked(QUrl(QStringLiteral("salkku-note-edit:%1").arg(note.id)));
    auto *dialog = openedDialog<gui::NoteDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->text(), note.text);
    dialog->setText(QStringLiteral("Soitettu."));
    dialog->accept();
    text = detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Soitettu."))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Soita hankepäällikölle")));

    emit detail()->anchorClicked(QUrl(QStringLiteral("salkku-note-remove:%1").arg(note.id)));
    EXPECT_FALSE(detail()->toPlainText().contains(QStringLiteral("Notes (")));
}

TEST_F(Coordinator, FollowUpStatusAndDueFiltersNarrowTheTree)
{
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    statusAction(core::FollowUpStatus::ToCheck)->trigger();
    EXPECT_TRUE(
        project(QStringLiteral("Satakunnan")).data().toString().contains(QStringLiteral("[To check]")));
    EXPECT_TRUE(detail()->toPlainText().contains(QStringLiteral("Follow-up: To check")));

    ASSERT_TRUE(selectProject(QStringLiteral("Pirkanmaan tiedolla")));
    setDateOfSelected(QDate(2026, 2, 20)); // before "today", 2 March 2026: due
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden")));
    setDateOfSelected(QDate(2026, 4, 1)); // not yet
    EXPECT_EQ(project(QStringLiteral("Lapin tulevaisuuden")).data(ProjectTreeModel::FollowUpDueRole).toDate(),
              QDate(2026, 4, 1));

    QComboBox *followUp = combo("followUpCombo");
    ASSERT_TRUE(followUp);
    chooseFilter(followUp, static_cast<int>(core::FollowUpStatus::ToCheck));
    EXPECT_EQ(model()->shownProjectCount(), 1);
    chooseFilter(followUp, 100); // due
    EXPECT_EQ(model()->shownProjectCount(), 1);
    EXPECT_TRUE(project(QStringLiteral("Pirkanmaan")).isValid());

    // A date cleared is no longer due.
    ASSERT_TRUE(selectProject(QStringLiteral("Pirkanmaan")));
    setDateOfSelected(std::nullopt);
    EXPECT_EQ(model()->shownProjectCount(), 0);
}

TEST_F(Coordinator, ACollectionScopesTheTreeAndTheTimeline)
{
    const qint64 id = m_window->createCollection(QStringLiteral("Raportti"));
    ASSERT_GT(id, 0);
    const QModelIndex satakunta = project(QStringLiteral("Satakunnan sote-valmistelu"));
    const QModelIndex pirkanmaa = project(QStringLiteral("Pirkanmaan tiedolla"));
    tree()->selectionModel()->clearSelection();
    tree()->selectionModel()->setCurrentIndex(satakunta, QItemSelectionModel::Select);
    tree()->selectionModel()->setCurrentIndex(pirkanmaa, QItemSelectionModel::Select);
    // Add to collection ▸ Raportti, from the context menu's submenu.
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuAddToCollection"));
    ASSERT_TRUE(menu);
    emit menu->aboutToShow();
    ASSERT_GE(menu->actions().size(), 2);
    EXPECT_EQ(menu->actions().front()->text(), QStringLiteral("Raportti (0)"));
    menu->actions().front()->trigger();
    EXPECT_EQ(m_window->collectionModel()->indexOfCollection(id).data().toString(),
              QStringLiteral("Raportti (2)"));

    m_window->chooseCollection(id);

    waitForTree(*m_window);
    EXPECT_EQ(model()->shownProjectCount(), 2);
    m_window->showTab(gui::MainWindow::Tab::Timeline);
    waitForTimeline(*m_window);
    EXPECT_EQ(m_window->timelineModel()->shownProjectCount(), 2);
    m_window->showTab(gui::MainWindow::Tab::Details);

    // Remove from collection, with the collection chosen.
    ASSERT_TRUE(selectProject(QStringLiteral("Pirkanmaan")));
    ASSERT_TRUE(action("actionRemoveFromCollection")->isEnabled());
    action("actionRemoveFromCollection")->trigger();
    waitForTree(*m_window);
    EXPECT_EQ(model()->shownProjectCount(), 1);
    m_window->chooseCollection(0);
    waitForTree(*m_window);
    EXPECT_EQ(model()->shownProjectCount(), 11);
}

TEST_F(Coordinator, NewCollectionFromTheMenuTakesTheSelection)
{
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuAddToCollection"));
    emit menu->aboutToShow();
    menu->actions().back()->trigger(); // New collection…
    auto *dialog = openedDialog<QInputDialog>();
    ASSERT_TRUE(dialog);
    dialog->setTextValue(QStringLiteral("Kevään raportti"));
    dialog->accept();
    const QList<storage::CollectionSummary> collections = m_window->collectionModel()->collections();
    ASSERT_EQ(collections.size(), 1);
    EXPECT_EQ(collections.front().name, QStringLiteral("Kevään raportti"));
    EXPECT_EQ(collections.front().itemCount, 1);
}

TEST_F(Coordinator, DroppingTreeRowsOnACollectionAddsThem)
{
    const qint64 id = m_window->createCollection(QStringLiteral("Seuranta"));
    ASSERT_GT(id, 0);
    const QModelIndex satakunta = project(QStringLiteral("Satakunnan sote-valmistelu"));
    std::unique_ptr<QMimeData> mime(model()->mimeData({satakunta}));
    ASSERT_TRUE(mime);
    auto *list = m_window->findChild<QListView *>(QStringLiteral("collectionList"));
    ASSERT_TRUE(list);
    const QModelIndex target = m_window->collectionModel()->indexOfCollection(id);
    const QPointF at = list->visualRect(target).center();
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QDragMoveEvent move(at.toPoint(), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &move);
    EXPECT_TRUE(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);
    EXPECT_EQ(m_window->collectionModel()->indexOfCollection(id).data(CollectionListModel::CountRole).toInt(),
              1);
    EXPECT_EQ(m_window->currentCollection(), 0) << "a drop does not change the scope";
}

// A tag given while the tree is read again: the read (perhaps made before the tag) is asked for again, off
// the GUI thread, with the open group's projects, so the project stays current and its details show the tag
// (not its group's overview).
TEST_F(Coordinator, TaggingDuringAReloadKeepsTheProjectCurrentAndShown)
{
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    const qint64 id = pageId(QStringLiteral("Satakunnan sote-valmistelu"));
    action("actionReload")->trigger();
    ASSERT_TRUE(m_window->isReadingTree());
    QSignalSpy read(m_window.get(), &gui::MainWindow::treeRead);
    tagSelected(QStringLiteral("kiireellinen"));
    EXPECT_EQ(read.size(), 1) << "the tree is read once, after the tag";
    EXPECT_EQ(tree()->currentIndex().data(models::ProjectTreeModel::PageIdRole).toLongLong(), id);
    EXPECT_EQ(tree()->currentIndex().data(models::ProjectTreeModel::TagsRole).toStringList(),
              QStringList{QStringLiteral("kiireellinen")})
        << "the tree read after the tag";
    const QString text = detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Tags: kiireellinen"))) << text.toStdString();
}

TEST_F(Coordinator, TrashRestoreAndEmpty)
{
    const int before = model()->shownProjectCount();
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    const qint64 lappi = pageId(QStringLiteral("Lapin tulevaisuuden sote-keskus"));
    action("actionMoveToTrash")->trigger();
    waitForTree(*m_window);
    EXPECT_LT(model()->shownProjectCount(), before);
    EXPECT_FALSE(project(QStringLiteral("Lapin tulevaisuuden sote-keskus")).isValid());

    action("actionShowTrash")->trigger();
    auto *trash = openedDialog<gui::TrashDialog>();
    ASSERT_TRUE(trash);
    ASSERT_EQ(trash->entries().size(), 1);
    EXPECT_EQ(trash->entries().front().pageId, lappi);
    EXPECT_GE(trash->entries().front().withIt, 1) << "its practice went with it";
    save(QStringLiteral("trash-dialog.png"), trash);
    trash->select(lappi);
    trash->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    waitForTree(*m_window);
    EXPECT_TRUE(trash->entries().isEmpty());
    EXPECT_EQ(model()->shownProjectCount(), before);
    EXPECT_TRUE(project(QStringLiteral("Lapin tulevaisuuden sote-keskus")).isValid());

    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    action("actionMoveToTrash")->trigger();
    waitForTree(*m_window);
    ASSERT_EQ(trash->entries().size(), 1);
    trash->findChild<QPushButton *>(QStringLiteral("emptyTrashButton"))->click();
    waitForTree(*m_window);
    EXPECT_TRUE(trash->entries().isEmpty());
    EXPECT_LT(model()->shownProjectCount(), before);
}

TEST_F(Coordinator, RemovingTheSamplePortfolioLeavesTheCoordinatorsOwnPages)
{
    QSignalSpy finished(m_window->importController(), &gui::ImportController::finished);
    m_window->importPaths({QStringLiteral(SALKKU_FIXTURE_DIR "/project-complete.txt")});
    ASSERT_TRUE(finished.wait(120000));
    waitForTree(*m_window);
    EXPECT_EQ(model()->shownProjectCount(), 12);
    action("actionRemoveSamples")->trigger();
    waitForTree(*m_window);
    EXPECT_EQ(model()->shownProjectCount(), 1);
    EXPECT_TRUE(project(QStringLiteral("Kainuun kotona asumisen tuki")).isValid());
}

TEST_F(Coordinator, ABackupOpensAsAPortfolioWithTheSamePages)
{
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    tagSelected(QStringLiteral("varmuuskopioitu"));
    QTemporaryDir folder;
    const QString target = folder.filePath(QStringLiteral("backup.sqlite"));
    QSignalSpy backedUp(m_window.get(), &gui::MainWindow::backedUp);
    m_window->backUpTo(target);
    ASSERT_TRUE(!backedUp.isEmpty() || backedUp.wait(60000));
    ASSERT_TRUE(backedUp.front().at(1).toBool());
    auto copy = storage::PortfolioStore::open(target);
    ASSERT_TRUE(copy);
    EXPECT_EQ(canonicalDump(*copy.value()), canonicalDump(*m_window->portfolio()->store()));
    auto tags = copy.value()->coordinator().tagNames();
    ASSERT_TRUE(tags);
    EXPECT_EQ(tags.value(), QStringList{QStringLiteral("varmuuskopioitu")});
}

TEST_F(Coordinator, AnnotationsExportedAndImportedIntoAnotherPortfolioComeBack)
{
    m_window->setNoteAuthor(QStringLiteral("Kaisa"));
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    tagSelected(QStringLiteral("raportoitava"));
    addNoteToSelected(QStringLiteral("Tarkista väliraportti."));
    const qint64 collection = m_window->createCollection(QStringLiteral("Raportti"));
    m_window->addToCollection(collection, m_window->selectedItems());
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("annotations.json"));
    ASSERT_TRUE(m_window->exportAnnotationsTo(file));

    TemporaryPortfolio other;
    ASSERT_TRUE(m_window->openPortfolio(other.path()));
    QSignalSpy finished(m_window->importController(), &gui::ImportController::finished);
    m_window->importPaths({QStringLiteral(SALKKU_SAMPLE_DIR)});
    ASSERT_TRUE(finished.wait(120000));
    waitForTree(*m_window);
    ASSERT_TRUE(m_window->importAnnotationsFrom(file));
    waitForTree(*m_window); // the tree, the tags' counts and the collections, read again off the GUI thread
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("Merged")));
    EXPECT_EQ(m_window->collectionModel()->collections().size(), 1);
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    const QString text = detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Tags: raportoitava"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Tarkista väliraportti.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Collections: Raportti")));

    // A broken file: the error names the file and the line.
    const QString broken = folder.filePath(QStringLiteral("broken.json"));
    QFile out(broken);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{\n  \"format\": \"salkku-user-layer\",\n  oops\n}\n");
    out.close();
    EXPECT_FALSE(m_window->importAnnotationsFrom(broken));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(broken + QStringLiteral(":")))
        << m_window->statusBar()->currentMessage().toStdString();
}

TEST_F(Coordinator, TheRegionOverviewListsItsProjects)
{
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    tagSelected(QStringLiteral("pohjoinen"));
    QModelIndex lappi;
    for (int row = 0; row < model()->rowCount(); ++row)
        if (model()->index(row, 0).data(ProjectTreeModel::GroupKeyRole).toString() == u"Lappi")
            lappi = model()->index(row, 0);
    ASSERT_TRUE(lappi.isValid());
    tree()->setCurrentIndex(lappi);
    auto *overview = m_window->findChild<gui::GroupOverview *>(QStringLiteral("groupOverview"));
    ASSERT_NE(overview, nullptr);
    EXPECT_EQ(overview->title(), QStringLiteral("Lappi")); // at once, while its projects are read
    waitForOverview(*m_window);
    EXPECT_TRUE(overview->isVisible());
    EXPECT_EQ(overview->countText(), QStringLiteral("2 projects"));
    const QStringList lines = overviewLines(*m_window);
    ASSERT_EQ(lines.size(), 3) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("Project | Years | Funders | Sub-areas | Tags | Follow-up"));
    EXPECT_TRUE(lines.filter(QStringLiteral("Lapin tulevaisuuden sote-keskus"))
                    .join(u' ')
                    .contains(QStringLiteral("| pohjoinen |")))
        << lines.join(u'\n').toStdString();
}

// Not a check but a look: the window with the coordinator's layer on the sample portfolio, in Finnish, saved
// under /tmp/coord-gui-shots for a person to look at.
TEST_F(Coordinator, ScreenshotsOfTheCoordinatorsLayer)
{
    action("actionFinnish")->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // Qt posts it to top-level widgets
    // The choice is remembered in settings other test programs read: English there at once.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    const auto english = qScopeGuard([this] { // for the next tests
        action("actionEnglish")->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    });
    m_window->setNoteAuthor(QStringLiteral("Kaisa Koordinaattori"));
    const qint64 collection = m_window->createCollection(QStringLiteral("Kevään raportti"));
    m_window->createCollection(QStringLiteral("Ohjausryhmä 4/2026"));
    for (const char *name :
         {"Satakunnan sote-valmistelu", "Pirkanmaan tiedolla", "Lapin tulevaisuuden sote-keskus"}) {
        ASSERT_TRUE(selectProject(QString::fromUtf8(name)));
        tagSelected(QStringLiteral("raportoitava"));
        m_window->addToCollection(collection, m_window->selectedItems());
    }
    ASSERT_TRUE(selectProject(QStringLiteral("Pirkanmaan tiedolla")));
    statusAction(core::FollowUpStatus::Following)->trigger();
    tagSelected(QStringLiteral("tiedolla johtaminen"));
    ASSERT_TRUE(selectProject(QStringLiteral("Lapin tulevaisuuden sote-keskus")));
    statusAction(core::FollowUpStatus::ToCheck)->trigger();
    setDateOfSelected(QDate(2026, 3, 16));
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    statusAction(core::FollowUpStatus::Done)->trigger();
    tagSelected(QStringLiteral("ohjausryhmä"));
    addNoteToSelected(QStringLiteral("Hankepäällikkö lupasi väliraportin huhtikuun ohjausryhmään. "
                                     "Kysy samalla osa-alueen 2 mittareista."));
    save(QStringLiteral("window-details.png"), m_window.get());

    action("actionTags")->trigger();
    if (auto *tags = openedDialog<gui::TagsDialog>()) {
        save(QStringLiteral("tags-dialog.png"), tags);
        tags->reject();
    }
    action("actionAddNote")->trigger();
    if (auto *note = openedDialog<gui::NoteDialog>()) {
        save(QStringLiteral("note-dialog.png"), note);
        note->reject();
    }
    action("actionFollowUpDate")->trigger();
    if (auto *date = openedDialog<gui::FollowUpDateDialog>()) {
        save(QStringLiteral("date-dialog.png"), date);
        date->reject();
    }

    m_window->chooseCollection(collection);

    waitForTree(*m_window);
    tree()->expandToDepth(0);
    save(QStringLiteral("window-collection.png"), m_window.get());
    m_window->chooseCollection(0);
    waitForTree(*m_window);
    tree()->collapseAll();
    for (int row = 0; row < model()->rowCount(); ++row)
        if (model()->index(row, 0).data(ProjectTreeModel::GroupKeyRole).toString() == u"Lappi")
            tree()->setCurrentIndex(model()->index(row, 0));
    waitForOverview(*m_window);
    save(QStringLiteral("region-overview.png"), m_window.get());

    ASSERT_TRUE(selectProject(QStringLiteral("Kanta-Hämeen")));
    action("actionMoveToTrash")->trigger();
    waitForTree(*m_window);
    action("actionShowTrash")->trigger();
    if (auto *trash = openedDialog<gui::TrashDialog>()) {
        save(QStringLiteral("trash-dialog-fi.png"), trash);
        trash->reject();
    }

    // In English, at the README's size: the whole portfolio with the coordinator's labels and a note.
    action("actionEnglish")->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    m_window->resize(1200, 760);
    tree()->collapseAll();
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    ASSERT_TRUE(project(QStringLiteral("Lapin tulevaisuuden")).isValid());
    tree()->setCurrentIndex(project(QStringLiteral("Satakunnan sote-valmistelu")));
    tree()->scrollToTop();
    m_window->statusBar()->clearMessage();
    save(QStringLiteral("main-window-en.png"), m_window.get());
}

TEST_F(Coordinator, ASubAreaRetitledSinceItsNoteIsFlaggedUntilSeen)
{
    m_window->setNoteAuthor(QStringLiteral("Kaisa"));
    const QModelIndex satakunta = project(QStringLiteral("Satakunnan sote-valmistelu"));
    ASSERT_TRUE(satakunta.isValid());
    const qint64 id = satakunta.data(ProjectTreeModel::PageIdRole).toLongLong();
    tree()->expand(satakunta);
    ASSERT_TRUE(readAllRows(*model(), satakunta));
    ASSERT_GE(model()->rowCount(satakunta), 2);
    tree()->setCurrentIndex(model()->index(1, 0, satakunta));
    addNoteToSelected(QStringLiteral("Mittarit puuttuvat."));

    // A newer export of the page gives sub-area 2 another title.
    core::PageRecord record = sampleRecord(QStringLiteral("satakunta-sote-valmistelu.txt"));
    ASSERT_GE(record.subAreas.size(), 2);
    record.subAreas[1].title = QStringLiteral("Tietojohtaminen ja mittarit");
    auto stored = m_window->portfolio()->store()->store(
        record, sourceFor(QStringLiteral("satakunta-uusi.txt"), QString(64, u'a')), true);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored.value().pageId, id);
    action("actionReload")->trigger();
    waitForTree(*m_window);
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    QString text = detail()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Sub-area 2 has a new title"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("“Tiedolla johtaminen”")));
    EXPECT_TRUE(text.contains(QStringLiteral("OK, seen")));
    emit detail()->anchorClicked(QUrl(QStringLiteral("salkku-seen:2")));
    text = detail()->toPlainText();
    EXPECT_FALSE(text.contains(QStringLiteral("has a new title"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Mittarit puuttuvat.")));
}

TEST_F(Coordinator, ACollectionIsRenamedAndDeletedFromThePane)
{
    const qint64 id = m_window->createCollection(QStringLiteral("Luonnos"));
    m_window->chooseCollection(id);
    waitForTree(*m_window);
    auto *rename = m_window->findChild<QToolButton *>(QStringLiteral("renameCollectionButton"));
    auto *remove = m_window->findChild<QToolButton *>(QStringLiteral("removeCollectionButton"));
    ASSERT_TRUE(rename && remove);
    ASSERT_TRUE(rename->isEnabled());
    rename->click();
    auto *dialog = openedDialog<QInputDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->textValue(), QStringLiteral("Luonnos"));
    dialog->setTextValue(QStringLiteral("Syksyn raportti"));
    dialog->accept();
    EXPECT_EQ(m_window->collectionModel()->indexOfCollection(id).data().toString(),
              QStringLiteral("Syksyn raportti (0)"));
    EXPECT_EQ(m_window->currentCollection(), id) << "renaming keeps the scope";
    remove->click();
    EXPECT_TRUE(m_window->collectionModel()->collections().isEmpty());
    EXPECT_EQ(m_window->currentCollection(), 0);
    waitForTree(*m_window);
    EXPECT_EQ(model()->shownProjectCount(), 11);
}

TEST_F(Coordinator, NotesAreSignedWithTheSystemUserUnlessTheSettingsSayOtherwise)
{
    QSettings().remove(QStringLiteral("notes/author"));
    const QString user =
        qEnvironmentVariableIsSet("USER") ? qEnvironmentVariable("USER") : qEnvironmentVariable("USERNAME");
    EXPECT_EQ(m_window->noteAuthor(), user);
    action("actionAuthor")->trigger();
    auto *dialog = openedDialog<gui::AuthorDialog>();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->author(), user);
    dialog->setAuthor(QStringLiteral("  Kaisa   Koordinaattori "));
    dialog->accept();
    EXPECT_EQ(m_window->noteAuthor(), QStringLiteral("Kaisa Koordinaattori"));
}

TEST(TagsDialog, CompletesTheTagTypedAfterTheLastComma)
{
    application();
    gui::TagsDialog dialog(QStringLiteral("“Satakunta”"), {QStringLiteral("ohjausryhmä")},
                           {QStringLiteral("ohjausryhmä"), QStringLiteral("raportoitava")}, nullptr);
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("tagEdit"));
    ASSERT_TRUE(edit && edit->completer());
    edit->setText(QStringLiteral("kevät, rap"));
    QCompleter *completer = edit->completer();
    completer->setCompletionPrefix(completer->splitPath(edit->text()).constFirst());
    ASSERT_EQ(completer->completionCount(), 1);
    completer->setCurrentRow(0);
    const auto *proxy = qobject_cast<QAbstractProxyModel *>(completer->completionModel());
    ASSERT_TRUE(proxy);
    EXPECT_EQ(completer->pathFromIndex(proxy->mapToSource(completer->currentIndex())),
              QStringLiteral("kevät, raportoitava"));
    edit->setText(QStringLiteral("kevät, raportoitava"));
    dialog.uncheck(QStringLiteral("ohjausryhmä"));
    EXPECT_EQ(dialog.added(), (QStringList{QStringLiteral("kevät"), QStringLiteral("raportoitava")}));
    EXPECT_EQ(dialog.removed(), QStringList{QStringLiteral("ohjausryhmä")});
}

TEST_F(Coordinator, APdfReportCarriesTheNotesWhenAsked)
{
    m_window->setNoteAuthor(QStringLiteral("Kaisa Koordinaattori"));
    ASSERT_TRUE(selectProject(QStringLiteral("Satakunnan sote-valmistelu")));
    addNoteToSelected(QStringLiteral("Väliraportti huhtikuussa."));
    gui::ExportController *exporter = m_window->exportController();
    const auto exportText = [&](const QString &file) {
        const QString path = m_portfolio.folder() + u'/' + file;
        exporter->setNextFileName(path);
        QSignalSpy finished(exporter, &gui::ExportController::finished);
        action("actionExportProjectPdf")->trigger();
        EXPECT_TRUE(finished.wait(120000));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        EXPECT_TRUE(pdftotext.waitForStarted()) << "pdftotext does not run: install poppler-utils";
        EXPECT_TRUE(pdftotext.waitForFinished());
        return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    };
    QAction *withNotes = action("actionPdfWithNotes");
    ASSERT_TRUE(withNotes->isCheckable());
    withNotes->setChecked(false);
    EXPECT_FALSE(
        exportText(QStringLiteral("plain.pdf")).contains(QStringLiteral("Väliraportti huhtikuussa.")));
    withNotes->setChecked(true);
    const QString text = exportText(QStringLiteral("notes.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Väliraportti huhtikuussa."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kaisa Koordinaattori")));
    withNotes->setChecked(false); // the settings are shared by the test programs
}
