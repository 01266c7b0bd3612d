#include "CompareView.h"

#include "ComparisonDelegate.h"
#include "models/ComparisonModel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace salkku::gui {

using models::ComparisonModel;

namespace {

constexpr int kMinColumnWidth = 260;

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)),
      m_title(new QLabel(this)), m_table(new QTableView(this)), m_left(new QToolButton(this)),
      m_right(new QToolButton(this)), m_remove(new QToolButton(this)), m_clear(new QToolButton(this)),
      m_csv(new QToolButton(this)), m_pdf(new QToolButton(this))
{
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_empty->setObjectName(QStringLiteral("compareEmpty"));
    m_left->setObjectName(QStringLiteral("compareMoveLeft"));
    m_right->setObjectName(QStringLiteral("compareMoveRight"));
    m_remove->setObjectName(QStringLiteral("compareRemove"));
    m_clear->setObjectName(QStringLiteral("compareClear"));
    setUpTable();
    setUpLayout();
    setUpActions();
    retranslate();
    updateState();
}

// The empty page's text and the table's look: wrapped cells, movable columns, one cell selected.
void CompareView::setUpTable()
{
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setTextFormat(Qt::PlainText);

    m_table->setItemDelegate(new ComparisonDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setAlternatingRowColors(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setHighlightSections(true);
    m_table->horizontalHeader()->setMinimumSectionSize(120);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

// The button bar above the table; an empty comparison shows the explanation instead of both.
void CompareView::setUpLayout()
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_title, 1);
    for (QToolButton *button : {m_left, m_right, m_remove, m_clear, m_csv, m_pdf}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
    m_left->setArrowType(Qt::LeftArrow);
    m_right->setArrowType(Qt::RightArrow);
    m_left->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_right->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_table, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void CompareView::setUpActions()
{
    connect(m_left, &QToolButton::clicked, this, &CompareView::moveCurrentLeft);
    connect(m_right, &QToolButton::clicked, this, &CompareView::moveCurrentRight);
    connect(m_remove, &QToolButton::clicked, this, &CompareView::removeCurrent);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        if (m_model)
            m_model->clear();
    });
    connect(m_csv, &QToolButton::clicked, this, &CompareView::exportCsvRequested);
    connect(m_pdf, &QToolButton::clicked, this, &CompareView::exportPdfRequested);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &CompareView::onSectionMoved);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &CompareView::showHeaderMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, &CompareView::selectColumn);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int column) {
        if (m_model)
            emit projectActivated(m_model->comparison().items().value(column).ref.pageId);
    });
    // Wrapped text changes height with the column's width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { m_table->resizeRowsToContents(); });

    auto *remove = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &CompareView::removeCurrent);
    auto *copy = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &CompareView::copyCurrent);
}

void CompareView::setModel(ComparisonModel *model)
{
    m_model = model;
    m_table->setModel(model);
    const auto refit = [this] {
        updateState();
        fitColumns();
    };
    connect(model, &QAbstractItemModel::modelReset, this, refit);
    connect(model, &QAbstractItemModel::columnsInserted, this, refit);
    connect(model, &QAbstractItemModel::columnsRemoved, this, refit);
    connect(model, &QAbstractItemModel::columnsMoved, this, refit);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { m_table->resizeRowsToContents(); });
    updateState();
    fitColumns();
}

int CompareView::currentColumn() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.column() : -1;
}

void CompareView::selectColumn(int column)
{
    if (!m_model || column < 0 || column >= m_model->columnCount())
        return;
    const int row = std::max(0, m_table->currentIndex().row());
    m_table->setCurrentIndex(m_model->index(row, column));
}

void CompareView::moveCurrentLeft()
{
    const int column = currentColumn();
    if (!m_model || column <= 0)
        return;
    const int row = m_table->currentIndex().row();
    m_model->moveItem(column, column - 1);
    m_table->setCurrentIndex(m_model->index(row, column - 1));
}

void CompareView::moveCurrentRight()
{
    const int column = currentColumn();
    if (!m_model || column < 0 || column + 1 >= m_model->columnCount())
        return;
    const int row = m_table->currentIndex().row();
    m_model->moveItem(column, column + 1);
    m_table->setCurrentIndex(m_model->index(row, column + 1));
}

void CompareView::removeCurrent()
{
    const int column = currentColumn();
    if (m_model && column >= 0)
        m_model->removeItem(column);
}

void CompareView::copyCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        QApplication::clipboard()->setText(current.data().toString());
}

void CompareView::onSectionMoved(int logical, int oldVisual, int newVisual)
{
    Q_UNUSED(logical)
    if (m_movingBack || !m_model)
        return;
    // The header only moved its picture of the column; move the column itself, so that the exports and the
    // common outputs follow the order on screen.
    m_movingBack = true;
    m_table->horizontalHeader()->moveSection(newVisual, oldVisual);
    m_movingBack = false;
    m_model->moveItem(oldVisual, newVisual);
    selectColumn(newVisual);
}

void CompareView::showHeaderMenu(const QPoint &position)
{
    const int column = m_table->horizontalHeader()->logicalIndexAt(position);
    if (!m_model || column < 0)
        return;
    selectColumn(column);
    QMenu menu(this);
    QAction *left = menu.addAction(tr("Move left"), this, &CompareView::moveCurrentLeft);
    left->setEnabled(column > 0);
    QAction *right = menu.addAction(tr("Move right"), this, &CompareView::moveCurrentRight);
    right->setEnabled(column + 1 < m_model->columnCount());
    menu.addAction(tr("Remove from comparison"), this, &CompareView::removeCurrent);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
}

void CompareView::updateState()
{
    const int count = m_model ? m_model->columnCount() : 0;
    m_stack->setCurrentIndex(count == 0 ? 0 : 1);
    m_title->setText(count < 2 ? tr("Comparing %n item(s); add at least one more.", nullptr, count)
                               : tr("Comparing %n item(s) (at most 6).", nullptr, count));
    m_clear->setEnabled(count > 0);
    m_csv->setEnabled(count > 0);
    m_pdf->setEnabled(count > 0);
}

void CompareView::fitColumns()
{
    if (!m_model || m_model->columnCount() == 0)
        return;
    // Share the width between the columns, but never narrower than a readable column: then scroll.
    const int available = m_table->viewport()->width();
    const int width = std::max(kMinColumnWidth, available / m_model->columnCount());
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, width);
    m_table->verticalHeader()->setMinimumWidth(0);
    m_table->resizeRowsToContents();
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumns(); // a hidden tab has not been given its size yet
}

void CompareView::retranslate()
{
    m_empty->setText(tr(
        "Nothing to compare yet.\n\nSelect 2–6 projects or sub-areas in the tree (Ctrl+click or Shift+click) "
        "and choose Compare → Compare selected (Ctrl+D). Or choose a sub-area and use Compare → \"Compare "
        "this sub-area number across the portfolio\" or \"Sub-areas like this one\"."));
    m_left->setToolTip(tr("Move the current column left"));
    m_right->setToolTip(tr("Move the current column right"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the current column (Delete)"));
    m_clear->setText(tr("Clear"));
    m_csv->setText(tr("Export CSV…"));
    m_pdf->setText(tr("Export PDF…"));
    updateState();
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace salkku::gui
