#include "GroupOverview.h"

#include "models/GroupOverviewModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace salkku::gui {

using models::GroupOverviewModel;

namespace {

// The columns after the name: as wide as their header or a short value, whichever is wider (a longer value is
// elided, whole in its tooltip); the name, which says most, takes the rest.
void sizeColumns(QTableView &table)
{
    QHeaderView *header = table.horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GroupOverviewModel::Name, QHeaderView::Stretch);
    const QFontMetrics metrics(table.font());
    const auto size = [&](int column, const QString &sample) {
        const QString title = table.model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              qMax(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 24);
    };
    size(GroupOverviewModel::Years, QStringLiteral("2020–2025"));
    size(GroupOverviewModel::Funders, QStringLiteral("Sosiaali- ja"));
    size(GroupOverviewModel::SubAreas, QStringLiteral("12"));
    size(GroupOverviewModel::Tags, QStringLiteral("raportoitava"));
    size(GroupOverviewModel::FollowUp, QStringLiteral("Tarkistettava"));
}

} // namespace

GroupOverview::GroupOverview(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new GroupOverviewModel(this)), m_sorted(new QSortFilterProxyModel(this))
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    m_title->setTextFormat(Qt::PlainText); // a group's name is the pages' text
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setObjectName(QStringLiteral("overviewCount"));
    m_count->setTextFormat(Qt::PlainText);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(GroupOverviewModel::SortRole);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // as read (by name) until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // rows of one height: none measured
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    sizeColumns(*m_table);
    connect(m_table, &QTableView::activated, this, &GroupOverview::openRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
}

void GroupOverview::showHeading(const QString &title, int total)
{
    m_title->setText(title);
    m_total = total;
    m_reading = true;
    m_model->clear();
    updateCount();
}

void GroupOverview::setHeading(const QString &title, int total)
{
    m_title->setText(title);
    m_total = total;
    updateCount();
}

void GroupOverview::showPages(const QList<storage::PageSummary> &pages)
{
    m_reading = false;
    m_model->setPages(pages);
    updateCount();
}

int GroupOverview::scrollPosition() const
{
    return m_table->verticalScrollBar()->value();
}

void GroupOverview::setScrollPosition(int position)
{
    m_table->doItemsLayout(); // the scroll bar's range for the rows now shown
    m_table->verticalScrollBar()->setValue(position);
}

QString GroupOverview::title() const
{
    return m_title->text();
}

QString GroupOverview::countText() const
{
    return m_count->text();
}

QList<qint64> GroupOverview::shownPageIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        ids.append(m_sorted->index(row, 0).data(GroupOverviewModel::PageIdRole).toLongLong());
    return ids;
}

void GroupOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        updateCount();
    }
    QWidget::changeEvent(event);
}

void GroupOverview::updateCount()
{
    QString text = tr("%n project(s)", nullptr, m_total);
    if (m_reading)
        text = tr("%1 · reading the list…").arg(text);
    else if (m_model->rowCount() < m_total)
        text = tr("%1 · the first %2 are listed").arg(text).arg(m_model->rowCount());
    m_count->setText(text);
}

void GroupOverview::openRow(const QModelIndex &index)
{
    if (const qint64 id = index.data(GroupOverviewModel::PageIdRole).toLongLong(); id > 0)
        emit pageRequested(id);
}

} // namespace salkku::gui
