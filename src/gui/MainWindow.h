#pragma once

#include "storage/ImportRunner.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class MainWindow;
}

namespace salkku::models {
class ProjectTreeModel;
}

namespace salkku::gui {

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
    // sample portfolio into it.
    void start();
    bool openPortfolio(const QString &path);
    void importPaths(const QStringList &paths);

    // Test hooks.
    void setInteractive(bool interactive); // no dialogs: errors go to the status bar
    void setSearchDelay(int milliseconds);
    ImportController *importController() const { return m_import; }
    models::ProjectTreeModel *treeModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QString shownText() const;
    PortfolioController *portfolio() const { return m_portfolio; }

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void showSelection();
    void onPortfolioOpened();
    void onImportFinished(const storage::ImportReport &report);
    void refreshChoices();
    void updateStatus();
    void refreshTotal();
    void loadPortfolio();
    void updateRecentMenu();
    void updateLanguageActions();
    void chooseImportFiles();
    void chooseImportFolder();
    void chooseNewPortfolio();
    void chooseOpenPortfolio();
    void showError(const QString &title, const QString &message);
    void showAbout();
    void restoreSettings();
    void saveSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLineEdit *m_search = nullptr;
    QLabel *m_shownLabel = nullptr; // "N of M projects shown", always in the status bar
    QTimer m_searchDelay;
    models::ProjectTreeModel *m_model = nullptr;
    PortfolioController *m_portfolio = nullptr;
    ImportController *m_import = nullptr;
    LanguageController *m_language = nullptr;
    bool m_interactive = true;
    int m_totalProjects = 0;
    bool m_painted = false;        // the window has been painted once
    bool m_loadAfterPaint = false; // a portfolio waits for that first paint to be read

signals:
    // The portfolio's tree and filter choices have been read (after openPortfolio, once the event loop runs).
    void portfolioLoaded();
};

} // namespace salkku::gui
