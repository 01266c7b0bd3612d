#pragma once

#include <QObject>

class QTreeView;

namespace salkku::models {
class ProjectTreeModel;
}

namespace salkku::gui {

// Reads an open group's next projects when the tree view comes near the last of those read: on screen, or
// within a screen below the view's bottom edge. Only then: the view itself fetches at every layout, which
// would read every open group to its end in the background (ProjectTreeModel::canFetchMore). Looks again when
// the view scrolls, resizes, opens a group or gets rows, once the event loop is back.
class SliceFetcher : public QObject
{
    Q_OBJECT

public:
    SliceFetcher(QTreeView *view, models::ProjectTreeModel *model);

    // Reads the next slice of each open group whose end is near, now.
    void fetchNear();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fetchSoon();
    bool isNear(int groupRow) const;

    QTreeView *m_view;
    models::ProjectTreeModel *m_model;
    bool m_queued = false;
};

} // namespace salkku::gui
