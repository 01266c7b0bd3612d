#include "MainWindow.h"

#include "BackgroundTask.h"
#include "CompareController.h"
#include "CompareView.h"
#include "ExportController.h"
#include "ImportController.h"
#include "LanguageController.h"
#include "PortfolioController.h"
#include "ProjectTreeDelegate.h"
#include "SliceFetcher.h"
#include "TimelineView.h"
#include "TreeViewState.h"
#include "core/Comparison.h"
#include "models/BrowseReader.h"
#include "models/CollectionListModel.h"
#include "models/ComparisonModel.h"
#include "models/ProjectTreeModel.h"
#include "models/SliceReader.h"
#include "models/TimelineModel.h"
#include "storage/PortfolioStore.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QTreeView>

#include <utility>

namespace salkku::gui {

using models::ProjectTreeModel;

namespace {
// With a search or a filter, the window opens the tree's groups when there are at most this many (their first
// projects are read with the groups).
constexpr int kOpenGroupsUpTo = 12;
// An icon drawn in resources/icons, in the sizes rendered from it at build time (src/gui/CMakeLists.txt).
QIcon renderedIcon(const QString &name, std::initializer_list<int> sizes)
{
    QIcon icon;
    for (const int size : sizes)
        icon.addFile(QStringLiteral(":/salkku/icons/%1-%2.png").arg(name).arg(size), QSize(size, size));
    return icon;
}

// Puts a tab's view, made when the tab is first shown, on its empty page, and shows it now (not when the
// layout's queued call comes).
template <typename View>
View *placeOnPage(View *view, QWidget *page, const QString &name)
{
    view->setObjectName(name);
    page->layout()->addWidget(view);
    view->show();
    return view;
}

// A shown window that is not painted within this time (it started minimised) does what waits for its paint.
constexpr int kFirstPaintLateMs = 500;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_model(new ProjectTreeModel(this)),
      m_comparisonModel(new models::ComparisonModel(this)), m_timelineModel(new models::TimelineModel(this)),
      m_compare(new CompareController(m_comparisonModel, this)), m_export(new ExportController(this)),
      m_portfolio(new PortfolioController(this)), m_import(new ImportController(this)),
      m_language(new LanguageController(this)), m_collections(new models::CollectionListModel(this))
{
    // The language first, so the forms are written once, in it.
    m_language->setLanguage(LanguageController::preferred());
    m_ui->setupUi(this);
    setUpViews();
    setUpSearch();
    setUpFileActions();
    setUpLanguages();
    setUpTree();
    setUpCompare();
    setUpTabs();
    setUpExports();
    setUpLayer();
    connect(m_portfolio, &PortfolioController::opened, this, &MainWindow::onPortfolioOpened);
    connect(m_portfolio, &PortfolioController::recentChanged, this, &MainWindow::updateRecentMenu);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    m_firstPaintLate.setSingleShot(true);
    m_firstPaintLate.setInterval(kFirstPaintLateMs);
    connect(&m_firstPaintLate, &QTimer::timeout, this, &MainWindow::runAfterFirstPaint);

    translateTexts();
    updateLanguageActions();
    updateCompareActions();
    restoreSettings();
    m_ui->detailView->showMessage(
        tr("Open a portfolio, or import Innokylä pages saved as text (File → Import)."));
}

void MainWindow::setUpViews()
{
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({380, 820});
    m_ui->projectTree->setModel(m_model);
    m_ui->projectTree->setItemDelegate(new ProjectTreeDelegate(m_ui->projectTree));
    new SliceFetcher(m_ui->projectTree, m_model); // the view's
    m_shownLabel = new QLabel(this);
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    statusBar()->addPermanentWidget(m_shownLabel);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->hide();
    statusBar()->addPermanentWidget(m_readOnlyLabel);
}

// Search: results as you type, once typing pauses.
void MainWindow::setUpSearch()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_ui->mainToolBar->addWidget(m_search);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    m_sharedPagesChanged.setSingleShot(true);
    m_sharedPagesChanged.setInterval(500);
    connect(&m_sharedPagesChanged, &QTimer::timeout, this, &MainWindow::applySharedPageChanges);
    m_connectionCheck.setInterval(30000);
    connect(&m_connectionCheck, &QTimer::timeout, this, &MainWindow::checkConnection);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_ui->actionClearFilters, &QAction::triggered, this, [this] {
        m_search->clear();
        m_ui->filterBar->clear();
    });
    connect(m_ui->filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
}

void MainWindow::setUpFileActions()
{
    m_ui->actionImportFiles->setIcon(renderedIcon(QStringLiteral("import-file"), {24, 48}));
    m_ui->actionImportFolder->setIcon(renderedIcon(QStringLiteral("import-folder"), {24, 48}));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionOpenPortfolio->setShortcut(QKeySequence::Open);
    m_ui->actionNewPortfolio->setShortcut(QKeySequence::New);
    m_ui->actionReload->setShortcut(QKeySequence::Refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionReload, &QAction::triggered, this, &MainWindow::reloadPortfolio);
    connect(m_ui->actionImportFiles, &QAction::triggered, this, &MainWindow::chooseImportFiles);
    connect(m_ui->actionImportFolder, &QAction::triggered, this, &MainWindow::chooseImportFolder);
    connect(m_ui->actionNewPortfolio, &QAction::triggered, this, &MainWindow::chooseNewPortfolio);
    connect(m_ui->actionOpenPortfolio, &QAction::triggered, this, &MainWindow::chooseOpenPortfolio);
    connect(m_ui->actionOpenShared, &QAction::triggered, this, &MainWindow::chooseSharedPortfolio);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

// The portfolio changed (an import, the trash, another team member) or F5: the tree, the filter bar's
// choices, the total and the timeline on screen are read again on the tree reader's thread. What the
// coordinator had open, current and scrolled to stays (showTreeRead).
void MainWindow::reloadPortfolio()
{
    if (!m_treeReader || !m_portfolio->store())
        return;
    const storage::BrowseRequest request = reloadRequest();
    m_timelineStale = !request.withTimeline;
    requestRead(request);
}

// Everything under the filter bar's grouping and filter, with as many rows of the groups open on screen.
storage::BrowseRequest MainWindow::reloadRequest() const
{
    storage::BrowseRequest request{m_ui->filterBar->grouping(), currentFilter(), ProjectTreeModel::kSliceSize,
                                   kOpenGroupsUpTo};
    if (request.grouping == m_model->grouping() && request.filter == m_model->filter()) {
        const TreeViewState shown = TreeViewState::of(*m_ui->projectTree);
        request.openGroups = shown.openGroups();
        request.openProjects = shown.projectsToRead();
    }
    request.withTimeline = m_ui->viewTabs->currentWidget() == m_ui->timelinePage;
    request.withChoices = true;
    return request;
}

void MainWindow::setUpLanguages()
{
    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionFinnish);
    languages->addAction(m_ui->actionEnglish);
    connect(m_ui->actionFinnish, &QAction::triggered, this,
            [this] { m_language->setLanguage(QStringLiteral("fi")); });
    connect(m_ui->actionEnglish, &QAction::triggered, this,
            [this] { m_language->setLanguage(QStringLiteral("en")); });
    connect(m_language, &LanguageController::languageChanged, this, &MainWindow::updateLanguageActions);
}

void MainWindow::setUpTree()
{
    connect(m_ui->filterBar, &FilterBar::groupingChanged, this, &MainWindow::applyFilter);
    connect(m_ui->projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (statusBar()->currentMessage() == findingText() && !m_model->isSeeking())
            statusBar()->clearMessage(); // the tree read again here (another member's change) ended the seek
    });
    connect(m_model, &ProjectTreeModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_model, &ProjectTreeModel::projectFound, this, &MainWindow::showRevealed);
    connect(m_model, &ProjectTreeModel::pagesPlaced, this, &MainWindow::updateStatus);
    connect(m_model, &ProjectTreeModel::projectNotFound, this, &MainWindow::onProjectNotFound);
    // A practice's project, a project's practice: shown in the tree as any project.
    connect(m_ui->detailView, &DetailView::pageRequested, this, &MainWindow::revealProject);
}

// Compare: from the tree's selection (its context menu too), a sub-area number, or sub-areas alike.
void MainWindow::setUpCompare()
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_ui->projectTree->addActions({m_ui->actionCompareSelected, m_ui->actionAddToComparison, separator,
                                   m_ui->actionCompareNumber, m_ui->actionCompareLike});
    connect(m_ui->actionCompareSelected, &QAction::triggered, this, &MainWindow::compareSelected);
    connect(m_ui->actionAddToComparison, &QAction::triggered, this, &MainWindow::addSelectedToComparison);
    connect(m_ui->actionCompareNumber, &QAction::triggered, this, &MainWindow::compareSubAreaNumber);
    connect(m_ui->actionCompareLike, &QAction::triggered, this, &MainWindow::compareLikeCurrent);
    connect(m_ui->projectTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCompareActions);
    connect(m_ui->projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateCompareActions);
}

// The tabs beside the tree.
void MainWindow::setUpTabs()
{
    connect(m_ui->actionShowDetails, &QAction::triggered, this, [this] { showTab(Tab::Details); });
    connect(m_ui->actionShowCompare, &QAction::triggered, this, [this] { showTab(Tab::Compare); });
    connect(m_ui->actionShowTimeline, &QAction::triggered, this, [this] { showTab(Tab::Timeline); });
    connect(m_ui->viewTabs, &QTabWidget::currentChanged, this, [this] {
        makeShownTabsView();
        syncTimeline();
    });
    connect(m_timelineModel, &models::TimelineModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
}

// Exports and printing.
void MainWindow::setUpExports()
{
    connect(m_ui->actionExportProjectPdf, &QAction::triggered, this, &MainWindow::exportProjectPdf);
    connect(m_ui->actionExportComparisonPdf, &QAction::triggered, this, [this] { exportComparison(false); });
    connect(m_ui->actionExportComparisonCsv, &QAction::triggered, this, [this] { exportComparison(true); });
    connect(m_ui->actionExportPortfolioPdf, &QAction::triggered, this, &MainWindow::exportPortfolioPdf);
    connect(m_ui->actionExportListCsv, &QAction::triggered, this, &MainWindow::exportListCsv);
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, &MainWindow::printPreview);
    m_ui->actionPrintPreview->setShortcut(QKeySequence::Print);
    connect(m_ui->actionPdfWithNotes, &QAction::toggled, m_export, &ExportController::setWithNotes);
    connect(m_export, &ExportController::finished, this, [this](const QString &path, const QString &message) {
        statusBar()->showMessage(tr("Wrote %1 (%2).").arg(QDir::toNativeSeparators(path), message), 15000);
    });
    connect(m_export, &ExportController::failed, this,
            [this](const QString &message) { showError(tr("Export failed"), message); });
    connect(m_comparisonModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateExportActions);
    connect(m_comparisonModel, &QAbstractItemModel::columnsInserted, this, &MainWindow::updateExportActions);
    connect(m_comparisonModel, &QAbstractItemModel::columnsRemoved, this, &MainWindow::updateExportActions);
}

MainWindow::~MainWindow()
{
    m_treeReader.reset();
    m_overviewReader.reset();
    m_ui->projectTree->setModel(nullptr);
    m_model->setSliceReader(nullptr);
    m_model->setStore(nullptr);
    m_collections->setStore(nullptr);
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_import->setInteractive(interactive);
    m_export->setInteractive(interactive);
}

void MainWindow::setSearchDelay(int milliseconds)
{
    m_searchDelay.setInterval(milliseconds);
}

void MainWindow::setFirstPaintWait(int milliseconds)
{
    m_firstPaintLate.setInterval(milliseconds);
}

void MainWindow::start()
{
    if (isVisible() && !m_painted)
        afterFirstPaint(&MainWindow::startNow);
    else
        startNow();
}

void MainWindow::startNow()
{
    const QString last = m_portfolio->lastPath();
    if (!last.isEmpty() && (storage::Location::isServerAddress(last) || QFileInfo::exists(last)) &&
        openPortfolio(last)) {
        emit started(true);
        return;
    }
    const QString defaultPath = storage::PortfolioStore::defaultPath();
    const bool shared = storage::Location::isServerAddress(defaultPath);
    const bool firstStart = !shared && !QFileInfo::exists(defaultPath);
    if (!openPortfolio(defaultPath)) {
        emit started(false);
        return;
    }
    // The samples go into one's own new or empty portfolio file, never into a team's shared portfolio.
    if (shared || (!firstStart && !m_portfolio->isEmpty())) {
        emit started(true);
        return;
    }
    if (!m_import->startSampleImport(defaultPath)) {
        statusBar()->showMessage(
            tr("The sample portfolio is not installed: import your own pages from the File menu."));
        emit started(false);
        return;
    }
    statusBar()->showMessage(tr("Importing the sample portfolio…"));
    connect(
        m_import, &ImportController::finished, this,
        [this](const storage::ImportReport &report) {
            emit started(!report.anyFailed() && report.count(storage::ImportItem::Status::Imported) > 0);
        },
        Qt::SingleShotConnection);
}

bool MainWindow::openPortfolio(const QString &path)
{
    if (auto opened = m_portfolio->open(path); !opened) {
        showError(tr("Cannot open the portfolio"), opened.error().toString());
        return false;
    }
    return true;
}

void MainWindow::onPortfolioOpened()
{
    setWindowTitle(tr("Salkku – %1").arg(portfolioName(m_portfolio->path())));
    const bool readOnly = m_portfolio->store() && m_portfolio->store()->readOnly();
    m_readOnlyLabel->setText(tr("Read-only"));
    m_readOnlyLabel->setToolTip(tr("You may browse, search and export this portfolio, but not change it."));
    m_readOnlyLabel->setVisible(readOnly);
    // A shared portfolio: what the rest of the team does shows here too.
    m_connectionCheck.stop();
    if (storage::PortfolioStore *store = m_portfolio->store()) {
        m_reconnectionsSeen = store->reconnections();
        if (store->watchChanges([this](const storage::PortfolioChange &change) { onSharedChange(change); }))
            m_connectionCheck.start();
    }
    // The window paints first; the tree and the filter choices are read right after, so the window appears at
    // once whatever the size of the portfolio.
    m_revealAfterRead = 0; // a project of the other portfolio
    m_detailsOnReveal = 0;
    m_model->setStore(nullptr);
    m_model->setGrouping(m_ui->filterBar->grouping()); // what a read under way in the other portfolio was for
    m_model->setFilter(currentFilter());
    // The tree's reads run on threads of their own, each with its own connection.
    const auto opener = [path = m_portfolio->path()] { return storage::PortfolioStore::open(path); };
    m_treeReader = std::make_unique<models::BrowseReader>(opener);
    m_model->setSliceReader(std::make_unique<models::SliceReader>(opener));
    cancelOverview();
    m_overviewReader = std::make_unique<models::SliceReader>(opener);
    connect(m_overviewReader.get(), &models::SliceReader::ready, this, &MainWindow::showOverviewRead);
    connect(m_overviewReader.get(), &models::SliceReader::failed, this, &MainWindow::onOverviewReadFailed);
    connect(m_treeReader.get(), &models::BrowseReader::ready, this, &MainWindow::showTreeRead);
    connect(m_treeReader.get(), &models::BrowseReader::failed, this, &MainWindow::onTreeReadFailed);
    m_compare->setStore(nullptr);
    m_comparisonModel->clear(); // its columns came from the other portfolio
    m_timelineModel->setStore(nullptr);
    m_collections->setStore(nullptr);
    m_timelineStale = true;
    if (isVisible() && !m_painted)
        afterFirstPaint(&MainWindow::loadPortfolio);
    else
        QTimer::singleShot(0, this, &MainWindow::loadPortfolio);
}

void MainWindow::loadPortfolio()
{
    m_model->setStore(m_portfolio->store(), ProjectTreeModel::Reading::Later);
    m_compare->setStore(m_portfolio->store());
    m_collections->setStore(m_portfolio->store());
    reloadPortfolio();
    updateExportActions();
    updateLayerActions();
}

// Work that waits for the window's first paint: opening and reading a portfolio. Qt posts repaints at low
// priority, so a queued call alone would run before the paint.
void MainWindow::afterFirstPaint(void (MainWindow::*work)())
{
    m_afterFirstPaint.append(work);
    m_firstPaintLate.start();
}

// Right after the paint: the calls are queued, so the window's children are painted and shown first.
void MainWindow::runAfterFirstPaint()
{
    m_painted = true;
    m_firstPaintLate.stop();
    for (const auto work : std::exchange(m_afterFirstPaint, {}))
        QTimer::singleShot(0, this, work);
}

bool MainWindow::event(QEvent *event)
{
    // Installing a translator posts a LanguageChange to the window; one for the language it already shows
    // (the one installed while it was built) would only write every text again, before the first paint.
    if (event->type() == QEvent::LanguageChange && m_language->language() == m_shownLanguage)
        return true;
    // The window's icon is decoded from its files (five sizes) when it is set: for the task bar, not for the
    // window's first frame.
    if (event->type() == QEvent::Show && !m_painted && windowIcon().isNull())
        afterFirstPaint(&MainWindow::setUpWindowIcon);
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted)
        runAfterFirstPaint();
    return result;
}

void MainWindow::setUpWindowIcon()
{
    // Sizes up to 128: a 256 one would cost more to decode than the rest together.
    setWindowIcon(renderedIcon(QStringLiteral("salkku"), {16, 32, 48, 64, 128}));
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_portfolio->store() || paths.isEmpty() || m_import->isRunning())
        return;
    m_import->start(m_portfolio->path(), paths);
}

void MainWindow::onImportFinished(const storage::ImportReport &report)
{
    // The server's connection broke during the import (a restart): this window's connection broke too.
    if (!report.notices.isEmpty() && m_portfolio->store())
        m_portfolio->store()->reconnect();
    reloadPortfolio();
    QStringList message{report.summaryLine()};
    message += report.notices;
    statusBar()->showMessage(message.join(QStringLiteral(" — ")), 10000);
}

// The filter bar's choices and the total, read here (a reload reads them with the tree, off this thread).
void MainWindow::refreshChoices()
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    auto choices = store->browseChoices();
    if (!choices) {
        statusBar()->showMessage(choices.error().toString());
        return;
    }
    showChoices(choices.value());
}

storage::BrowseFilter MainWindow::currentFilter() const
{
    storage::BrowseFilter filter = m_ui->filterBar->filter();
    filter.text = m_search->text();
    filter.collection = m_ui->collectionsPane->currentCollection();
    return filter;
}

// A new search, filter or grouping: the tree is read again on the tree reader's thread (a keystroke never
// waits for the database), and shown when it is read (showTreeRead). Until then the tree shows what it
// showed.
void MainWindow::applyFilter()
{
    m_searchDelay.stop();
    const storage::Grouping grouping = m_ui->filterBar->grouping();
    if (!m_treeReader || !m_portfolio->store()) {
        m_model->setGrouping(grouping); // nothing to read yet: the tree reads under it once it has a store
        return;
    }
    const storage::BrowseFilter filter = currentFilter();
    if (isReadingTree() && filter == m_treeRequest.filter && grouping == m_treeRequest.grouping)
        return; // on its way (Enter during the read that the pause started)
    // Shown already ("Clear filters" with none set, a search typed back): a read for another one is no longer
    // wanted.
    if (filter == m_model->filter() && grouping == m_model->grouping()) {
        if (isReadingTree() && m_treeRequest.withChoices) {
            reloadPortfolio(); // the reload that the newer read had taken over is still wanted
        } else if (isReadingTree()) {
            m_treeReader->cancel();
            m_timelineStale = m_timelineStale || m_treeRequest.withTimeline; // it was to come with the read
            afterFilterApplied();
            revealPending(); // chosen in this tree
        }
        return;
    }
    const bool timelineShown = m_ui->viewTabs->currentWidget() == m_ui->timelinePage;
    requestRead(storage::BrowseRequest{grouping, filter, ProjectTreeModel::kSliceSize, kOpenGroupsUpTo,
                                       timelineShown});
    // On the left, so that the count on the right (the tree's, until the new one is read) keeps its place.
    statusBar()->showMessage(searchingText());
}

QString MainWindow::searchingText()
{
    return tr("Searching…");
}

QString MainWindow::findingText()
{
    return tr("Finding the project in the tree…");
}

bool MainWindow::isReadingTree() const
{
    return m_treeReader && m_treeReader->isReading() && !m_treeRequest.onlyTimeline;
}

bool MainWindow::isReadingTimeline() const
{
    return m_treeReader && m_treeReader->isReading() && m_treeRequest.withTimeline;
}

void MainWindow::requestRead(const storage::BrowseRequest &request)
{
    // A project being sought in the tree shown is sought in the tree read instead.
    if (m_model->isSeeking() && !request.onlyTimeline) {
        m_revealAfterRead = m_model->seekingPageId();
        m_model->cancelSeek();
    }
    if (isReadingTimeline() && !request.withTimeline)
        m_timelineStale = true; // the timeline being read is overtaken by a read without it
    // The filter bar's choices after a reload: they come with whichever read overtakes it.
    const bool withChoices = isReadingTree() && m_treeRequest.withChoices;
    m_treeRequest = request;
    m_treeRequest.withChoices = request.withChoices || withChoices;
    m_treeReader->request(m_treeRequest);
}

void MainWindow::showTreeRead(const models::BrowseRead &read)
{
    const storage::BrowseSnapshot &snapshot = read.snapshot;
    if (snapshot.request.onlyTimeline) {
        showTimelineRead(read);
        return;
    }
    const bool again = showsAlready(snapshot.request.grouping, snapshot.request.filter);
    replaceTree(again, [&] { m_model->showSnapshot(snapshot); });
    if (snapshot.choices)
        showChoices(*snapshot.choices);
    m_ui->filterBar->setTagCounts(snapshot.tagCounts);
    m_collections->reload();
    m_timelineStale = !read.timeline;
    if (read.timeline) {
        m_timelineModel->showData(snapshot.request.filter, *read.timeline);
        selectInTimeline();
    }
    afterTreeReplaced(again);
    emit treeRead();
    revealPending();
}

// The tree shows rows under this grouping and filter already: reading it again is a reload.
bool MainWindow::showsAlready(storage::Grouping grouping, const storage::BrowseFilter &filter) const
{
    return grouping == m_model->grouping() && filter == m_model->filter() && m_model->rowCount() > 0;
}

// Read again under what it shows (a reload, an import): what is open, current and scrolled to stays, and the
// details are shown again once the current row is back (not emptied by the model's reset first).
void MainWindow::replaceTree(bool again, const std::function<void()> &replace)
{
    if (!again) {
        replace();
        return;
    }
    const TreeViewState kept = TreeViewState::of(*m_ui->projectTree);
    const QScopedValueRollback restoring(m_restoringTree, true);
    replace();
    kept.restore(*m_ui->projectTree);
}

void MainWindow::afterTreeReplaced(bool again)
{
    afterFilterApplied(again ? GroupsOpened::AsTheyWere : GroupsOpened::ToShowMatches);
    if (!again)
        return;
    // The same page shown anew (its fields may have changed) stays where the coordinator was reading.
    const qint64 shown = m_shownPage;
    const int scroll = m_ui->detailView->verticalScrollBar()->value();
    showSelection();
    if (shown != 0 && m_shownPage == shown) {
        m_ui->detailView->document()->size(); // lays the whole page out, so the scroll bar has its range
        m_ui->detailView->verticalScrollBar()->setValue(scroll);
    }
}

void MainWindow::showChoices(const storage::BrowseChoices &choices)
{
    m_totalProjects = choices.total;
    m_ui->filterBar->setChoices(choices.regions, choices.funders, choices.topics);
}

// The reader could not read (its connection failed): the tree is read here, under what the window shows, so
// that the two never disagree; the message says what failed.
void MainWindow::onTreeReadFailed(const QString &message)
{
    if (m_treeRequest.onlyTimeline) { // the timeline alone: read here, under what the tree shows, if shown
        if (m_ui->viewTabs->currentWidget() == m_ui->timelinePage)
            readTimelineHere();
        else
            m_timelineStale = true;
        statusBar()->showMessage(message);
        return;
    }
    readTreeHere();
    statusBar()->showMessage(message);
}

void MainWindow::afterFilterApplied(GroupsOpened groups)
{
    if (statusBar()->currentMessage() == searchingText() ||
        (statusBar()->currentMessage() == findingText() && !m_model->isSeeking()))
        statusBar()->clearMessage();
    const storage::BrowseFilter &filter = m_model->filter();
    syncTimeline();
    m_ui->detailView->markSearch(filter.text);
    // With a search or filter, open the groups so the matches show (their first projects are read).
    if (groups == GroupsOpened::ToShowMatches && filter != storage::BrowseFilter() &&
        m_model->rowCount() <= kOpenGroupsUpTo)
        m_ui->projectTree->expandToDepth(0);
    updateStatus();
}

// Pages changed: they take their places in the tree, read on the slice reader's thread. A read of the whole
// tree under way may have begun before the change: it is asked for again instead (the newer read stops it).
void MainWindow::placeChangedPages(const QList<qint64> &pageIds)
{
    if (isReadingTree())
        requestRead(m_treeRequest);
    else
        m_model->updatePages(pageIds);
}

// The tree, the filter bar's tags and the timeline under the window's search and filters, read on this
// thread.
void MainWindow::readTreeHere()
{
    if (m_model->isSeeking())
        m_revealAfterRead = m_model->seekingPageId(); // sought again in the tree read here
    const storage::Grouping grouping = m_ui->filterBar->grouping();
    const storage::BrowseFilter filter = currentFilter();
    const bool same = grouping == m_model->grouping() && filter == m_model->filter();
    const bool again = showsAlready(grouping, filter);
    replaceTree(again, [&] {
        if (!same) {
            m_model->setGrouping(grouping);
            m_model->setFilter(filter);
            return;
        }
        // With the open groups' rows, so that what was current is there to be made current again.
        storage::PortfolioStore *store = m_portfolio->store();
        if (!store) {
            m_model->reload();
            return;
        }
        auto snapshot = store->browse(reloadRequest());
        if (snapshot)
            m_model->showSnapshot(snapshot.value());
        else
            m_model->reload(); // says what failed (ProjectTreeModel::loadFailed)
    });
    m_timelineStale = true;
    refreshLayerChoices();
    if (m_treeRequest.withChoices)
        refreshChoices();
    afterTreeReplaced(again);
    emit treeRead();
    revealPending();
}

void MainWindow::updateStatus()
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    m_shownLabel->setText(
        tr("%1 of %2 projects shown").arg(m_model->shownProjectCount()).arg(m_totalProjects));
}

QString MainWindow::shownText() const
{
    return m_shownLabel->text();
}

void MainWindow::showSelection()
{
    if (m_restoringTree)
        return; // shown once the tree's current row is back
    const QModelIndex index = m_ui->projectTree->currentIndex();
    storage::PortfolioStore *store = m_portfolio->store();
    const bool group = index.isValid() && static_cast<ProjectTreeModel::NodeKind>(
                                              index.data(ProjectTreeModel::KindRole).toInt()) ==
                                              ProjectTreeModel::NodeKind::Group;
    if (!group || !store)
        cancelOverview();
    if (!index.isValid() || !store) {
        m_shownPage = 0;
        m_ui->detailView->showMessage(m_model->rowCount() == 0 ? tr("No projects match.")
                                                               : tr("Choose a project on the left."));
        return;
    }
    if (group) {
        showGroupOverview(index);
        return;
    }
    auto page = store->page(index.data(ProjectTreeModel::PageIdRole).toLongLong());
    if (!page) {
        m_ui->detailView->showMessage(page.error().toString());
        return;
    }
    selectInTimeline();
    showPageWithAnnotations(index, page.value());
}

CompareView *MainWindow::compareView()
{
    if (m_compareView)
        return m_compareView;
    m_compareView =
        placeOnPage(new CompareView(m_ui->comparePage), m_ui->comparePage, QStringLiteral("compareView"));
    m_compareView->setModel(m_comparisonModel);
    connect(m_compareView, &CompareView::projectActivated, this, [this](qint64 pageId) {
        m_detailsOnReveal = pageId; // once it is selected, which may be after its rows are read
        revealProject(pageId);
    });
    connect(m_compareView, &CompareView::exportPdfRequested, this, [this] { exportComparison(false); });
    connect(m_compareView, &CompareView::exportCsvRequested, this, [this] { exportComparison(true); });
    return m_compareView;
}

TimelineView *MainWindow::timelineView()
{
    if (m_timelineView)
        return m_timelineView;
    m_timelineView =
        placeOnPage(new TimelineView(m_ui->timelinePage), m_ui->timelinePage, QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timelineModel);
    connect(m_timelineView, &TimelineView::projectActivated, this, &MainWindow::revealProject);
    selectInTimeline();
    return m_timelineView;
}

void MainWindow::makeShownTabsView()
{
    if (m_ui->viewTabs->currentWidget() == m_ui->comparePage)
        compareView();
    else if (m_ui->viewTabs->currentWidget() == m_ui->timelinePage)
        timelineView();
}

void MainWindow::showTab(Tab tab)
{
    switch (tab) {
    case Tab::Details:
        m_ui->viewTabs->setCurrentWidget(m_ui->detailsPage);
        break;
    case Tab::Compare:
        m_ui->viewTabs->setCurrentWidget(m_ui->comparePage);
        break;
    case Tab::Timeline:
        m_ui->viewTabs->setCurrentWidget(m_ui->timelinePage);
        break;
    }
}

// Reading every project under the filter is only worth it when the timeline is on screen. It is read on the
// tree reader's thread: with the tree when the tree is being read, else alone, for the tree shown.
void MainWindow::syncTimeline()
{
    if (!m_timelineStale || m_ui->viewTabs->currentWidget() != m_ui->timelinePage || !m_portfolio->store())
        return;
    m_timelineStale = false;
    if (!m_treeReader) {
        readTimelineHere();
        return;
    }
    storage::BrowseRequest request = m_treeRequest;
    if (!isReadingTree()) {
        request = storage::BrowseRequest{m_model->grouping(), m_model->filter(), ProjectTreeModel::kSliceSize,
                                         kOpenGroupsUpTo};
        request.onlyTimeline = true;
    }
    request.withTimeline = true;
    requestRead(request);
}

void MainWindow::readTimelineHere()
{
    m_timelineModel->setStore(nullptr);
    m_timelineModel->setFilter(m_model->filter());
    m_timelineModel->setStore(m_portfolio->store());
    selectInTimeline();
    emit timelineRead();
}

// The timeline read alone, unless the tree has been read again since (then it comes with that read).
void MainWindow::showTimelineRead(const models::BrowseRead &read)
{
    if (!read.timeline || read.snapshot.request.filter != m_model->filter()) {
        m_timelineStale = true;
        syncTimeline(); // asks again
        return;
    }
    m_timelineModel->showData(read.snapshot.request.filter, *read.timeline);
    selectInTimeline();
    emit timelineRead();
}

void MainWindow::selectInTimeline()
{
    if (m_timelineView)
        m_timelineView->selectProject(
            m_ui->projectTree->currentIndex().data(ProjectTreeModel::PageIdRole).toLongLong());
}

bool MainWindow::revealProject(qint64 pageId)
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (pageId != m_detailsOnReveal)
        m_detailsOnReveal = 0;
    m_model->cancelSeek(); // the newest choice wins
    if (!store || pageId <= 0)
        return false;
    // In the tree being read, once it is shown (reading it here would keep the window from its events).
    if (isReadingTree()) {
        m_revealAfterRead = pageId;
        return true;
    }
    m_revealAfterRead = 0;
    // Hidden by the filter: say so at once rather than reading every group of the tree to find out.
    const auto shown = store->shows(pageId, m_model->filter());
    if (shown && !shown.value()) {
        onProjectNotFound();
        return false;
    }
    QStringList likely;
    if (auto page = store->page(pageId)) {
        const core::PageRecord &record = page.value().record;
        likely = QStringList{record.region, record.funder} + record.topics;
        if (record.timeline.startYear)
            likely.append(QString::number(*record.timeline.startYear));
    }
    const QModelIndex index = m_model->seekProject(pageId, likely);
    if (index.isValid()) {
        showRevealed(index);
        return true;
    }
    if (!m_model->isSeeking()) {
        onProjectNotFound();
        return false;
    }
    statusBar()->showMessage(findingText());
    return true;
}

void MainWindow::showRevealed(const QModelIndex &index)
{
    if (statusBar()->currentMessage() == findingText())
        statusBar()->clearMessage();
    QTreeView *tree = m_ui->projectTree;
    tree->expand(index.parent());
    // Brought into view from elsewhere: in the middle, with its neighbours, not at the edge; left where it is
    // when it is in view already (asked before it is current: that scrolls it just into view).
    tree->doItemsLayout(); // rows that came with the reveal are not laid out yet: their places would be wrong
    const bool inView = tree->viewport()->rect().contains(tree->visualRect(index));
    tree->setCurrentIndex(index);
    tree->scrollTo(index, inView ? QAbstractItemView::EnsureVisible : QAbstractItemView::PositionAtCenter);
    const qint64 pageId = index.data(ProjectTreeModel::PageIdRole).toLongLong();
    if (std::exchange(m_detailsOnReveal, 0) == pageId)
        showTab(Tab::Details);
    emit projectRevealed(pageId);
}

// A project chosen while the tree was read, sought in the tree now shown (deferred again if another read has
// begun).
void MainWindow::revealPending()
{
    if (const qint64 pageId = std::exchange(m_revealAfterRead, 0); pageId != 0)
        revealProject(pageId);
}

void MainWindow::onProjectNotFound()
{
    m_detailsOnReveal = 0;
    statusBar()->showMessage(tr("The project is hidden by the search or the filters."), 5000);
}

QList<core::ItemRef> MainWindow::selectedItems() const
{
    QModelIndexList indexes = m_ui->projectTree->selectionModel()->selectedIndexes();
    // Tree order, not the order of clicking.
    std::sort(indexes.begin(), indexes.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_ui->projectTree->visualRect(a).top() < m_ui->projectTree->visualRect(b).top();
    });
    QList<core::ItemRef> refs;
    for (const QModelIndex &index : indexes) {
        const auto kind =
            static_cast<ProjectTreeModel::NodeKind>(index.data(ProjectTreeModel::KindRole).toInt());
        if (kind == ProjectTreeModel::NodeKind::Group)
            continue;
        const core::ItemRef ref{index.data(ProjectTreeModel::PageIdRole).toLongLong(),
                                kind == ProjectTreeModel::NodeKind::SubArea
                                    ? index.data(ProjectTreeModel::SubAreaNumberRole).toInt()
                                    : 0};
        if (!refs.contains(ref))
            refs.append(ref);
    }
    return refs;
}

void MainWindow::updateCompareActions()
{
    updateExportActions();
    const QList<core::ItemRef> refs = selectedItems();
    const QModelIndex current = m_ui->projectTree->currentIndex();
    const bool onSubArea = current.isValid() && static_cast<ProjectTreeModel::NodeKind>(
                                                    current.data(ProjectTreeModel::KindRole).toInt()) ==
                                                    ProjectTreeModel::NodeKind::SubArea;
    m_ui->actionCompareSelected->setEnabled(refs.size() >= 2);
    m_ui->actionAddToComparison->setEnabled(!refs.isEmpty());
    m_ui->actionCompareNumber->setEnabled(onSubArea);
    m_ui->actionCompareLike->setEnabled(onSubArea);
    const int number = onSubArea ? current.data(ProjectTreeModel::SubAreaNumberRole).toInt() : 0;
    m_ui->actionCompareNumber->setText(onSubArea ? tr("Compare sub-area %1 across the portfolio").arg(number)
                                                 : tr("Compare this sub-area number across the portfolio"));
}

void MainWindow::compareSelected()
{
    const QList<core::ItemRef> refs = selectedItems();
    if (refs.size() < 2) {
        statusBar()->showMessage(tr("Select 2–6 projects or sub-areas to compare (Ctrl+click)."), 5000);
        return;
    }
    statusBar()->showMessage(m_compare->compare(refs), 8000);
    showTab(Tab::Compare);
}

void MainWindow::addSelectedToComparison()
{
    QStringList messages;
    for (const core::ItemRef &ref : selectedItems())
        messages.append(m_compare->add(ref));
    statusBar()->showMessage(messages.join(u' '), 8000);
    showTab(Tab::Compare);
}

void MainWindow::compareSubAreaNumber()
{
    const QModelIndex current = m_ui->projectTree->currentIndex();
    if (!current.isValid())
        return;
    const int number = current.data(ProjectTreeModel::SubAreaNumberRole).toInt();
    if (number <= 0)
        return;
    statusBar()->showMessage(m_compare->compareSubAreaNumber(number, currentFilter()), 10000);
    showTab(Tab::Compare);
}

void MainWindow::compareLikeCurrent()
{
    const QModelIndex current = m_ui->projectTree->currentIndex();
    if (!current.isValid())
        return;
    const core::ItemRef ref{current.data(ProjectTreeModel::PageIdRole).toLongLong(),
                            current.data(ProjectTreeModel::SubAreaNumberRole).toInt()};
    // Like-minded sub-areas from the whole portfolio: the search and filters would mostly hide them.
    statusBar()->showMessage(m_compare->compareLike(ref, {}), 10000);
    showTab(Tab::Compare);
}

qint64 MainWindow::currentProjectId() const
{
    const QModelIndex current = m_ui->projectTree->currentIndex();
    return current.isValid() ? current.data(ProjectTreeModel::PageIdRole).toLongLong() : 0;
}

void MainWindow::updateExportActions()
{
    const bool open = m_portfolio->store() != nullptr;
    m_ui->actionExportProjectPdf->setEnabled(open && currentProjectId() > 0);
    m_ui->actionExportComparisonPdf->setEnabled(open && m_comparisonModel->columnCount() > 0);
    m_ui->actionExportComparisonCsv->setEnabled(open && m_comparisonModel->columnCount() > 0);
    m_ui->actionExportPortfolioPdf->setEnabled(open);
    m_ui->actionExportListCsv->setEnabled(open);
    m_ui->actionPrintPreview->setEnabled(open);
}

void MainWindow::exportProjectPdf()
{
    if (currentProjectId() > 0 && m_portfolio->store())
        m_export->exportProject(m_portfolio->path(), currentProjectId());
}

void MainWindow::exportComparison(bool csv)
{
    if (m_comparisonModel->columnCount() > 0 && m_portfolio->store())
        m_export->exportComparison(m_portfolio->path(), m_comparisonModel->comparison(), csv);
}

std::optional<storage::BrowseFilter> MainWindow::choosePortfolioScope()
{
    const storage::BrowseFilter current = currentFilter();
    if (!m_interactive)
        return current;
    storage::PortfolioStore *store = m_portfolio->store();
    QStringList labels{tr("All projects (%1)").arg(m_totalProjects)};
    QList<storage::BrowseFilter> filters{storage::BrowseFilter()};
    if (current != storage::BrowseFilter()) {
        labels.append(current.collection > 0
                          ? tr("The collection “%1” under the current search and filters (%2)")
                                .arg(m_ui->collectionsPane->currentName())
                                .arg(m_model->shownProjectCount())
                          : tr("The current search and filters (%1)").arg(m_model->shownProjectCount()));
        filters.append(current);
    }
    const auto regions = store->groups(storage::Grouping::Region, {});
    for (const storage::GroupCount &group : regions ? regions.value() : QList<storage::GroupCount>()) {
        if (group.key.isEmpty())
            continue;
        storage::BrowseFilter region;
        region.region = group.key;
        labels.append(tr("Region: %1 (%2)").arg(group.key).arg(group.count));
        filters.append(region);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Portfolio report"), tr("Projects in the report:"), labels,
                              current != storage::BrowseFilter() ? 1 : 0, false, &ok);
    if (!ok)
        return std::nullopt;
    return filters.value(labels.indexOf(chosen));
}

void MainWindow::exportPortfolioPdf()
{
    if (!m_portfolio->store())
        return;
    if (const auto scope = choosePortfolioScope())
        m_export->exportPortfolio(m_portfolio->path(), *scope);
}

void MainWindow::exportListCsv()
{
    if (m_portfolio->store())
        m_export->exportList(m_portfolio->path(), currentFilter());
}

void MainWindow::printPreview()
{
    if (!m_portfolio->store())
        return;
    // What is on screen: the comparison on its tab, the project on the details tab, else the portfolio.
    if (m_ui->viewTabs->currentWidget() == m_ui->comparePage && m_comparisonModel->columnCount() > 0)
        m_export->previewComparison(m_portfolio->path(), m_comparisonModel->comparison());
    else if (m_ui->viewTabs->currentWidget() == m_ui->detailsPage && currentProjectId() > 0)
        m_export->previewProject(m_portfolio->path(), currentProjectId());
    else if (const auto scope = choosePortfolioScope())
        m_export->previewPortfolio(m_portfolio->path(), *scope);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Innokylä pages"), QString(),
                                                            tr("Text files (*.txt);;All files (*)"));
    importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of Innokylä pages"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::chooseNewPortfolio()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New portfolio"), tr("portfolio.sqlite"),
                                                      tr("Salkku portfolios (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("New portfolio"), tr("%1 already exists; open it instead.").arg(path));
        return;
    }
    openPortfolio(path);
}

void MainWindow::chooseOpenPortfolio()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open portfolio"), QString(),
                                                      tr("Salkku portfolios (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openPortfolio(path);
}

void MainWindow::onSharedChange(const storage::PortfolioChange &change)
{
    if (change.kind == storage::PortfolioChange::Kind::Pages) {
        if (change.pageIds.isEmpty())
            m_sharedAnyPage = true;
        for (const qint64 pageId : change.pageIds)
            if (!m_sharedPages.contains(pageId))
                m_sharedPages.append(pageId);
        m_sharedPagesChanged.start();
        return;
    }
    // Tags, notes, follow-up: only the rows and the details they are about (the collections and the tag
    // choices are read again, they are small).
    afterAnnotationChange(change.pageIds);
}

void MainWindow::checkConnection()
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store || store->backend() != storage::Backend::PostgreSQL || m_import->isRunning())
        return;
    const auto answered = store->ping();
    if (!answered) {
        statusBar()->showMessage(tr("The server does not answer: %1").arg(answered.error().message));
        return;
    }
    // Connected again, by this check or by a read since the last one: changes made while the connection was
    // down were not heard.
    if (store->reconnections() == m_reconnectionsSeen)
        return;
    m_reconnectionsSeen = store->reconnections();
    reloadPortfolio();
    statusBar()->showMessage(
        tr("The connection to the server was lost and made again: the list is up to date."), 8000);
}

// Only the pages others changed take their new places in the tree: what is expanded, selected and scrolled
// to stays.
void MainWindow::applySharedPageChanges()
{
    const QList<qint64> pages = std::exchange(m_sharedPages, {});
    const bool anyPage = std::exchange(m_sharedAnyPage, false);
    if (m_import->isRunning()) // this window reloads when its own import ends
        return;
    if (anyPage) {
        reloadPortfolio();
    } else {
        placeChangedPages(pages);
        m_timelineStale = true;
        syncTimeline();
        refreshChoices();
        updateStatus();
        if (pages.contains(m_shownPage))
            showSelection();
    }
    statusBar()->showMessage(tr("Another team member changed the portfolio: the list is up to date."), 8000);
}

void MainWindow::chooseSharedPortfolio()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open shared portfolio"));
    dialog->setLabelText(
        tr("The team's PostgreSQL server and database:\npostgresql://user@host:port/database or "
           "service=name.\nThe password comes from ~/.pgpass, PGPASSWORD or the service file."));
    const QString last = m_portfolio->lastPath();
    dialog->setTextValue(storage::Location::isServerAddress(last) ? last : QStringLiteral("postgresql://"));
    dialog->resize(560, dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &typed) {
        const QString address = typed.trimmed();
        if (!storage::Location::isServerAddress(address)) {
            showError(tr("Open shared portfolio"),
                      tr("Not a PostgreSQL address: write postgresql://user@host/database or service=name."));
            return;
        }
        openPortfolio(address);
    });
    dialog->open();
}

QString MainWindow::portfolioName(const QString &path)
{
    if (!storage::Location::isServerAddress(path))
        return QFileInfo(path).fileName();
    const auto location = storage::Location::parse(path);
    if (!location)
        return path;
    const QString server = location.value().host.isEmpty() || location.value().host.startsWith(u'/')
                               ? tr("this computer")
                               : location.value().host;
    return tr("%1 on %2").arg(location.value().database, server);
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    for (const QString &path : m_portfolio->recent()) {
        const bool shared = storage::Location::isServerAddress(path);
        QAction *action =
            m_ui->menuRecent->addAction(shared ? portfolioName(path)
                                               : QFileInfo(path).fileName() + QStringLiteral("  (") +
                                                     QFileInfo(path).absolutePath() + u')');
        connect(action, &QAction::triggered, this, [this, path] { openPortfolio(path); });
    }
    m_ui->menuRecent->setEnabled(!m_ui->menuRecent->isEmpty());
}

void MainWindow::updateLanguageActions()
{
    m_ui->actionFinnish->setChecked(m_language->language() == u"fi");
    m_ui->actionEnglish->setChecked(m_language->language() == u"en");
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (m_interactive) {
        QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // the message may quote page text or a search
        box.exec();
    } else
        statusBar()->showMessage(title + QStringLiteral(": ") + message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Salkku"),
        tr("Salkku %1\n\nA portfolio browser for Finnish social- and health-care development projects: "
           "imports Innokylä pages saved as text, and lets you browse, search and compare them.")
            .arg(QStringLiteral(SALKKU_VERSION)));
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    translateTexts();
}

// The texts the forms do not hold.
void MainWindow::translateTexts()
{
    m_shownLanguage = m_language->language();
    m_search->setPlaceholderText(tr("Search (Ctrl+F): words, \"a phrase\"…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Finds inflected forms and compounds; ä and ö may be typed as a and o"));
    if (m_portfolio->store())
        setWindowTitle(tr("Salkku – %1").arg(QFileInfo(m_portfolio->path()).fileName()));
    updateRecentMenu();
    updateStatus();
    updateCompareActions();
    for (QAction *action : m_ui->menuFollowUp->actions())
        action->setText(core::followUpStatusLabel(static_cast<core::FollowUpStatus>(action->data().toInt())));
    updateLayerActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate(); // group labels such as "No region"
        showSelection();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    importPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_ui->sourceSplitter->restoreState(settings.value(QStringLiteral("window/sourceSplitter")).toByteArray());
    m_ui->actionPdfWithNotes->setChecked(settings.value(QStringLiteral("export/withNotes"), false).toBool());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    settings.setValue(QStringLiteral("window/sourceSplitter"), m_ui->sourceSplitter->saveState());
    settings.setValue(QStringLiteral("export/withNotes"), m_ui->actionPdfWithNotes->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning())
        m_import->cancel();
    m_export->cancel();
    m_backup->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace salkku::gui
