#include "SliceFetcher.h"

#include "models/ProjectTreeModel.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>

namespace salkku::gui {

SliceFetcher::SliceFetcher(QTreeView *view, models::ProjectTreeModel *model)
    : QObject(view), m_view(view), m_model(model)
{
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &SliceFetcher::fetchSoon);
    connect(view, &QTreeView::expanded, this, &SliceFetcher::fetchSoon);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SliceFetcher::fetchSoon);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SliceFetcher::fetchSoon);
    connect(model, &QAbstractItemModel::modelReset, this, &SliceFetcher::fetchSoon);
    view->viewport()->installEventFilter(this);
}

bool SliceFetcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fetchSoon();
    return QObject::eventFilter(watched, event);
}

// After the view has taken in what changed (its layout is delayed to the event loop too).
void SliceFetcher::fetchSoon()
{
    if (m_queued)
        return;
    m_queued = true;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        fetchNear();
    });
}

void SliceFetcher::fetchNear()
{
    if (m_view->model() != m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        if (m_view->isExpanded(group) && m_model->canReadMore(group) && isNear(row))
            m_model->readMore(group);
    }
}

// The group's last row read is on screen, or on the screen below. Not when it is above the view: rows
// inserted there would push what the coordinator looks at down.
bool SliceFetcher::isNear(int groupRow) const
{
    const QModelIndex group = m_model->index(groupRow, 0);
    const int rows = m_model->rowCount(group);
    if (rows == 0)
        return true;
    const QRect last = m_view->visualRect(m_model->index(rows - 1, 0, group));
    return last.isValid() && last.bottom() >= 0 && last.top() < 2 * m_view->viewport()->height();
}

} // namespace salkku::gui
