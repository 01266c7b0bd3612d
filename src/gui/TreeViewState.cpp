#include "TreeViewState.h"

#include "models/ProjectTreeModel.h"

#include <QScrollBar>
#include <QTreeView>

#include <functional>

namespace salkku::gui {

namespace {

using models::ProjectTreeModel;

QString groupKey(const QModelIndex &group)
{
    return group.data(ProjectTreeModel::GroupKeyRole).toString();
}

qint64 pageId(const QModelIndex &index)
{
    return index.data(ProjectTreeModel::PageIdRole).toLongLong();
}

QModelIndex childWhere(const QAbstractItemModel &model, const QModelIndex &parent,
                       const std::function<bool(const QModelIndex &)> &wanted)
{
    for (int row = 0; row < model.rowCount(parent); ++row)
        if (const QModelIndex child = model.index(row, 0, parent); wanted(child))
            return child;
    return {};
}

} // namespace

TreeViewState TreeViewState::of(const QTreeView &view)
{
    TreeViewState state;
    const QAbstractItemModel *model = view.model();
    if (!model)
        return state;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        if (!view.isExpanded(group))
            continue;
        state.m_openGroups.insert(groupKey(group), model->rowCount(group));
        for (int projectRow = 0; projectRow < model->rowCount(group); ++projectRow)
            if (const QModelIndex project = model->index(projectRow, 0, group); view.isExpanded(project))
                state.m_openProjects.insert(pageId(project));
    }
    // The current row's group, its project (depth 1) and its row under the project (depth 2).
    QModelIndex current = view.currentIndex().siblingAtColumn(0);
    Current kept;
    if (current.isValid() && current.parent().isValid() && current.parent().parent().isValid()) {
        kept.childRow = current.row();
        current = current.parent();
    }
    if (current.isValid() && current.parent().isValid()) {
        kept.project = pageId(current);
        current = current.parent();
    }
    if (current.isValid()) {
        kept.group = groupKey(current);
        state.m_current = kept;
    }
    state.m_scroll = view.verticalScrollBar()->value();
    return state;
}

QSet<qint64> TreeViewState::projectsToRead() const
{
    QSet<qint64> projects = m_openProjects;
    if (m_current && m_current->project != 0 && m_current->childRow >= 0)
        projects.insert(m_current->project);
    return projects;
}

void TreeViewState::restore(QTreeView &view) const
{
    QAbstractItemModel *model = view.model();
    if (!model)
        return;
    QModelIndex current;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        const QString key = groupKey(group);
        if (m_openGroups.contains(key)) {
            view.expand(group);
            for (int projectRow = 0; projectRow < model->rowCount(group); ++projectRow)
                if (const QModelIndex project = model->index(projectRow, 0, group);
                    m_openProjects.contains(pageId(project)))
                    view.expand(project);
        }
        if (m_current && key == m_current->group)
            current = group;
    }
    if (current.isValid() && m_current && m_current->project != 0) {
        const qint64 wanted = m_current->project;
        const QModelIndex project =
            childWhere(*model, current, [wanted](const QModelIndex &row) { return pageId(row) == wanted; });
        current = project.isValid() ? project : current;
        if (project.isValid() && m_current->childRow >= 0) {
            if (model->canFetchMore(project))
                model->fetchMore(project); // read with the tree, unless the tree has no reader
            if (const QModelIndex child = model->index(m_current->childRow, 0, project); child.isValid())
                current = child;
        }
    }
    if (current.isValid())
        view.selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    // scrollTo() lays the rows out now (expand() only asks for it), so the scroll bar has its range.
    if (const QModelIndex shown = current.isValid() ? current : model->index(0, 0); shown.isValid())
        view.scrollTo(shown);
    view.verticalScrollBar()->setValue(m_scroll);
}

} // namespace salkku::gui
