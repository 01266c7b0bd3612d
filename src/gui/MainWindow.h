#pragma once

#include "core/Result.h"
#include "storage/ImportRunner.h"
#include "storage/StorageTypes.h"

#include <QDateTime>
#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace Ui {
class MainWindow;
}

namespace salkku::models {
class CollectionListModel;
class BrowseReader;
struct BrowseRead;
class ComparisonModel;
class ProjectTreeModel;
class SliceReader;
class TimelineModel;
} // namespace salkku::models

namespace salkku::core {
struct ItemRef;
}

namespace salkku::gui {

class BackgroundTask;
class CompareController;
class CompareView;
class GroupOverview;
class TimelineView;
class ExportController;
class ImportController;
class LanguageController;
class PortfolioController;

// The main window: wires the tree, the detail view, search and filters, import and portfolios together.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the last portfolio; on the very first start creates the default one and imports the bundled
    // sample portfolio into it. Emits started() when that is done: at once, or when the import ends. A window
    // shown but not yet painted paints first and starts right after, so that it appears at once.
    void start();
    bool openPortfolio(const QString &path);
    void importPaths(const QStringList &paths);
    // A shared portfolio, every half minute: when the server no longer answers, the status bar says so; when
    // it answers again on a new connection (it restarted), the window reads again what it may have missed.
    void checkConnection();

    // Test hooks.
    void setInteractive(bool interactive); // no dialogs: errors go to the status bar
    void setSearchDelay(int milliseconds);
    void setFirstPaintWait(int milliseconds); // how long a shown window waits for its first paint to start
    ImportController *importController() const { return m_import; }
    ExportController *exportController() const { return m_export; }
    models::ProjectTreeModel *treeModel() const { return m_model; }
    // The tree is being read again under a new search, filter or grouping (treeRead() follows).
    bool isReadingTree() const;
    // The timeline is being read, with the tree or alone (timelineRead() follows when alone).
    bool isReadingTimeline() const;
    // A group's overview is being read for the details (overviewRead() follows).
    bool isReadingOverview() const { return m_overview && m_overview->ticket != 0; }
    QLineEdit *searchField() const { return m_search; }
    QString shownText() const;
    PortfolioController *portfolio() const { return m_portfolio; }
    models::ComparisonModel *comparisonModel() const { return m_comparisonModel; }
    models::TimelineModel *timelineModel() const { return m_timelineModel; }
    // The Compare and Timeline tabs' views, made when first shown or asked for (the first paint shows the
    // details; they would cost it).
    CompareView *compareView();
    TimelineView *timelineView();
    // The projects and sub-areas selected in the tree, in tree order.
    QList<core::ItemRef> selectedItems() const;
    // Selects a project in the tree: at once when its row is read (projectRevealed() then); else its group's
    // rows are read off the GUI thread first, and after a read of the tree under way (projectRevealed()
    // follows, or the status bar says it is hidden). False when the filter hides it, known at once.
    bool revealProject(qint64 pageId);
    enum class Tab
    {
        Details,
        Compare,
        Timeline,
    };
    void showTab(Tab tab);

    // The coordinator's own layer (MainWindowLayer.cpp). Test hooks and what the menus' dialogs end in.
    // Where the time of a note and "today" of the due filter come from (tests: fixed).
    void setClock(std::function<QDateTime()> now);
    models::CollectionListModel *collectionModel() const { return m_collections; }
    // The collection that scopes the window (0: the whole portfolio), and choosing one.
    qint64 currentCollection() const;
    void chooseCollection(qint64 id);
    qint64 createCollection(const QString &name); // 0 on failure
    void addToCollection(qint64 collectionId, const QList<core::ItemRef> &items);
    QString noteAuthor() const;
    void setNoteAuthor(const QString &author);
    // File menu's ends: a copy of the portfolio (in the background; backedUp() when done), the exchange file.
    void backUpTo(const QString &path);
    bool exportAnnotationsTo(const QString &path);
    bool importAnnotationsFrom(const QString &path);
    void removeSamplePortfolio();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The constructor's parts: each view's and action's wiring.
    void setUpViews();
    void setUpWindowIcon();
    void setUpSearch();
    void setUpFileActions();
    void setUpLanguages();
    void setUpTree();
    void setUpCompare();
    void setUpTabs();
    void setUpExports();
    void reloadPortfolio();
    void retranslate();
    void translateTexts();
    void applyFilter();
    void showTreeRead(const models::BrowseRead &read);
    void showTimelineRead(const models::BrowseRead &read);
    void requestRead(const storage::BrowseRequest &request);
    storage::BrowseRequest reloadRequest() const;
    void readTimelineHere();
    void onTreeReadFailed(const QString &message);
    // After a search or filter the groups open to show what matched; after a reload they stay as they were.
    enum class GroupsOpened
    {
        ToShowMatches,
        AsTheyWere,
    };
    void afterFilterApplied(GroupsOpened groups = GroupsOpened::ToShowMatches);
    bool showsAlready(storage::Grouping grouping, const storage::BrowseFilter &filter) const;
    void replaceTree(bool again, const std::function<void()> &replace);
    void afterTreeReplaced(bool again);
    void placeChangedPages(const QList<qint64> &pageIds);
    void readTreeHere();
    void selectInTimeline();
    static QString searchingText();
    static QString findingText();
    void showRevealed(const QModelIndex &index);
    void revealPending();
    void onProjectNotFound();
    void showSelection();
    void makeShownTabsView();
    void startNow();
    void afterFirstPaint(void (MainWindow::*work)());
    void runAfterFirstPaint();
    void onPortfolioOpened();
    void onImportFinished(const storage::ImportReport &report);
    void refreshChoices();
    void showChoices(const storage::BrowseChoices &choices);
    void updateStatus();
    void loadPortfolio();
    void updateRecentMenu();
    void updateLanguageActions();
    void chooseImportFiles();
    void chooseImportFolder();
    void chooseNewPortfolio();
    void chooseOpenPortfolio();
    void chooseSharedPortfolio();
    void onSharedChange(const storage::PortfolioChange &change);
    void applySharedPageChanges();
    // A portfolio's name for titles and menus: its file's name, or "database on host".
    static QString portfolioName(const QString &path);
    void showError(const QString &title, const QString &message);
    storage::BrowseFilter currentFilter() const;
    void updateCompareActions();
    void compareSelected();
    void addSelectedToComparison();
    void compareSubAreaNumber();
    void compareLikeCurrent();
    void syncTimeline();
    qint64 currentProjectId() const;
    std::optional<storage::BrowseFilter> choosePortfolioScope();
    void exportProjectPdf();
    void exportComparison(bool csv);
    void exportPortfolioPdf();
    void exportListCsv();
    void printPreview();
    void updateExportActions();
    void showAbout();
    void restoreSettings();
    void saveSettings();

    // The coordinator's own layer (MainWindowLayer.cpp).
    void setUpLayer();
    void setUpCollections();
    void setUpAnnotationActions();
    void setUpLayerFiles();
    QList<qint64> selectedPageIds() const;
    QString describe(const QList<core::ItemRef> &items) const;
    void confirm(const QString &title, const QString &text, const std::function<void()> &then);
    void updateLayerActions();
    void refreshLayerChoices();
    void afterAnnotationChange(const QList<qint64> &pageIds);
    bool reportFailure(const core::Result<void> &result);
    void editTags();
    void applyTags(const QList<core::ItemRef> &items, const QStringList &added, const QStringList &removed);
    void addNote();
    void editNote(qint64 noteId);
    void removeNote(qint64 noteId);
    void acknowledgeSubArea(int number);
    void setFollowUpStatus(core::FollowUpStatus status);
    void chooseFollowUpDate();
    void setFollowUpDate(const QList<qint64> &pageIds, std::optional<QDate> date);
    void fillCollectionMenu();
    void newCollection(const QList<core::ItemRef> &addSelected);
    void renameCollection(qint64 id);
    void removeCollection(qint64 id);
    void removeSelectedFromCollection();
    void onCollectionChosen();
    void moveSelectedToTrash();
    QString trashConsequences(const QList<qint64> &pageIds) const;
    void moveToTrash(const QList<qint64> &pageIds);
    void showTrash();
    void fillTrash();
    void restoreFromTrash(const QList<qint64> &pageIds);
    void emptyTrash();
    void chooseBackup();
    void chooseExportAnnotations();
    void chooseImportAnnotations();
    void chooseAuthor();
    void showGroupOverview(const QModelIndex &index);
    void cancelOverview();
    GroupOverview *overviewPage(); // made when a group is first shown
    void showOverviewRead(quint64 ticket, const QList<storage::PageSummary> &pages);
    void onOverviewReadFailed(quint64 ticket, const QString &message);
    void showOverview(const QList<storage::PageSummary> &pages);
    void showPageWithAnnotations(const QModelIndex &index, const storage::StoredPage &page);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLineEdit *m_search = nullptr;
    QLabel *m_shownLabel = nullptr;    // "N of M projects shown", always in the status bar
    QLabel *m_readOnlyLabel = nullptr; // "Read-only", while the portfolio refuses writes
    QTimer m_searchDelay;
    QTimer m_sharedPagesChanged; // other team members' imports: one update after a burst of them
    QTimer m_connectionCheck; // a shared portfolio: whether the server still answers (and tells of changes)
    QList<qint64> m_sharedPages;  // the pages they changed since the last update
    bool m_sharedAnyPage = false; // they changed pages without saying which (emptied the trash)
    int m_reconnectionsSeen = 0;  // the store's reconnections the tree has been read again after
    models::ProjectTreeModel *m_model = nullptr;
    std::unique_ptr<models::BrowseReader> m_treeReader; // the open portfolio's, off the GUI thread
    storage::BrowseRequest m_treeRequest;               // the last one asked of it
    models::ComparisonModel *m_comparisonModel = nullptr;
    models::TimelineModel *m_timelineModel = nullptr;
    CompareController *m_compare = nullptr;
    ExportController *m_export = nullptr;
    PortfolioController *m_portfolio = nullptr;
    ImportController *m_import = nullptr;
    LanguageController *m_language = nullptr;
    models::CollectionListModel *m_collections = nullptr;
    CompareView *m_compareView = nullptr;     // made by compareView()
    TimelineView *m_timelineView = nullptr;   // made by timelineView()
    GroupOverview *m_groupOverview = nullptr; // made by overviewPage()
    BackgroundTask *m_backup = nullptr;
    QPointer<QDialog> m_trashDialog;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
    // A group's overview in the details, its projects read off the GUI thread by m_overviewReader.
    struct Overview
    {
        storage::Grouping grouping = storage::Grouping::Region;
        QString groupKey;
        QString title;
        int total = 0;
        quint64 ticket = 0; // the read under way, 0 when none
        int scroll = -1;    // where the details were scrolled to, given back when it is the same group again
    };
    std::unique_ptr<models::SliceReader> m_overviewReader; // the open portfolio's
    std::optional<Overview> m_overview; // the overview shown or being read, none when the details show else
    qint64 m_shownPage = 0;             // the page the details show, with its annotations
    qint64 m_revealAfterRead = 0;       // a project to select once the tree read under way is shown
    qint64 m_detailsOnReveal = 0;       // a project chosen in Compare: its details are shown once selected
    storage::PageAnnotations m_shownAnnotations;
    bool m_interactive = true;
    QString m_shownLanguage; // the language the window's texts are in
    int m_totalProjects = 0;
    bool m_painted = false; // the window has been painted once (or waited for long enough)
    QList<void (MainWindow::*)()> m_afterFirstPaint; // what waits for that first paint
    QTimer m_firstPaintLate;     // a window never painted (started minimised) does that work anyway
    bool m_timelineStale = true; // the timeline is read when its tab is shown, not on every keystroke
    bool m_restoringTree =
        false; // the tree's rows are read again and its open rows given back (showTreeRead)

signals:
    // start() is done: a portfolio is open and, on the first start, the sample portfolio imported into it
    // (false when the portfolio could not be opened, or the sample portfolio is missing or failed to import).
    void started(bool ok);
    // The tree shows what a new search, filter or grouping finds.
    void treeRead();
    // The timeline shows the projects of the tree, read alone (when its tab was opened, not with the tree).
    void timelineRead();
    // The details show a group's overview with its projects.
    void overviewRead();
    // revealProject() has selected the project in the tree.
    void projectRevealed(qint64 pageId);
    // backUpTo() is done: the copy is in path, or it failed (the error is shown).
    void backedUp(const QString &path, bool ok);
};

} // namespace salkku::gui
