#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QApplication>
#include <QMessageBox>

namespace salkku::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Salkku"),
        tr("Salkku %1\nA portfolio browser for Finnish social- and health-care development projects.")
            .arg(QStringLiteral(SALKKU_VERSION)));
}

} // namespace salkku::gui
