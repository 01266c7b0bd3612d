#include "MainWindow.h"

#include "ImportController.h"
#include "LanguageController.h"
#include "PortfolioController.h"
#include "models/ProjectTreeModel.h"
#include "storage/PortfolioStore.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>

namespace salkku::gui {

using models::ProjectTreeModel;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_model(new ProjectTreeModel(this)),
      m_portfolio(new PortfolioController(this)), m_import(new ImportController(this)),
      m_language(new LanguageController(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/salkku/icons/salkku.svg")));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({380, 820});
    m_ui->projectTree->setModel(m_model);

    m_shownLabel = new QLabel(this);
    m_shownLabel->setObjectName(QStringLiteral("shownLabel"));
    statusBar()->addPermanentWidget(m_shownLabel);

    // Search: results as you type, once typing pauses.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_ui->mainToolBar->addWidget(m_search);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);

    // Standard shortcuts.
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionOpenPortfolio->setShortcut(QKeySequence::Open);
    m_ui->actionNewPortfolio->setShortcut(QKeySequence::New);
    m_ui->actionReload->setShortcut(QKeySequence::Refresh);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_ui->actionClearFilters, &QAction::triggered, this, [this] {
        m_search->clear();
        m_ui->filterBar->clear();
    });
    connect(m_ui->actionReload, &QAction::triggered, this, [this] {
        m_model->reload();
        refreshChoices();
        refreshTotal();
        updateStatus();
    });
    connect(m_ui->actionImportFiles, &QAction::triggered, this, &MainWindow::chooseImportFiles);
    connect(m_ui->actionImportFolder, &QAction::triggered, this, &MainWindow::chooseImportFolder);
    connect(m_ui->actionNewPortfolio, &QAction::triggered, this, &MainWindow::chooseNewPortfolio);
    connect(m_ui->actionOpenPortfolio, &QAction::triggered, this, &MainWindow::chooseOpenPortfolio);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionFinnish);
    languages->addAction(m_ui->actionEnglish);
    connect(m_ui->actionFinnish, &QAction::triggered, this,
            [this] { m_language->setLanguage(QStringLiteral("fi")); });
    connect(m_ui->actionEnglish, &QAction::triggered, this,
            [this] { m_language->setLanguage(QStringLiteral("en")); });
    connect(m_language, &LanguageController::languageChanged, this, &MainWindow::updateLanguageActions);

    connect(m_ui->filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_ui->filterBar, &FilterBar::groupingChanged, this, [this](storage::Grouping grouping) {
        m_model->setGrouping(grouping);
        updateStatus();
    });
    connect(m_ui->projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showSelection);
    connect(m_model, &ProjectTreeModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    connect(m_portfolio, &PortfolioController::opened, this, &MainWindow::onPortfolioOpened);
    connect(m_portfolio, &PortfolioController::recentChanged, this, &MainWindow::updateRecentMenu);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);

    m_language->setLanguage(LanguageController::preferred());
    retranslate();
    restoreSettings();
    m_ui->detailView->showMessage(
        tr("Open a portfolio, or import Innokylä pages saved as text (File → Import)."));
}

MainWindow::~MainWindow()
{
    m_ui->projectTree->setModel(nullptr);
    m_model->setStore(nullptr);
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_import->setInteractive(interactive);
}

void MainWindow::setSearchDelay(int milliseconds)
{
    m_searchDelay.setInterval(milliseconds);
}

void MainWindow::start()
{
    const QString last = m_portfolio->lastPath();
    if (!last.isEmpty() && QFileInfo::exists(last) && openPortfolio(last))
        return;
    const QString defaultPath = storage::PortfolioStore::defaultPath();
    const bool firstStart = !QFileInfo::exists(defaultPath);
    if (!openPortfolio(defaultPath))
        return;
    if (firstStart || m_portfolio->isEmpty()) {
        statusBar()->showMessage(tr("Importing the sample portfolio…"));
        m_import->startSampleImport(defaultPath);
    }
}

bool MainWindow::openPortfolio(const QString &path)
{
    if (auto error = m_portfolio->open(path)) {
        showError(tr("Cannot open the portfolio"), error->toString());
        return false;
    }
    return true;
}

void MainWindow::onPortfolioOpened()
{
    setWindowTitle(tr("Salkku – %1").arg(QFileInfo(m_portfolio->path()).fileName()));
    // The window paints first; the tree and the filter choices are read right after, so the window appears at
    // once whatever the size of the portfolio. (Qt posts repaints at low priority, so a queued call alone
    // would run before the first paint.)
    m_model->setStore(nullptr);
    if (isVisible() && !m_painted)
        m_loadAfterPaint = true;
    else
        QTimer::singleShot(0, this, &MainWindow::loadPortfolio);
}

void MainWindow::loadPortfolio()
{
    m_model->setStore(m_portfolio->store());
    refreshChoices();
    refreshTotal();
    updateStatus();
    emit portfolioLoaded();
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (m_loadAfterPaint) {
            m_loadAfterPaint = false;
            QTimer::singleShot(0, this, &MainWindow::loadPortfolio);
        }
    }
    return result;
}

void MainWindow::refreshTotal()
{
    storage::PortfolioStore *store = m_portfolio->store();
    auto total = store ? store->countPages({}) : core::Result<int>(0);
    m_totalProjects = total ? total.value() : 0;
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_portfolio->store() || paths.isEmpty() || m_import->isRunning())
        return;
    m_import->start(m_portfolio->path(), paths);
}

void MainWindow::onImportFinished(const storage::ImportReport &report)
{
    m_model->reload();
    refreshChoices();
    refreshTotal();
    updateStatus();
    statusBar()->showMessage(report.summaryLine(), 10000);
}

void MainWindow::refreshChoices()
{
    storage::PortfolioStore *store = m_portfolio->store();
    if (!store)
        return;
    auto regions = store->regionNames();
    auto funders = store->funders();
    auto topics = store->topics();
    m_ui->filterBar->setChoices(regions ? regions.value() : QStringList(),
                                funders ? funders.value() : QStringList(),
                                topics ? topics.value() : QStringList());
}

void MainWindow::applyFilter()
{
    m_searchDelay.stop();
    storage::BrowseFilter filter = m_ui->filterBar->filter();
    filter.text = m_search->text();
    m_model->setFilter(filter);
    m_ui->detailView->markSearch(filter.text);
    // With a search or filter, open the groups so the matches show.
    if (filter != storage::BrowseFilter() && m_model->rowCount() <= 12)
        m_ui->projectTree->expandToDepth(0);
    updateStatus();
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
    const QModelIndex index = m_ui->projectTree->currentIndex();
    storage::PortfolioStore *store = m_portfolio->store();
    if (!index.isValid() || !store) {
        m_ui->detailView->showMessage(m_model->rowCount() == 0 ? tr("No projects match.")
                                                               : tr("Choose a project on the left."));
        return;
    }
    const auto kind = static_cast<ProjectTreeModel::NodeKind>(index.data(ProjectTreeModel::KindRole).toInt());
    if (kind == ProjectTreeModel::NodeKind::Group) {
        m_ui->detailView->showMessage(index.data(Qt::DisplayRole).toString());
        return;
    }
    auto page = store->page(index.data(ProjectTreeModel::PageIdRole).toLongLong());
    if (!page) {
        m_ui->detailView->showMessage(page.error().toString());
        return;
    }
    if (kind == ProjectTreeModel::NodeKind::SubArea)
        m_ui->detailView->showSubArea(page.value(), index.data(ProjectTreeModel::SubAreaNumberRole).toInt());
    else
        m_ui->detailView->showPage(page.value());
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

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    for (const QString &path : m_portfolio->recent()) {
        QAction *action = m_ui->menuRecent->addAction(QFileInfo(path).fileName() + QStringLiteral("  (") +
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
    if (m_interactive)
        QMessageBox::warning(this, title, message);
    else
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
    m_search->setPlaceholderText(tr("Search (Ctrl+F): words, \"a phrase\"…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Finds inflected forms and compounds; ä and ö may be typed as a and o"));
    if (m_portfolio->store())
        setWindowTitle(tr("Salkku – %1").arg(QFileInfo(m_portfolio->path()).fileName()));
    updateRecentMenu();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->reload(); // group labels such as "No region"
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
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning())
        m_import->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace salkku::gui
